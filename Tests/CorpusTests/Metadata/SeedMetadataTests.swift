import Corpus
import Extraction
import XCTest

/// Metadata of each seed, where the seed states it; unknown where it does not.
final class SeedMetadataTests: XCTestCase {
    private let store = BuiltInCorpus.load()

    private func metadata(_ prefix: String) -> Metadata {
        store.document(matching: prefix)!.metadata
    }

    func testEurasiaReviewArticle() {
        XCTAssertEqual(metadata("000"), Metadata(
            title: "Khojaly Genocide: Why There Is No Alternative To Peace And Reconciliation Between Armenia And Azerbaijan",
            author: "Vasif Huseynov", published: PartialDate(year: 2021, month: 2, day: 26), outlet: "Eurasia Review"))
    }

    func testJournalIssueLineGivesTheDate() {
        XCTAssertEqual(metadata("001"), Metadata(
            title: "1992 Khojaly genocide remembered around the world",
            author: "Paul Goble", published: PartialDate(year: 2012, month: 3, day: 1), outlet: nil))
    }

    func testBylineAndPostedLine() {
        XCTAssertEqual(metadata("002"), Metadata(
            title: "Khojaly Massacre at a glance: Armenia’s Genocide against Azerbaijanis",
            author: "Tesfa-Alem Tekle", published: PartialDate(year: 2021, month: 2, day: 25), outlet: nil))
    }

    func testArticleWithoutTitleOrDateLeavesThemUnknown() {
        XCTAssertEqual(metadata("003"), Metadata(title: nil, author: "Tahir Farooq", published: nil, outlet: nil))
    }

    func testBareNameLineUnderTheTitleIsTheAuthor() {
        XCTAssertEqual(metadata("004"), Metadata(
            title: "Khojaly Genocide and Nagorno-Karabakh Conflict Resolution",
            author: "Mehmood Ul Hassan Khan", published: nil, outlet: nil))
    }
}
