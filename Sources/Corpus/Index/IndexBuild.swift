import Extraction
import Foundation
import GRDB
import Synchronization

/// One document as an index file keeps it, without its texts.
struct IndexRow: Sendable {
    var id: Int64
    var path: String
    var size: Int
    /// Modification time in nanoseconds since 1970.
    var mtime: Int64
    var hash: Int64
    var format: DocumentFormat
    var encoding: SourceEncoding
    var metadata: Metadata
    var wordCount: Int
    /// `Document.standInTitle`: kept so that listing an untitled article reads none of its text.
    var standInTitle: String?
}

/// A document of the corpus as the index has it, with the relative path its id is made from.
struct IndexedDocument: Sendable {
    var relative: String
    var row: IndexRow
}

/// One opening of an index file: compares it with the files, reads what changed, writes it back.
struct IndexBuild {
    let database: DatabaseQueue
    let loader: CorpusLoader
    let facts: [StoredFactKind]
    let progress: ((IndexProgress) -> Void)?
    var update = IndexUpdate()
    var warnings: [LoadWarning] = []
    /// Rows of the search index written, rewritten or deleted by this opening.
    private(set) var touched: Set<Int64> = []

    /// What reading one file gave.
    private enum Prepared: Sendable {
        case failure(LoadWarning.Reason)
        /// The bytes hash as before: only the file's time changed.
        case sameBytes
        case parsed(Document, hash: Int64, layout: [UInt8], facts: [(String, [UInt8])])
    }

    init(database: DatabaseQueue, loader: CorpusLoader, facts: [StoredFactKind], progress: ((IndexProgress) -> Void)?) {
        self.database = database
        self.loader = loader
        self.facts = facts
        self.progress = progress
    }

    /// Drops every document of an index made under other cleaning rules (their texts would not be
    /// the texts shown now) and returns a notice saying so; `nil` when the rules are the same.
    static func forgetOtherCleaningRules(_ database: DatabaseQueue) throws -> String? {
        let cleaning = try database.read { try String.fetchOne($0, sql: "SELECT value FROM crossread_index WHERE key = 'cleaning'") }
        guard cleaning != DocumentParser.rulesVersion else { return nil }
        try database.write { db in
            try db.execute(sql: """
                DELETE FROM files; DELETE FROM texts; DELETE FROM facts; DELETE FROM reading;
                DELETE FROM crossread_index WHERE key = 'words';
                INSERT OR REPLACE INTO crossread_index (key, value) VALUES ('cleaning', ?);
                """, arguments: [DocumentParser.rulesVersion])
        }
        return "the index was made with other cleaning rules: every file is read again"
    }

    /// Brings the file up to date with `candidates` and gives the documents that load, in order.
    mutating func synchronize(_ candidates: [CorpusLoader.Candidate], known rows: [String: IndexRow]) throws -> [IndexedDocument] {
        var known = rows
        var documents = [IndexedDocument?](repeating: nil, count: candidates.count)
        var pending: [(position: Int, candidate: CorpusLoader.Candidate, known: IndexRow?)] = []
        for (position, candidate) in candidates.enumerated() {
            let row = known.removeValue(forKey: candidate.path)
            if let row, let stamp = candidate.stamp, stamp.size == row.size, stamp.mtime == row.mtime {
                documents[position] = IndexedDocument(relative: candidate.relative, row: row)
                update.unchanged += 1
            } else {
                pending.append((position, candidate, row))
            }
        }
        if !known.isEmpty {
            try database.write { db in
                try Self.markCommonWordsStale(db)
                for row in known.values { try Self.delete(row.id, db) }
            }
            touched.formUnion(known.values.map(\.id))
            update.removed += known.count
        }
        var done = 0
        for start in stride(from: 0, to: pending.count, by: CorpusIndex.batchSize) {
            let batch = Array(pending[start..<min(start + CorpusIndex.batchSize, pending.count)])
            let prepared = prepare(batch.map { ($0.candidate, $0.known?.hash) })
            try database.write { db in
                let changesRows = zip(batch, prepared).contains { item, result in
                    if case .parsed = result { return true }
                    if case .failure = result { return item.known != nil }
                    return false
                }
                if changesRows { try Self.markCommonWordsStale(db) }
                for (item, result) in zip(batch, prepared) {
                    let relative = item.candidate.relative
                    switch result {
                    case .failure(let reason):
                        warnings.append(LoadWarning(path: item.candidate.path, reason: reason))
                        if let row = item.known {
                            try Self.delete(row.id, db)
                            touched.insert(row.id)
                            update.removed += 1
                        }
                    case .sameBytes:
                        guard var row = item.known else { continue }
                        let stamp = Self.kept(item.candidate.stamp)
                        row.size = stamp.size
                        row.mtime = stamp.mtime
                        try db.execute(sql: "UPDATE files SET size = ?, mtime = ? WHERE id = ?", arguments: [row.size, row.mtime, row.id])
                        documents[item.position] = IndexedDocument(relative: relative, row: row)
                        update.unchanged += 1
                    case .parsed(let document, let hash, let layout, let facts):
                        let row = try Self.write(document, stamp: Self.kept(item.candidate.stamp), hash: hash, layout: layout,
                                                 facts: facts, replacing: item.known?.id, db)
                        documents[item.position] = IndexedDocument(relative: relative, row: row)
                        touched.insert(row.id)
                        if item.known == nil { update.added += 1 } else { update.changed += 1 }
                    }
                }
            }
            done += batch.count
            progress?(IndexProgress(done: done, total: pending.count, stage: "reading files"))
        }
        return documents.compactMap { $0 }
    }

