@testable import Corpus
import Foundation
import GRDB
import TestSupport
import XCTest

/// The common words' lists (`CommonWords`): a query of common words is ranked from them with the
/// very documents, order and scores FTS5's bm25 gives, every other query still goes to FTS5, and
/// an index file's lists follow its rows through edits, additions, deletions and interruptions.
final class CommonWordsTests: XCTestCase {
    /// Every word in a tenth of the articles gets a list (the standard policy wants 256 articles).
    private static let policy = CommonWordsPolicy(minimumDocuments: 1, minimumShare: 0.1)
    private static let fixtures = GeneratedReports.fixtures(count: 160)
    private static let index = try! SearchIndex(DocumentStore(fixtures.map { $0.parse() }), commonWords: policy)

    static let listedQueries = [
        "the", "The", "\"the\"", "Khojaly", "khojalý", "hostages", "the OR hostages", "hostages OR evacuation OR the",
        "the hostages", "the AND hostages AND evacuation", "the NOT hostages", "the NOT (hostages OR evacuation)",
        "(the OR of) NOT hostages NOT evacuation", "(the hostages) NOT evacuation",
    ]
    static let otherQueries = ["hostag*", "\"the hostages\"", "the OR (hostages AND evacuation)", "ceasefire", "the OR ceasefire",
                               "(the OR of) AND hostages", "the NOT (hostages AND evacuation)",
                               // NOT binds tightest: the AND of a word and a NOT.
                               "the hostages NOT evacuation"]

    /// What FTS5 itself gives for `query`: rowid and bm25 negated, best first, ties by rowid.
    private func fts5(_ query: SearchQuery, _ index: SearchIndex) throws -> [(row: Int64, score: Double)] {
        try index.database.read { db in
            try Row.fetchAll(db, sql: "SELECT rowid, rank FROM reading WHERE reading MATCH ? ORDER BY rank, rowid",
                             arguments: [query.expression]).map { ($0[0], -($0[1] as Double)) }
        }
    }

    private func assertRanksAsFts5(_ text: String, _ index: SearchIndex, file: StaticString = #filePath, line: UInt = #line) throws {
        let query = try SearchQuery(text)
        let expected = try fts5(query, index)
        let found = try index.search(query, limit: 1_000)
        XCTAssertGreaterThan(expected.count, 0, text, file: file, line: line)
        XCTAssertEqual(found.total, expected.count, text, file: file, line: line)
        XCTAssertEqual(found.results.map(\.rowID), expected.map(\.row), text, file: file, line: line)
        for (result, fts) in zip(found.results, expected) {
            XCTAssertEqual(result.score, fts.score, accuracy: abs(fts.score) * 1e-9, "\(text): row \(fts.row)", file: file, line: line)
        }
    }

    func testQueriesOfCommonWordsAreRankedFromTheListsAsFts5RanksThem() throws {
        XCTAssertGreaterThan(try Self.index.commonWords().count, 5)
        for text in Self.listedQueries {
            XCTAssertTrue(try Self.index.ranksFromCommonWords(SearchQuery(text)), "\(text) is ranked from the lists")
            try assertRanksAsFts5(text, Self.index)
        }
    }

    func testOtherQueriesGoToFts5() throws {
        for text in Self.otherQueries {
            XCTAssertFalse(try Self.index.ranksFromCommonWords(SearchQuery(text)), "\(text) goes to FTS5")
            try assertRanksAsFts5(text, Self.index)
        }
    }

    func testSnippetsAndHitsOfAListedQueryAreFts5s() throws {
        let query = try SearchQuery("the hostages")
        let found = try Self.index.search(query, limit: 5)
        XCTAssertEqual(found.results.count, 5)
        for result in found.results {
            let hits = try Self.index.hits(of: result, for: query)
            XCTAssertEqual(hits.count, result.hitCount)
            XCTAssertTrue(result.snippet.marked().lowercased().contains("**the**"), result.snippet.text)
        }
    }

    func testEveryListHoldsWhatFts5Holds() throws {
        let lists = try Self.index.commonWords()
        for (word, list) in lists {
            XCTAssertEqual(list, try Self.index.postings(of: word), word)
            XCTAssertGreaterThanOrEqual(list.count, 16, "\(word) is in a tenth of 160 articles")
        }
        let vocabularySize = try Self.index.database.write { db -> Int in
            try db.execute(sql: "CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, reading, row)")
            defer { try? db.execute(sql: "DROP TABLE temp.v") }
            return try Int.fetchOne(db, sql: "SELECT count(*) FROM temp.v WHERE doc >= 16")!
        }
        XCTAssertEqual(lists.count, vocabularySize, "every word in a tenth of the rows has a list")
    }

