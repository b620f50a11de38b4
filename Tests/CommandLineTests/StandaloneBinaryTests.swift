import Foundation
import TestSupport
import XCTest

/// The seeds are compiled into the binary: a lone copy, far from the checkout, still lists them.
final class StandaloneBinaryTests: XCTestCase {
    func testALoneCopyOfTheBinaryListsTheEmbeddedSeeds() throws {
        let folder = try TemporaryFolder()
        let copy = folder.url.appendingPathComponent("crossread")
        try FileManager.default.copyItem(at: CrossreadProcess.executable, to: copy)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["crossread"])

        let result = try CrossreadProcess.run(["list", "--format", "json"], executable: copy, currentDirectory: folder.url)
        XCTAssertEqual(result.status, 0, result.standardError)
        let entries = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [[String: Any]])
        XCTAssertEqual(entries.map { $0["path"] as? String }, [
            "builtin:000_c2bfad63a1b137a7.txt", "builtin:001_d00b6d768c742e6d.txt", "builtin:002_6c08b088e53c302e.txt",
            "builtin:003_f493df7b711995cb.txt", "builtin:004_5a7819dd0ca3e947.txt",
        ])
        XCTAssertTrue(entries.allSatisfy { ($0["words"] as? Int ?? 0) > 500 })

        let text = try CrossreadProcess.run(["list"], executable: copy, currentDirectory: folder.url)
        XCTAssertEqual(text.standardOutput.split(separator: "\n").count, 6)
    }
}
