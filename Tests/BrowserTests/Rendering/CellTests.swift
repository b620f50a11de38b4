@testable import Browser
import XCTest

/// Cells hold their character as a code; every character must come back exactly as written.
final class CellTests: XCTestCase {
    func testCharactersComeBackExactly() {
        let characters: [Character] = [
            " ", "a", "~", "é", "e\u{301}", "中", "🙂", "👩\u{200D}👩\u{200D}👧", "🇯🇵", "q\u{323}\u{307}", "q\u{307}\u{323}", "␛",
        ]
        for character in characters {
            let cell = Cell(character: character, width: 1, style: .normal)
            XCTAssertEqual(Array(cell.character.unicodeScalars), Array(character.unicodeScalars), "\(character)")
        }
    }

    func testCanonicallyEquivalentClustersStayDistinct() {
        // Character equality would call these the same; the screen must show the scalars written.
        let first = Cell(character: "q\u{323}\u{307}", width: 1, style: .normal)
        let second = Cell(character: "q\u{307}\u{323}", width: 1, style: .normal)
        XCTAssertNotEqual(first, second)
        XCTAssertEqual(Array(second.character.unicodeScalars.map(\.value)), [0x71, 0x307, 0x323])
    }

    func testOnlyPrintableASCIIHasAnASCIIByte() {
        XCTAssertEqual(Cell(character: "a", width: 1, style: .normal).ascii, 0x61)
        XCTAssertEqual(Cell(character: "\u{7F}", width: 1, style: .normal).ascii, 0)
        XCTAssertEqual(Cell(character: "é", width: 1, style: .normal).ascii, 0)
        XCTAssertEqual(Cell(character: "é", width: 1, style: .normal).scalar, "é")
        XCTAssertNil(Cell(character: "🇯🇵", width: 2, style: .normal).scalar)
    }

    func testBuffersOfWideAndClusteredTextReadBackAsWritten() {
        var buffer = CellBuffer(width: 12, height: 1)
        buffer.write("a中👩\u{200D}👧e\u{301}🇯🇵", x: 0, y: 0)
        XCTAssertEqual(buffer.lines, ["a中👩\u{200D}👧e\u{301}🇯🇵" + String(repeating: " ", count: 5)])
        XCTAssertEqual(buffer[1, 0].width, 2)
        XCTAssertEqual(buffer[2, 0].width, 0)
    }
}
