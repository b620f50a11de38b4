import Corpus
import TestSupport
import XCTest

final class PlainTextSegmenterTests: XCTestCase {
    func testOneParagraphPerLineWhenLinesAreLong() {
        let fixture = ArticleFixtures.Fixture("lines.txt", "A title\n\(ArticleFixtures.firstProse)\n\(ArticleFixtures.secondProse)\n")
        XCTAssertEqual(fixture.parse().readingParagraphs, ["A title", ArticleFixtures.firstProse, ArticleFixtures.secondProse])
    }

    func testHardWrappedTextIsUnwrapped() {
        let paragraphs = ArticleFixtures.hardWrapped.parse().readingParagraphs
        XCTAssertEqual(paragraphs.count, 4)
        XCTAssertEqual(paragraphs[0], "Flood waters recede")
        XCTAssertTrue(paragraphs[1].hasPrefix("The river rose overnight and flooded the lower town, forcing hundreds of families"))
        XCTAssertTrue(paragraphs[1].hasSuffix("until engineers had inspected the old stone walls."))
    }

    func testCRLFLineEndsReadLikeLineFeeds() {
        let fixture = ArticleFixtures.Fixture("crlf.txt", "A title\r\n\r\n\(ArticleFixtures.firstProse)\r\n")
        XCTAssertEqual(fixture.parse().readingParagraphs, ["A title", ArticleFixtures.firstProse])
    }
}
