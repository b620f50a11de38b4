import Dispatch
import Extraction
import Foundation
import GRDB
import Synchronization

/// A corpus kept in a SQLite file: every document parsed (metadata, original and reading text,
/// the map between them), its full-text index and the facts extracted from it, brought up to date
/// with the files each time it is opened.
///
/// A file whose size and modification time are unchanged is not read; otherwise its bytes' hash
/// decides whether it is parsed again. Added files are parsed, deleted ones dropped. The store it
/// gives holds each document's metadata only: texts are read from the file when a document is
/// opened, and stored facts when a pane asks for them (`Document.storedFacts`), so reopening a
/// corpus of 100,000 articles reads no article.
///
/// A file that is not a Crossread index of this version, or is damaged, is never trusted: it is
/// moved aside to `FILE.unreadable` and a new index is built; `update.notice` says so.
///
///     let opened = try CorpusIndex.open(paths: ["articles"], file: "articles.crossread")
///     opened.store.count; try opened.search.search(SearchQuery("ceasefire"))
public enum CorpusIndex {
    /// What `open` gives: the store, its search index, and what changed since the last time.
    public struct Opened: Sendable {
        public let store: DocumentStore
        public let search: SearchIndex
        public let update: IndexUpdate
        /// Files passed over (empty, binary, unreadable, ...), one each.
        public let warnings: [LoadWarning]
    }

    static let format = "crossread-index"
    /// The layout of the tables. Version 1 kept the search index only; version 3 added the
    /// dateline's place; version 4 the stand-in title of an untitled article.
    static let version = "4"
    /// Files are parsed, hashed and have their facts extracted this many at a time, on every
    /// core, then written in one transaction.
    static let batchSize = 256

    /// Opens the index at `file` for the articles under `paths` (as `CorpusLoader` finds them),
    /// creating it or bringing it up to date. `facts` are extracted from every new or changed
    /// document and kept; a kind not yet kept for a document is added. `progress` is called from
    /// the calling thread as files are read.
    public static func open(paths: [String], file: String, loader: CorpusLoader = CorpusLoader(),
                            facts: [StoredFactKind] = [],
                            progress: ((IndexProgress) -> Void)? = nil) throws(CorpusIndexError) -> Opened
    {
        try open(paths: paths, file: file, loader: loader, facts: facts, commonWords: .standard, progress: progress)
    }

    /// `open`, with lists for the words `commonWords` picks.
    static func open(paths: [String], file: String, loader: CorpusLoader = CorpusLoader(), facts: [StoredFactKind] = [],
                     commonWords: CommonWordsPolicy, progress: ((IndexProgress) -> Void)? = nil) throws(CorpusIndexError) -> Opened
    {
        // A corpus that is not there is the loader's error, before any index file is made.
        for path in paths where !FileManager.default.fileExists(atPath: path) { throw .corpus(.missingPath(path)) }
        let (database, notice) = try database(at: file)
        // The folder walk (a stat per file) and reading the index's rows (SQLite) take about as
        // long each on a large corpus, and need nothing of each other: one runs on another core.
        let rows = Mutex<Result<[String: IndexRow], any Error>?>(nil)
        let reading = DispatchGroup()
        DispatchQueue.global().async(group: reading) {
            let read = Result { try IndexBuild.knownRows(database) }
            rows.withLock { $0 = read }
        }
        let candidates: [CorpusLoader.Candidate], listingWarnings: [LoadWarning]
        do {
            (candidates, listingWarnings) = try loader.candidates(paths: paths)
        } catch {
            reading.wait()
            throw .corpus(error)
        }
        reading.wait()
        do {
            let known = try rows.withLock { $0 }!.get()
            return try open(database, file: file, notice: notice, candidates: candidates, known: known, warnings: listingWarnings,
                            paths: paths, loader: loader, facts: facts, commonWords: commonWords, progress: progress)
        } catch let error as DatabaseError where [.SQLITE_CORRUPT, .SQLITE_NOTADB].contains(error.resultCode) {
            // Damage the first look did not see (it reads a few pages, not gigabytes): start again.
            try? database.close()
            let (fresh, notice) = try replace(file, configuration: configuration)
            do {
                return try open(fresh, file: file, notice: notice, candidates: candidates, known: IndexBuild.knownRows(fresh),
                                warnings: listingWarnings, paths: paths, loader: loader, facts: facts, commonWords: commonWords, progress: progress)
            } catch let error as CorpusIndexError {
                throw error
            } catch {
                throw .unusable(file)
            }
        } catch let error as CorpusIndexError {
            throw error
        } catch {
            throw .unusable(file)
        }
    }

