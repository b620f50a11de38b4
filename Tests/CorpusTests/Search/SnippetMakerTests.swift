@testable import Corpus
import Foundation
import GRDB
import TestSupport
import XCTest

/// `crossread_snippet` gives, byte for byte, what FTS5's own `snippet(reading, 0, char(1),
/// char(2), '…', 16)` gives, on every matching row of several corpora for queries of every kind,
/// and leaves to FTS5 (NULL) only the rows whose words it cannot find as FTS5 found them.
final class SnippetMakerTests: XCTestCase {
    /// Texts that try the edges: white space and sentence ends of every kind, punctuation inside
    /// words, numbers, other scripts, emoji, a hit at the very start and end, short texts.
    static let edges = [
        "the", "  the start: the end.", "The U.S. said: the 1,000 dead were the \"first\" — the last.\tThe\r\nthe",
        "Khojalý, Xocalı and Ходжалы: the town; the people. The end", "the 東京 the 😀 the café the naïve the",
        "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen the",
        "the one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen",
        String(repeating: "word ", count: 40) + "the hostages. " + String(repeating: "the ", count: 30) + "end",
        "a.b the:c the...d the. . e the", "hostages were taken: the hostages, the hostage-takers and the taken",
    ]
    static let queries = ["the", "hostages", "the OR hostages", "the hostages", "\"the hostages\"", "hostag*", "the NOT hostages",
                          "khojaly", "the OR (taken AND hostages)", "\"the end\" OR the", "t*", "killed", "were", "of OR and"]

    private func compare(_ store: DocumentStore, made minimumShare: Double, file: StaticString = #filePath, line: UInt = #line) throws {
        let index = try SearchIndex(store)
        var made = 0, rows = 0
        try index.database.read { db in
            for text in Self.queries {
                let query = try SearchQuery(text)
                for row in try Row.fetchAll(db, sql: """
                    SELECT rowid, crossread_snippet(reading) AS ours, snippet(reading, 0, char(1), char(2), '…', 16) AS fts5
                    FROM reading WHERE reading MATCH ?
                    """, arguments: [query.expression]) {
                    rows += 1
                    guard let ours = row["ours"] as String? else { continue }
                    made += 1
                    XCTAssertEqual(ours, row["fts5"] as String, "\(text), row \(row["rowid"] as Int64)", file: file, line: line)
                }
            }
        }
        XCTAssertGreaterThan(rows, 0, file: file, line: line)
        XCTAssertGreaterThanOrEqual(Double(made), Double(rows) * minimumShare, "\(made) of \(rows) made here", file: file, line: line)
    }

    func testTheSeedsSnippetsAreFts5s() throws {
        try compare(BuiltInCorpus.load(), made: 0.6)
    }

    func testGeneratedReportsSnippetsAreFts5s() throws {
        try compare(DocumentStore(GeneratedReports.fixtures(count: 160).map { $0.parse() }), made: 1)
        try compare(ManySourcesCorpus.store(count: 40), made: 1)
    }

    func testEdgeTextsSnippetsAreFts5s() throws {
        // Titles that start with punctuation: the text before the first word belongs to a window from it.
        let fixtures = Self.edges.enumerated().map { ArticleFixtures.Fixture("edge-\($0.offset).txt", "Edge \($0.offset)\n\n\($0.element)\n") }
            + [ArticleFixtures.Fixture("lead.txt", "“The lead” — the title\n\nthe body, the end\n"),
               ArticleFixtures.Fixture("dash.txt", "— the dash\n\nThe hostages were the first.\n")]
        try compare(DocumentStore(fixtures.map { $0.parse() }), made: 1)
    }

    func testTextWithCombiningMarksIsLeftToFts5() throws {
        let text = Array("the cafe\u{301} the".utf8)
        let made = text.withUnsafeBufferPointer {
            SnippetMaker.make($0, documentTokens: 3, instances: [.init(phrase: 0, offset: 0, size: 1)], phrases: 1)
        }
        XCTAssertNil(made)
        let index = try SearchIndex(DocumentStore([ArticleFixtures.Fixture("marks.txt", "Marks\n\nthe cafe\u{301} the\n").parse()]))
        let result = try XCTUnwrap(index.search(SearchQuery("the")).results.first)
        let fts5 = try index.database.read { db in
            try String.fetchOne(db, sql: "SELECT snippet(reading, 0, char(1), char(2), '…', 16) FROM reading WHERE reading MATCH 'the'")
        }
        XCTAssertEqual(result.snippet, SearchSnippet(MarkedText(try XCTUnwrap(fts5), newlines: .spaces)))
        XCTAssertEqual(result.snippet.hits.count, 2)
    }

    func testAWordCountOtherThanFts5sIsLeftToFts5() {
        let text = Array("the town".utf8)
        let made = text.withUnsafeBufferPointer {
            SnippetMaker.make($0, documentTokens: 3, instances: [.init(phrase: 0, offset: 0, size: 1)], phrases: 1)
        }
        XCTAssertNil(made)
    }
}
