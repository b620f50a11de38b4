import Foundation
import GRDB
import GRDBSQLite

/// Ranks every match of a query by bm25, as FTS5's `bm25()` scores it, in one scan and without
/// sorting in SQL; and counts a row's hits as FTS5's `highlight` would mark them.
///
/// `ORDER BY rank` made FTS5 score every match and sort them all before the first row came back,
/// and its bm25 looks each row's length up in the `reading_docsize` table with an SQL statement
/// and, for each phrase, runs the phrase again over the whole index to count the documents that
/// hold it. Here an FTS5 function of our own, `crossread_scan(reading)`, records per matching row
/// its rowid and each phrase's frequency (the row's length comes from `reading_docsize`, read
/// once); the scores are computed and the best kept in Swift. The documents holding a phrase are
/// counted among the matches when every document holding a phrase matches (a word, a phrase, a
/// prefix, phrases joined by OR), and by FTS5 (`xQueryPhrase`) otherwise, as bm25 does.
final class SearchRanking: @unchecked Sendable {
    // Unchecked: the state below is touched only inside the index's `DatabaseQueue` accesses,
    // which run one at a time, and by the scan function SQLite calls within them.

    /// Tokens per row, by rowid, from `reading_docsize`; loaded at the first search.
    private var lengths: [Int32] = []
    private var lengthsLoaded = false
    /// Rows with a length, and their lengths summed: FTS5's row count and total size.
    private var lengthRows = 0
    private var lengthTotal: Int64 = 0
    /// Whether the index has a `common_words` table; looked up at the first search.
    private var commonWordsTable: Bool?
    private var tokenizer: (any FTS5Tokenizer)?

    /// What the current scan gathers.
    private var phraseCount = -1
    private var countsDocumentsPerPhrase = false
    private var documentsPerPhrase: [Int64] = []
    private var rows: Int64 = 0
    private var averageLength = 0.0
    private var rowIDs: [Int64] = []
    private var rowLengths: [Int32] = []
    /// `phraseCount` frequencies per row, row after row.
    private var frequencies: [Int32] = []

    /// bm25's constants, as FTS5 sets them.
    static let k1 = 1.2
    static let b = 0.75

    /// Registers the scan and hit-count functions on the connection of `db`, for this ranking.
    func register(_ db: Database) {
        let api = FTS5.api(db)
        let mutableAPI = UnsafeMutablePointer(mutating: api)
        let context = Unmanaged.passRetained(self).toOpaque()
        _ = api.pointee.xCreateFunction(mutableAPI, "crossread_scan", context, Self.scan) { context in
            if let context { Unmanaged<SearchRanking>.fromOpaque(context).release() }
        }
        _ = api.pointee.xCreateFunction(mutableAPI, "crossread_hit_count", nil, Self.hitCount, nil)
        _ = api.pointee.xCreateFunction(mutableAPI, "crossread_snippet", nil, Self.snippet, nil)
    }

    /// The `limit` best matches of `query` (highest score first, then lowest rowid) and how many
    /// match in all.
    func best(_ query: SearchQuery, limit: Int, _ db: Database) throws -> (best: [RankedMatch], total: Int) {
        if !lengthsLoaded { try loadLengths(db) }
        if try !gatherFromCommonWords(query, db) { try gatherFromFTS5(query, db) }
        return score(limit: limit)
    }

    /// Every match of `query` as FTS5 finds it, with each phrase's frequency in it.
    private func gatherFromFTS5(_ query: SearchQuery, _ db: Database) throws {
        try scan(query.expression, countingDocumentsPerPhrase: !query.everyPhraseMatches, db)
        if !countsDocumentsPerPhrase, phraseCount > 0 {
            documentsPerPhrase = Array(repeating: 0, count: phraseCount)
            for row in 0..<rowIDs.count {
                for phrase in 0..<phraseCount where frequencies[row * phraseCount + phrase] > 0 { documentsPerPhrase[phrase] += 1 }
            }
        }
    }

