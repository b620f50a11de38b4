import Corpus
import Extraction
import TestSupport
import XCTest

/// A dateline opening a plain-text article dates it.
final class DatelineTests: XCTestCase {
    private func published(_ text: String) -> PartialDate? {
        ArticleFixtures.Fixture("story.txt", text).parse().metadata.published
    }

    func testADatelineOnTheFirstLineIsThePublicationDate() {
        XCTAssertEqual(published("VALMORA, March 15, 2019 — At least 40 people were missing after the river rose overnight, officials said.\n"),
                       PartialDate(year: 2019, month: 3, day: 15))
        XCTAssertEqual(published("Floods in the valley\n\nNEW HARBOUR, 26 Feb 2021 (Valley Wire) - Rescue teams reached the town on Friday, officials said.\n"),
                       PartialDate(year: 2021, month: 2, day: 26))
    }

    func testADateInsideTheFirstSentenceIsNotADateline() {
        XCTAssertNil(published("The river rose on March 15, 2019 and flooded the lower town, forcing hundreds of families from their homes.\n"))
        XCTAssertNil(published("In Valmora, March 15, 2019 was a quiet day, until the river rose and flooded the lower town.\n"))
    }

    func testTheDatelineDateIsWhatTheArticleListShows() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dateline-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("VALMORA, March 15, 2019 — At least 40 people were missing after the river rose overnight, officials said.\n".utf8)
            .write(to: folder.appendingPathComponent("story.txt"))
        let (store, _) = try CorpusLoader().load(paths: [folder.path])
        XCTAssertEqual(store.documents.first?.metadata.published, PartialDate(year: 2019, month: 3, day: 15))
    }
}
