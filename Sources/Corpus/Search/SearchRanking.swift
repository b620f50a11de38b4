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
    }

    /// The `limit` best matches of `query` (highest score first, then lowest rowid) and how many
    /// match in all.
    func best(_ query: SearchQuery, limit: Int, _ db: Database) throws -> (best: [RankedMatch], total: Int) {
        if !lengthsLoaded { try loadLengths(db) }
        phraseCount = -1
        countsDocumentsPerPhrase = !query.everyPhraseMatches
        rowIDs.removeAll(keepingCapacity: true)
        rowLengths.removeAll(keepingCapacity: true)
        frequencies.removeAll(keepingCapacity: true)
        try db.cachedStatement(sql: "SELECT crossread_scan(reading) FROM reading WHERE reading MATCH ?")
            .execute(arguments: [query.expression])
        let total = rowIDs.count
        guard total > 0, limit > 0 else { return ([], total) }
        let phrases = phraseCount
        if !countsDocumentsPerPhrase {
            documentsPerPhrase = Array(repeating: 0, count: phrases)
            for row in 0..<total {
                for phrase in 0..<phrases where frequencies[row * phrases + phrase] > 0 { documentsPerPhrase[phrase] += 1 }
            }
        }
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

/// A matching row and its bm25 score, before its details are fetched.
struct RankedMatch {
    let rowID: Int64
    let score: Double

    func ranksBefore(_ other: RankedMatch) -> Bool { score > other.score || (score == other.score && rowID < other.rowID) }
}
