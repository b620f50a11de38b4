import Corpus
import TestSupport
import XCTest

/// Control characters never reach a terminal: in the reading text, the raw display and anything
/// `TerminalSafe` prints, each becomes a visible mark.
final class ControlCharacterTests: XCTestCase {
    private let document = ArticleFixtures.controlCharacters.parse()

    /// C0 controls (except the line feeds between paragraphs), DEL, C1 controls and bidi overrides.
    private func controls(in text: String, allowingLineFeeds: Bool) -> [String] {
        text.unicodeScalars.filter { scalar in
            let value = scalar.value
            if allowingLineFeeds && value == 0x0A { return false }
            return value < 0x20 || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value)
                || (0x2066...0x2069).contains(value)
        }.map { String(format: "U+%04X", $0.value) }
    }

    func testReadingTextShowsEveryControlCharacterAsAMark() {
        XCTAssertEqual(document.readingParagraphs, [
            "Title ␛]2;pwned␇ here",
            "By Eve Mallory",
            "Escapes ␛]52;c;aGVsbG8=␇ then ␛[2J and ␛[31mred␛[0m in prose that is long enough.",
            "A bell␇ a backspace␈ a lone␍carriage return, a delete␡, a C1 CSI ␦31m and ␦reversed text.",
            "Tabs:   here    and             there in a paragraph long enough to be prose for the rules.",
        ])
        XCTAssertEqual(controls(in: document.reading.text, allowingLineFeeds: true), [])
    }

    func testMetadataTakenFromTheTextIsSanitizedToo() {
        XCTAssertEqual(document.metadata.title, "Title ␛]2;pwned␇ here")
        XCTAssertEqual(document.metadata.author, "Eve Mallory")
    }

    func testRawDisplayKeepsEveryLineButNoControlCharacter() {
        let raw = document.rawDisplay
        XCTAssertEqual(controls(in: raw.text, allowingLineFeeds: true), [])
        let lineFeeds = document.original.utf8.filter { $0 == 0x0A }.count
        XCTAssertEqual(raw.paragraphs.count, lineFeeds, "one paragraph per line of the original")
        XCTAssertTrue(raw.text.contains("␛]52;c;aGVsbG8=␇"))
        XCTAssertTrue(raw.text.contains("lone␍carriage"))
        XCTAssertFalse(raw.text.contains("\r"), "the CR of a CRLF line end is dropped, not marked")
    }

    func testTheOriginalKeepsTheBytesForTracing() {
        XCTAssertTrue(document.original.contains("\u{1B}]2;pwned\u{07}"))
        XCTAssertEqual(document.original.utf8.count, ArticleFixtures.controlCharacters.bytes.count)
    }

    func testTerminalSafeSanitizeMarksEveryControl() {
        let hostile = "a\u{1B}[2Jb\u{07}c\u{08}d\re\u{9B}f\u{7F}g\u{202E}h\ti\nj\u{0}k\u{85}l"
        XCTAssertEqual(TerminalSafe.sanitize(hostile), "a␛[2Jb␇c␈d␍e␦f␡g␦h i␊j␀k␦l")
        XCTAssertEqual(TerminalSafe.sanitize(hostile, keepingNewlines: true), "a␛[2Jb␇c␈d␍e␦f␡g␦h i\nj␀k␦l")
        XCTAssertEqual(controls(in: TerminalSafe.sanitize(hostile), allowingLineFeeds: false), [])
        XCTAssertFalse(TerminalSafe.needsSanitizing("Plain “text” — with ünïcode and emoji 🙂"))
    }

    func testEntitiesThatDecodeToControlsBecomeMarks() {
        let page = ArticleFixtures.Fixture("entities.html",
            "<p>Escape &#27;[2J and &#x9B;31m and bell &#7; in a paragraph that is long enough to be prose.</p>")
        XCTAssertEqual(page.parse().readingParagraphs,
                       ["Escape ␛[2J and ␦31m and bell ␇ in a paragraph that is long enough to be prose."])
    }
}