    /// Runs `crossread_scan` over the rows matching `expression`.
    private func scan(_ expression: String, countingDocumentsPerPhrase: Bool, _ db: Database) throws {
        phraseCount = -1
        countsDocumentsPerPhrase = countingDocumentsPerPhrase
        rowIDs.removeAll(keepingCapacity: true)
        rowLengths.removeAll(keepingCapacity: true)
        frequencies.removeAll(keepingCapacity: true)
        try db.cachedStatement(sql: "SELECT crossread_scan(reading) FROM reading WHERE reading MATCH ?")
            .execute(arguments: [expression])
    }

    /// Scores what was gathered and keeps the best `limit`.
    private func score(limit: Int) -> (best: [RankedMatch], total: Int) {
        let total = rowIDs.count
        guard total > 0, limit > 0 else { return ([], total) }
        let phrases = phraseCount
        let idf = documentsPerPhrase.map { matching -> Double in
            let value = log((Double(rows) - Double(matching) + 0.5) / (Double(matching) + 0.5))
            return value <= 0 ? 1e-6 : value
        }
        let k1 = Self.k1, b = Self.b
        var best: [RankedMatch] = []
        best.reserveCapacity(limit + 1)
        for row in 0..<total {
            let length = Double(rowLengths[row])
            var score = 0.0
            for phrase in 0..<phrases {
                let frequency = Double(frequencies[row * phrases + phrase])
                score += idf[phrase] * ((frequency * (k1 + 1.0)) / (frequency + k1 * (1 - b + b * length / averageLength)))
            }
            let match = RankedMatch(rowID: rowIDs[row], score: score)
            guard best.count < limit || match.ranksBefore(best[best.count - 1]) else { continue }
            // Binary insertion into the few kept: most matches of a common word stop at the test above.
            var low = 0, high = best.count
            while low < high {
                let middle = (low + high) / 2
                if best[middle].ranksBefore(match) { low = middle + 1 } else { high = middle }
            }
            best.insert(match, at: low)
            if best.count > limit { best.removeLast() }
        }
        return (best, total)
    }

    // MARK: Common words

    /// Gathers the matches of `query` from the common words' lists, as FTS5 would give them;
    /// `false` when the query is not one of common words only (`CommonWordsQuery`).
    func gatherFromCommonWords(_ query: SearchQuery, _ db: Database) throws -> Bool {
        guard !query.hasPrefix, try hasCommonWords(db) else { return false }
        // Whether each word has a list is looked up before any list is read: a query with one
        // rare word among common ones reads none of them.
        let listed = try db.cachedStatement(sql: "SELECT 1 FROM common_words WHERE word = ?")
        let tokenizer = try self.tokenizer(db)
        let words = try CommonWordsQuery(query.node) { phrase -> String? in
            let tokens = try tokenizer.tokenize(query: phrase)
            guard tokens.count == 1, let word = tokens.first?.token, try Bool.fetchOne(listed, arguments: [word]) != nil else { return nil }
            return word
        }
        guard let words else { return false }
        let postings = try db.cachedStatement(sql: "SELECT postings FROM common_words WHERE word = ?")
        var lists: [String: WordPostings] = [:]
        for word in words.words where lists[word] == nil {
            guard let data = try Data.fetchOne(postings, arguments: [word]), let list = WordPostings(decoding: data) else { return false }
            lists[word] = list
        }
        phraseCount = words.words.count
        rows = Int64(lengthRows)
        averageLength = Double(lengthTotal) / Double(lengthRows)
        documentsPerPhrase = words.words.map { Int64(lists[$0]!.count) }
        (rowIDs, frequencies) = words.matches(words.words.map { lists[$0]! })
        rowLengths.removeAll(keepingCapacity: true)
        rowLengths.reserveCapacity(rowIDs.count)
        for row in rowIDs {
            // A row the lengths do not know (never, as the lists are made after the rows): ask FTS5.
            guard row >= 0, row < Int64(lengths.count), lengths[Int(row)] >= 0 else { return false }
            rowLengths.append(lengths[Int(row)])
        }
        return true
    }

