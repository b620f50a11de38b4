import Foundation
import TestSupport
import XCTest

final class QuotesCommandTests: XCTestCase {
    func testQuotesWritesEveryQuotationWithItsSourcesAsJSON() throws {
        let result = try CrossreadProcess.run(["quotes", "--format", "json"])
        XCTAssertEqual(result.status, 0, result.standardError)
        let root = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        let quotes = try XCTUnwrap(root["quotes"] as? [[String: Any]])
        XCTAssertFalse(quotes.isEmpty)
        for quote in quotes {
            XCTAssertEqual(Set(quote.keys), ["text", "speaker", "sources"])
            for source in try XCTUnwrap(quote["sources"] as? [[String: Any]]) {
                XCTAssertEqual(Set(source.keys), ["document", "text", "span"])
            }
        }
        XCTAssertTrue(quotes.contains { $0["speaker"] is NSNull }, "unknown speakers are null")
        let remark = try XCTUnwrap(quotes.first { ($0["text"] as? String)?.hasPrefix("Before Khojalu") == true })
        XCTAssertEqual(remark["speaker"] as? String, "Sargsyan")
        XCTAssertEqual((remark["sources"] as? [[String: Any]])?.compactMap { $0["document"] as? String },
                       ["000_c2bfad63a1b137a7", "002_6c08b088e53c302e"])
    }

    func testQuotesAsMarkdownAndText() throws {
        let markdown = try CrossreadProcess.run(["quotes", "--format", "markdown"])
        XCTAssertEqual(markdown.status, 0, markdown.standardError)
        XCTAssertTrue(markdown.standardOutput.hasPrefix("# Quotations\n"))
        XCTAssertTrue(markdown.standardOutput.contains("- C 002_6c08b088e53c302e: differs: Khojalu → Khojaly;"))
        let text = try CrossreadProcess.run(["quotes"])
        XCTAssertEqual(text.status, 0, text.standardError)
        XCTAssertTrue(text.standardOutput.contains("  speaker: Sargsyan\n  A 000_c2bfad63a1b137a7: the wording above\n"))
    }
}
