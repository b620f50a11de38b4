import Foundation
import TestSupport
import XCTest

final class FiguresCommandTests: XCTestCase {
    func testFiguresAsJSONHaveEveryKeyWithNulls() throws {
        let result = try CrossreadProcess.run(["figures", "--format", "json", "--all"])
        XCTAssertEqual(result.status, 0, result.standardError)
        let entries = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [[String: Any]])
        XCTAssertGreaterThan(entries.count, 40)
        let keys: Set<String> = ["document", "measure", "group", "value", "low", "high", "exact", "stated", "qualifier", "word",
                                 "vague", "feared", "casualty", "attribution", "when", "sentence", "span"]
        for entry in entries { XCTAssertEqual(Set(entry.keys), keys) }
        let moreThan600 = try XCTUnwrap(entries.first { $0["value"] as? String == "More than 600" })
        XCTAssertEqual(moreThan600["low"] as? Double, 600)
        XCTAssertTrue(moreThan600["high"] is NSNull, "an open bound is null")
        XCTAssertTrue(moreThan600["attribution"] is NSNull)
        XCTAssertEqual(moreThan600["exact"] as? Bool, false)
        XCTAssertEqual(moreThan600["stated"] as? [Double], [600], "the number as the text gives it")
        XCTAssertEqual(moreThan600["qualifier"] as? String, "more than")
        XCTAssertEqual(moreThan600["casualty"] as? Bool, true)
        XCTAssertEqual(moreThan600["feared"] as? Bool, false)
        let span = try XCTUnwrap(moreThan600["span"] as? [Int])
        let original = try String(contentsOf: PackagePaths.seeds.appendingPathComponent("000_c2bfad63a1b137a7.txt"), encoding: .utf8)
        let bytes = Array(original.utf8)
        XCTAssertEqual(String(decoding: bytes[span[0]..<span[1]], as: UTF8.self), "More than 600", "the span points into the file")
        XCTAssertTrue(entries.contains { $0["when"] as? String == "2020" })
    }

    func testTableAsJSON() throws {
        let result = try CrossreadProcess.run(["table", "--format", "json"])
        XCTAssertEqual(result.status, 0, result.standardError)
        let table = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        let documents = try XCTUnwrap(table["documents"] as? [String])
        XCTAssertEqual(documents.count, 5)
        let rows = try XCTUnwrap(table["rows"] as? [[String: Any]])
        let rowKeys: Set<String> = ["measure", "group", "when", "status", "cells", "values", "note"]
        for row in rows { XCTAssertEqual(Set(row.keys), rowKeys) }
        let children = try XCTUnwrap(rows.first { $0["measure"] as? String == "killed" && $0["group"] as? String == "children" })
        XCTAssertEqual(children["status"] as? String, "disputed")
        XCTAssertTrue(children["when"] is NSNull)
        XCTAssertTrue(children["note"] is NSNull)
        let cells = try XCTUnwrap(children["cells"] as? [String: [String]])
        XCTAssertEqual(cells["004_5a7819dd0ca3e947"], ["83"])
        XCTAssertEqual(cells["000_c2bfad63a1b137a7"], ["63"])
        let values = try XCTUnwrap(children["values"] as? [String: [[String: Any]]])
        XCTAssertEqual(values["004_5a7819dd0ca3e947"]?.first?["stated"] as? [Double], [83])
        XCTAssertTrue(values["004_5a7819dd0ca3e947"]?.first?["qualifier"] is NSNull)
    }

    func testTextCSVAndMarkdownFormats() throws {
        let folder = try TemporaryFolder()
        try folder.write("one.txt", "A report\n\nMore than 600 people, including 106 women, were killed, officials said.")
        try folder.write("two.txt", "Another report\n\n613 people were killed.")
        let text = try CrossreadProcess.run(["table", "--corpus", folder.path])
        XCTAssertEqual(text.status, 0, text.standardError)
        XCTAssertEqual(text.standardOutput.split(separator: "\n").first.map(String.init),
                       "MEASURE  GROUP   WHEN  STATUS  A              B    NOTE")
        XCTAssertTrue(text.standardOutput.contains("killed   people  -     agreed  More than 600  613"))
        let csv = try CrossreadProcess.run(["figures", "--corpus", folder.path, "--format", "csv"])
        XCTAssertEqual(csv.status, 0, csv.standardError)
        let lines = csv.standardOutput.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.first, "document,title,measure,word,group,value,stated,stated_upper,qualifier,low,high,exact,vague,feared,when,attribution,span_start,span_end,sentence")
        XCTAssertEqual(lines.count, 4)
        XCTAssertTrue(lines[1].hasPrefix("one,A report,killed,killed,people,More than 600,600,,more than,600,,false,false,false,,officials,"), lines[1])
        XCTAssertTrue(lines[1].hasSuffix(",\"More than 600 people, including 106 women, were killed, officials said.\""), lines[1])
        let markdown = try CrossreadProcess.run(["table", "--corpus", folder.path, "--format", "markdown"])
        XCTAssertTrue(markdown.standardOutput.hasPrefix("| measure | group | when | status | A report [one] | Another report [two] | note |\n| --- |"),
                      markdown.standardOutput)
    }

    /// Counts that are not casualties are figures but not rows unless asked for.
    func testCountsThatAreNotCasualtiesNeedAll() throws {
        let folder = try TemporaryFolder()
        try folder.write("one.txt", "A report\n\nThe town, home to 45,000 people, was shelled and 12 residents were killed.")
        try folder.write("two.txt", "Another report\n\nThe shelling killed 14 people in the town of 50,000 residents.")
        let table = try CrossreadProcess.run(["table", "--corpus", folder.path, "--format", "csv"])
        XCTAssertEqual(table.status, 0, table.standardError)
        XCTAssertFalse(table.standardOutput.contains("population"), table.standardOutput)
        XCTAssertTrue(table.standardOutput.contains("killed,people,,disputed,12,12,12,12,14,14,14,14,"), table.standardOutput)
        let all = try CrossreadProcess.run(["table", "--corpus", folder.path, "--format", "csv", "--all"])
        XCTAssertTrue(all.standardOutput.contains("population,people"), all.standardOutput)
        let figures = try CrossreadProcess.run(["figures", "--corpus", folder.path, "--format", "csv"])
        XCTAssertFalse(figures.standardOutput.contains(",population,"), figures.standardOutput)
        let everything = try CrossreadProcess.run(["figures", "--corpus", folder.path, "--format", "csv", "--all"])
        XCTAssertTrue(everything.standardOutput.contains(",population,"), everything.standardOutput)
        let json = try CrossreadProcess.run(["figures", "--corpus", folder.path, "--format", "json"])
        XCTAssertFalse(json.standardOutput.contains("\"population\""), "JSON follows --all as the other formats do")
        let allJSON = try CrossreadProcess.run(["figures", "--corpus", folder.path, "--format", "json", "--all"])
        XCTAssertTrue(allJSON.standardOutput.contains("\"casualty\" : false") || allJSON.standardOutput.contains("\"casualty\":false"),
                      allJSON.standardOutput)
    }
}
