import Foundation
import TestSupport
import XCTest

final class CompareCommandTests: XCTestCase {
    private func json(_ arguments: [String]) throws -> [String: Any] {
        let result = try CrossreadProcess.run(["compare"] + arguments + ["--format", "json"])
        XCTAssertEqual(result.status, 0, result.standardError)
        return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
    }

    private func seedBytes(_ name: String) throws -> Data {
        try Data(contentsOf: PackagePaths.seeds.appendingPathComponent(name))
    }

    func testCompareWritesClaimsPassagesAndQuotationsAsJSON() throws {
        let root = try json(["001", "004"])
        XCTAssertEqual(Set(root.keys), ["sources", "claims", "passages", "quotations"])
        let sources = try XCTUnwrap(root["sources"] as? [[String: Any]])
        XCTAssertEqual(sources.map { $0["id"] as? String }, ["001_d00b6d768c742e6d", "004_5a7819dd0ca3e947"])
        XCTAssertEqual(sources.map { $0["label"] as? String }, ["B", "E"])

        let claims = try XCTUnwrap(root["claims"] as? [[String: Any]])
        let children = try XCTUnwrap(claims.first { $0["measure"] as? String == "killed" && $0["group"] as? String == "children" })
        XCTAssertEqual(Set(children.keys), ["measure", "group", "event", "status", "sources"])
        XCTAssertEqual(children["status"] as? String, "differs")
        XCTAssertTrue(children["event"] is NSNull, "the event the texts are about")
        let stated = try XCTUnwrap(children["sources"] as? [[String: Any]])
        XCTAssertEqual(stated.map { $0["source"] as? String }, ["001_d00b6d768c742e6d", "004_5a7819dd0ca3e947"])
        let values = stated.compactMap { ($0["values"] as? [[String: Any]])?.first }
        XCTAssertEqual(values.map { $0["value"] as? String }, ["63", "83"])
        // Spans are byte offsets into each original file: slicing gives the number and its sentence back.
        for (value, file) in zip(values, ["001_d00b6d768c742e6d.txt", "004_5a7819dd0ca3e947.txt"]) {
            let bytes = try seedBytes(file)
            let span = try XCTUnwrap(value["span"] as? [String: Int])
            XCTAssertEqual(String(decoding: bytes[span["start"]!..<span["end"]!], as: UTF8.self), value["value"] as? String)
            let sentence = try XCTUnwrap(value["sentence_span"] as? [String: Int])
            XCTAssertEqual(String(decoding: bytes[sentence["start"]!..<sentence["end"]!], as: UTF8.self), value["sentence"] as? String)
        }
        XCTAssertEqual(Set(claims.compactMap { $0["status"] as? String }), ["agrees", "differs", "single"])

        let quotations = try XCTUnwrap(root["quotations"] as? [[String: Any]])
        XCTAssertTrue(quotations.contains { $0["speaker"] as? String == "President Aliyev" })
        for quotation in quotations { XCTAssertEqual(Set(quotation.keys), ["source", "text", "span", "speaker", "cue"]) }
    }

    func testPassagePairsKeepTheirWordChangesAndSpans() throws {
        let root = try json(["000", "002"])
        let passages = try XCTUnwrap(root["passages"] as? [[String: Any]])
        XCTAssertEqual(passages.count, 1)
        XCTAssertEqual(Set(passages[0].keys), ["left", "right", "pairs", "unmatched"])
        let pairs = try XCTUnwrap(passages[0]["pairs"] as? [[String: Any]])
        for pair in pairs {
            XCTAssertEqual(Set(pair.keys), ["left", "right", "kind", "similarity", "changes"])
            XCTAssertTrue(["quote", "figures", "wording", "paraphrase"].contains(pair["kind"] as? String))
        }
        let quote = try XCTUnwrap(pairs.first { $0["kind"] as? String == "quote" })
        let changes = try XCTUnwrap(quote["changes"] as? [[String: Any]])
        XCTAssertEqual(changes.first?["kind"] as? String, "replace")
        XCTAssertEqual((changes.first?["left"] as? [String: Any])?["text"] as? String, "Khojalu")
        XCTAssertEqual((changes.first?["right"] as? [String: Any])?["text"] as? String, "Khojaly")
        let insert = try XCTUnwrap(changes.first { $0["kind"] as? String == "insert" })
        XCTAssertTrue(insert["left"] is NSNull, "the side without words is null")
        let right = try XCTUnwrap(quote["right"] as? [String: Any])
        let span = try XCTUnwrap(right["span"] as? [String: Int])
        XCTAssertEqual(String(decoding: try seedBytes("002_6c08b088e53c302e.txt")[span["start"]!..<span["end"]!], as: UTF8.self),
                       right["text"] as? String)
        let unmatched = try XCTUnwrap(passages[0]["unmatched"] as? [String: [[String: Any]]])
        XCTAssertFalse(unmatched["left", default: []].isEmpty)
        XCTAssertFalse(unmatched["right", default: []].isEmpty)
    }

