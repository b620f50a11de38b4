import Foundation
import TestSupport
import XCTest

/// A pane built in the background in the real binary, on a generated corpus large enough that
/// building the Figures pane takes seconds: its progress shows, keys keep working, the table
/// appears on its own.
final class PaneBuildingEndToEndTests: XCTestCase {
    /// Articles generated: the debug binary reads figures from them for several seconds, far
    /// longer than the few keys pressed while it does.
    static let articles = 1000

    func testTheFiguresPaneBuildsInTheBackgroundWhileTheListMoves() throws {
        let (session, folder) = try browserOnGeneratedCorpus()
        defer { withExtendedLifetime(folder) {} }

        try session.send("3")
        let building = try session.waitFor(text: "Reading figures: ")
        XCTAssertTrue(building.contains("of 1,000 articles"), building)
        XCTAssertTrue(building.contains("Figures: reading figures, "), "the status line says so too:\n\(building)")
        // The count moves on without a key being pressed.
        let first = progressLine(building)
        try session.waitFor("the progress to move on") { progressLine($0) != first }

        try session.send("1")
        try session.waitFor(text: "article 1/1000")
        try session.send("j", "j")
        try session.waitFor(text: "article 3/1000")
        try session.send("3")
        try session.waitFor(text: "Reading figures", timeout: 5)

        let table = try session.waitFor(text: "MEASURE", timeout: 120)
        XCTAssertFalse(table.contains("Reading figures"), table)
        XCTAssertTrue(table.contains("killed"), table)
        try session.send("Q")
        try session.waitFor(text: "EXIT=0")
    }

    func testQuittingWhileAPaneIsBuiltExitsAtOnceAndRestoresTheTerminal() throws {
        let (session, folder) = try browserOnGeneratedCorpus()
        defer { withExtendedLifetime(folder) {} }
        try session.send("3")
        try session.waitFor(text: "Reading figures: ")
        try session.send("Q")
        let after = try session.waitFor(text: "EXIT=0", timeout: 5)
        XCTAssertFalse(after.contains("Reading figures"), "the shell's screen is back:\n\(after)")
    }

    /// The browser in tmux on `articles` freshly generated articles, showing its list; the folder
    /// holding them is removed when the value returned is released.
    private func browserOnGeneratedCorpus() throws -> (TmuxSession, TemporaryFolder) {
        try XCTSkipUnless(TmuxSession.isAvailable, "tmux is not installed (.ci/run installs it)")
        let folder = try TemporaryFolder()
        let corpus = try CrossreadProcess.generateCorpus(count: Self.articles, in: folder)
        let session = try TmuxSession.isolated(width: 100, height: 30)
        try session.type("\(CrossreadProcess.executable.path) --corpus \(corpus); echo EXIT=$?")
        try session.waitFor(text: "1 Articles", timeout: 60)
        return (session, folder)
    }

    /// The line of the screen that counts the articles read.
    private func progressLine(_ screen: String) -> String? {
        screen.split(separator: "\n").first { $0.contains("Reading figures: ") }.map(String.init)
    }
}
