import Corpus
import Extraction
import TestSupport
import XCTest

final class MarkdownSegmenterTests: XCTestCase {
    func testMarkupIsDroppedAndTheWordsKept() {
        XCTAssertEqual(ArticleFixtures.markdown.parse().readingParagraphs, [
            "Flood waters recede in the lower town",
            "By Someone Else",
            "The river rose overnight and flooded the lower town, forcing hundreds of families from their homes, said the mayor in a statement on Thursday.",
            "- first item of a list that is here",
            "- second item of a list that is here",
            "code stays as it is",
            "Volunteers brought boats, blankets and food to the school that served as a shelter.",
            ArticleFixtures.thirdProse,
            ArticleFixtures.secondProse,
        ])
    }

    func testSetextHeadingsAndIntrawordUnderscoresAndImages() {
        let fixture = ArticleFixtures.Fixture("setext.md", """
            Flood report
            ============

            The snake_case_name stays, *emphasis* goes, and ![a photo](photo.jpg) keeps its alt text here.

            """)
        XCTAssertEqual(fixture.parse().readingParagraphs, [
            "Flood report", "The snake_case_name stays, emphasis goes, and a photo keeps its alt text here.",
        ])
    }
}
