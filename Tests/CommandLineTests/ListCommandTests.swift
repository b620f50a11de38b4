import Foundation
import TestSupport
import XCTest

final class ListCommandTests: XCTestCase {
    func testListPrintsEverySeedAsJSON() throws {
        let result = try CrossreadProcess.run(["list", "--format", "json"])
        XCTAssertEqual(result.status, 0, result.standardError)
        let entries = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [[String: Any]])
        XCTAssertEqual(entries.count, 5)
        for key in ["id", "title", "author", "published", "outlet", "words", "path"] {
            XCTAssertTrue(entries.allSatisfy { $0.keys.contains(key) }, "every entry has \(key)")
        }
        XCTAssertTrue(entries[1]["outlet"] is NSNull)
    }
}
