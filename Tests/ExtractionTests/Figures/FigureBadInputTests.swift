import Extraction
import XCTest

/// Input no news text holds: no crash, no hang (each case runs in well under a second even in a
/// debug build; a quadratic step would take minutes), and no figure invented from it.
final class FigureBadInputTests: XCTestCase {
    func testRandomBytesGiveNoFigureOfPeople() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20 {
            let bytes = (0..<50_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let text = String(decoding: bytes, as: UTF8.self)
            for figure in FigureExtractor.figures(in: text) {
                XCTAssertEqual(figure.span.slice(of: text), figure.value)
            }
        }
    }

    func testHugeNumbersAreNotCounts() {
        let tenThousandDigits = String(repeating: "9", count: 10_000)
        let separated = "1" + String(repeating: ",000", count: 500)
        for text in [
            "\(tenThousandDigits) people were killed.",
            "\(separated) people were killed.",
            "1e999 people were killed.",
            "The toll rose to \(separated).",
        ] {
            for figure in FigureExtractor.figures(in: text) {
                XCTAssertTrue(figure.quantity.low.map(\.isFinite) ?? true, "no infinite bound: \(figure.value.prefix(20))")
                XCTAssertTrue(figure.quantity.high.map(\.isFinite) ?? true, "no infinite bound: \(figure.value.prefix(20))")
                XCTAssertTrue(figure.quantity.stated.allSatisfy(\.isFinite))
                XCTAssertLessThan(figure.value.utf8.count, 40, "nothing invented from a run of digits")
            }
        }
        XCTAssertEqual(FigureExtractor.figures(in: "1e999 people were killed.").map(\.value), [],
                       "digits glued to letters are a label, not a count")
    }

    func testAOneMegabyteSentence() {
        let clause = "and 3 people were killed, including 2 children, among the dead were 4 women "
        let text = "Among the dead " + String(repeating: clause, count: 1_000_000 / clause.utf8.count) + "."
        let started = Date()
        let figures = FigureExtractor.figures(in: text)
        XCTAssertLessThan(Date().timeIntervalSince(started), 60, "linear in the sentence's length")
        XCTAssertFalse(figures.isEmpty)
        for figure in figures.prefix(100) { XCTAssertEqual(figure.span.slice(of: text), figure.value) }
        let words = String(repeating: "word ", count: 200_000)
        XCTAssertEqual(FigureExtractor.figures(in: words), [])
    }
}