    private static func open(_ database: DatabaseQueue, file: String, notice: String?, candidates: [CorpusLoader.Candidate],
                             known: [String: IndexRow], warnings listingWarnings: [LoadWarning], paths: [String], loader: CorpusLoader,
                             facts: [StoredFactKind], commonWords policy: CommonWordsPolicy,
                             progress: ((IndexProgress) -> Void)?) throws -> Opened
    {
        let source = IndexTextSource(database: database, file: file)
        let commonWords = try CommonWordsUpkeep.recorded(database)
        var build = IndexBuild(database: database, loader: loader, facts: facts, progress: progress)
        build.update.notice = notice
        let documents = try build.synchronize(candidates, known: known)
        var warnings = listingWarnings + build.warnings
        guard !documents.isEmpty else { throw CorpusIndexError.corpus(.noArticles(searched: paths, skipped: warnings)) }
        try build.addMissingFacts(documents, source: source)
        let ids = DocumentIdentifiers.assign(documents.map(\.relative), paths: documents.map(\.row.path))
        let store = DocumentStore(zip(documents, ids).map { document, id in
            Document(id: id, path: document.row.path, format: document.row.format, encoding: document.row.encoding,
                     metadata: document.row.metadata, wordCount: document.row.wordCount, standInTitle: document.row.standInTitle,
                     body: DocumentBody(source: source, row: document.row.id))
        })
        var positions: [Int64: Int] = [:]
        positions.reserveCapacity(documents.count)
        for (position, document) in documents.enumerated() { positions[document.row.id] = position }
        warnings.sort { $0.path < $1.path }
        let search = SearchIndex(database: database, store: store, positions: positions)
        let upkeep = CommonWordsUpkeep(recorded: commonWords, rows: documents.count, touched: build.touched, policy: policy)
        var update = build.update
        update.commonWords = try upkeep.bringUpToDate(search, database: database, progress: progress)
        return Opened(store: store.attaching(search), search: search, update: update, warnings: warnings)
    }

    private static var configuration: Configuration {
        var configuration = Configuration()
        configuration.label = "crossread.index"
        // Reading pages through a memory map spares a copy per page on a file of gigabytes.
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA mmap_size = 1073741824") }
        return configuration
    }

