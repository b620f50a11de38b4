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

    private func metadata(_ text: String) -> Metadata {
        ArticleFixtures.Fixture("story.txt", text).parse().metadata
    }

    func testADatelineNamesThePlaceItWasFiledFrom() {
        XCTAssertEqual(metadata("VALMORA, March 15, 2019 — At least 40 people were missing, officials said.\n").place, "VALMORA")
        XCTAssertEqual(metadata("Floods\n\nNew Harbour, 26 Feb 2021 (Valley Wire) - Rescue teams reached the town, officials said.\n").place,
                       "New Harbour")
        let wire = metadata("Quake in the hills\n\nPORT ELLIS, Feb 26 (Valley Wire) - Rescuers pulled 12 people from the rubble on Friday.\n")
        XCTAssertEqual(wire.place, "PORT ELLIS", "a wire dateline without its year still names its place")
        XCTAssertNil(wire.published, "the year is never guessed")
        XCTAssertEqual(wire.outlet, "Valley Wire")
        XCTAssertNil(metadata("Valmora, March 15 - the river rose overnight and flooded the lower town.\n").place,
                     "a yearless date after a place not in capitals is prose, not a dateline")
        XCTAssertNil(metadata("In Valmora, March 15, 2019 was a quiet day, until the river rose and flooded the lower town.\n").place)
        XCTAssertNil(metadata("PORT ELLIS, Feb 30 people were trapped - rescuers said.\n").place, "a count is not a day")
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
        XCTAssertEqual(store.documents.first?.metadata.place, "VALMORA")
        let index = FileManager.default.temporaryDirectory.appendingPathComponent("dateline-\(UUID().uuidString).crossread").path
        defer { try? FileManager.default.removeItem(atPath: index) }
        let indexed = try CorpusIndex.open(paths: [folder.path], file: index).store
        XCTAssertEqual(indexed.documents.first?.metadata.place, "VALMORA", "the index file keeps the place")
    }
}
