@testable import Corpus
import Foundation
import TestSupport
import XCTest

/// `Document.displayTitle`: an untitled article's stand-in is found once, when it is parsed, and
/// an index file keeps it, so listing an indexed corpus shows the same titles and reads no text.
final class DisplayTitleTests: XCTestCase {
    private var folder: TemporaryFolder!
    private var indexPath: String { folder.url.appendingPathComponent("index.sqlite").path }
    private var corpusPath: String { folder.url.appendingPathComponent("corpus").path }

    /// A byline, then prose: no title line.
    private let untitled = """
        By: Mira Holt

        Rescue teams worked through the night to reach villages cut off by the landslide, and by morning \
        the first families had been brought down to the valley on foot.

        \(ArticleFixtures.secondProse)

        """

    override func setUpWithError() throws {
        folder = try TemporaryFolder()
        try folder.write("corpus/titled.txt", "Landslide in the valley\n\n\(ArticleFixtures.firstProse)\n\n\(ArticleFixtures.secondProse)\n")
        try folder.write("corpus/untitled.txt", untitled)
    }

    func testAnUntitledArticleIsShownByItsFirstLineOfProseNotItsByline() {
        let document = ArticleFixtures.Fixture("untitled.txt", untitled).parse()
        XCTAssertNil(document.metadata.title)
        XCTAssertEqual(document.metadata.author, "Mira Holt")
        XCTAssertEqual(document.displayTitle, "(untitled) Rescue teams worked through the night to reach villages…")
        let titled = ArticleFixtures.Fixture("titled.txt", "Landslide in the valley\n\n\(ArticleFixtures.firstProse)\n").parse()
        XCTAssertEqual(titled.displayTitle, "Landslide in the valley")
    }

    func testWithoutALineOfProseTheIdStandsInBrackets() {
        let document = ArticleFixtures.Fixture("short.txt", "By: Mira Holt\n\n12 March 2021\n").parse()
        XCTAssertNil(document.metadata.title)
        XCTAssertEqual(document.displayTitle, "[short]")
        XCTAssertEqual(document.with(id: "elsewhere/short").displayTitle, "[elsewhere/short]", "the id is the one the corpus gives")
    }

    func testAnIndexGivesTheTitlesAFreshParseGives() throws {
        let loaded = try CorpusLoader().load(paths: [corpusPath]).store
        let built = try CorpusIndex.open(paths: [corpusPath], file: indexPath).store
        let reopened = try CorpusIndex.open(paths: [corpusPath], file: indexPath)
        XCTAssertEqual(reopened.update.unchanged, 2, "the titles come from the file, not from parsing again")
        XCTAssertEqual(loaded.document(id: "untitled")?.displayTitle,
                       "(untitled) Rescue teams worked through the night to reach villages…")
        XCTAssertEqual(built.documents.map(\.displayTitle), loaded.documents.map(\.displayTitle))
        XCTAssertEqual(reopened.store.documents.map(\.displayTitle), loaded.documents.map(\.displayTitle))
    }

    func testListingAnIndexedCorpusReadsNoArticle() throws {
        _ = try CorpusIndex.open(paths: [corpusPath], file: indexPath)
        let store = try CorpusIndex.open(paths: [corpusPath], file: indexPath).store
        XCTAssertEqual(store.documents.map(\.hasReadTexts), [false, false], "opening reads no text")
        _ = store.documents.map { ($0.displayTitle, $0.metadata, $0.wordCount) }
        XCTAssertEqual(store.documents.map(\.hasReadTexts), [false, false], "nor does listing, untitled articles included")
        XCTAssertEqual(store.document(id: "untitled")?.readingParagraphs.first, "By: Mira Holt")
        XCTAssertEqual(store.documents.map(\.hasReadTexts), [false, true], "opening an article reads it")
    }
}