    func testThreeArticlesGiveOneClaimAcrossAllAndEveryPairsPassages() throws {
        let root = try json(["000", "001", "004"])
        let passages = try XCTUnwrap(root["passages"] as? [[String: Any]])
        XCTAssertEqual(passages.map { "\($0["left"]!)-\($0["right"]!)".replacingOccurrences(of: "_", with: "").prefix(3) }.count, 3)
        let claims = try XCTUnwrap(root["claims"] as? [[String: Any]])
        let children = try XCTUnwrap(claims.first { $0["measure"] as? String == "killed" && $0["group"] as? String == "children" })
        let values = (children["sources"] as? [[String: Any]])?.compactMap { ($0["values"] as? [[String: Any]])?.first?["value"] as? String }
        XCTAssertEqual(values, ["63", "63", "83"])
        XCTAssertEqual(children["status"] as? String, "differs")
    }

    func testCompareAsTextPutsClaimsFirstThenThePairAndItsChanges() throws {
        var result = try CrossreadProcess.run(["compare", "001", "004"])
        XCTAssertEqual(result.status, 0, result.standardError)
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines[2], "9 claims: 4 agree, 1 differs, 2 only in B, 2 only in E")
        XCTAssertEqual(lines[3], "  differs   killed children  B 63 · E 83")
        XCTAssertTrue(lines.contains("  only E    disabled people  E 1,000"), result.standardOutput)

        result = try CrossreadProcess.run(["compare", "000_c2bf", "002"])
        XCTAssertTrue(result.standardOutput.contains("[quote, similarity 0.85]"), result.standardOutput)
        XCTAssertTrue(result.standardOutput.contains("  changes: Khojalu → Khojaly; needed → were able; put a stop to all → break; + stereotype"))
        XCTAssertTrue(result.standardOutput.contains("  A Sargsyan: “Before Khojalu, the Azerbaijanis"), result.standardOutput)
    }

    func testCompareAsMarkdownHasATableOfClaimsAndTheDifferingSentences() throws {
        let result = try CrossreadProcess.run(["compare", "001", "004", "--format", "markdown"])
        XCTAssertEqual(result.status, 0, result.standardError)
        let text = result.standardOutput
        XCTAssertTrue(text.contains("| Status | Measure | Group | Event | B | E |"), text)
        XCTAssertTrue(text.contains("| differs | killed | children |  | 63 | 83 |"), text)
        XCTAssertTrue(text.contains("### killed children"), text)
        XCTAssertTrue(text.contains("- **E 83** (bytes 863–865): According to an official report"), text)
        XCTAssertTrue(text.contains("### B ↔ E"), text)
    }

    func testCompareRejectsAnUnknownArticleOneArticleAndTheSameArticleTwice() throws {
        var result = try CrossreadProcess.run(["compare", "000", "nope"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.standardError.contains("no article with id nope"))
        result = try CrossreadProcess.run(["compare", "000"])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.standardError.contains("compare needs two or more article ids"), result.standardError)
        result = try CrossreadProcess.run(["compare", "000", "000_c2bf"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.standardError.contains("article 000_c2bfad63a1b137a7 is named twice"), result.standardError)
    }
}
