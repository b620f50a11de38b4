import Extraction
import Foundation
import GRDB

/// A full-text index of a store's reading texts, kept in SQLite FTS5 (through GRDB), in memory.
///
/// One row per document holds its reading text exactly, so every hit is a byte range of
/// `Document.reading.text`, the text the reader lays out and highlights. The tokenizer is
/// unicode61 with `remove_diacritics 2`: case and diacritics never matter. Results are ranked by
/// bm25; queries of words most documents hold are ranked from lists of their rows and counts
/// (`CommonWords`), with the same results.
///
///     let index = try SearchIndex(store)
///     let found = try index.search(SearchQuery("hostag*"), limit: 20)
public final class SearchIndex: Sendable {
    let database: DatabaseQueue
    private let documents: [(id: String, title: String)]
    /// The store position of each row of the index (rows of a file index are not positions).
    private let positions: [Int64: Int]?
    private let ranking = SearchRanking()

    /// Indexes every document of `store`, in memory; `progress`, if given, counts the documents indexed.
    ///
    /// `forOneQuery` leaves out the common words' lists, which pay for themselves over many
    /// searches (a browser's) but not over one (a command's): on 10,000 articles they add about a
    /// quarter to the build and save a few milliseconds a query.
    public convenience init(_ store: DocumentStore, progress: BuildProgress? = nil, forOneQuery: Bool = false) throws(SearchError) {
        try self.init(store, progress: progress, commonWords: forOneQuery ? nil : .standard)
    }

    /// Indexes every document of `store`, in memory, with lists for the words `commonWords` picks
    /// (none when `nil`).
    init(_ store: DocumentStore, progress: BuildProgress? = nil, commonWords: CommonWordsPolicy?) throws(SearchError) {
        documents = store.documents.map { ($0.id, $0.displayTitle) }
        positions = nil
        do {
            var configuration = Configuration()
            configuration.label = "crossread.search"
            database = try DatabaseQueue(configuration: configuration)
            try database.write { db in
                ranking.register(db)
                try db.execute(sql: Self.createReadingTable)
                let insert = try db.makeStatement(sql: "INSERT INTO reading(rowid, text) VALUES (?, ?)")
                progress?.start(total: store.count)
                for (position, document) in store.documents.enumerated() {
                    try insert.execute(arguments: [position, document.reading.text])
                    progress?.advance()
                }
                if let commonWords { try ranking.rebuildCommonWords(db, policy: commonWords) }
            }
        } catch {
            throw Self.buildError(error)
        }
    }

    /// The index that came with `store` (an index file's), or a new one in memory.
    public static func of(_ store: DocumentStore, progress: BuildProgress? = nil, forOneQuery: Bool = false) throws(SearchError) -> SearchIndex {
        if let attached = store.attachedSearch { return attached }
        return try SearchIndex(store, progress: progress, forOneQuery: forOneQuery)
    }

    /// An index over an open database whose rows map to store positions through `positions`.
    init(database: DatabaseQueue, store: DocumentStore, positions: [Int64: Int]) {
        self.database = database
        self.documents = store.documents.map { ($0.id, $0.displayTitle) }
        self.positions = positions
        database.inDatabase { ranking.register($0) }
    }

    /// FTS5's tokenizer and its arguments, for the table and for reading queries as it does.
    static let tokenizer = "unicode61 remove_diacritics 2"

    static let createReadingTable = """
        CREATE VIRTUAL TABLE reading USING fts5(
            text, tokenize = '\(tokenizer)', prefix = '2 3');
        \(CommonWords.createTable);
        """

    /// Makes the common words' lists afresh (`progress` gets words done and words in all).
    func rebuildCommonWords(policy: CommonWordsPolicy = .standard, progress: ((Int, Int) -> Void)? = nil) throws {
        _ = try database.write { try ranking.rebuildCommonWords($0, policy: policy, progress: progress) }
    }

    /// Brings the common words' lists up to date after the rows `touched` changed.
    func patchCommonWords(touched: Set<Int64>, progress: ((Int, Int) -> Void)? = nil) throws {
        try database.write { try ranking.patchCommonWords($0, touched: touched, progress: progress) }
    }

