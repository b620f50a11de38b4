import Foundation
import TestSupport
import XCTest

/// Quit in the middle of an article, start again: the same article at the same place, marks kept.
final class StateEndToEndTests: XCTestCase {
    private var binary: String { CrossreadProcess.executable.path }

    func testQuittingMidArticleAndStartingAgainComesBackToTheSamePlace() throws {
        try XCTSkipUnless(TmuxSession.isAvailable, "tmux is not installed (.ci/run installs it)")
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("crossread-e2e-state-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: home) }
        let session = try TmuxSession.isolated(width: 80, height: 24, environment: ["XDG_STATE_HOME": home.path])
        try session.type("\(binary); echo EXIT=$?")
        try session.waitFor(text: "1 Articles")
        try session.send("j", "Enter")
        try session.waitFor(text: "line 1-")
        try session.send("Space", "Space")
        let before = try session.waitFor(text: "line 43-")
        try session.send("m", "k")
        try session.waitFor(text: "Mark k set")
        try session.send("Q")
        try session.waitFor(text: "EXIT=0")
        XCTAssertTrue(FileManager.default.fileExists(atPath: home.appendingPathComponent("crossread/built-in.state").path))

        try session.type("clear; \(binary); echo EXIT=$?")
        let after = try session.waitFor(text: "line 43-")
        XCTAssertEqual(after.split(separator: "\n").dropFirst().first, before.split(separator: "\n").dropFirst().first,
                       "the same first line of text")
        try session.send("g", "'", "k")
        try session.waitFor(text: "Mark k")
        try session.waitFor(text: "line 43-")
        try session.send("Q")
        try session.waitFor(text: "EXIT=0")
    }
}
