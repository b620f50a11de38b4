import Foundation
import TestSupport
import XCTest

final class TimelineCommandTests: XCTestCase {
    private func json(_ arguments: [String]) throws -> [[String: Any]] {
        let result = try CrossreadProcess.run(["timeline", "--format", "json"] + arguments)
        XCTAssertEqual(result.status, 0, result.standardError)
        return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [[String: Any]])
    }

    func testJSONHasTheDocumentedShape() throws {
        let entries = try json([])
        XCTAssertGreaterThan(entries.count, 20)
        for entry in entries {
            XCTAssertEqual(Set(entry.keys), ["start", "end", "granularity", "label", "kind", "vague", "mentions"])
            XCTAssertTrue(["event", "published", "recurring"].contains(entry["kind"] as? String))
            XCTAssertTrue(["day", "month", "year", "decade", "century"].contains(entry["granularity"] as? String))
            for mention in try XCTUnwrap(entry["mentions"] as? [[String: Any]]) {
                XCTAssertEqual(Set(mention.keys), ["document", "text", "sentence", "span", "inferred"])
            }
        }
        let night = try XCTUnwrap(entries.first { $0["start"] as? String == "1992-02-25" && $0["end"] as? String == "1992-02-27" })
        XCTAssertEqual(night["granularity"] as? String, "day")
        let mention = try XCTUnwrap((night["mentions"] as? [[String: Any]])?.first)
        XCTAssertEqual((mention["span"] as? [Int])?.count, 2)
        XCTAssertEqual(mention["inferred"] as? Bool, false)
        XCTAssertEqual(entries.first { $0["start"] as? String == "2000-12" }?["end"] as? String, "2001-01")
        XCTAssertEqual(entries.first { $0["start"] as? String == "1994" }?["end"] as? String, "1995")
        XCTAssertNil(entries.first { $0["start"] as? String == "1993" }, "1993 is only the year of a resolution in a table")
        XCTAssertEqual(entries.first { $0["start"] as? String == "1800" }?["vague"] as? Bool, true, "the last two centuries")
        let citations = try json(["--citations"]).filter { $0["kind"] as? String == "citation" }
        XCTAssertEqual(Set(citations.compactMap { $0["start"] as? String }), ["1993", "2008", "2012-02-28"])
        XCTAssertEqual(entries.first?["kind"] as? String, "recurring")
        XCTAssertEqual(entries.filter { $0["kind"] as? String == "published" }.count, 3)
    }

    func testJSONKeysComeInTheDocumentedOrderAndUnknownsAreNull() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.md", "---\ntitle: A\ndate: 2020-05-01\n---\nNothing is dated in this text.\n")
        let result = try CrossreadProcess.run(["timeline", "--format", "json", "--corpus", folder.path])
        XCTAssertEqual(result.status, 0, result.standardError)
        XCTAssertEqual(result.standardOutput, """
            [
              {
                "start": "2020-05-01",
                "end": "2020-05-02",
                "granularity": "day",
                "label": "published",
                "kind": "published",
                "vague": false,
                "mentions": [
                  {
                    "document": "a",
                    "text": null,
                    "sentence": null,
                    "span": null,
                    "inferred": false
                  }
                ]
              }
            ]

            """)
    }

    func testFromAndToKeepWhatOverlapsTheRange() throws {
        let entries = try json(["--from", "1992-02", "--to", "1992-02"])
        let starts = entries.compactMap { $0["start"] as? String }
        XCTAssertTrue(starts.contains("1992-02-25"))
        XCTAssertTrue(starts.contains("1992"))
        XCTAssertFalse(starts.contains("1993"))
        XCTAssertFalse(starts.contains("2021-02-26"))
        let bad = try CrossreadProcess.run(["timeline", "--from", "late 1992"])
        XCTAssertNotEqual(bad.status, 0)
        XCTAssertTrue(bad.standardError.contains("not a date"), bad.standardError)
    }

    func testCSVHasOneRowPerMentionAndTextNamesTheSources() throws {
        let csv = try CrossreadProcess.run(["timeline", "--format", "csv"])
        XCTAssertEqual(csv.status, 0, csv.standardError)
        let lines = csv.standardOutput.split(separator: "\n")
        XCTAssertEqual(lines.first, "start,end,granularity,kind,vague,label,document,title,text,sentence,span_start,span_end,inferred")
        XCTAssertEqual(lines.count - 1, 68 - 3 - 11,
                       "every placed seed mention (three relative dates cannot be placed, eleven are in references)")
        let text = try CrossreadProcess.run(["timeline"])
        XCTAssertEqual(text.status, 0, text.standardError)
        XCTAssertTrue(text.standardOutput.hasPrefix("WHEN"), text.standardOutput)
        XCTAssertTrue(text.standardOutput.contains("1992-02-25..1992-02-26"))
        XCTAssertTrue(text.standardOutput.contains("Not placed"))
        let markdown = try CrossreadProcess.run(["timeline", "--format", "markdown"])
        XCTAssertTrue(markdown.standardOutput.hasPrefix("| when | granularity | kind | sources | label |\n"), markdown.standardOutput)
    }
}
