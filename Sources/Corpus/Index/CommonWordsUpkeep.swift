import GRDB

/// Keeps an index file's common words' lists (`CommonWords`) true to its rows across openings.
///
/// The file records, under the key `words`, the lists' version and how many rows the index had
/// when the words were picked. Every transaction that writes or deletes a row takes that record
/// off first, so the record is there only when the lists match the rows. At the end of an opening:
/// - lists on record and no row touched: nothing to do;
/// - lists on record and some rows touched (at most a quarter): those rows are taken out of every
///   list, and those still there are read again with FTS5's tokenizer and counted back in;
/// - otherwise (a new file, an older one without lists, an interrupted update, many changes, or
///   the row count moved by more than an eighth since the words were picked): made afresh.
struct CommonWordsUpkeep {
    static let version = "1"

    /// What the file had on record when it was opened.
    struct Record: Hashable {
        var version: String
        var rows: Int
    }

    let recorded: Record?
    let rows: Int
    let touched: Set<Int64>
    let policy: CommonWordsPolicy

    /// What the file has on record now (`nil`: no usable lists). Makes the lists' table in a file
    /// from before there were lists.
    static func recorded(_ database: DatabaseQueue) throws -> Record? {
        if try !database.read({ try $0.tableExists("common_words") }) {
            try database.write { try $0.execute(sql: CommonWords.createTable) }
            return nil
        }
        let value = try database.read { try String.fetchOne($0, sql: "SELECT value FROM crossread_index WHERE key = 'words'") }
        let parts = value?.split(separator: " ") ?? []
        guard parts.count == 2, let rows = Int(parts[1]) else { return nil }
        return Record(version: String(parts[0]), rows: rows)
    }

    enum Work: Hashable, Sendable { case none, patch, rebuild }

    var work: Work {
        guard let recorded, recorded.version == Self.version, abs(rows - recorded.rows) <= recorded.rows / 8 else { return .rebuild }
        if touched.isEmpty { return .none }
        return touched.count <= rows / 4 ? .patch : .rebuild
    }

    /// Does the `work` needed, and gives what was done.
    @discardableResult
    func bringUpToDate(_ search: SearchIndex, database: DatabaseQueue, progress: ((IndexProgress) -> Void)?) throws -> Work {
        let report = { (done: Int, total: Int) -> Void in
            progress?(IndexProgress(done: done, total: total, stage: "listing common words"))
        }
        var picked = recorded?.rows ?? rows
        var performed = work
        switch work {
        case .none:
            return .none
        case .patch:
            do {
                try search.patchCommonWords(touched: touched, progress: report)
            } catch is CommonWordsError {
                // A list that does not decode is made again with the others, never patched.
                try search.rebuildCommonWords(policy: policy, progress: report)
                picked = rows
                performed = .rebuild
            }
        case .rebuild:
            try search.rebuildCommonWords(policy: policy, progress: report)
            picked = rows
        }
        try database.write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO crossread_index (key, value) VALUES ('words', ?)",
                           arguments: ["\(Self.version) \(picked)"])
        }
        return performed
    }
}