    func testTheStandardPolicyLeavesSmallCorporaToFts5() throws {
        let seeds = try SearchIndex(BuiltInCorpus.load())
        XCTAssertEqual(try seeds.commonWords().count, 0)
        XCTAssertFalse(try seeds.ranksFromCommonWords(SearchQuery("the")))
        XCTAssertEqual(CommonWordsPolicy.standard.threshold(rows: 1_000), 256)
        XCTAssertEqual(CommonWordsPolicy.standard.threshold(rows: 100_000), 6_250)
    }

    func testAnIndexForOneQueryHasNoListsAndTheSameResults() throws {
        let store = DocumentStore(GeneratedReports.fixtures(count: 300).map { $0.parse() })
        let listed = try SearchIndex(store), single = try SearchIndex(store, forOneQuery: true)
        XCTAssertGreaterThan(try listed.commonWords().count, 0, "300 articles: words in 256 of them get lists")
        XCTAssertEqual(try single.commonWords().count, 0)
        for text in ["the", "the hostages"] {
            let query = try SearchQuery(text)
            XCTAssertTrue(try listed.ranksFromCommonWords(query))
            XCTAssertFalse(try single.ranksFromCommonWords(query))
            let (a, b) = (try listed.search(query, limit: 50), try single.search(query, limit: 50))
            XCTAssertEqual(a.total, b.total)
            XCTAssertEqual(a.results.map(\.rowID), b.results.map(\.rowID), text)
            XCTAssertEqual(a.results.map(\.snippet), b.results.map(\.snippet), text)
        }
    }

    func testListsSurviveTheirBytesAndRefuseDamagedOnes() {
        let list = WordPostings(rows: [0, 1, 7, 300, 70_000], frequencies: [3, 1, 200, 1, 65_000])
        XCTAssertEqual(WordPostings(decoding: list.encoded()), list)
        XCTAssertEqual(WordPostings(decoding: Data()), WordPostings())
        XCTAssertNil(WordPostings(decoding: Data([0x80])), "a number cut short")
        XCTAssertNil(WordPostings(decoding: Data([0x01, 0x00])), "a count of 0")
        XCTAssertNil(WordPostings(decoding: Data([0x01, 0x01, 0x00, 0x01])), "the same row twice")
        let merged = list.replacing([1, 300, 5], with: WordPostings(rows: [1, 5, 80_000], frequencies: [9, 2, 4]))
        XCTAssertEqual(merged, WordPostings(rows: [0, 1, 5, 7, 70_000, 80_000], frequencies: [3, 9, 2, 200, 65_000, 4]))
    }

    // MARK: Index files

    private var folder: TemporaryFolder!
    private var indexPath: String { folder.url.appendingPathComponent("index.sqlite").path }
    private var corpusPath: String { folder.url.appendingPathComponent("corpus").path }

    private func open() throws -> CorpusIndex.Opened {
        try CorpusIndex.open(paths: [corpusPath], file: indexPath, commonWords: Self.policy)
    }

    /// Every list is what FTS5 holds now, and common words' queries rank as FTS5 ranks them.
    private func assertListsTrue(_ opened: CorpusIndex.Opened, file: StaticString = #filePath, line: UInt = #line) throws {
        let lists = try opened.search.commonWords()
        XCTAssertGreaterThan(lists.count, 5, file: file, line: line)
        for (word, list) in lists {
            XCTAssertEqual(list, try opened.search.postings(of: word), word, file: file, line: line)
        }
        for text in ["the", "the hostages", "the NOT hostages", "hostages OR evacuation"] {
            XCTAssertTrue(try opened.search.ranksFromCommonWords(SearchQuery(text)), text, file: file, line: line)
            try assertRanksAsFts5(text, opened.search, file: file, line: line)
        }
    }

    private func writeCorpus(_ fixtures: ArraySlice<ArticleFixtures.Fixture>) throws {
        for fixture in fixtures { try folder.write("corpus/" + fixture.name, fixture.text) }
    }

