import Foundation
import TestSupport
import XCTest

final class CompareCommandTests: XCTestCase {
    func testCompareWritesPairsChangesAndUnmatchedAsJSON() throws {
        let result = try CrossreadProcess.run(["compare", "000", "002", "--format", "json"])
        XCTAssertEqual(result.status, 0, result.standardError)
        let root = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        XCTAssertEqual(Set(root.keys), ["left", "right", "pairs", "unmatched"])
        XCTAssertEqual((root["left"] as? [String: Any])?["id"] as? String, "000_c2bfad63a1b137a7")
        XCTAssertEqual((root["right"] as? [String: Any])?["id"] as? String, "002_6c08b088e53c302e")
        let pairs = try XCTUnwrap(root["pairs"] as? [[String: Any]])
        for pair in pairs {
            XCTAssertEqual(Set(pair.keys), ["left", "right", "kind", "similarity", "changes"])
            XCTAssertTrue(["quote", "figures", "wording"].contains(pair["kind"] as? String))
        }
        let quote = try XCTUnwrap(pairs.first { $0["kind"] as? String == "quote" })
        let changes = try XCTUnwrap(quote["changes"] as? [[String: Any]])
        XCTAssertEqual(changes.first?["kind"] as? String, "replace")
        XCTAssertEqual((changes.first?["left"] as? [String: Any])?["text"] as? String, "Khojalu")
        XCTAssertEqual((changes.first?["right"] as? [String: Any])?["text"] as? String, "Khojaly")
        let insert = try XCTUnwrap(changes.first { $0["kind"] as? String == "insert" })
        XCTAssertTrue(insert["left"] is NSNull, "the side without words is null")

        // Spans point into the original file: slicing the seed's bytes gives the text back.
        let seed = try Data(contentsOf: PackagePaths.seeds.appendingPathComponent("002_6c08b088e53c302e.txt"))
        let right = try XCTUnwrap(quote["right"] as? [String: Any])
        let span = try XCTUnwrap(right["span"] as? [String: Int])
        XCTAssertEqual(String(decoding: seed[span["start"]!..<span["end"]!], as: UTF8.self), right["text"] as? String)

        let unmatched = try XCTUnwrap(root["unmatched"] as? [String: [[String: Any]]])
        XCTAssertFalse(unmatched["left", default: []].isEmpty)
        XCTAssertFalse(unmatched["right", default: []].isEmpty)
    }

    func testCompareAsTextShowsThePairAndItsChanges() throws {
        let result = try CrossreadProcess.run(["compare", "000_c2bf", "002"])
        XCTAssertEqual(result.status, 0, result.standardError)
        XCTAssertTrue(result.standardOutput.contains("[quote, similarity 0.85]"), result.standardOutput)
        XCTAssertTrue(result.standardOutput.contains("  changes: Khojalu → Khojaly; needed → were able; put a stop to all → break; + stereotype"))
    }

    func testCompareRejectsAnUnknownArticle() throws {
        let result = try CrossreadProcess.run(["compare", "000", "nope"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.standardError.contains("no article with id nope"))
    }
}
