@testable import Comparison
import XCTest

final class LocalAlignmentTests: XCTestCase {
    private func keys(_ text: String) -> [UInt64] { WordTokenizer.tokens(in: text).map(\.key) }

    func testTheBestStretchSpansAChangedWordBetweenSharedOnes() throws {
        let a = keys("officials said 613 civilians were killed including 106 women in the town")
        let b = keys("a report stated that 613 civilians were killed including 106 girls in the town last week")
        let stretch = try XCTUnwrap(LocalAlignment.best(a, b))
        XCTAssertEqual(stretch.left, 2..<12, "613 … town")
        XCTAssertEqual(stretch.right, 4..<14)
        XCTAssertEqual(stretch.score, 9 * 2 - 1, "nine shared words, one changed")
    }

    func testNothingSharedIsNoStretch() {
        XCTAssertNil(LocalAlignment.best(keys("rain fell all night"), keys("markets closed early")))
        XCTAssertNil(LocalAlignment.best([], keys("markets")))
    }

    func testAPairToldMostlyInOtherWordsListsTheChangesInsideItsSharedStretch() {
        let left = "Khojaly is the largest massacre committed against peaceful people in the course of the war, a report said."
        let right = "Historians call it the largest massacre in the course of the war."
        let changes = PassageAligner.sharedStretchChanges(WordTokenizer.tokens(in: left), WordTokenizer.tokens(in: right))
        XCTAssertEqual(changes.map { "\($0.kind.rawValue) \($0.left.slice(of: left)!)" }, ["delete committed against peaceful people"])
        XCTAssertEqual(PassageAligner.sharedStretchChanges(WordTokenizer.tokens(in: "the war ended"),
                                                           WordTokenizer.tokens(in: "the war began")), [],
                       "a stretch of fewer than four shared words lists nothing")
    }
}