    func testAnIndexFilesListsFollowEditsAdditionsAndDeletions() throws {
        folder = try TemporaryFolder()
        let fixtures = GeneratedReports.fixtures(count: 120)
        try writeCorpus(fixtures[0..<100])
        let first = try open()
        XCTAssertEqual(first.update.commonWords, .rebuild)
        try assertListsTrue(first)
        XCTAssertEqual(try open().update.commonWords, .none, "nothing changed")

        // A few files: every list is patched for their rows.
        try folder.write("corpus/" + fixtures[3].name, fixtures[110].text)
        try folder.write("corpus/" + fixtures[40].name, "Talks\n\nThe hostages were freed; the evacuation went on.\n")
        try FileManager.default.removeItem(atPath: corpusPath + "/" + fixtures[7].name)
        try writeCorpus(fixtures[100..<102])
        let patched = try open()
        XCTAssertEqual([patched.update.added, patched.update.changed, patched.update.removed], [2, 2, 1])
        XCTAssertEqual(patched.update.commonWords, .patch)
        try assertListsTrue(patched)

        // Many files: made afresh.
        for (index, fixture) in fixtures[10..<80].enumerated() {
            try folder.write("corpus/" + fixture.name, fixtures[(index * 7) % 120].text + "\nThe end.\n")
        }
        let rebuilt = try open()
        XCTAssertEqual(rebuilt.update.commonWords, .rebuild)
        try assertListsTrue(rebuilt)
    }

    func testListsAnInterruptedUpdateLeftAreMadeAgain() throws {
        folder = try TemporaryFolder()
        try writeCorpus(GeneratedReports.fixtures(count: 60)[...])
        _ = try open()
        // As if a row changed and the process stopped before the lists were brought up to date:
        // the record is gone and a list is wrong.
        let database = try DatabaseQueue(path: indexPath)
        try database.write { db in
            try db.execute(sql: "DELETE FROM crossread_index WHERE key = 'words'")
            try db.execute(sql: "UPDATE common_words SET postings = ? WHERE word = 'the'",
                           arguments: [WordPostings(rows: [1], frequencies: [1]).encoded()])
        }
        try database.close()
        let reopened = try open()
        XCTAssertEqual(reopened.update.commonWords, .rebuild)
        try assertListsTrue(reopened)
    }

    func testADamagedListIsMadeAgainNotPatched() throws {
        folder = try TemporaryFolder()
        let fixtures = GeneratedReports.fixtures(count: 60)
        try writeCorpus(fixtures[...])
        _ = try open()
        let database = try DatabaseQueue(path: indexPath)
        try database.write { db in
            try db.execute(sql: "UPDATE common_words SET postings = x'80' WHERE word = 'the'")
        }
        try database.close()
        let damaged = try open()
        XCTAssertEqual(damaged.update.commonWords, .none, "nothing changed: the lists are not read")
        XCTAssertFalse(try damaged.search.ranksFromCommonWords(SearchQuery("the")), "a list that does not decode is not used")
        try assertRanksAsFts5("the", damaged.search)
        try folder.write("corpus/" + fixtures[0].name, fixtures[1].text)
        let reopened = try open()
        XCTAssertEqual(reopened.update.commonWords, .rebuild, "a change would patch the lists, but one does not decode")
        try assertListsTrue(reopened)
    }

    func testAnIndexFromBeforeTheListsGetsThem() throws {
        folder = try TemporaryFolder()
        try writeCorpus(GeneratedReports.fixtures(count: 60)[...])
        _ = try open()
        let database = try DatabaseQueue(path: indexPath)
        try database.write { db in
            try db.execute(sql: "DROP TABLE common_words; DELETE FROM crossread_index WHERE key = 'words'")
        }
        try database.close()
        let reopened = try open()
        XCTAssertEqual(reopened.update.commonWords, .rebuild)
        XCTAssertEqual(reopened.update.unchanged, 60, "no article is read again for it")
        try assertListsTrue(reopened)
    }
}

/// Short made-up reports whose words are drawn at random (a fixed seed) with very unequal
/// weights, so some words are in every article many times, some in a few, and counts and
/// lengths vary: what bm25 weighs.
enum GeneratedReports {
    static let words: [(String, Int)] = [
        ("the", 60), ("of", 30), ("and", 25), ("hostages", 8), ("evacuation", 6), ("Khojalý", 4), ("Khojaly", 3), ("town", 10),
        ("were", 12), ("taken", 5), ("fire", 4), ("night", 5), ("corridor", 2), ("witnesses", 2),
        ("reported", 6), ("officials", 3), ("said", 9), ("bodies", 1), ("refugees", 2),
    ]

    static func fixtures(count: Int) -> [ArticleFixtures.Fixture] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let total = words.reduce(0) { $0 + $1.1 }
        return (0..<count).map { index in
            let length = 20 + next(120)
            var text: [String] = []
            for _ in 0..<length {
                var pick = next(total)
                for (word, weight) in words {
                    if pick < weight {
                        text.append(word)
                        break
                    }
                    pick -= weight
                }
            }
            if index % 25 == 0 { text.append("ceasefire") }
            return ArticleFixtures.Fixture(String(format: "report-%03d.txt", index), "Report \(index)\n\n" + text.joined(separator: " ") + ".\n")
        }
    }
}
