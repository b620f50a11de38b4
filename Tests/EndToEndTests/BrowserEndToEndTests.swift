import Foundation
import TestSupport
import XCTest

/// The real binary in a real terminal (tmux on a private socket): keys in, screen out.
final class BrowserEndToEndTests: XCTestCase {
    private var binary: String { CrossreadProcess.executable.path }

    private func startBrowser(width: Int = 100, height: Int = 30, arguments: String = "",
                              environment: [String: String] = [:]) throws -> TmuxSession {
        try XCTSkipUnless(TmuxSession.isAvailable, "tmux is not installed (.ci/run installs it)")
        let session = try TmuxSession.isolated(width: width, height: height, environment: environment)
        try session.type("echo BEFORE-CROSSREAD; \(binary) \(arguments); echo EXIT=$?")
        try session.waitFor(text: "1 Articles")
        return session
    }

    /// After quitting, the shell's own screen is back: our marker, the exit status, no browser.
    private func assertShellRestored(_ session: TmuxSession, status: String = "EXIT=0", file: StaticString = #filePath,
                                     line: UInt = #line) throws {
        let text = try session.waitFor(text: status)
        XCTAssertTrue(text.contains("BEFORE-CROSSREAD"), "the shell's screen is back", file: file, line: line)
        XCTAssertFalse(text.contains("1 Articles"), "the browser is gone", file: file, line: line)
        // Prints "echo,icanon,MODES" in cooked mode, "-echo,-icanon,MODES" in raw mode; the quotes keep
        // the marker out of the echoed command line.
        try session.type("stty -a | tr ' ;' '\\n\\n' | grep -x -E -- '-?(echo|icanon)' | sort | tr '\\n' ,; echo MO''DES")
        let modes = try session.waitFor(text: ",MODES")
        XCTAssertTrue(modes.contains("echo,icanon,MODES"), "the terminal is back in cooked mode with echo:\n\(modes)",
                      file: file, line: line)
    }

    func testFirstScreenListsTheFiveSeedsAndQuitRestoresTheShell() throws {
        let session = try startBrowser()
        let screen = try session.screenText()
        for title in ["Khojaly Genocide: Why", "1992 Khojaly genocide", "Khojaly Massacre at a glan",
                      "(untitled) In the heart", "Khojaly Genocide and Nagor"] {
            XCTAssertTrue(screen.contains(title), "\(title) is listed:\n\(screen)")
        }
        XCTAssertTrue(screen.contains("article 1/5"))
        try session.send("q")
        try assertShellRestored(session)
    }

    func testOpenScrollSearchAndHelp() throws {
        let session = try startBrowser(width: 80, height: 24)
        try session.send("j", "Enter")
        try session.waitFor(text: "Paul Goble · 2012-03-01")
        try session.send("Space")
        try session.waitFor(text: "line 22-")
        try session.sendLiteral("/killed")
        try session.send("Enter")
        let found = try session.waitFor(text: "1/2")
        XCTAssertTrue(found.contains("613 people were killed"), found)
        try session.send("n")
        try session.waitFor(text: "2/2")
        try session.send("F1")
        try session.waitFor(text: "Reader (here)")
        try session.send("Escape")
        try session.waitFor(text: "2/2")
        try session.send("Escape", "q")
        try assertShellRestored(session)
    }

    func testArrowsPagingAndHomeEndKeys() throws {
        let session = try startBrowser(width: 80, height: 24)
        try session.send("Down", "Down")
        try session.waitFor(text: "article 3/5")
        try session.send("Up")
        try session.waitFor(text: "article 2/5")
        try session.send("Right")
        try session.waitFor(text: "line 1-22/")
        try session.send("Down")
        try session.waitFor(text: "line 2-23/")
        try session.send("NPage")
        try session.waitFor(text: "line 23-44/")
        try session.send("End")
        try session.waitFor(text: "100%")
        try session.send("Home")
        try session.waitFor(text: "line 1-22/")
        try session.send("Left")
        try session.waitFor(text: "article 2/5")
        try session.send("q")
        try assertShellRestored(session)
    }