    /// Extracts and keeps every kind of fact a document does not have yet (a kind added, or a
    /// new version of one), reading its texts back from the file.
    ///
    /// The file records which kinds every document has (`complete`), so a reopening that asks
    /// for those looks at no fact at all. Writing a document without a kind takes that kind off
    /// the record.
    mutating func addMissingFacts(_ documents: [IndexedDocument], source: IndexTextSource) throws {
        let names = facts.map(\.name)
        let recorded = try database.read { db in
            try String.fetchOne(db, sql: "SELECT value FROM crossread_index WHERE key = 'facts'")
        }
        var complete = Set((recorded ?? "").split(separator: ",").map(String.init))
        if update.added + update.changed > 0 { complete.formIntersection(names) }
        func record(_ kinds: Set<String>) throws {
            let value = kinds.sorted().joined(separator: ",")
            guard value != recorded else { return }
            try database.write { db in
                try db.execute(sql: "INSERT OR REPLACE INTO crossread_index (key, value) VALUES ('facts', ?)", arguments: [value])
            }
        }
        let asked = names.filter { !complete.contains($0) }
        try record(complete)
        guard !asked.isEmpty else { return }
        var missing: [(row: IndexRow, kinds: [StoredFactKind])] = []
        try database.write { db in
            // Facts of an older version of a kind asked for are dropped; other kinds are kept.
            for name in asked {
                let base = Self.baseName(name)
                try db.execute(sql: "DELETE FROM facts WHERE kind LIKE ? AND kind != ?", arguments: [base + "@%", name])
                complete = complete.filter { Self.baseName($0) != base }
            }
        }
        let kept = try database.read { db -> [String: Set<Int64>] in
            var kept: [String: Set<Int64>] = [:]
            for name in asked {
                kept[name] = Set(try Int64.fetchAll(db, sql: "SELECT file_id FROM facts WHERE kind = ?", arguments: [name]))
            }
            return kept
        }
        for document in documents {
            let kinds = facts.filter { asked.contains($0.name) && kept[$0.name]?.contains(document.row.id) != true }
            if !kinds.isEmpty { missing.append((document.row, kinds)) }
        }
        var done = 0
        for start in stride(from: 0, to: missing.count, by: CorpusIndex.batchSize) {
            let batch = Array(missing[start..<min(start + CorpusIndex.batchSize, missing.count)])
            let extracted = batch.concurrentMap { row, kinds in
                let document = Document(id: "", path: row.path, format: row.format, encoding: row.encoding,
                                        metadata: row.metadata, wordCount: row.wordCount, standInTitle: row.standInTitle,
                                        body: DocumentBody(source: source, row: row.id))
                return kinds.map { ($0.name, $0.extract(document)) }
            }
            try database.write { db in
                let insert = try db.cachedStatement(sql: "INSERT OR REPLACE INTO facts (file_id, kind, data) VALUES (?, ?, ?)")
                for (item, found) in zip(batch, extracted) {
                    for (name, bytes) in found { try insert.execute(arguments: [item.row.id, name, Data(bytes)]) }
                }
            }
            done += batch.count
            progress?(IndexProgress(done: done, total: missing.count, stage: "extracting facts"))
        }
        try record(complete.union(names))
    }

