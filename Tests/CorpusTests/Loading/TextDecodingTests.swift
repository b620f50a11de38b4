import Corpus
import TestSupport
import XCTest

/// Files that are not UTF-8 still load: UTF-16 with a byte-order mark, and Windows-1252 for the rest.
final class TextDecodingTests: XCTestCase {
    func testInvalidUTF8IsReadAsWindows1252WithTheRightCharacters() {
        let document = ArticleFixtures.windows1252.parse()
        XCTAssertEqual(document.encoding, .windows1252)
        XCTAssertEqual(document.original, "Café prices rose to 5 € and “quoted” text › in an old file from the archive.\n")
        XCTAssertEqual(document.readingParagraphs, ["Café prices rose to 5 € and “quoted” text › in an old file from the archive."])
    }

    func testTheUndefinedWindows1252BytesBecomeMarks() {
        let bytes: [UInt8] = Array("Odd bytes ".utf8) + [0x81, 0x8D, 0x8F, 0x90, 0x9D] + Array(" in a file that is not UTF-8 at all.".utf8)
        let document = ArticleFixtures.Fixture("odd.txt", bytes: bytes).parse()
        XCTAssertEqual(document.encoding, .windows1252)
        XCTAssertEqual(document.readingParagraphs, ["Odd bytes ␦␦␦␦␦ in a file that is not UTF-8 at all."])
    }

    func testUTF16WithAByteOrderMarkInEitherOrder() {
        for fixture in [ArticleFixtures.utf16LittleEndian, ArticleFixtures.utf16BigEndian] {
            let document = fixture.parse()
            XCTAssertEqual(document.encoding, .utf16, fixture.name)
            XCTAssertEqual(document.original, "Café in UTF-16\n\n\(ArticleFixtures.firstProse)\n", fixture.name)
            XCTAssertEqual(document.readingParagraphs, ["Café in UTF-16", ArticleFixtures.firstProse], fixture.name)
            XCTAssertEqual(document.metadata.title, "Café in UTF-16", fixture.name)
        }
    }

    func testAUTF8ByteOrderMarkNeverReachesTheReadingText() {
        for fixture in [ArticleFixtures.utf8WithByteOrderMark, ArticleFixtures.htmlWithByteOrderMark] {
            let document = fixture.parse()
            XCTAssertEqual(document.encoding, .utf8, fixture.name)
            XCTAssertEqual(document.readingParagraphs, ["Café with a BOM", ArticleFixtures.firstProse], fixture.name)
            XCTAssertEqual(document.metadata.title, "Café with a BOM", fixture.name)
            XCTAssertFalse(document.rawDisplay.text.contains("\u{FEFF}"), fixture.name)
        }
    }
}