    /// Whether `query` would be ranked from the common words' lists.
    func ranksFromCommonWords(_ query: SearchQuery, _ db: Database) throws -> Bool {
        if !lengthsLoaded { try loadLengths(db) }
        return try gatherFromCommonWords(query, db)
    }

    /// Makes the lists of every word in enough rows (`policy`) afresh; gives how many words got one.
    @discardableResult
    func rebuildCommonWords(_ db: Database, policy: CommonWordsPolicy, progress: ((Int, Int) -> Void)? = nil) throws -> Int {
        try db.execute(sql: "DELETE FROM common_words")
        try loadLengths(db)
        try db.execute(sql: "CREATE VIRTUAL TABLE IF NOT EXISTS temp.crossread_vocabulary USING fts5vocab(main, reading, row)")
        let words = try String.fetchAll(db, sql: "SELECT term FROM temp.crossread_vocabulary WHERE doc >= ?",
                                        arguments: [policy.threshold(rows: lengthRows)])
        try db.execute(sql: "DROP TABLE temp.crossread_vocabulary")
        let insert = try db.cachedStatement(sql: "INSERT INTO common_words (word, postings) VALUES (?, ?)")
        for (done, word) in words.enumerated() {
            try insert.execute(arguments: [word, try postings(of: word, db).encoded()])
            progress?(done + 1, words.count)
        }
        return words.count
    }

    /// Brings every list up to date after the rows `touched` were written, rewritten or deleted.
    ///
    /// The rows still there are read again with FTS5's own tokenizer, as FTS5 read them when they
    /// were written, and each list's word counted in them: a few rows cost a few tokenizations,
    /// where asking FTS5 would cost a lookup per row and word.
    func patchCommonWords(_ db: Database, touched: Set<Int64>, progress: ((Int, Int) -> Void)? = nil) throws {
        try loadLengths(db)
        let present = touched.filter { $0 >= 0 && $0 < Int64(lengths.count) && lengths[Int($0)] >= 0 }.sorted()
        let words = Set(try String.fetchAll(db, sql: "SELECT word FROM common_words"))
        // The touched rows' counts, word by word, in ascending row order.
        var added: [String: WordPostings] = [:]
        let tokenizer = try self.tokenizer(db)
        let text = try db.cachedStatement(sql: "SELECT text FROM reading WHERE rowid = ?")
        for (done, row) in present.enumerated() {
            var counts: [String: Int32] = [:]
            for (token, flags) in try tokenizer.tokenize(document: try String.fetchOne(text, arguments: [row]) ?? "")
            where !flags.contains(.colocated) && words.contains(token) {
                counts[token, default: 0] += 1
            }
            for (word, count) in counts {
                added[word, default: WordPostings()].rows.append(row)
                added[word, default: WordPostings()].frequencies.append(count)
            }
            progress?(done + 1, present.count)
        }
        // One list at a time, so no more than one is decoded at once.
        let read = try db.cachedStatement(sql: "SELECT postings FROM common_words WHERE word = ?")
        let update = try db.cachedStatement(sql: "UPDATE common_words SET postings = ? WHERE word = ?")
        for word in words {
            guard let data = try Data.fetchOne(read, arguments: [word]), let list = WordPostings(decoding: data) else {
                throw CommonWordsError.damaged(word)
            }
            try update.execute(arguments: [list.replacing(touched, with: added[word] ?? WordPostings()).encoded(), word])
        }
    }

    /// The rows holding `word` (an index token) and its count in each, as FTS5 has them.
    func postings(of word: String, _ db: Database) throws -> WordPostings {
        try scan("\"" + word.replacingOccurrences(of: "\"", with: "\"\"") + "\"", countingDocumentsPerPhrase: false, db)
        return WordPostings(rows: rowIDs, frequencies: frequencies)
    }