    /// Reads, hashes and parses files on every core; a file whose bytes hash to `knownHash` is not parsed.
    private func prepare(_ files: [(candidate: CorpusLoader.Candidate, knownHash: Int64?)]) -> [Prepared] {
        let loader = self.loader
        let facts = self.facts
        return files.concurrentMap { candidate, knownHash in
            switch loader.read(candidate.path) {
            case .failure(let reason):
                return .failure(reason)
            case .success(let bytes):
                let hash = CorpusIndex.contentHash(bytes)
                guard hash != knownHash else { return .sameBytes }
                let document = candidate.parse(bytes)
                return .parsed(document, hash: hash, layout: StoredLayout.encode(document.reading),
                               facts: facts.map { ($0.name, $0.extract(document)) })
            }
        }
    }

    /// The stamp to keep for a file: the one the folder walk took before the file was read, so
    /// a change made after the walk shows at the next opening. A file the walk could not look at
    /// gets one no file has, and is read again next time.
    private static func kept(_ stamp: FileStamp?) -> FileStamp { stamp ?? FileStamp(size: -1, mtime: 0) }

    private static func write(_ document: Document, stamp: FileStamp, hash: Int64, layout: [UInt8], facts: [(String, [UInt8])],
                              replacing existing: Int64?, _ db: Database) throws -> IndexRow
    {
        var row = IndexRow(id: existing ?? 0, path: document.path, size: stamp.size, mtime: stamp.mtime, hash: hash,
                           format: document.format, encoding: document.encoding, metadata: document.metadata,
                           wordCount: document.wordCount, standInTitle: document.standInTitle)
        let metadata = document.metadata
        let values: [(any DatabaseValueConvertible)?] = [
            row.path, row.size, row.mtime, row.hash, row.format.rawValue, row.encoding.rawValue,
            metadata.title, metadata.author, metadata.published?.iso, metadata.outlet, metadata.place, row.wordCount,
            row.standInTitle,
        ]
        if let existing {
            try delete(existing, db, keepingFile: true)
            try db.cachedStatement(sql: """
                UPDATE files SET path = ?, size = ?, mtime = ?, hash = ?, format = ?, encoding = ?, title = ?,
                    author = ?, published = ?, outlet = ?, place = ?, word_count = ?, stand_in_title = ? WHERE id = ?
                """).execute(arguments: StatementArguments(values + [existing]))
        } else {
            try db.cachedStatement(sql: """
                INSERT INTO files (path, size, mtime, hash, format, encoding, title, author, published, outlet, place,
                                   word_count, stand_in_title)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: StatementArguments(values))
            row.id = db.lastInsertedRowID
        }
        try db.cachedStatement(sql: "INSERT INTO texts (file_id, original, layout) VALUES (?, ?, ?)")
            .execute(arguments: [row.id, document.original, Data(layout)])
        try db.cachedStatement(sql: "INSERT INTO reading (rowid, text) VALUES (?, ?)")
            .execute(arguments: [row.id, document.reading.text])
        let insertFacts = try db.cachedStatement(sql: "INSERT INTO facts (file_id, kind, data) VALUES (?, ?, ?)")
        for (name, bytes) in facts { try insertFacts.execute(arguments: [row.id, name, Data(bytes)]) }
        return row
    }

    private static func delete(_ id: Int64, _ db: Database, keepingFile: Bool = false) throws {
        if !keepingFile { try db.cachedStatement(sql: "DELETE FROM files WHERE id = ?").execute(arguments: [id]) }
        try db.cachedStatement(sql: "DELETE FROM texts WHERE file_id = ?").execute(arguments: [id])
        try db.cachedStatement(sql: "DELETE FROM reading WHERE rowid = ?").execute(arguments: [id])
        try db.cachedStatement(sql: "DELETE FROM facts WHERE file_id = ?").execute(arguments: [id])
    }

    /// Takes the common words' lists off the record, in every transaction that changes a row
    /// (once, before the first), so lists an interrupted update left behind are made again, never
    /// trusted (`CommonWordsUpkeep`).
    private static func markCommonWordsStale(_ db: Database) throws {
        try db.cachedStatement(sql: "DELETE FROM crossread_index WHERE key = 'words'").execute()
    }

    /// Every file the index holds, by path.
    static func knownRows(_ database: DatabaseQueue) throws -> [String: IndexRow] {
        try database.read { db in
            var rows: [String: IndexRow] = [:]
            rows.reserveCapacity(try Int.fetchOne(db, sql: "SELECT count(*) FROM files") ?? 0)
            let cursor = try Row.fetchCursor(db, sql: """
                SELECT id, path, size, mtime, hash, format, encoding, title, author, published, outlet, place, word_count,
                       stand_in_title
                FROM files
                """)
            while let row = try cursor.next() {
                let path: String = row[1]
                let published: String? = row[9]
                rows[path] = IndexRow(
                    id: row[0], path: path, size: row[2], mtime: row[3], hash: row[4],
                    format: DocumentFormat(rawValue: row[5]) ?? .plainText, encoding: SourceEncoding(rawValue: row[6]) ?? .utf8,
                    metadata: Metadata(title: row[7], author: row[8], published: published.flatMap(PartialDate.init(iso:)),
                                       outlet: row[10], place: row[11]),
                    wordCount: row[12], standInTitle: row[13])
            }
            return rows
        }
    }

    /// "figures" of "figures@2".
    static func baseName(_ name: String) -> String {
        name.firstIndex(of: "@").map { String(name[..<$0]) } ?? name
    }
}

/// Reads documents' texts and facts back from an index file, for `DocumentBody`.
///
/// Facts are read through a connection of their own that reads pages with a copy rather than
/// through the memory map: the Figures and Timeline panes read every document's facts once, and
/// on 100,000 articles the mapped pages they touched (a gigabyte, the whole map) stayed in the
/// process's resident memory beside the panes themselves.
final class IndexTextSource: DocumentTextSource {
    let database: DatabaseQueue
    let file: String
    private let factsDatabase = Mutex<DatabaseQueue?>(nil)

    init(database: DatabaseQueue, file: String) {
        self.database = database
        self.file = file
    }

    func texts(row: Int64) -> DocumentBody.Texts {
        let texts = try? database.read { db -> DocumentBody.Texts? in
            guard let stored = try Row.fetchOne(db.cachedStatement(sql: "SELECT original, layout FROM texts WHERE file_id = ?"),
                                                arguments: [row]),
                  let text = try String.fetchOne(db.cachedStatement(sql: "SELECT text FROM reading WHERE rowid = ?"), arguments: [row])
            else { return nil }
            let layout: Data = stored[1]
            guard let reading = StoredLayout.decode([UInt8](layout), text: text) else { return nil }
            return DocumentBody.Texts(original: stored[0], reading: reading)
        }
        if let texts { return texts }
        let notice = "This article could not be read back from the index \(file). Open the corpus again to rebuild it."
        return DocumentBody.Texts(original: notice, reading: ReadingText.raw(notice))
    }

    func facts(_ kind: String, row: Int64) -> [UInt8]? {
        let data = try? factsConnection().read { db in
            try Data.fetchOne(db.cachedStatement(sql: "SELECT data FROM facts WHERE file_id = ? AND kind = ?"), arguments: [row, kind])
        }
        return data.flatMap { $0 }.map { [UInt8]($0) }
    }

    /// The read-only connection for facts, opened on first use (the main one if it cannot be).
    private func factsConnection() -> DatabaseQueue {
        factsDatabase.withLock { connection in
            if let connection { return connection }
            var configuration = Configuration()
            configuration.label = "crossread.index.facts"
            configuration.readonly = true
            configuration.busyMode = .timeout(5)
            configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA mmap_size = 0") }
            let opened = (try? DatabaseQueue(path: file, configuration: configuration)) ?? database
            connection = opened
            return opened
        }
    }
}
