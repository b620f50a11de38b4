import Foundation
import TestSupport
import XCTest

/// `config.toml`: each setting, a bad entry reported with its line and key, `config --print`
/// parsing back to the defaults, `--config` and `--no-config`.
final class ConfigCommandTests: XCTestCase {
    private func file(_ text: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("crossread-config-\(UUID().uuidString).toml")
        try text.write(to: url, atomically: true, encoding: .utf8)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url.path
    }

    private func snapshot(_ arguments: [String], environment: [String: String]? = nil) throws -> CrossreadProcess.Result {
        let result = try CrossreadProcess.run(["snapshot"] + arguments, environment: environment)
        XCTAssertEqual(result.status, 0, result.standardError)
        return result
    }

    func testThePrintedDefaultsParseBackToTheSameSettings() throws {
        let printed = try CrossreadProcess.run(["config", "--print"])
        XCTAssertEqual(printed.status, 0)
        XCTAssertTrue(printed.standardOutput.contains("# The reader's longest line"), "comments say what each entry is")
        let path = try file(printed.standardOutput)
        let check = try CrossreadProcess.run(["config", "--check", "--config", path])
        XCTAssertEqual(check.status, 0, check.standardError)
        XCTAssertEqual(check.standardError, "")
        // Same keys (the help lists every binding), same looks, same measure.
        for keys in ["?", "?<PgDn>", "?<PgDn><PgDn>", "?<PgDn><PgDn><PgDn>", "j<Enter>", "3"] {
            let configured = try snapshot(["--size", "200x60", "--color", "--config", path, "--keys", keys])
            let defaults = try snapshot(["--size", "200x60", "--color", "--no-config", "--keys", keys])
            XCTAssertEqual(configured.standardOutput, defaults.standardOutput, keys)
        }
    }

    func testARemappedPaneKeyWorksAndItsOldKeyIsFree() throws {
        let path = try file("[keys.figures]\nchart = \"x\"\n")
        let remapped = try snapshot(["--size", "100x30", "--config", path, "--keys", "3x"])
        XCTAssertTrue(remapped.standardOutput.contains("a bar per source") || remapped.standardOutput.contains("to scale")
            || remapped.standardOutput.contains("├"), remapped.standardOutput)
        let old = try snapshot(["--size", "100x30", "--config", path, "--keys", "3c"])
        XCTAssertTrue(old.standardOutput.contains("c does nothing here"), old.standardOutput)
    }

    func testAPaneSelectKeyRemapsAndTheTopBarFollows() throws {
        let path = try file("[keys.global]\npane2 = \"t\"\n")
        let result = try snapshot(["--size", "100x30", "--config", path, "--keys", "t"])
        let lines = result.standardOutput.split(separator: "\n")
        XCTAssertTrue(lines[0].contains(" t Timeline "), String(lines[0]))
        XCTAssertTrue(result.standardOutput.contains("WHEN"), "t shows the Timeline")
    }

    func testTheMeasureCapsTheReadersLines() throws {
        func widest(_ arguments: [String]) throws -> Int {
            let result = try snapshot(["--size", "200x40", "--keys", "<Enter>"] + arguments)
            return result.standardOutput.split(separator: "\n").dropFirst().dropLast().map { line in
                // The reader stands right of the divider when side by side.
                let reader = line.split(separator: "│", maxSplits: 1, omittingEmptySubsequences: false).last ?? line
                return reader.reversed().drop { $0 == " " }.count
            }.max() ?? 0
        }
        XCTAssertLessThanOrEqual(try widest(["--no-config"]), 81, "80 columns by default")
        XCTAssertLessThanOrEqual(try widest(["--config", try file("measure = 50\n")]), 51)
        XCTAssertGreaterThan(try widest(["--config", try file("measure = 1000\n")]), 81)
    }

    func testAThemeChangesTheColoursAndMonochromeIsChecked() throws {
        let path = try file("[theme]\ntopBar = \"bold red on black\"\n[monochrome]\ntopBar = \"underline\"\n")
        let result = try snapshot(["--size", "60x10", "--color", "--config", path])
        XCTAssertTrue(result.standardOutput.contains("\u{1B}[1;31;40m Crossread"), result.standardOutput)
        XCTAssertEqual(try CrossreadProcess.run(["config", "--check", "--config", path]).status, 0)
    }

