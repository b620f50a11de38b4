import Corpus
import Extraction
import TestSupport
import XCTest

/// Page furniture is kept out of the reading text by the shape of paragraphs and the words of a
/// few headings, and the article stays.
final class FurnitureTests: XCTestCase {
    private let store = BuiltInCorpus.load()
    private let prose = [ArticleFixtures.firstProse, ArticleFixtures.secondProse, ArticleFixtures.thirdProse]

    private func seed(_ prefix: String) -> Document { store.document(matching: prefix)! }

    /// The lines of the original that are not in the reading text.
    private func dropped(_ document: Document) -> [String] {
        let kept = Set(document.readingParagraphs)
        return document.original.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !kept.contains($0) }
    }

    // MARK: Seeds

    func testSeed000DropsCrumbsWidgetsAndTheRelatedTail() {
        let document = seed("000")
        let dropped = dropped(document)
        XCTAssertEqual(Array(dropped.prefix(3)), [
            "You are here: Main page »» Global Processes and Trends »»",
            "0 comment Line Spacing+- AFont Size+- Print",
            "Line Spacing+- AFont Size+- Print",
        ])
        XCTAssertEqual(dropped[3...].first, "Eurasia Review")
        XCTAssertTrue(dropped.contains("Related articles"))
        XCTAssertTrue(dropped.contains("German portal highlights burning of houses by Armenians before Kalbajar handover"))
        let paragraphs = document.readingParagraphs
        XCTAssertEqual(Array(paragraphs.prefix(3)), [
            "Khojaly Genocide: Why There Is No Alternative To Peace And Reconciliation Between Armenia And Azerbaijan",
            "Baku, 26 February 2021 –", "By Vasif Huseynov*",
        ])
        XCTAssertTrue(paragraphs[3].hasPrefix("Countless humanitarian tragedies"))
        XCTAssertTrue(paragraphs.contains("Peace and reconciliation have no alternatives"), "a mid-article heading stays")
        XCTAssertTrue(paragraphs.last!.hasPrefix("*About the author: Dr. Vasif Huseynov is a senior fellow"))
        XCTAssertEqual(paragraphs.count, 22)
    }

    func testSeed001KeepsEverythingIncludingItsFootnotes() {
        let document = seed("001")
        XCTAssertEqual(dropped(document), [])
        XCTAssertEqual(document.readingParagraphs.first, "Vol. 5, No. 5 (March 01, 2012)")
        XCTAssertEqual(document.readingParagraphs.last, "[6] See http://news.day.az/politics/317673.html (accessed 28 February 2012).")
    }

    func testSeed002KeepsEveryParagraphToTheLast() {
        let document = seed("002")
        XCTAssertEqual(dropped(document), [])
        XCTAssertTrue(document.readingParagraphs.last!.hasPrefix("According to Azerbaijan's Government, in the night of 26 February 1992"))
    }

    func testSeed003KeepsEveryLineIncludingTheClosingAuthorBlurb() {
        let document = seed("003")
        XCTAssertEqual(dropped(document), [])
        XCTAssertEqual(document.readingParagraphs.count, 11)
        XCTAssertTrue(document.readingParagraphs.last!.hasPrefix("The writer is editor-in-chief at Pakistan Economic Net"))
    }

    func testSeed004DropsTheCrumbAndTheAuthorBoxCheckAlsoAndCommentTail() {
        let document = seed("004")
        XCTAssertEqual(dropped(document), [
            "Home / Diplomatic / Khojaly Genocide and Nagorno-Karabakh Conflict Resolution",
            "About admin", "Check Also",
            "Message of the President of the Arab Republic of Egypt to the President of the Islamic Republic of Pakistan on the occasion of the advent of",
            "Eid ul Adha. H.E. Mr. Abdel Fattah Al sisi, President of the Arab Republic of …",
            "Leave a Reply", "Your email address will not be published. Required fields are marked *",
        ])
        let paragraphs = document.readingParagraphs
        XCTAssertTrue(paragraphs.contains("844 1993"), "a short table row inside the article stays")
        XCTAssertTrue(paragraphs.contains("Minsk Group"), "a mid-article heading stays")
        XCTAssertTrue(paragraphs.last!.hasPrefix("Nagorno-Karabakh issue is frozen conflict"))
    }

    func testTheRawTextKeepsWhatWasDropped() {
        let raw = seed("004").rawDisplay.text
        XCTAssertTrue(raw.contains("About admin"))
        XCTAssertTrue(raw.contains("Home / Diplomatic /"))
    }

    // MARK: Fixtures

    func testBreadcrumbsShareButtonsAndWidgetLinesAreDropped() {
        XCTAssertEqual(ArticleFixtures.breadcrumbsAndWidgets.parse().readingParagraphs,
                       ["Flood waters recede in the lower town"] + prose)
    }

    func testARelatedArticlesTailIsDropped() {
        XCTAssertEqual(ArticleFixtures.relatedTail.parse().readingParagraphs, ["Flood waters recede in the lower town"] + prose)
    }

    func testACommentFormIsDropped() {
        XCTAssertEqual(ArticleFixtures.commentForm.parse().readingParagraphs, ["Flood waters recede in the lower town"] + prose)
    }

    func testFootnotesAreKept() {
        XCTAssertEqual(ArticleFixtures.footnotes.parse().readingParagraphs, [
            "Flood waters recede in the lower town",
            ArticleFixtures.firstProse + "[1]", ArticleFixtures.secondProse + "[2]", ArticleFixtures.thirdProse,
            "[1] See the river authority's bulletin of 3 March 2021.",
            "[2] Figures from the regional weather service.",
            "[3] Ibid.",
        ])
    }

    func testALegitimateShortFinalSectionIsKept() {
        XCTAssertEqual(ArticleFixtures.shortFinalSection.parse().readingParagraphs, [
            "Flood waters recede in the lower town", ArticleFixtures.firstProse, ArticleFixtures.secondProse,
            "What happens next", "The council meets on Monday.", "A report on the damage is due by the end of the month.",
        ])
    }

    // MARK: Headings that end the article or stand over other articles' headlines

    private func parse(_ text: String, name: String = "story.txt") -> Document { ArticleFixtures.Fixture(name, text).parse() }

    /// Reader comments after the article and a "Read more:" teaser inside it are not the article,
    /// so no pane reads a figure from them.
    func testCommentsEndTheArticleAndATeaserLineIsLeftOut() {
        let document = parse("""
            Dam gives way above Varenka

            The death toll rose to 156 on Tuesday, including 12 children, officials said at a briefing in the town hall.

            Read more: Flood in Ostrava kills 20

            Another 40 people are missing, and rescue teams are still searching the flooded streets near the river.

            Comments

            Mark: I heard 900 people were killed.

            Ana: Thoughts with everyone in the valley tonight, and thanks to the volunteers who came to help.

            """)
        XCTAssertEqual(document.readingParagraphs, [
            "Dam gives way above Varenka",
            "The death toll rose to 156 on Tuesday, including 12 children, officials said at a briefing in the town hall.",
            "Another 40 people are missing, and rescue teams are still searching the flooded streets near the river.",
        ])
        XCTAssertEqual(FigureExtractor.figures(in: document.reading.text).map(\.value), ["156", "12", "40"])
        XCTAssertTrue(document.rawDisplay.text.contains("Mark: I heard 900 people were killed."), "the raw text keeps them")
    }

    func testEachEndingHeadingEndsTheArticle() {
        for heading in ["Comments", "COMMENTS:", "Leave a Reply", "12 comments", "Comments (4)", "Join the discussion",
                        "You may also like", "Most read"]
        {
            let document = parse("Talks resume\n\n\(prose[0])\n\n\(prose[1])\n\n\(heading)\n\n\(prose[2])\n")
            XCTAssertEqual(document.readingParagraphs, ["Talks resume", prose[0], prose[1]], heading)
        }
    }

    /// A box of other articles' headlines inside the article is left out up to the next paragraph
    /// of prose, and the article goes on after it.
    func testARelatedStoriesBoxIsLeftOutAndTheArticleGoesOn() {
        let document = parse("""
            Bomb hits market in Tarsel

            A bomb killed 7 people in the market on Friday morning, the regional police chief told reporters.

            Related stories:
            Bombers kill 40 at a wedding in the north
            Attack on convoy leaves 3 soldiers dead

            The market was hit by a similar bomb last year, when 12 people were killed and dozens were injured.

            Traders said they would reopen their stalls on Monday, although many had lost their stock in the fire.

            The police said the investigation would take several weeks and asked witnesses to come forward.

            """)
        XCTAssertEqual(document.readingParagraphs, [
            "Bomb hits market in Tarsel",
            "A bomb killed 7 people in the market on Friday morning, the regional police chief told reporters.",
            "The market was hit by a similar bomb last year, when 12 people were killed and dozens were injured.",
            "Traders said they would reopen their stalls on Monday, although many had lost their stock in the fire.",
            "The police said the investigation would take several weeks and asked witnesses to come forward.",
        ])
        XCTAssertEqual(FigureExtractor.figures(in: document.reading.text).map(\.value), ["7", "12", "dozens"])
    }

    /// An ending heading before any prose is a page's menu, not the article's end: the article stays.
    func testAnEndingHeadingBeforeTheFirstProseEndsNothing() {
        let document = parse("Storm over the coast\n\nMost popular\n\n\(prose[0])\n\n\(prose[1])\n")
        XCTAssertEqual(Array(document.readingParagraphs.suffix(2)), [prose[0], prose[1]])
    }

    /// The heading that ends the article is never taken for the outlet's sign-off; a sign-off
    /// before it still is.
    func testTheEndingHeadingIsNotASignOff() {
        let tail = "Comments\n\nGreat piece\n\nThanks\n"
        XCTAssertNil(parse("Talks resume\n\n\(prose[0])\n\n\(prose[1])\n\n\(tail)").metadata.outlet)
        XCTAssertEqual(parse("Talks resume\n\n\(prose[0])\n\n\(prose[1])\n\nValley Wire\n\n\(tail)").metadata.outlet, "Valley Wire")
    }

    /// A page's article chosen by its markup ends at a comments heading inside it too.
    func testAWebPagesArticleEndsAtItsCommentsHeading() {
        let document = parse("""
            <html><head><title>Talks resume</title></head><body><article>
            <h1>Talks resume</h1><p>\(prose[0])</p><p>\(prose[1])</p>
            <h2>Leave a Reply</h2><p>\(prose[2])</p>
            </article></body></html>
            """, name: "page.html")
        XCTAssertEqual(document.readingParagraphs, ["Talks resume", prose[0], prose[1]])
    }

    func testAnArticleOfOnlyShortParagraphsIsNotEmptied() {
        let fixture = ArticleFixtures.Fixture("short.txt", "Brief\n\nTalks resume Monday.\n\nMore soon.\n")
        XCTAssertEqual(fixture.parse().readingParagraphs, ["Brief", "Talks resume Monday.", "More soon."])
    }
}
