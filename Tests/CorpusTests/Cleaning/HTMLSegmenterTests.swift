import Corpus
import Extraction
import TestSupport
import XCTest

final class HTMLSegmenterTests: XCTestCase {
    private let document = ArticleFixtures.html.parse()

    func testTagsAreStrippedEntitiesDecodedAndDroppedElementsLeftOut() {
        XCTAssertEqual(document.readingParagraphs, [
            "Flood waters recede in the lower town",
            "The river rose overnight and flooded the lower town, forcing hundreds of families from their homes — “the worst in 2 decades”, said the mayor’s office.",
            "Fish & chips shops stayed shut; prices rose > 10 % and <b> stayed text &unknown; here.",
            "Volunteers brought boats, blankets and food",
            "to the school that served as a shelter for the week.",
        ])
    }

    func testNothingFromScriptStyleNavigationOrCommentsLeaks() {
        for marker in ["STYLE", "SCRIPT", "nope", "NAVTEXT", "HEADERTEXT", "COMMENTTEXT", "ASIDETEXT", "FORMTEXT",
                       "FOOTERTEXT", "LATE SCRIPT", "Home", "color", "<", "href"] where marker != "<" {
            XCTAssertFalse(document.reading.text.contains(marker), marker)
        }
    }

    func testMetaTagsBecomeMetadata() {
        XCTAssertEqual(document.metadata, Metadata(
            title: "Flood waters recede in the lower town", author: "Ana Ruiz",
            published: PartialDate(year: 2021, month: 3, day: 4), outlet: "The Valley Post"))
        XCTAssertEqual(document.format, .html)
    }

    func testWithoutMetaTagsTheTitleComesFromTheTitleElementThenTheFirstHeading() {
        let both = ArticleFixtures.Fixture("h.html", "<title>Page &amp; more</title><h1>The &quot;real&quot; headline</h1><p>\(ArticleFixtures.firstProse)</p>")
        XCTAssertEqual(both.parse().metadata.title, "Page & more")
        let heading = ArticleFixtures.Fixture("h.html", "<h1>The &quot;real&quot; headline</h1><p>\(ArticleFixtures.firstProse)</p>")
        XCTAssertEqual(heading.parse().metadata.title, "The \"real\" headline")
        let titleOnly = ArticleFixtures.Fixture("t.html", "<title> Page &amp;\n title </title><p>\(ArticleFixtures.firstProse)</p>")
        XCTAssertEqual(titleOnly.parse().metadata.title, "Page & title")
    }

    func testStrayAndUnclosedMarkupNeverStopsTheScanner() {
        let messy = ArticleFixtures.Fixture("messy.html",
            "<p>If a < b and c > d then <i>this</i> still reads as text for the people here.<div>Unclosed <span>tags do "
            + "not stop the scanner from reading the rest of the page\n<p>Last words of the page are still read by the scanner")
        XCTAssertEqual(messy.parse().readingParagraphs, [
            "If a < b and c > d then this still reads as text for the people here.",
            "Unclosed tags do not stop the scanner from reading the rest of the page",
            "Last words of the page are still read by the scanner",
        ])
    }
}