    /// The common words' lists as kept, by word.
    func commonWords() throws -> [String: WordPostings] {
        try database.read { db in
            var lists: [String: WordPostings] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT word, postings FROM common_words") {
                lists[row[0]] = WordPostings(decoding: row[1])
            }
            return lists
        }
    }

    /// A word's rows and counts as FTS5 has them now.
    func postings(of word: String) throws -> WordPostings {
        try database.read { try ranking.postings(of: word, $0) }
    }

    /// Whether `query` is ranked from the common words' lists rather than by FTS5 (for tests).
    func ranksFromCommonWords(_ query: SearchQuery) throws -> Bool {
        try database.read { try ranking.ranksFromCommonWords(query, $0) }
    }

    static func buildError(_ error: any Error) -> SearchError {
        if let error = error as? DatabaseError, error.message?.contains("fts5") == true { return .unavailable }
        return .indexNotBuilt
    }

    /// The documents matching `query`, best first, at most `limit` of them, with how many match in all.
    ///
    /// Every match is scored with bm25 (FTS5's `bm25()`, computed from one scan; `SearchRanking`)
    /// and the best `limit` kept; only those get a snippet and a hit count.
    /// The hits themselves are found when asked for (`hits(of:for:)`), one document at a time.
    public func search(_ query: SearchQuery, limit: Int = 20) throws(SearchError) -> SearchResults {
        do {
            return try database.read { db in
                let (best, total) = try ranking.best(query, limit: max(0, limit), db)
                guard let first = best.map(\.rowID).min(), let last = best.map(\.rowID).max() else {
                    return SearchResults(query: query, total: total, results: [])
                }
                // One query for the details of every row kept. Without a prefix, FTS5 looks each
                // kept row up in the word lists (a few seeks each); a prefix query costs it a merge
                // of every matching word's list each time it is run, so it scans the rows'
                // range once instead (the `+` keeps the rowid list a filter there).
                let kept = "[" + best.map { String($0.rowID) }.joined(separator: ",") + "]"
                let rows = query.hasPrefix
                    ? ("rowid BETWEEN ? AND ? AND +rowid IN (SELECT value FROM json_each(?))", [first, last, kept] as [any DatabaseValueConvertible])
                    : ("rowid IN (SELECT value FROM json_each(?))", [kept] as [any DatabaseValueConvertible])
                let details = try Row.fetchAll(db.cachedStatement(sql: """
                    SELECT rowid, \(Self.snippet), crossread_hit_count(reading) FROM reading WHERE reading MATCH ? AND \(rows.0)
                    """), arguments: StatementArguments([query.expression] + rows.1))
                var byRow: [Int64: Row] = [:]
                for row in details { byRow[row[0]] = row }
                let results = best.compactMap { match -> SearchResult? in
                    guard let position = positions.map({ $0[match.rowID] }) ?? Int(exactly: match.rowID),
                          let row = byRow[match.rowID] else { return nil }
                    let document = documents[position]
                    return SearchResult(document: position, rowID: match.rowID, documentID: document.id, title: document.title,
                                        score: match.score, snippet: SearchSnippet(MarkedText(row[1] as String, newlines: .spaces)),
                                        hitCount: row[2])
                }
                return SearchResults(query: query, total: total, results: results)
            }
        } catch {
            // SQLite's own wording means nothing to a reader; the query was checked before it got here.
            throw .couldNotRun(query.text)
        }
    }

    /// Every hit of `query` in the result's document, as byte ranges of its reading text, in order
    /// (FTS5's `highlight`; a phrase is one hit).
    public func hits(of result: SearchResult, for query: SearchQuery) throws(SearchError) -> [TextSpan] {
        do {
            return try database.read { db in
                let marked = try String.fetchOne(db.cachedStatement(sql: """
                    SELECT highlight(reading, 0, char(1), char(2)) FROM reading WHERE reading MATCH ? AND rowid = ?
                    """), arguments: [query.expression, result.rowID])
                return marked.map { MarkedText($0).marks } ?? []
            }
        } catch {
            throw .couldNotRun(query.text)
        }
    }

    /// A row's snippet: a few words around its best hits (`SnippetMaker`, or FTS5 where that
    /// leaves the row to it).
    static let snippet = "coalesce(crossread_snippet(reading), snippet(reading, 0, char(1), char(2), '…', \(SnippetMaker.tokens)))"
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
    /// Its row in the index (a file index numbers rows by file, not by position).
    let rowID: Int64
    public let documentID: String
    public let title: String
    /// bm25 relevance, higher is better (SQLite's bm25, whose best is lowest, negated).
    public let score: Double
    public let snippet: SearchSnippet
    /// How many hits the document has (`SearchIndex.hits(of:for:)` finds them).
    public let hitCount: Int
}

/// A few words around the best hits of a document, on one line, with the hits marked.
public struct SearchSnippet: Sendable, Hashable {
    public let text: String
    /// The hits, as byte ranges of `text`.
    public let hits: [TextSpan]

    /// From a snippet whose paragraph breaks became spaces (one byte for one, so the hit ranges
    /// stay right).
    init(_ marked: MarkedText) {
        text = marked.text
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

    /// Whether line breaks are kept or become spaces.
    enum Newlines { case kept, spaces }

    init(_ marked: String, newlines: Newlines = .kept) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(marked.utf8.count)
        var marks: [TextSpan] = []
        var start = 0
        let newline: UInt8 = newlines == .spaces ? 0x20 : 0x0A
        for byte in marked.utf8 {
            switch byte {
            case 0x01: start = bytes.count
            case 0x02: marks.append(TextSpan(start: start, end: bytes.count))
            case 0x0A: bytes.append(newline)
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
