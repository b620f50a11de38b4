import Extraction
import XCTest

final class SentenceSplitterTests: XCTestCase {
    private func sentences(_ text: String) -> [String] {
        SentenceSplitter.sentences(in: text).map { $0.slice(of: text)! }
    }

    func testSplitsAtTerminalPunctuationBeforeACapital() {
        XCTAssertEqual(sentences("It rained. Then it snowed! Did it stop? No."),
                       ["It rained.", "Then it snowed!", "Did it stop?", "No."])
    }

    func testKeepsAbbreviationsAndInitialsInsideTheSentence() {
        XCTAssertEqual(sentences("Mr. Smith met Dr. Jones on Feb. 26, 1992 in the U.S. capital. J. Doe agreed."),
                       ["Mr. Smith met Dr. Jones on Feb. 26, 1992 in the U.S. capital.", "J. Doe agreed."])
    }

    func testClosingQuotesStayWithTheirSentence() {
        XCTAssertEqual(sentences("He said: “We were able to break that.” Then he left."),
                       ["He said: “We were able to break that.”", "Then he left."])
    }

    func testLineBreaksAlwaysEndASentence() {
        XCTAssertEqual(sentences("A heading\nThe body starts here. It goes on"),
                       ["A heading", "The body starts here.", "It goes on"])
    }

    func testLowercaseAfterAPeriodDoesNotSplit() {
        XCTAssertEqual(sentences("Vol. 5, No. 5 was printed. approx. ten copies."),
                       ["Vol. 5, No. 5 was printed. approx. ten copies."])
    }

    func testNoBreakSpacesBetweenSentencesAreTrimmed() {
        XCTAssertEqual(sentences("It ended. \u{A0}On the next day it began.\u{A0}"),
                       ["It ended.", "On the next day it began."])
    }

    func testSpansSliceBackAndNeverOverlap() {
        let text = "  One. Two three.  \n\nFour? “Five.” Six…  "
        let spans = SentenceSplitter.sentences(in: text)
        for (first, second) in zip(spans, spans.dropFirst()) { XCTAssertLessThanOrEqual(first.end, second.start) }
        for span in spans { XCTAssertNotNil(span.slice(of: text)) }
    }
}