    /// The open database at `path`, made if there is none; a file that is not a sound index of
    /// this version is moved aside first.
    private static func database(at path: String) throws(CorpusIndexError) -> (DatabaseQueue, String?) {
        var isFolder: ObjCBool = false
        do {
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return (try create(path, configuration), nil) }
            guard !isFolder.boolValue else { throw CorpusIndexError.unusable(path) }
            if let existing = try? DatabaseQueue(path: path, configuration: configuration), isCrossreadIndex(existing, path: path) {
                return (existing, try IndexBuild.forgetOtherCleaningRules(existing))
            }
        } catch {
            throw .unusable(path)
        }
        return try replace(path, configuration: configuration)
    }

    /// Moves the file at `path` aside to `PATH.unreadable` and makes a new index there.
    private static func replace(_ path: String, configuration: Configuration) throws(CorpusIndexError) -> (DatabaseQueue, String?) {
        do {
            let aside = path + ".unreadable"
            try? FileManager.default.removeItem(atPath: aside)
            try FileManager.default.moveItem(atPath: path, toPath: aside)
            return (try create(path, configuration),
                    "\(path) is not a Crossread index of this version, or is damaged: moved it to \(aside) and built a new one")
        } catch {
            throw .unusable(path)
        }
    }

    /// Whether the file holds this program's index, in this version, whole. A full integrity
    /// check would read every page (gigabytes for a large corpus) on every start, so this looks
    /// at the tables and at the file's length against the page count its header states; damage
    /// inside is met as SQLite reports it, and the file is then rebuilt (`open`).
    private static func isCrossreadIndex(_ database: DatabaseQueue, path: String) -> Bool {
        let verdict = try? database.read { db -> Bool in
            for table in ["crossread_index", "files", "texts", "facts", "reading"] where try !db.tableExists(table) { return false }
            let format = try String.fetchOne(db, sql: "SELECT value FROM crossread_index WHERE key = 'format'")
            let version = try String.fetchOne(db, sql: "SELECT value FROM crossread_index WHERE key = 'version'")
            guard format == Self.format, version == Self.version else { return false }
            let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            let pageSize = try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 0
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
            return size == pages * pageSize
        }
        return verdict ?? false
    }

    private static func create(_ path: String, _ configuration: Configuration) throws -> DatabaseQueue {
        let database = try DatabaseQueue(path: path, configuration: configuration)
        try database.write { db in
            try db.execute(sql: """
                CREATE TABLE crossread_index (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                CREATE TABLE files (
                    id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE,
                    size INTEGER NOT NULL, mtime INTEGER NOT NULL, hash INTEGER NOT NULL,
                    format TEXT NOT NULL, encoding TEXT NOT NULL, title TEXT, author TEXT, published TEXT,
                    outlet TEXT, place TEXT, word_count INTEGER NOT NULL, stand_in_title TEXT);
                CREATE TABLE texts (file_id INTEGER PRIMARY KEY, original TEXT NOT NULL, layout BLOB NOT NULL);
                CREATE TABLE facts (file_id INTEGER NOT NULL, kind TEXT NOT NULL, data BLOB NOT NULL,
                                    PRIMARY KEY (file_id, kind));
                """)
            try db.execute(sql: SearchIndex.createReadingTable)
            try db.execute(sql: "INSERT INTO crossread_index (key, value) VALUES ('format', ?), ('version', ?), ('cleaning', ?)",
                           arguments: [format, version, DocumentParser.rulesVersion])
        }
        return database
    }

    /// FNV-1a, 64 bits: stable across runs (Swift's `Hasher` is not).
    static func contentHash(_ bytes: [UInt8]) -> Int64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return Int64(bitPattern: hash)
    }
}

/// Facts of one kind that an index file keeps per document, made by a module that knows them
/// (Comparison keeps figures and dates) and read back with `Document.storedFacts(name)`.
///
/// The name carries a version ("figures@1"): a document whose facts were kept under another
/// name gets them extracted again, so facts from older extraction rules are never shown.
public struct StoredFactKind: Sendable {
    public let name: String
    public let extract: @Sendable (Document) -> [UInt8]

    public init(name: String, extract: @escaping @Sendable (Document) -> [UInt8]) {
        self.name = name
        self.extract = extract
    }
}

/// How far the building of an index has come: files read of those that need reading.
public struct IndexProgress: Sendable, Hashable {
    public var done: Int
    public var total: Int
    /// What is being done ("reading files", "extracting facts").
    public var stage: String
}

/// How an index file was brought up to date with the corpus.
public struct IndexUpdate: Sendable, Hashable {
    public var added = 0
    public var changed = 0
    public var removed = 0
    public var unchanged = 0
    /// Set when the file was not a usable index and was replaced, or was rebuilt for new rules.
    public var notice: String?
    /// What keeping the common words' lists took.
    var commonWords: CommonWordsUpkeep.Work = .none

    public init() {}
}

/// Why an index could not be opened.
public enum CorpusIndexError: Error, Equatable, CustomStringConvertible {
    case corpus(CorpusError)
    /// The file can be neither opened nor written (a folder, no permission, a full disk).
    case unusable(String)

    public var description: String {
        switch self {
        case .corpus(let error): error.description
        case .unusable(let path): "the index \(path) can be neither opened nor written"
        }
    }
}
