import Foundation
import TestSupport
import XCTest

/// `|`, `v` and `y` in a real terminal: the text reaches the command, the pager and the clipboard
/// (tmux's paste buffer, with set-clipboard on), and the browser comes back.
final class ConventionsEndToEndTests: XCTestCase {
    private var binary: String { CrossreadProcess.executable.path }

    private func scratch() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("crossread-conventions-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: directory) }
        return directory
    }

    private func start(environment: [String: String] = [:]) throws -> TmuxSession {
        try XCTSkipUnless(TmuxSession.isAvailable, "tmux is not installed (.ci/run installs it)")
        let session = try TmuxSession.isolated(width: 80, height: 24, environment: environment)
        try session.type("\(binary); echo EXIT=$?")
        try session.waitFor(text: "1 Articles")
        return session
    }

    private func waitForFile(_ url: URL, containing text: String) throws -> String {
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            if let content = try? String(contentsOf: url, encoding: .utf8), content.contains(text) { return content }
            Thread.sleep(forTimeInterval: 0.1)
        }
        XCTFail("\(url.path) never held \(text)")
        return ""
    }

    /// Opens the second article, searches for "killed" and copies that sentence with `y`; checks it
    /// reached `out` (where the clipboard command writes) with its citation.
    private func copyAKilledSentence(_ session: TmuxSession, into out: URL) throws {
        try session.send("j", "Enter")
        try session.sendLiteral("/killed")
        try session.send("Enter")
        try session.waitFor(text: "1/2")
        try session.send("y")
        let copied = try waitForFile(out, containing: "— ")
        XCTAssertTrue(copied.hasPrefix("“") && copied.contains("killed"), copied)
    }

    func testPipeSendsTheSentenceWithItsCitationAndTheBrowserComesBack() throws {
        let out = try scratch().appendingPathComponent("piped.txt")
        let session = try start()
        try session.send("j", "Enter")
        try session.sendLiteral("/killed")
        try session.send("Enter")
        try session.waitFor(text: "1/2")
        try session.sendLiteral("|cat > \(out.path)")
        try session.send("Enter")
        try session.waitFor(text: "[done: press Enter]")
        let piped = try waitForFile(out, containing: "— ")
        XCTAssertTrue(piped.hasPrefix("“") && piped.contains("killed"), piped)
        try session.send("Enter")
        try session.waitFor(text: "1/2")
        try session.send("Q")
        try session.waitFor(text: "EXIT=0")
    }

    func testVShowsTheReadingTextInThePager() throws {
        let directory = try scratch()
        let out = directory.appendingPathComponent("paged.txt")
        let pager = directory.appendingPathComponent("pager.sh")
        try "#!/bin/sh\ncat > \(out.path)\n".write(to: pager, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: pager.path)
        let session = try start(environment: ["PAGER": pager.path])
        try session.send("v")
        let paged = try waitForFile(out, containing: "\n\n")
        XCTAssertFalse(paged.isEmpty)
        try session.waitFor(text: "1 Articles")
        try session.send("Q")
        try session.waitFor(text: "EXIT=0")
    }

    func testYPutsTheSentenceOnTheClipboard() throws {
        let session = try start()
        try session.send("j", "Enter")
        try session.sendLiteral("/killed")
        try session.send("Enter")
        try session.waitFor(text: "1/2")
        try session.send("y")
        try session.waitFor(text: "Copied the sentence with its source")
        let deadline = Date().addingTimeInterval(5)
        var buffers = ""
        while Date() < deadline {
            buffers = try session.pasteBuffers()
            if buffers.contains("killed") || buffers.contains("“") { break }
            Thread.sleep(forTimeInterval: 0.1)
        }
        XCTAssertTrue(buffers.contains("“"), "tmux took the OSC 52 sequence as a paste buffer:\n\(buffers)")
        try session.send("Q")
        try session.waitFor(text: "EXIT=0")
    }

    func testYHandsTheSentenceToAConfiguredClipboardCommand() throws {
        let directory = try scratch()
        let out = directory.appendingPathComponent("copied.txt")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("crossread"), withIntermediateDirectories: true)
        try "clipboard = \"cat > \(out.path)\"\n".write(to: directory.appendingPathComponent("crossread/config.toml"),
                                                        atomically: true, encoding: .utf8)
        let session = try start(environment: ["XDG_CONFIG_HOME": directory.path])
        try copyAKilledSentence(session, into: out)
        XCTAssertTrue(try session.pasteBuffers().isEmpty, "no OSC 52 when a command is configured")
        try session.send("Q")
        try session.waitFor(text: "EXIT=0")
    }

    /// `:set` changes what the front end carries out while it runs: a colour, the clipboard command.
    func testSetChangesAColourAndTheClipboardCommandWhileRunning() throws {
        let out = try scratch().appendingPathComponent("copied.txt")
        let session = try start()
        let before = try session.styledScreen().split(separator: "\n")[0]
        XCTAssertFalse(before.contains("41m") || before.contains(";41"), "the top bar is not on red yet")
        try session.sendLiteral(":set theme.topBar black on red")
        try session.send("Enter")
        try session.waitFor(text: "theme.topBar = black on red")
        let after = try session.styledScreen().split(separator: "\n")[0]
        XCTAssertTrue(after.contains("41m") || after.contains(";41"), "the top bar is drawn on red:\n\(after)")

        try session.sendLiteral(":set clipboard cat > \(out.path)")
        try session.send("Enter")
        try session.waitFor(text: "y copies through: cat")
        try copyAKilledSentence(session, into: out)
        try session.send("Q")
        try session.waitFor(text: "EXIT=0")
    }
}
