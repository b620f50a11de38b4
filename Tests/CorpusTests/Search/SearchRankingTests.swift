@testable import Corpus
import Extraction
import GRDB
import XCTest

/// The ranking is FTS5's bm25, exactly: for every kind of query, the documents, their order and
/// their scores are those of `ORDER BY rank` on the same index, and the hits those FTS5's
/// `highlight` marks.
final class SearchRankingTests: XCTestCase {
    private static let seeds = BuiltInCorpus.load()
    private static let index = try! SearchIndex(seeds)

    static let queries = ["massacre", "hostag*", "\"taken hostage\"", "Khojaly", "hostag* AND massacre",
                          "hostag* OR massacre", "hostag* NOT massacre", "(killed OR wounded) NOT Agdam",
                          "hostage OR \"taken hostage\"", "the", "\"taken hostage\"*"]

    /// What FTS5 itself gives for `query`: rowid, bm25 negated and highlight's marks, best first.
    private func fts5(_ query: SearchQuery) throws -> [(document: Int, score: Double, hits: [TextSpan])] {
        try Self.index.database.read { db in
            try Row.fetchAll(db, sql: """
                SELECT rowid, rank, highlight(reading, 0, char(1), char(2)) AS marked
                FROM reading WHERE reading MATCH ? ORDER BY rank, rowid
                """, arguments: [query.expression]).map { row in
                (Int(row["rowid"] as Int64), -(row["rank"] as Double), MarkedText(row["marked"] as String).marks)
            }
        }
    }

    func testEveryKindOfQueryRanksAsFts5Bm25() throws {
        for text in Self.queries {
            let query = try SearchQuery(text)
            let expected = try fts5(query)
            let found = try Self.index.search(query, limit: 100)
            XCTAssertEqual(found.total, expected.count, text)
            XCTAssertEqual(found.results.map(\.document), expected.map(\.document), text)
            for (result, fts) in zip(found.results, expected) {
                XCTAssertEqual(result.score, fts.score, accuracy: abs(fts.score) * 1e-9, "\(text): \(result.documentID)")
                XCTAssertEqual(result.hitCount, fts.hits.count, "\(text): \(result.documentID)")
                XCTAssertEqual(try Self.index.hits(of: result, for: query), fts.hits, "\(text): \(result.documentID)")
            }
        }
    }
}
