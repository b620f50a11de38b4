import Foundation
import TestSupport
import XCTest

/// Whatever the corpus holds, no command prints a raw control character, even to a pipe.
final class TerminalSafetyTests: XCTestCase {
    /// A hostile file name: ESC, BEL and the C1 CSI U+009B.
    private let hostileName = "evil\u{1B}]2;owned\u{07}\u{9B}6n.txt"

    /// Every raw control character in `text` except line feeds (and nothing else).
    private func controls(_ text: String) -> [String] {
        text.unicodeScalars.filter { scalar in
            let value = scalar.value
            return (value < 0x20 && value != 0x0A) || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value)
                || (0x2066...0x2069).contains(value)
        }.map { String(format: "U+%04X", $0.value) }
    }

    private func hostileCorpus() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write("controls.txt", bytes: ArticleFixtures.controlCharacters.bytes)
        try folder.write(hostileName, "Title \u{1B}[2J\u{9B}H\n\n\(ArticleFixtures.firstProse) \u{1B}]52;c;aGk=\u{07}\n")
        try folder.write("entities.html", "<title>T&#27;]2;x&#7;</title><p>\(ArticleFixtures.firstProse) &#x9B;2J &#27;[H</p>")
        try folder.write("binary\u{1B}[2J.txt", bytes: [0x41, 0x00, 0x42])
        // The single byte 0x9B (C1 CSI in ISO 8859-1): not UTF-8, so the file is read as Windows-1252.
        try folder.write("rawcsi.txt", bytes: Array("Raw CSI".utf8) + [0x9B] + Array("2J byte\n\n\(ArticleFixtures.firstProse)\n".utf8))
        return folder
    }

    func testNoCommandPrintsARawControlCharacter() throws {
        let folder = try hostileCorpus()
        var runs: [[String]] = [["list"], ["browse"]]
        for format in ["text", "json", "markdown"] {
            runs.append(["list", "--format", format])
            for id in ["controls", "evil", "entities", "rawcsi"] {
                runs.append(["show", id, "--format", format])
                runs.append(["show", id, "--format", format, "--raw"])
            }
        }
        for arguments in runs {
            let result = try CrossreadProcess.run(arguments + ["--corpus", folder.path])
            XCTAssertEqual(result.status, 0, "\(arguments): \(result.standardError)")
            XCTAssertEqual(controls(result.standardOutput), [], "standard output of \(arguments)")
            XCTAssertEqual(controls(result.standardError), [], "standard error of \(arguments)")
            XCTAssertFalse(result.standardOutput.isEmpty, "\(arguments)")
        }
    }

    func testTheMarksAreVisibleInTextOutput() throws {
        let folder = try hostileCorpus()
        let show = try CrossreadProcess.run(["show", "controls", "--corpus", folder.path])
        XCTAssertTrue(show.standardOutput.hasPrefix("Title ␛]2;pwned␇ here\n"), show.standardOutput)
        XCTAssertTrue(show.standardOutput.contains("then ␛[2J and ␛[31mred␛[0m"))
        XCTAssertTrue(show.standardOutput.contains("a C1 CSI ␦31m"))
        let rawCSI = try CrossreadProcess.run(["show", "rawcsi", "--corpus", folder.path])
        XCTAssertTrue(rawCSI.standardOutput.hasPrefix("Raw CSI›2J byte\n"), rawCSI.standardOutput)
        let list = try CrossreadProcess.run(["list", "--corpus", folder.path])
        XCTAssertTrue(list.standardOutput.contains("evil␛]2;owned␇␦6n"), list.standardOutput)
        XCTAssertTrue(list.standardError.contains("skipped \(folder.path)/binary␛[2J.txt: binary file"), list.standardError)
    }

    func testJSONKeepsTheExactValuesBehindEscapes() throws {
        let folder = try hostileCorpus()
        let result = try CrossreadProcess.run(["list", "--format", "json", "--corpus", folder.path])
        let entries = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [[String: Any]])
        let ids = entries.compactMap { $0["id"] as? String }
        XCTAssertTrue(ids.contains("evil\u{1B}]2;owned\u{07}\u{9B}6n"), "\(ids)")
        XCTAssertTrue(result.standardOutput.contains(#"evil\u001b]2;owned\u0007\u009b6n"#), result.standardOutput)
    }
}
