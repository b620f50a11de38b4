import Corpus
import Extraction
import Foundation
import TestSupport
import XCTest

final class SearchIndexTests: XCTestCase {
    private static let seeds = BuiltInCorpus.load()
    private static let index = try! SearchIndex(seeds)

    private func search(_ text: String, limit: Int = 20) throws -> SearchResults {
        try Self.index.search(SearchQuery(text), limit: limit)
    }

    private func ids(_ text: String) throws -> [String] { try search(text).results.map(\.documentID) }

    /// Every hit of `query`, as byte ranges of the result's reading text.
    private func hits(_ result: SearchResult, _ query: String) throws -> [TextSpan] {
        try Self.index.hits(of: result, for: SearchQuery(query))
    }

    /// Every hit, as the words of the reading text it covers.
    private func hitWords(_ result: SearchResult, _ query: String) throws -> [String] {
        let text = Self.seeds.documents[result.document].reading.text
        return try hits(result, query).map { $0.slice(of: text) ?? "?" }
    }

    func testHitsAreByteRangesOfTheReadingTextAndCountEveryOccurrence() throws {
        let found = try search("hostag*")
        XCTAssertEqual(Set(found.results.map(\.documentID)),
                       ["001_d00b6d768c742e6d", "002_6c08b088e53c302e", "003_f493df7b711995cb", "004_5a7819dd0ca3e947"])
        for result in found.results {
            let words = try hitWords(result, "hostag*")
            XCTAssertFalse(words.isEmpty)
            for word in words { XCTAssertTrue(word.lowercased().hasPrefix("hostag"), word) }
            let text = Self.seeds.documents[result.document].reading.text.lowercased()
            XCTAssertEqual(result.hitCount, text.components(separatedBy: "hostag").count - 1,
                           "one hit per occurrence in \(result.documentID)")
            XCTAssertEqual(words.count, result.hitCount)
            XCTAssertEqual(try hits(result, "hostag*"), try hits(result, "hostag*").sorted())
        }
    }

    func testCaseAndDiacriticsDoNotMatter() throws {
        let accented = try search("Chargé")
        XCTAssertEqual(try ids("charge"), accented.results.map(\.documentID))
        XCTAssertEqual(try ids("CHARGE"), accented.results.map(\.documentID))
        XCTAssertTrue(accented.results.contains { (try? hitWords($0, "Chargé"))?.contains("Chargé") == true })
        XCTAssertEqual(try ids("khojaly").count, 5)
    }

    func testPhrasesMatchWordsInOrder() throws {
        let phrase = try search("\"taken hostage\"")
        XCTAssertEqual(Set(phrase.results.map(\.documentID)),
                       ["001_d00b6d768c742e6d", "003_f493df7b711995cb", "004_5a7819dd0ca3e947"], "002 says 'taken hostages'")
        for result in phrase.results { XCTAssertEqual(try hitWords(result, "\"taken hostage\""), ["taken hostage"]) }
        XCTAssertEqual(Set(try ids("\"taken hostage\"*")).count, 4)
    }

    func testAndOrNotCombineDocumentSets() throws {
        let hostage = Set(try ids("hostag*"))
        let massacre = Set(try ids("massacre"))
        XCTAssertEqual(Set(try ids("hostag* massacre")), hostage.intersection(massacre))
        XCTAssertEqual(Set(try ids("hostag* AND massacre")), hostage.intersection(massacre))
        XCTAssertEqual(Set(try ids("hostag* OR massacre")), hostage.union(massacre))
        XCTAssertEqual(Set(try ids("hostag* NOT massacre")), hostage.subtracting(massacre))
        XCTAssertFalse(hostage.subtracting(massacre).isEmpty)
        XCTAssertEqual(try ids("zebra").count, 0)
    }

    /// bm25: more occurrences in a shorter text rank higher; scores fall down the list.
    func testResultsAreRankedByBm25() throws {
        let folder = try TemporaryFolder()
        let filler = Array(repeating: "The convoy reached the town after a long night on the road.", count: 12).joined(separator: " ")
        try folder.write("once-long.txt", "Once\n\nThe ceasefire held. \(filler)\n")
        try folder.write("twice-short.txt", "Twice\n\nThe ceasefire held, and the ceasefire was renewed.\n")
        try folder.write("once-short.txt", "Short\n\nThe ceasefire held.\n")
        try folder.write("none.txt", "None\n\n\(filler)\n")
        let store = try CorpusLoader().load(paths: [folder.path]).store
        let found = try SearchIndex(store).search(SearchQuery("ceasefire"))
        XCTAssertEqual(found.results.map(\.documentID), ["twice-short", "once-short", "once-long"])
        XCTAssertEqual(found.results.map(\.hitCount), [2, 1, 1])
        let scores = found.results.map(\.score)
        XCTAssertEqual(scores, scores.sorted(by: >))
        XCTAssertTrue(scores.allSatisfy { $0 > 0 })
    }

    /// The order on the seeds, as bm25 gives it today: the texts that say "massacre" most often
    /// relative to their length come first; 001 never uses the word.
    func testRankingOrderOnTheSeeds() throws {
        let found = try search("massacre")
        XCTAssertEqual(found.total, 4)
        XCTAssertEqual(found.results.map(\.documentID),
                       ["003_f493df7b711995cb", "000_c2bfad63a1b137a7", "002_6c08b088e53c302e", "004_5a7819dd0ca3e947"])
        for result in found.results {
            let text = Self.seeds.documents[result.document].reading.text.lowercased()
            XCTAssertEqual(result.hitCount, text.components(separatedBy: "massacre").count - 1)
        }
        XCTAssertEqual(found.results.map(\.hitCount), [10, 5, 4, 2])
    }

    func testLimitKeepsTheBestAndTotalCountsAll() throws {
        let found = try search("Khojaly", limit: 2)
        XCTAssertEqual(found.total, 5)
        XCTAssertEqual(found.results.count, 2)
        XCTAssertEqual(found.results.map(\.documentID), Array(try ids("Khojaly").prefix(2)))
    }

    func testSnippetsShowTheHitsInTheirWords() throws {
        let found = try search("\"taken hostage\"")
        for result in found.results {
            let snippet = result.snippet
            XCTAssertFalse(snippet.text.contains("\n"))
            XCTAssertEqual(snippet.hits.map { $0.slice(of: snippet.text) }, ["taken hostage"])
            XCTAssertTrue(snippet.marked().contains("**taken hostage**"), snippet.marked())
            XCTAssertLessThanOrEqual(snippet.text.split(separator: " ").count, 20, snippet.text)
        }
        let one = try XCTUnwrap(found.results.first { $0.documentID == "001_d00b6d768c742e6d" })
        XCTAssertEqual(one.snippet.marked(open: "[", close: "]"),
                       "…were desecrated, and 1,275 people were [taken hostage]. \u{A0}To this day, nothing is known about…")
    }
}
