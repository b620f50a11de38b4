import Browser
import Corpus
import TestSupport
import XCTest

/// Text in a document never reaches the terminal as a control sequence.
final class HostileTextTests: BrowserTestCase {
    static let hostile: [UInt8] = Array("Hostile article\n\nBefore \u{1B}]2;owned\u{07} after. Clipboard \u{1B}]52;c;ZXZpbA==\u{07} end. Clear \u{1B}[2J screen. Bell \u{07} and back\u{08}\u{08}space. ".utf8)
        + [0x9B] + Array("31m red? Then the rest of the paragraph reads normally.\n".utf8)

    func testControlSequencesBecomeVisibleMarksAndTheTextStaysReadable() throws {
        let folder = try TemporaryFolder()
        try folder.write("hostile.txt", bytes: Self.hostile)
        let (store, _) = try CorpusLoader().load(paths: [folder.path])
        for keys in ["", "<Enter>", "<Enter>r"] {
            var browser = BrowserModel(store: store, width: 240, height: 30)
            press(keys, on: &browser)
            let buffer = Screen.render(browser)
            for cell in buffer.cells {
                for scalar in cell.character.unicodeScalars {
                    XCTAssertFalse(scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value),
                                   "control U+\(String(scalar.value, radix: 16)) reached the screen (keys \(keys))")
                }
            }
            let text = buffer.lines.joined(separator: "\n")
            // Wide enough that the paragraph is one line: every piece is visible, in order.
            XCTAssertTrue(text.contains("Before ␛]2;owned␇ after. Clipboard ␛]52;c;ZXZpbA==␇ end."), text)
            XCTAssertTrue(text.contains("Clear ␛[2J screen. Bell ␇ and back␈␈space. ›31m red?"), "0x9B alone is not UTF-8: read as Windows-1252 ›")
            XCTAssertTrue(text.contains("Then the rest of the paragraph reads normally."))
            XCTAssertTrue(buffer.lines[0].hasPrefix(" Crossread   1 Articles"))
        }
    }
}
