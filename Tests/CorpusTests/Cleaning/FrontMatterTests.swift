import Corpus
import Extraction
import TestSupport
import XCTest

final class FrontMatterTests: XCTestCase {
    func testFrontMatterWinsOverWhatTheTextSuggests() {
        let document = ArticleFixtures.frontMatterOverHeuristics.parse()
        XCTAssertEqual(document.metadata, Metadata(
            title: "The declared title", author: "Declared Author", published: PartialDate(year: 2020, month: 5),
            outlet: "Declared Outlet"))
        XCTAssertEqual(document.readingParagraphs.first, "A title in the text itself")
        XCTAssertFalse(document.reading.text.contains("Declared"), "front matter is not reading text")
    }

    func testTheTextFillsWhatTheFrontMatterLeavesOut() {
        let fixture = ArticleFixtures.Fixture("partial.md", """
            ---
            title: Declared
            ---
            # A heading

            By Ana Ruiz

            \(ArticleFixtures.firstProse)

            """)
        XCTAssertEqual(fixture.parse().metadata, Metadata(title: "Declared", author: "Ana Ruiz"))
    }

    func testMarkdownFrontMatterDate() {
        let document = ArticleFixtures.markdown.parse()
        XCTAssertEqual(document.metadata, Metadata(
            title: "Flood waters recede", author: "Ana Ruiz", published: PartialDate(year: 2021, month: 3, day: 4),
            outlet: "The Valley Post"))
    }

    func testAnUnclosedBlockIsText() {
        let fixture = ArticleFixtures.Fixture("open.txt", "---\ntitle: Never closed\n\n\(ArticleFixtures.firstProse)\n")
        let document = fixture.parse()
        XCTAssertNotEqual(document.metadata.title, "Never closed")
        XCTAssertTrue(document.reading.text.contains(ArticleFixtures.firstProse))
    }
}