    private func hasCommonWords(_ db: Database) throws -> Bool {
        if commonWordsTable == nil { commonWordsTable = try db.tableExists("common_words") }
        return commonWordsTable!
    }

    private func tokenizer(_ db: Database) throws -> any FTS5Tokenizer {
        if let tokenizer { return tokenizer }
        let made = try db.makeTokenizer(FTS5TokenizerDescriptor(components: SearchIndex.tokenizer.split(separator: " ").map(String.init)))
        tokenizer = made
        return made
    }

    /// Reads every row's length in tokens: `reading_docsize.sz` holds one SQLite varint per
    /// column (big-endian groups of seven bits, the high bit set on all but the last).
    private func loadLengths(_ db: Database) throws {
        var lengths: [Int32] = []
        let rows = try Row.fetchCursor(db, sql: "SELECT id, sz FROM reading_docsize")
        while let row = try rows.next() {
            let id: Int64 = row[0]
            guard id >= 0, id < Int64(Int32.max) else { continue }
            let size: Data = row[1] ?? Data()
            var value: UInt64 = 0
            for byte in size.prefix(8) {
                value = value << 7 | UInt64(byte & 0x7F)
                if byte & 0x80 == 0 { break }
            }
            if Int(id) >= lengths.count { lengths.append(contentsOf: repeatElement(-1, count: Int(id) - lengths.count + 1)) }
            lengths[Int(id)] = Int32(clamping: value)
        }
        self.lengths = lengths
        lengthRows = lengths.lazy.filter { $0 >= 0 }.count
        lengthTotal = lengths.reduce(0) { $0 + Int64(max(0, $1)) }
        lengthsLoaded = true
    }

    /// Called by SQLite once per matching row of `crossread_scan(reading)`.
    private static let scan: fts5_extension_function = { api, fts, context, _, _ in
        guard let api = api?.pointee, let fts, let user = api.xUserData(fts) else { return }
        let ranking = Unmanaged<SearchRanking>.fromOpaque(user).takeUnretainedValue()
        let code = ranking.record(api, fts)
        if code != SQLITE_OK { sqlite3_result_error_code(context, code) }
    }

    private func record(_ api: Fts5ExtensionApi, _ fts: OpaquePointer) -> Int32 {
        if phraseCount < 0 {
            // The first row of a scan: what holds for the whole query.
            phraseCount = Int(api.xPhraseCount(fts))
            var tokens: Int64 = 0
            var code = api.xRowCount(fts, &rows)
            if code == SQLITE_OK { code = api.xColumnTotalSize(fts, -1, &tokens) }
            averageLength = Double(tokens) / Double(rows)
            documentsPerPhrase = Array(repeating: 0, count: phraseCount)
            if countsDocumentsPerPhrase {
                for phrase in 0..<phraseCount where code == SQLITE_OK {
                    var matching: Int64 = 0
                    code = api.xQueryPhrase(fts, Int32(phrase), &matching) { _, _, count in
                        count?.assumingMemoryBound(to: Int64.self).pointee += 1
                        return SQLITE_OK
                    }
                    documentsPerPhrase[phrase] = matching
                }
            }
            guard code == SQLITE_OK else { return code }
        }
        let rowID = api.xRowid(fts)
        var length: Int32 = rowID >= 0 && rowID < Int64(lengths.count) ? lengths[Int(rowID)] : -1
        if length < 0 {
            // A row the lengths read at the first search do not know: ask FTS5.
            let code = api.xColumnSize(fts, -1, &length)
            guard code == SQLITE_OK else { return code }
        }
        rowIDs.append(rowID)
        rowLengths.append(length)
        if phraseCount == 1 {
            var count: Int32 = 0
            let code = api.xInstCount(fts, &count)
            guard code == SQLITE_OK else { return code }
            frequencies.append(count)
            return SQLITE_OK
        }
        for phrase in 0..<phraseCount {
            var iterator = Fts5PhraseIter()
            var column: Int32 = 0, offset: Int32 = 0
            var frequency: Int32 = 0
            let code = api.xPhraseFirst(fts, Int32(phrase), &iterator, &column, &offset)
            guard code == SQLITE_OK else { return code }
            while column >= 0 {
                frequency += 1
                api.xPhraseNext(fts, &iterator, &column, &offset)
            }
            frequencies.append(frequency)
        }
        return SQLITE_OK
    }

