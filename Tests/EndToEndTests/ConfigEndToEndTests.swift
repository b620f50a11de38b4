import Foundation
import TestSupport
import XCTest

/// A key remapped in `config.toml` works in the real browser, in a real terminal.
final class ConfigEndToEndTests: XCTestCase {
    private var binary: String { CrossreadProcess.executable.path }

    func testARemappedKeyFromTheConfigFileWorksInTheBrowser() throws {
        try XCTSkipUnless(TmuxSession.isAvailable, "tmux is not installed (.ci/run installs it)")
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("crossread-e2e-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home.appendingPathComponent("crossread"), withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: home) }
        try "[keys.global]\npane2 = \"t\"\n[keys.timeline]\nzoomIn = \"i\"\n"
            .write(to: home.appendingPathComponent("crossread/config.toml"), atomically: true, encoding: .utf8)
        let session = try TmuxSession.isolated(width: 100, height: 30, environment: ["XDG_CONFIG_HOME": home.path])
        try session.type("\(binary); echo EXIT=$?")
        let first = try session.waitFor(text: "1 Articles")
        XCTAssertTrue(first.contains(" t Timeline "), first)
        try session.send("t")
        try session.waitFor(text: "WHEN")
        try session.send("i")
        try session.waitFor(text: "Headings by")
        try session.send("z")
        try session.waitFor(text: "z does nothing here")
        try session.send("Q")
        try session.waitFor(text: "EXIT=0")
    }

    /// `mouse = false` leaves the terminal's mouse alone (tmux reports whether the program asked
    /// for mouse events); `:set mouse on` asks for them while running, and the default asks too.
    func testMouseFromTheConfigFileAndFromSet() throws {
        try XCTSkipUnless(TmuxSession.isAvailable, "tmux is not installed (.ci/run installs it)")
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("crossread-e2e-mouse-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home.appendingPathComponent("crossread"), withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: home) }
        let config = home.appendingPathComponent("crossread/config.toml")
        try "mouse = false\n".write(to: config, atomically: true, encoding: .utf8)
        let session = try TmuxSession.isolated(width: 100, height: 30, environment: ["XDG_CONFIG_HOME": home.path])
        try session.type("\(binary); echo EXIT=$?")
        try session.waitFor(text: "1 Articles")
        XCTAssertEqual(try session.display("#{mouse_any_flag}"), "0", "mouse = false: no mouse events asked for")
        try session.sendLiteral(":set mouse on")
        try session.send("Enter")
        try session.waitFor(text: "Mouse on")
        XCTAssertEqual(try session.display("#{mouse_any_flag}"), "1", ":set mouse on asks for them")
        try session.send("Q")
        try session.waitFor(text: "EXIT=0")
        XCTAssertEqual(try session.display("#{mouse_any_flag}"), "0", "and leaving gives the mouse back")

        try FileManager.default.removeItem(at: config)
        try session.type("clear; \(binary); echo EXIT=$?")
        try session.waitFor(text: "1 Articles")
        XCTAssertEqual(try session.display("#{mouse_any_flag}"), "1", "by default the browser takes the mouse")
        try session.send("Q")
        try session.waitFor(text: "EXIT=0")
    }
}