    func testResizingManyTimesAndDownToTwelveByFour() throws {
        let session = try startBrowser(width: 100, height: 30)
        try session.send("Enter")
        for (width, height) in [(60, 20), (12, 4), (30, 8), (150, 45), (12, 4), (100, 30)] {
            try session.resize(width: width, height: height)
            if width < 20 {
                try session.waitFor(text: "Too small")
            } else {
                try session.waitFor("a full screen at \(width)x\(height)") { text in
                    text.split(separator: "\n", omittingEmptySubsequences: false).first?.contains("Crossread") == true
                }
            }
        }
        try session.waitFor(text: "│")
        try session.send("Q")
        try assertShellRestored(session)
    }

    /// Opens Compare by the number the top bar gives it, picks A and C, steps through their
    /// differences, stacks the sides in a narrow terminal, and jumps into the reader.
    func testComparePanePicksTwoSourcesAndStepsThroughTheirDifferences() throws {
        let session = try startBrowser(width: 160, height: 40)
        let top = try session.screen()[0]
        let title = try XCTUnwrap(top.range(of: #"\d Compare"#, options: .regularExpression), top)
        try session.sendLiteral(String(top[title].prefix(1)))
        try session.waitFor(text: "A ↔ B · claim 1/")
        try session.sendLiteral("}")
        try session.waitFor(text: "A ↔ C: claims 0 differ · 3 agree · 5 only in A · 5 only in C; 4 passages aligned")
        try session.sendLiteral("n")
        try session.waitFor(text: "difference 1/8  only on the left: committed against peaceful Azerbaijani people")
        try session.sendLiteral("n")
        let quote = try session.waitFor(text: "difference 2/8  Khojalu → Khojaly")
        let row = quote.split(separator: "\n").first { $0.contains("Sargsyan, who was the commander") }
        XCTAssertTrue(row?.contains("As reported by the British scholar") == true, "the quotation pair shares a row:\n\(quote)")
        for (step, change) in [(3, "needed → were able"), (4, "put a stop to all → break"), (5, "only on the right: stereotype"),
                               (6, "Told in other words: 17%"), (7, "only on the right: has named the tragedy"),
                               (8, "only on the left: to date")] {
            try session.sendLiteral("n")
            try session.waitFor(text: "difference \(step)/8  \(change)")
        }
        try session.sendLiteral("n")
        try session.waitFor(text: "difference 1/8  only on the left: committed against peaceful Azerbaijani people (wrapped to the first)")
        try session.resize(width: 80, height: 24)
        try session.waitFor(text: "──  C  Khojaly Massacre at a glance")
        try session.send("Enter")
        let reader = try session.waitFor(text: "/ search · r raw")
        XCTAssertTrue(reader.contains("Khojaly Genocide is the largest massacre committed"), "the reader is at the passage:\n\(reader)")
        try session.send("q", "q")
        try assertShellRestored(session)
    }

    func testCtrlCQuitsAndRestoresTheTerminal() throws {
        let session = try startBrowser()
        try session.send("Enter", "C-c")
        try assertShellRestored(session)
    }

    func testSigtermAndSighupRestoreTheTerminal() throws {
        for signal in [SIGTERM, SIGHUP] {
            let session = try startBrowser()
            let pid = try XCTUnwrap(session.foregroundChild())
            kill(pid, signal)
            try assertShellRestored(session)
        }
    }

    func testFatalSignalsRestoreTheTerminalBeforeDyingOfThem() throws {
        for signal in [SIGSEGV, SIGILL, SIGTRAP, SIGABRT, SIGBUS] {
            let session = try startBrowser()
            let pid = try XCTUnwrap(session.foregroundChild())
            kill(pid, signal)
            // Re-raised with the default action: the shell sees death by that signal (128 + n).
            try assertShellRestored(session, status: "EXIT=\(128 + signal)")
        }
    }

    func testColoursAndMonochromeUnderNoColor() throws {
        let colour = try startBrowser()
        let styled = try colour.styledScreen()
        XCTAssertTrue(styled.contains("\u{1B}[3") || styled.contains("\u{1B}[4") || styled.contains(";3"),
                      "colours are used when the terminal has them")
        try colour.send("q")
        try colour.waitFor(text: "EXIT=0")

        let mono = try startBrowser(environment: ["NO_COLOR": "1"])
        let plain = try mono.styledScreen()
        let sgr = plain.components(separatedBy: "\u{1B}[").dropFirst().map { $0.prefix { $0 != "m" } }
        let colourCodes = sgr.flatMap { $0.split(separator: ";") }.filter { code in
            guard let number = Int(code) else { return false }
            // 39 and 49 only reset to the terminal's own colours.
            return ((30...49).contains(number) || (90...107).contains(number)) && number != 39 && number != 49
        }
        XCTAssertEqual(colourCodes, [], "NO_COLOR: no colour at all")
        XCTAssertTrue(sgr.contains { $0.split(separator: ";").contains("7") }, "selection and bars still stand out in reverse video")
        try mono.send("q")
        try mono.waitFor(text: "EXIT=0")
    }

    func testCtrlZSuspendsAndFgRepaints() throws {
        let session = try startBrowser()
        try session.send("j")
        try session.waitFor(text: "article 2/5")
        try session.send("C-z")
        try session.waitFor(text: "Stopped")
        try session.type("clear; fg")
        let back = try session.waitFor(text: "article 2/5")
        XCTAssertTrue(back.contains("1 Articles"), "a full repaint after fg")
        try session.send("q")
        // The shell dropped the rest of the command line when the job stopped: its prompt is back.
        let after = try session.waitFor("the prompt after fg") { text in
            let rows = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            return rows.last == "$" && !text.contains("1 Articles")
        }
        XCTAssertTrue(after.contains("crossread"), "fg named the job it resumed")
    }

    func testHostileArticleLeavesTheTitleAndClipboardAlone() throws {
        let folder = try TemporaryFolder()
        var bytes = Array("Hostile article\n\nBefore \u{1B}]2;owned-title\u{07} after. Copy \u{1B}]52;c;b3duZWQ=\u{07} end. Clear \u{1B}[2J now. Bell \u{07}\u{08}\u{08}. ".utf8)
        bytes += [0x9B] + Array("2J more text to read.\n".utf8)
        try folder.write("hostile.txt", bytes: bytes)
        let session = try startBrowser(arguments: "--corpus \(folder.path)")
        let titleBefore = try session.display("#{pane_title}")
        try session.send("Enter")
        let screen = try session.waitFor(text: "␛]2;owned-title␇ after.")
        XCTAssertTrue(screen.contains("more text to read."))
        XCTAssertNotEqual(try session.display("#{pane_title}"), "owned-title")
        XCTAssertEqual(try session.display("#{pane_title}"), titleBefore)
        XCTAssertEqual(try session.pasteBuffers(), "", "no OSC 52 clipboard write reached tmux")
        try session.send("r")
        try session.waitFor(text: "raw text")
        XCTAssertEqual(try session.display("#{pane_title}"), titleBefore)
        try session.send("q", "q")
        try assertShellRestored(session)
    }

    func testNotATerminalPrintsTheListAndAHint() throws {
        let result = try CrossreadProcess.run([])
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.standardOutput.contains("1992 Khojaly genocide remembered around the world"))
        XCTAssertTrue(result.standardError.contains("standard output is not a terminal"), result.standardError)
    }

    func testDumbOrMissingTERMPrintsTheListInsteadOfTheBrowser() throws {
        try XCTSkipUnless(TmuxSession.isAvailable)
        let session = try TmuxSession.isolated(width: 100, height: 30)
        try session.type("env -u TERM \(binary); echo UNSET-EXIT=$?")
        let unset = try session.waitFor(text: "UNSET-EXIT=0")
        XCTAssertTrue(unset.contains("TERM is not set"), unset)
        try session.type("clear; TERM=dumb \(binary); echo DUMB-EXIT=$?")
        let text = try session.waitFor(text: "DUMB-EXIT=0")
        XCTAssertTrue(text.contains("TERM is dumb"), text)
        XCTAssertTrue(text.contains("Tesfa-Alem Tekle"), "the list is printed: \(text)")
    }

    func testWithoutAUTF8LocaleWideTextStillDraws() throws {
        try XCTSkipUnless(TmuxSession.isAvailable)
        let session = try TmuxSession.isolated(width: 100, height: 30)
        try session.type("LANG= LC_ALL= \(binary); echo EXIT=$?")
        let screen = try session.waitFor(text: "1 Articles")
        XCTAssertTrue(screen.contains("Armenia’s"), "the curly apostrophe is drawn as itself:\n\(screen)")
        try session.send("q")
        try session.waitFor(text: "EXIT=0")
    }
}
