import Foundation
import TestSupport
import XCTest

/// Search in the real binary in tmux: type a query, open a hit, step through the hits.
final class SearchEndToEndTests: XCTestCase {
    func testSearchFromTheBrowserOpenAHitAndStepThroughHits() throws {
        try XCTSkipUnless(TmuxSession.isAvailable, "tmux is not installed (.ci/run installs it)")
        let session = try TmuxSession.isolated(width: 100, height: 30)
        try session.type("\(CrossreadProcess.executable.path); echo EXIT=$?")
        try session.waitFor(text: "1 Articles")

        try session.send("s")
        try session.waitFor(text: "Search: ")
        try session.sendLiteral("massacre")
        let results = try session.waitFor(text: "4 articles match")
        XCTAssertTrue(results.contains("10 hits"), results)
        XCTAssertTrue(results.contains("The massacre of more than six hundred"), results)

        // The second result is 000 (5 hits): open it at its first hit.
        try session.send("Down")
        try session.waitFor(text: "result 2/4")
        try session.send("Enter")
        let opened = try session.waitFor(text: "· 1/5")
        XCTAssertTrue(opened.contains("Vasif Huseynov"), "000's reader is open:\n\(opened)")

        // Every hit on screen is drawn in a style of its own (an SGR sequence just before the word).
        let styled = try session.styledScreen()
        XCTAssertNotNil(styled.range(of: "\u{1B}\\[[0-9;]*m[Mm]assacre", options: .regularExpression),
                        "a hit is highlighted:\n\(styled)")

        try session.send("n")
        try session.waitFor(text: "· 2/5")
        try session.send("n", "n", "n")
        try session.waitFor(text: "· 5/5")
        try session.send("n")
        try session.waitFor(text: "Search wrapped to the top")
        try session.send("N")
        try session.waitFor(text: "· 5/5")

        try session.send("Q")
        try session.waitFor(text: "EXIT=0")
    }

    func testAMalformedQueryInTheBrowserShowsAPlainMessage() throws {
        try XCTSkipUnless(TmuxSession.isAvailable, "tmux is not installed (.ci/run installs it)")
        let session = try TmuxSession.isolated(width: 80, height: 24)
        try session.type("\(CrossreadProcess.executable.path); echo EXIT=$?")
        try session.waitFor(text: "1 Articles")
        try session.send("/")
        try session.sendLiteral("NOT hostages")
        let screen = try session.waitFor(text: "NOT needs a word before it")
        XCTAssertFalse(screen.lowercased().contains("sqlite"), screen)
        try session.send("C-c")
        try session.waitFor(text: "EXIT=0")
    }
}
