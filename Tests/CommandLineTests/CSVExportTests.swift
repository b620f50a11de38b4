import Foundation
import TestSupport
import XCTest

/// Each command's CSV as a spreadsheet reads it: Python's csv module parses it, every row has the
/// heading's number of fields, and the numeric columns hold numbers (or nothing).
final class CSVExportTests: XCTestCase {
    /// What Python made of a CSV: its heading rows, its rows, and per numeric column how many
    /// cells held a number.
    private struct Parsed: Decodable {
        var headings: [[String]]
        var rows: [[String]]
        var numbers: [String: Int]
    }

    /// Parses `csv` with Python's csv module; `numeric` columns (by heading, or by heading suffix
    /// when it starts with "*") must hold a number or nothing in every row.
    private func parse(_ csv: String, headingRows: Int = 1, numeric: [String],
                       file: StaticString = #filePath, line: UInt = #line) throws -> Parsed {
        let script = """
            import csv, io, json, sys
            text = sys.stdin.read()
            rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
            headings, body = rows[:\(headingRows)], rows[\(headingRows):]
            wanted = json.loads(sys.argv[1])
            def numeric(name):
                return any(name == w or (w.startswith("*") and name.endswith(w[1:])) for w in wanted)
            width = len(headings[0])
            numbers = {}
            for row in body:
                if len(row) != width:
                    sys.exit("a row of %d fields under %d headings: %r" % (len(row), width, row))
                for name, cell in zip(headings[0], row):
                    if numeric(name) and cell != "":
                        float(cell)
                        numbers[name] = numbers.get(name, 0) + 1
            print(json.dumps({"headings": headings, "rows": body, "numbers": numbers}))
            """
        let path = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":").map { "\($0)/python3" }
        let python = (path + ["/usr/bin/python3"]).first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let python else { throw XCTSkip("python3 is not installed") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        let wanted = String(decoding: try JSONSerialization.data(withJSONObject: numeric), as: UTF8.self)
        process.arguments = ["-c", script, wanted]
        let input = Pipe(), output = Pipe(), error = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        try process.run()
        input.fileHandleForWriting.write(Data(csv.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, message, file: file, line: line)
        return try JSONDecoder().decode(Parsed.self, from: data)
    }

    private func csv(_ arguments: [String]) throws -> String {
        let result = try CrossreadProcess.run(arguments + ["--format", "csv"])
        XCTAssertEqual(result.status, 0, result.standardError)
        return result.standardOutput
    }

    func testFiguresCSV() throws {
        let parsed = try parse(try csv(["figures"]), numeric: ["stated", "stated_upper", "low", "high", "span_start", "span_end"])
        XCTAssertEqual(parsed.headings[0].prefix(11), ["document", "title", "measure", "word", "group", "value", "stated",
                                                       "stated_upper", "qualifier", "low", "high"])
        XCTAssertGreaterThan(parsed.numbers["low"] ?? 0, 30)
        XCTAssertEqual(parsed.numbers["span_start"], parsed.rows.count)
        let hostages = try XCTUnwrap(parsed.rows.first { $0[2] == "hostages" && $0[5] == "1,275" })
        XCTAssertEqual(hostages[6], "1275", "the words as written, the number stated as a number")
        XCTAssertEqual(hostages[9], "1275")
        let more = try XCTUnwrap(parsed.rows.first { $0[5] == "more than six hundred" })
        XCTAssertEqual([more[6], more[8], more[9], more[10]], ["600", "more than", "600", ""], "an open bound is empty")
        XCTAssertFalse(parsed.rows.joined().contains("-"), "nothing missing is written as -")
        XCTAssertTrue(parsed.rows.contains { $0[1] == "1992 Khojaly genocide remembered around the world" }, "titles beside ids")
    }

    func testTableCSV() throws {
        let parsed = try parse(try csv(["table"]), headingRows: 2, numeric: ["* (stated)", "* (low)", "* (high)"])
        let headings = parsed.headings[0], ids = parsed.headings[1]
        XCTAssertEqual(headings.prefix(4), ["measure", "group", "when", "status"])
        XCTAssertEqual(headings.count, 4 + 5 * 4 + 1)
        let column = try XCTUnwrap(headings.firstIndex(of: "Khojaly Genocide and Nagorno-Karabakh Conflict Resolution"))
        XCTAssertEqual(ids[column], "004_5a7819dd0ca3e947")
        XCTAssertEqual(headings[column + 1], "Khojaly Genocide and Nagorno-Karabakh Conflict Resolution (stated)")
        XCTAssertEqual(headings[column + 2], "Khojaly Genocide and Nagorno-Karabakh Conflict Resolution (low)")
        let children = try XCTUnwrap(parsed.rows.first { $0[0] == "killed" && $0[1] == "children" })
        XCTAssertEqual(children[column...(column + 3)], ["83", "83", "83", "83"])
        XCTAssertGreaterThan(parsed.numbers.values.reduce(0, +), 60)
        let hostages = try XCTUnwrap(parsed.rows.first { $0[0] == "hostages" })
        let b = try XCTUnwrap(headings.firstIndex(of: "1992 Khojaly genocide remembered around the world"))
        XCTAssertEqual(hostages[b...(b + 3)], ["1,275", "1275", "1275", "1275"])
    }

    func testTimelineCSV() throws {
        let parsed = try parse(try csv(["timeline"]), numeric: ["span_start", "span_end"])
        XCTAssertEqual(parsed.headings[0], ["start", "end", "granularity", "kind", "vague", "label", "document", "title", "text",
                                            "sentence", "span_start", "span_end", "inferred"])
        XCTAssertGreaterThan(parsed.numbers["span_start"] ?? 0, 40)
        XCTAssertTrue(parsed.rows.allSatisfy { ["true", "false"].contains($0[4]) && ["true", "false"].contains($0[12]) })
        XCTAssertFalse(parsed.rows.joined().contains("-"), "nothing missing is written as -")
        let folder = try TemporaryFolder()
        try folder.write("a.md", "---\ntitle: A\ndate: 2020-05-01\n---\nNothing is dated in this text.\n")
        let published = try parse(try csv(["timeline", "--corpus", folder.path]), numeric: ["span_start", "span_end"]).rows
        XCTAssertEqual(published, [["2020-05-01", "2020-05-02", "day", "published", "false", "published", "a", "A", "", "", "", "",
                                    "false"]], "a publication date no line states: its text and span empty")
    }

    func testSearchCSVAndMarkdown() throws {
        let parsed = try parse(try csv(["search", "killed"]), numeric: ["rank", "score", "hits"])
        XCTAssertEqual(parsed.headings[0], ["rank", "document", "title", "score", "hits", "snippet"])
        XCTAssertEqual(parsed.numbers["score"], parsed.rows.count)
        XCTAssertEqual(parsed.rows.map(\.[0]), (1...parsed.rows.count).map(String.init))
        let markdown = try CrossreadProcess.run(["search", "killed", "--format", "markdown"])
        XCTAssertTrue(markdown.standardOutput.hasPrefix("| rank | document | title | score | hits | snippet |\n| --- |"),
                      markdown.standardOutput)
    }

    func testCompareCSV() throws {
        let parsed = try parse(try csv(["compare", "001", "004"]),
                               numeric: ["stated", "stated_upper", "low", "high", "span_start", "span_end"])
        XCTAssertEqual(parsed.headings[0], ["measure", "group", "event", "status", "document", "title", "value", "stated",
                                            "stated_upper", "low", "high", "span_start", "span_end", "sentence"])
        XCTAssertEqual(parsed.numbers["span_start"], parsed.rows.count)
        let children = parsed.rows.filter { $0[0] == "killed" && $0[1] == "children" && $0[2].isEmpty }
        XCTAssertEqual(Set(children.map(\.[3])), ["differs"], "one claim, both sources' rows marked as differing")
        XCTAssertEqual(Set(children.map(\.[7])), ["63", "83"], "each source's number as stated, as a number")
        XCTAssertEqual(Set(children.map(\.[9])), ["63", "83"])
        XCTAssertEqual(Set(children.map { $0[4].prefix(3) }), ["001", "004"])
    }
}
