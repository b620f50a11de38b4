import TestSupport
import XCTest

final class SnapshotCommandTests: XCTestCase {
    func testPrintsTheScreenAfterTheKeys() throws {
        let result = try CrossreadProcess.run(["snapshot", "--size", "80x24", "--keys", "jj<Enter>/According<Enter>n"])
        XCTAssertEqual(result.status, 0, result.standardError)
        let lines = result.standardOutput.dropLast().split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(lines.count, 24)
        XCTAssertTrue(lines[0].hasPrefix(" Crossread   1 Articles"))
        XCTAssertTrue(lines[23].contains("2/3"), String(lines[23]))
        XCTAssertFalse(result.standardOutput.contains("\u{1B}"), "plain text without --color")
    }

    func testPanesBuiltInTheBackgroundAreWaitedFor() throws {
        // Each key waits for the panes it starts building, so the same keys give the same screen:
        // the table and the search results, never a progress bar.
        for _ in 0..<2 {
            let figures = try CrossreadProcess.run(["snapshot", "--size", "100x30", "--keys", "3j"])
            XCTAssertEqual(figures.status, 0, figures.standardError)
            XCTAssertTrue(figures.standardOutput.contains("MEASURE"), figures.standardOutput)
            XCTAssertTrue(figures.standardOutput.contains("row 2/"), "j moved in the built table:\n\(figures.standardOutput)")
            XCTAssertFalse(figures.standardOutput.contains("Reading figures"), figures.standardOutput)
        }
        let search = try CrossreadProcess.run(["snapshot", "--size", "100x30", "--keys", "smassacre"])
        XCTAssertTrue(search.standardOutput.contains("4 articles match"), search.standardOutput)
    }

    func testColorAddsStylesAndNothingElse() throws {
        let result = try CrossreadProcess.run(["snapshot", "--size", "60x10", "--color"])
        XCTAssertEqual(result.status, 0)
        let withoutStyles = result.standardOutput.replacingOccurrences(
            of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
        XCTAssertTrue(result.standardOutput.contains("\u{1B}[30;46m"), "the selected row is styled")
        XCTAssertFalse(withoutStyles.contains("\u{1B}"), "only SGR sequences")
    }

    func testBadSizeOrKeysAreClearErrors() throws {
        let size = try CrossreadProcess.run(["snapshot", "--size", "wide"])
        XCTAssertNotEqual(size.status, 0)
        XCTAssertTrue(size.standardError.contains("--size takes COLUMNSxROWS"), size.standardError)
        let keys = try CrossreadProcess.run(["snapshot", "--keys", "<Hyper>"])
        XCTAssertNotEqual(keys.status, 0)
        XCTAssertTrue(keys.standardError.contains("unknown key <Hyper>"), keys.standardError)
    }
}
