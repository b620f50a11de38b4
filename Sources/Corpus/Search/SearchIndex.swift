import Extraction
import Foundation
import GRDB

/// A full-text index of a store's reading texts, kept in SQLite FTS5 (through GRDB), in memory.
///
/// One row per document holds its reading text exactly, so every hit is a byte range of
/// `Document.reading.text`, the text the reader lays out and highlights. The tokenizer is
/// unicode61 with `remove_diacritics 2`: case and diacritics never matter. Results are ranked by
/// bm25.
///
///     let index = try SearchIndex(store)
///     let found = try index.search(SearchQuery("hostag*"), limit: 20)
public final class SearchIndex: Sendable {
    let database: DatabaseQueue
    private let documents: [(id: String, title: String)]
    /// The store position of each row of the index (rows of a file index are not positions).
    private let positions: [Int64: Int]?

    /// Indexes every document of `store`, in memory; `progress`, if given, counts the documents indexed.
    public init(_ store: DocumentStore, progress: BuildProgress? = nil) throws(SearchError) {
        documents = store.documents.map { ($0.id, $0.displayTitle) }
        positions = nil
        do {
            var configuration = Configuration()
            configuration.label = "crossread.search"
            database = try DatabaseQueue(configuration: configuration)
            try database.write { db in
                try db.execute(sql: Self.createReadingTable)
                let insert = try db.makeStatement(sql: "INSERT INTO reading(rowid, text) VALUES (?, ?)")
                progress?.start(total: store.count)
                for (position, document) in store.documents.enumerated() {
                    try insert.execute(arguments: [position, document.reading.text])
                    progress?.advance()
                }
            }
        } catch {
            throw Self.buildError(error)
        }
    }

    /// An index over an open database whose rows map to store positions through `positions`.
    init(database: DatabaseQueue, store: DocumentStore, positions: [Int64: Int]) {
        self.database = database
        self.documents = store.documents.map { ($0.id, $0.displayTitle) }
        self.positions = positions
    }

    static let createReadingTable = """
        CREATE VIRTUAL TABLE reading USING fts5(
            text, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')
        """

    static func buildError(_ error: any Error) -> SearchError {
        if let error = error as? DatabaseError, error.message?.contains("fts5") == true { return .unavailable }
        return .indexNotBuilt
    }

    /// The documents matching `query`, best first, at most `limit` of them, with how many match in all.
    public func search(_ query: SearchQuery, limit: Int = 20) throws(SearchError) -> SearchResults {
        do {
            return try database.read { db in
                // `rank` is FTS5's hidden column (bm25 by default): ordering by it lets FTS5 sort
                // the matches itself and run snippet and highlight for the rows returned only. (An
                // alias of bm25() would make SQLite compute every column of every match first.)
                let rows = try Row.fetchAll(db.cachedStatement(sql: """
                    SELECT rowid, rank,
                           snippet(reading, 0, char(1), char(2), '…', \(Self.snippetTokens)) AS snippet,
                           highlight(reading, 0, char(1), char(2)) AS marked
                    FROM reading WHERE reading MATCH ? ORDER BY rank LIMIT ?
                    """), arguments: [query.expression, max(0, limit)])
                let total = rows.count < limit ? rows.count
                    : try Int.fetchOne(db.cachedStatement(sql: "SELECT count(*) FROM reading WHERE reading MATCH ?"),
                                       arguments: [query.expression]) ?? 0
                let results = rows.compactMap { row -> SearchResult? in
                    let rowID: Int64 = row["rowid"]
                    guard let position = positions.map({ $0[rowID] }) ?? Int(rowID) else { return nil }
                    let rank: Double = row["rank"]
                    let snippet = MarkedText(row["snippet"] as String)
                    let hits = MarkedText(row["marked"] as String).marks
                    let document = documents[position]
                    return SearchResult(document: position, documentID: document.id, title: document.title,
                                        score: -rank, snippet: SearchSnippet(snippet), hits: hits)
                }
                return SearchResults(query: query, total: total, results: results)
            }
        } catch {
            // SQLite's own wording means nothing to a reader; the query was checked before it got here.
            throw .couldNotRun(query.text)
        }
    }

    /// Words of context a snippet keeps around its hits.
    static let snippetTokens = 16
}

/// What a search found: the best documents and how many match in all.
public struct SearchResults: Sendable {
    public let query: SearchQuery
    /// Every matching document, beyond the ones listed.
    public let total: Int
    public let results: [SearchResult]
}

/// One matching document.
public struct SearchResult: Sendable, Hashable {
    /// The document's position in the store.
    public let document: Int
    public let documentID: String
    public let title: String
    /// bm25 relevance, higher is better (SQLite's bm25, whose best is lowest, negated).
    public let score: Double
    public let snippet: SearchSnippet
    /// Every hit, as byte ranges of the document's reading text, in order.
    public let hits: [TextSpan]
}

/// A few words around the best hits of a document, on one line, with the hits marked.
public struct SearchSnippet: Sendable, Hashable {
    public let text: String
    /// The hits, as byte ranges of `text`.
    public let hits: [TextSpan]

    init(_ marked: MarkedText) {
        // Paragraph breaks become spaces (one byte for one), so the hit ranges stay right.
        text = marked.text.replacingOccurrences(of: "\n", with: " ")
        hits = marked.marks
    }

    /// The snippet with each hit between `open` and `close` (`**` for plain text output).
    public func marked(open: String = "**", close: String = "**") -> String {
        var result = ""
        var utf8 = Array(text.utf8)[...]
        var consumed = 0
        for hit in hits {
            result += String(decoding: utf8.prefix(hit.start - consumed), as: UTF8.self)
            result += open + String(decoding: utf8.dropFirst(hit.start - consumed).prefix(hit.length), as: UTF8.self) + close
            utf8 = utf8.dropFirst(hit.end - consumed)
            consumed = hit.end
        }
        return result + String(decoding: utf8, as: UTF8.self)
    }
}

/// Text from FTS5's `highlight` or `snippet` with each hit between the bytes 0x01 and 0x02 (which
/// reading text never holds: control characters become visible marks when it is cleaned).
struct MarkedText {
    let text: String
    let marks: [TextSpan]

    init(_ marked: String) {
        var bytes: [UInt8] = []
        var marks: [TextSpan] = []
        var start = 0
        for byte in marked.utf8 {
            switch byte {
            case 0x01: start = bytes.count
            case 0x02: marks.append(TextSpan(start: start, end: bytes.count))
            default: bytes.append(byte)
            }
        }
        text = String(decoding: bytes, as: UTF8.self)
        self.marks = marks
    }
}

/// Why a search could not be made, in a reader's words.
public enum SearchError: Error, Hashable, Sendable, CustomStringConvertible {
    case query(SearchQueryError)
    /// The SQLite on this machine was built without FTS5.
    case unavailable
    case indexNotBuilt
    /// The index file can be neither opened nor made.
    case indexFileUnusable(String)
    case couldNotRun(String)

    public var description: String {
        switch self {
        case .query(let error): error.description
        case .unavailable: "Search needs SQLite with FTS5, and the SQLite library here has none"
        case .indexNotBuilt: "The search index could not be built"
        case .indexFileUnusable(let path): "The search index \(path) can be neither opened nor written"
        case .couldNotRun(let query): "The search for \(query) could not be run"
        }
    }
}