    /// The number of ranges `highlight(reading, 0, ...)` marks in the row: instances in token
    /// order, one range while the next starts inside it (as FTS5's `fts5CInstIterNext` merges them).
    private static let hitCount: fts5_extension_function = { api, fts, context, _, _ in
        guard let api = api?.pointee, let fts else { return }
        var instances: Int32 = 0
        var code = api.xInstCount(fts, &instances)
        var hits: Int32 = 0
        var end: Int32 = -1
        for instance in 0..<max(0, instances) where code == SQLITE_OK {
            var phrase: Int32 = 0, column: Int32 = 0, offset: Int32 = 0
            code = api.xInst(fts, instance, &phrase, &column, &offset)
            guard code == SQLITE_OK, column == 0 else { continue }
            let last = offset - 1 + api.xPhraseSize(fts, phrase)
            if hits == 0 || offset > end {
                hits += 1
                end = last
            } else if last > end {
                end = last
            }
        }
        guard code == SQLITE_OK else {
            sqlite3_result_error_code(context, code)
            return
        }
        sqlite3_result_int(context, hits)
    }
}

extension SearchRanking {
    /// `snippet(reading, 0, char(1), char(2), '…', 16)` made by `SnippetMaker`, or NULL where it
    /// leaves the row to FTS5's own.
    fileprivate static let snippet: fts5_extension_function = { api, fts, context, _, _ in
        guard let api = api?.pointee, let fts else { return }
        var text: UnsafePointer<CChar>?
        var length: Int32 = 0
        var words: Int32 = 0
        var count: Int32 = 0
        var code = api.xColumnText(fts, 0, &text, &length)
        if code == SQLITE_OK { code = api.xColumnSize(fts, 0, &words) }
        if code == SQLITE_OK { code = api.xInstCount(fts, &count) }
        var instances: [SnippetMaker.Instance] = []
        instances.reserveCapacity(Int(max(0, count)))
        for index in 0..<max(0, count) where code == SQLITE_OK {
            var phrase: Int32 = 0, column: Int32 = 0, offset: Int32 = 0
            code = api.xInst(fts, index, &phrase, &column, &offset)
            if code == SQLITE_OK, column == 0 {
                instances.append(SnippetMaker.Instance(phrase: Int(phrase), offset: Int(offset), size: Int(api.xPhraseSize(fts, phrase))))
            }
        }
        guard code == SQLITE_OK else {
            sqlite3_result_error_code(context, code)
            return
        }
        let made = text.flatMap { text in
            text.withMemoryRebound(to: UInt8.self, capacity: Int(length)) {
                SnippetMaker.make(UnsafeBufferPointer(start: $0, count: Int(length)), documentTokens: Int(words), instances: instances,
                                  phrases: Int(api.xPhraseCount(fts)))
            }
        }
        guard let made else {
            sqlite3_result_null(context)
            return
        }
        made.withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) {
                sqlite3_result_text(context, $0.baseAddress, Int32($0.count), transient)
            }
        }
    }

    /// SQLite's `SQLITE_TRANSIENT`: copy the bytes now.
    private static let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
}

/// A matching row and its bm25 score, before its details are fetched.
struct RankedMatch {
    let rowID: Int64
    let score: Double

    func ranksBefore(_ other: RankedMatch) -> Bool { score > other.score || (score == other.score && rowID < other.rowID) }
}

/// Why the common words' lists could not be brought up to date.
enum CommonWordsError: Error {
    case damaged(String)
}
