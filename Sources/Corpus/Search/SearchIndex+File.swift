import Foundation
import GRDB

extension SearchIndex {
    /// Opens the search index kept in the SQLite file at `path` and brings it up to date with
    /// `store`: files added since are indexed, changed ones re-indexed, deleted ones dropped, and
    /// unchanged ones (same size and modification time, or same content hash) left as they are.
    ///
    /// A file that is not a Crossread search index, or is damaged, is never trusted: it is moved
    /// aside to `PATH.unreadable` and a new index is built; `update.notice` says so.
    ///
    /// Only the search index is kept: the corpus is still read and parsed on every run.
    public static func open(_ store: DocumentStore, file path: String) throws(SearchError) -> (index: SearchIndex, update: SearchIndexUpdate) {
        var notice: String?
        var database: DatabaseQueue
        do {
            if FileManager.default.fileExists(atPath: path) {
                if let existing = try? DatabaseQueue(path: path, configuration: configuration()), isCrossreadIndex(existing) {
                    database = existing
                } else {
                    let aside = path + ".unreadable"
                    try? FileManager.default.removeItem(atPath: aside)
                    try FileManager.default.moveItem(atPath: path, toPath: aside)
                    notice = "\(path) is not a Crossread search index, or is damaged: moved it to \(aside) and built a new one"
                    database = try create(path)
                }
            } else {
                database = try create(path)
            }
        } catch let error as SearchError {
            throw error
        } catch {
            throw .indexFileUnusable(path)
        }
        do {
            var (positions, update) = try synchronize(database, with: store)
            update.notice = notice
            return (SearchIndex(database: database, store: store, positions: positions), update)
        } catch {
            throw buildError(error)
        }
    }

    static let format = "crossread-search-index"
    static let version = "1"

    private static func configuration() -> Configuration {
        var configuration = Configuration()
        configuration.label = "crossread.search.file"
        return configuration
    }

    /// Whether the file holds this program's index, in this version, with sound pages.
    private static func isCrossreadIndex(_ database: DatabaseQueue) -> Bool {
        let verdict = try? database.read { db -> Bool in
            guard try db.tableExists("crossread_index"), try db.tableExists("files"), try db.tableExists("reading") else { return false }
            let format = try String.fetchOne(db, sql: "SELECT value FROM crossread_index WHERE key = 'format'")
            let version = try String.fetchOne(db, sql: "SELECT value FROM crossread_index WHERE key = 'version'")
            guard format == Self.format, version == Self.version else { return false }
            return try String.fetchOne(db, sql: "PRAGMA quick_check") == "ok"
        }
        return verdict ?? false
    }

    private static func create(_ path: String) throws -> DatabaseQueue {
        let database = try DatabaseQueue(path: path, configuration: configuration())
        try database.write { db in
            try db.execute(sql: """
                CREATE TABLE crossread_index (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                CREATE TABLE files (
                    id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, size INTEGER NOT NULL,
                    mtime REAL NOT NULL, hash TEXT NOT NULL, reading_bytes INTEGER NOT NULL);
                """)
            try db.execute(sql: createReadingTable)
            try db.execute(sql: "INSERT INTO crossread_index (key, value) VALUES ('format', ?), ('version', ?)",
                           arguments: [format, version])
        }
        return database
    }

    /// What a file looks like on disk now. Built-in documents have no file: their size is their
    /// text's and their time zero.
    private static func fileState(_ document: Document) -> (size: Int, mtime: Double) {
        if let attributes = try? FileManager.default.attributesOfItem(atPath: document.path),
           let size = attributes[.size] as? Int, let date = attributes[.modificationDate] as? Date {
            return (size, date.timeIntervalSince1970)
        }
        return (document.original.utf8.count, 0)
    }

    /// FNV-1a, 64 bits, over the decoded text: stable across runs (Swift's `Hasher` is not).
    static func contentHash(_ text: String) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return String(hash, radix: 16)
    }

    private static func synchronize(_ database: DatabaseQueue, with store: DocumentStore) throws -> ([Int64: Int], SearchIndexUpdate) {
        try database.write { db in
            var known: [String: (id: Int64, size: Int, mtime: Double, hash: String, readingBytes: Int)] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, path, size, mtime, hash, reading_bytes FROM files") {
                known[row["path"]] = (row["id"], row["size"], row["mtime"], row["hash"], row["reading_bytes"])
            }
            var positions: [Int64: Int] = [:]
            var update = SearchIndexUpdate()
            let insertText = try db.makeStatement(sql: "INSERT INTO reading (rowid, text) VALUES (?, ?)")
            let deleteText = try db.makeStatement(sql: "DELETE FROM reading WHERE rowid = ?")
            for (position, document) in store.documents.enumerated() {
                let (size, mtime) = fileState(document)
                let readingBytes = document.reading.text.utf8.count
                guard let row = known.removeValue(forKey: document.path) else {
                    try db.execute(sql: "INSERT INTO files (path, size, mtime, hash, reading_bytes) VALUES (?, ?, ?, ?, ?)",
                                   arguments: [document.path, size, mtime, contentHash(document.original), readingBytes])
                    let id = db.lastInsertedRowID
                    try insertText.execute(arguments: [id, document.reading.text])
                    positions[id] = position
                    update.added += 1
                    continue
                }
                positions[row.id] = position
                // The reading text's length guards against a stored text from another version of
                // the cleaning rules: hits are byte ranges of it, so it must be the text shown.
                if row.size == size, row.mtime == mtime, row.readingBytes == readingBytes {
                    update.unchanged += 1
                    continue
                }
                let hash = contentHash(document.original)
                if row.hash == hash, row.readingBytes == readingBytes {
                    update.unchanged += 1
                } else {
                    try deleteText.execute(arguments: [row.id])
                    try insertText.execute(arguments: [row.id, document.reading.text])
                    update.changed += 1
                }
                try db.execute(sql: "UPDATE files SET size = ?, mtime = ?, hash = ?, reading_bytes = ? WHERE id = ?",
                               arguments: [size, mtime, hash, readingBytes, row.id])
            }
            for row in known.values {
                try deleteText.execute(arguments: [row.id])
                try db.execute(sql: "DELETE FROM files WHERE id = ?", arguments: [row.id])
                update.removed += 1
            }
            return (positions, update)
        }
    }
}

/// How a file index was brought up to date with the corpus.
public struct SearchIndexUpdate: Sendable, Hashable {
    public var added = 0
    public var changed = 0
    public var removed = 0
    public var unchanged = 0
    /// Set when the file was not a usable index and was replaced.
    public var notice: String?

    public init() {}
}
