import Corpus
import TestSupport
import XCTest

/// Page furniture is kept out of the reading text by the shape of paragraphs, and the article stays.
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

    func testAnArticleOfOnlyShortParagraphsIsNotEmptied() {
        let fixture = ArticleFixtures.Fixture("short.txt", "Brief\n\nTalks resume Monday.\n\nMore soon.\n")
        XCTAssertEqual(fixture.parse().readingParagraphs, ["Brief", "Talks resume Monday.", "More soon."])
    }
}