    func testBadEntriesAreReportedWithLineAndKeyAndKeepTheirDefaults() throws {
        let path = try file("""
            measure = "wide"
            mouse = true
            [keys.figures]
            chart = "x"
            nope = "y"
            [theme]
            figure = "bold purple"
            """)
        let result = try snapshot(["--size", "100x30", "--config", path, "--keys", "3x"])
        let messages = result.standardError.split(separator: "\n").map(String.init)
        XCTAssertEqual(messages, [
            "crossread: \(path) line 1: measure: takes a number of columns, 20 to 1000",
            "crossread: \(path) line 5: [keys.figures] nope: figures has no action called nope",
            "crossread: \(path) line 7: [theme] figure: \"purple\" is not a colour (default, black, red, green, yellow, blue, magenta, cyan, white) or bold, dim, underline, reverse",
        ])
        XCTAssertFalse(result.standardOutput.contains("does nothing"), "the good entry (chart = x) still applies")
    }

    func testASyntaxErrorNamesItsLineAndEverythingKeepsItsDefault() throws {
        let path = try file("measure = 60\n[keys.figures\nchart = \"x\"\n")
        let result = try snapshot(["--size", "100x30", "--config", path, "--keys", "3c"])
        XCTAssertTrue(result.standardError.hasPrefix("crossread: \(path) line 2: "), result.standardError)
        XCTAssertEqual(result.standardError.split(separator: "\n").count, 1, "one message")
        XCTAssertFalse(result.standardOutput.contains("does nothing"), "c still draws the chart")
    }

    func testTheDefaultFileIsReadFromXDGConfigHomeAndNoConfigIgnoresIt() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("crossread-xdg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home.appendingPathComponent("crossread"), withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: home) }
        try "[keys.global]\npane2 = \"t\"\nbogus = \"z\"\n".write(to: home.appendingPathComponent("crossread/config.toml"),
                                                                atomically: true, encoding: .utf8)
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_CONFIG_HOME"] = home.path
        let read = try snapshot(["--size", "100x30"], environment: environment)
        XCTAssertTrue(read.standardOutput.contains(" t Timeline "), read.standardOutput)
        XCTAssertTrue(read.standardError.contains("line 3: [keys.global] bogus"), read.standardError)
        let ignored = try snapshot(["--size", "100x30", "--no-config"], environment: environment)
        XCTAssertTrue(ignored.standardOutput.contains(" 2 Timeline "))
        XCTAssertEqual(ignored.standardError, "")
        XCTAssertEqual(try CrossreadProcess.run(["config", "--path"], environment: environment).standardOutput,
                       home.path + "/crossread/config.toml\n")
    }

    func testTheDefaultCorpusComesFromTheConfiguration() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("crossread-config-corpus-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        try "Title: A report on the bridge\n\nThe bridge over the river opened on Monday, officials said.\n"
            .write(to: folder.appendingPathComponent("bridge.txt"), atomically: true, encoding: .utf8)
        let path = try file("corpus = [\"\(folder.path)\"]\n")
        let result = try snapshot(["--size", "100x30", "--config", path])
        XCTAssertTrue(result.standardOutput.contains("1 article"), result.standardOutput)
        let given = try snapshot(["--size", "100x30", "--config", path, "--corpus", folder.path])
        XCTAssertEqual(given.standardOutput, result.standardOutput, "--corpus still wins when given")
    }

    /// `index` keeps the default corpus in that file: the first run makes it, the next reads it.
    func testTheIndexFileComesFromTheConfiguration() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("crossread-config-index-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("corpus"), withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        try "Title: A report on the ferry\n\nThe ferry sank on Monday; 12 people were killed, officials said.\n"
            .write(to: folder.appendingPathComponent("corpus/ferry.txt"), atomically: true, encoding: .utf8)
        let index = folder.appendingPathComponent("ferry.index").path
        let path = try file("corpus = [\"\(folder.path)/corpus\"]\nindex = \"\(index)\"\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: index))
        let first = try snapshot(["--size", "100x30", "--config", path])
        XCTAssertTrue(first.standardOutput.contains("A report on the ferry"), first.standardOutput)
        XCTAssertTrue(FileManager.default.fileExists(atPath: index), "the configured index file is made")
        let again = try snapshot(["--size", "100x30", "--config", path])
        XCTAssertEqual(again.standardOutput, first.standardOutput, "and read back the same")
        let bad = try file("index = 3\n")
        XCTAssertEqual(try snapshot(["--size", "100x30", "--config", bad]).standardError,
                       "crossread: \(bad) line 1: index: takes a file name\n")
    }

    func testConfigTakesOneAction() throws {
        XCTAssertEqual(try CrossreadProcess.run(["config"]).status, 2)
        XCTAssertEqual(try CrossreadProcess.run(["snapshot", "--config", "/nonexistent.toml"]).standardError,
                       "crossread: /nonexistent.toml: cannot be read\n")
    }
}
