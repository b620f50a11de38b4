import Foundation
import TestSupport
import XCTest

/// The Figures and Timeline panes in the real binary in tmux: keys in, screen out.
final class PanesEndToEndTests: XCTestCase {
    private var binary: String { CrossreadProcess.executable.path }

    private func startBrowser(width: Int = 80, height: Int = 24, directory: String? = nil) throws -> TmuxSession {
        try XCTSkipUnless(TmuxSession.isAvailable, "tmux is not installed (.ci/run installs it)")
        let session = try TmuxSession.isolated(width: width, height: height, directory: directory)
        try session.type("\(binary); echo EXIT=$?")
        try session.waitFor(text: "1 Articles")
        return session
    }

    /// Waits for the reader: its status line starts with the lines shown.
    @discardableResult
    private func waitForReader(_ session: TmuxSession) throws -> String {
        try session.waitFor("the reader") { text in
            text.split(separator: "\n").last { !$0.isEmpty }?.hasPrefix(" line ") == true
        }
    }

    private func quit(_ session: TmuxSession) throws {
        try session.send("Q")
        try session.waitFor(text: "EXIT=0")
    }

    func testFiguresMarkTheDisputedChildrenCountOpenItsSentenceAndJumpToIt() throws {
        let folder = try TemporaryFolder()
        let session = try startBrowser(directory: folder.path)
        try session.send("3")
        try session.waitFor(text: "MEASURE")
        try session.send("j", "j")
        var screen = try session.waitFor(text: "row 3/17")
        // At 80 columns the values get the room first: the group is cut to "child…", all five sources show.
        let row = try XCTUnwrap(screen.split(separator: "\n").first { $0.contains("killed  child") }, screen)
        XCTAssertTrue(row.hasPrefix("! killed"), "the row is marked disputed: \(row)")
        XCTAssertTrue(row.contains("63          63          ·        63          *83"), "63 three times, 83 marked as differing: \(row)")

        try session.send("l", "l", "l", "l")
        try session.waitFor(text: "E: 83 · disputed")
        try session.send("Enter")
        screen = try session.waitFor(text: "── E · killed · children: 83 · 1 sentence")
        XCTAssertTrue(screen.contains("women, 70 elderly and 83 children"), screen)
        XCTAssertTrue(screen.contains("Attributed in the sentence to an official report"), screen)

        try session.send("r")
        screen = try waitForReader(session)
        XCTAssertTrue(screen.contains("Khojaly Genocide and Nagorno-Karabakh Conflict Resolution"), "E's article: \(screen)")
        XCTAssertTrue(screen.contains("106 women, 70 elderly and 83 children"), "at the sentence: \(screen)")

        try session.send("3", "m", "e")
        screen = try session.waitFor(text: "Wrote 6 rows (killed only) to /")
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.path + "/crossread-figures.csv"))
        try quit(session)
    }

    func testTimelineShowsFebruary1992WithAllFiveSourcesExpandsItAndJumpsToAMention() throws {
        let session = try startBrowser()
        try session.send("2")
        try session.waitFor(text: "by years")
        try session.send("z")
        try session.waitFor(text: "by months")
        for _ in 0..<9 { try session.send("j") }
        var screen = try session.waitFor(text: "entry 10/27 · 1992-02-25–26")
        XCTAssertTrue(screen.contains("February 1992   ABCDE   1 entry"), screen)

        try session.send("Enter")
        try session.waitFor(text: "▶ B  “On the night of February 25-26, 1992")
        try session.send("j", "j", "j")
        try session.waitFor(text: "▶ C  “According to Azerbaijan’s Government")
        try session.send("j", "r")
        screen = try waitForReader(session)
        XCTAssertTrue(screen.contains("Khojaly Genocide: Why There Is No Alternative"), "A's article: \(screen)")
        XCTAssertTrue(screen.contains("February 26, 1992"), "at the mention: \(screen)")
        try quit(session)
    }
}
