import Foundation

/// Loads articles from folders and files into a `DocumentStore`.
///
/// Folders are searched recursively for `.txt`, `.md` and `.html` files (hidden files and folders
/// are passed over); a file named explicitly is read whatever its extension. Files that cannot be
/// articles are skipped, each with a `LoadWarning`, and the rest loads.
public struct CorpusLoader: Sendable {
    /// Files larger than this are skipped as too large.
    public var maximumFileSize: Int = 50 * 1024 * 1024

    public init() {}

    /// Loads every article under `paths`. Throws when a path does not exist or nothing loads.
    public func load(paths: [String]) throws(CorpusError) -> (store: DocumentStore, warnings: [LoadWarning]) {
        let (candidates, listingWarnings) = try self.candidates(paths: paths)
        var warnings = listingWarnings
        // Files are read and parsed on every core; each file's bytes are freed once it is parsed.
        // The id is given when every file is known.
        let results = candidates.concurrentMap { candidate in read(candidate.path).map(candidate.parse) }
        var parsed: [(relative: String, document: Document)] = []
        parsed.reserveCapacity(candidates.count)
        for (candidate, result) in zip(candidates, results) {
            switch result {
            case .failure(let reason): warnings.append(LoadWarning(path: candidate.path, reason: reason))
            case .success(let document): parsed.append((candidate.relative, document))
            }
        }
        guard !parsed.isEmpty else {
            throw .noArticles(searched: paths, skipped: warnings)
        }
        let ids = DocumentIdentifiers.assign(parsed.map(\.relative), paths: parsed.map(\.document.path))
        let documents = zip(parsed, ids).map { $0.0.document.with(id: $0.1) }
        return (DocumentStore(documents), warnings)
    }

    /// A file to load: where it is, its path relative to the folder it was found in (which ids
    /// are made from), and whether it was named itself rather than found in a folder.
    struct Candidate: Sendable {
        var path: String
        var relative: String
        var explicit: Bool
        /// Size and modification time (nanoseconds) when the folder walk looked at the file.
        var stamp: FileStamp?

        /// The format its extension says; a file named itself with another extension is sniffed.
        func format(of bytes: [UInt8]) -> DocumentFormat {
            let known = DocumentParser.format(forExtension: DocumentParser.pathExtension(of: path))
            return explicit && known == nil ? DocumentParser.sniffFormat(bytes) : (known ?? .plainText)
        }

        /// The file's bytes parsed in its format, without an id yet (ids need every file known).
        func parse(_ bytes: [UInt8]) -> Document {
            DocumentParser.parse(bytes: bytes, id: "", path: path, format: format(of: bytes))
        }
    }

    /// Every file `paths` names or holds, in order, each once, and a warning for files passed over
    /// for their extension. Throws when a path does not exist.
    func candidates(paths: [String]) throws(CorpusError) -> ([Candidate], [LoadWarning]) {
        var candidates: [Candidate] = []
        var warnings: [LoadWarning] = []
        var ignored = 0
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw .missingPath(path)
            }
            // With several paths, a folder's name leads its files' relative paths, so that ids of
            // files found under different folders can be told apart.
            let prefix = paths.count > 1 ? (path as NSString).standardizingPath.split(separator: "/").last.map { "\($0)/" } ?? "" : ""
            if isDirectory.boolValue {
                let found = Self.files(under: path)
                ignored += found.ignored
                candidates += found.files.map { Candidate(path: $0.path, relative: prefix + $0.relative, explicit: false, stamp: $0.stamp) }
            } else {
                let parent = ((path as NSString).standardizingPath as NSString).deletingLastPathComponent
                let folder = (parent as NSString).lastPathComponent
                let relative = (path as NSString).lastPathComponent
                candidates.append(Candidate(path: path, relative: folder.isEmpty || folder == "/" ? relative : "\(folder)/\(relative)",
                                            explicit: true, stamp: FileStamp(path: path)))
            }
        }
        if ignored > 0 { warnings.append(LoadWarning(path: paths.joined(separator: ", "), reason: .otherExtensions(ignored))) }
        // A file found twice (named, and under a folder also named) loads once.
        if paths.count > 1 {
            var seen = Set<String>()
            candidates = candidates.filter { seen.insert(($0.path as NSString).standardizingPath).inserted }
        }
        return (candidates, warnings)
    }

    /// Reads a file, or says why it is not an article.
    func read(_ path: String) -> Result<[UInt8], LoadWarning.Reason> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(.unreadable(Self.describe(errno: errno))) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(.unreadable(Self.describe(errno: errno))) }
        let size = Int(status.st_size)
        if size > maximumFileSize { return .failure(.tooLarge(size: size, limit: maximumFileSize)) }

        // One byte more than the size, so that the end of the file is seen without a second buffer.
        var bytes = [UInt8](repeating: 0, count: max(size, 0) + 1)
        var count = 0
        while true {
            if count == bytes.count {
                if count > maximumFileSize { return .failure(.tooLarge(size: count, limit: maximumFileSize)) }
                bytes.append(contentsOf: repeatElement(0, count: max(4096, count)))
            }
            let result = bytes.withUnsafeMutableBufferPointer { buffer in
                Foundation.read(descriptor, buffer.baseAddress! + count, buffer.count - count)
            }
            if result < 0 {
                if errno == EINTR { continue }
                return .failure(.unreadable(Self.describe(errno: errno)))
            }
            if result == 0 { break }
            count += result
        }
        if count > maximumFileSize { return .failure(.tooLarge(size: count, limit: maximumFileSize)) }
        bytes.removeSubrange(count...)
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { return .failure(.empty) }
        if !TextDecoding.hasUTF16ByteOrderMark(bytes), bytes.contains(0) { return .failure(.binary) }
        return .success(bytes)
    }

    private static func describe(errno code: Int32) -> String {
        String(cString: strerror(code)).lowercased()
    }

    /// Article files under a folder, sorted by relative path, and how many other files were passed
    /// over. Hidden files and folders are skipped; links to files are read, links to folders are
    /// not followed (so a link cannot make the walk loop).
    static func files(under root: String) -> (files: [(path: String, relative: String, stamp: FileStamp?)], ignored: Int) {
        var files: [(path: String, relative: String, stamp: FileStamp?)] = []
        var ignored = 0
        var base = root
        while base.count > 1, base.hasSuffix("/") { base.removeLast() }
        var folders: [String] = [""]
        while let relativeFolder = folders.popLast() {
            let folder = relativeFolder.isEmpty ? base : base + "/" + relativeFolder
            guard let directory = opendir(folder) else { continue }
            defer { closedir(directory) }
            let descriptor = dirfd(directory)
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
                }
                guard !name.hasPrefix(".") else { continue }
                let kind = entry.pointee.d_type
                if kind == directoryEntryFolder {
                    folders.append(relativeFolder.isEmpty ? name : relativeFolder + "/" + name)
                    continue
                }
                guard kind == directoryEntryRegular || kind == directoryEntryUnknown || kind == directoryEntryLink else { continue }
                // Looked at through the folder's descriptor, so no path is walked again; a link
                // is followed to what it names.
                var status = stat()
                var looked = false
                if kind != directoryEntryRegular {
                    guard fstatat(descriptor, name, &status, 0) == 0 else { continue }
                    looked = true
                    let format = status.st_mode & S_IFMT
                    if format == S_IFDIR && kind == directoryEntryUnknown {
                        folders.append(relativeFolder.isEmpty ? name : relativeFolder + "/" + name)
                        continue
                    }
                    guard format == S_IFREG else { continue }
                }
                guard DocumentParser.format(forExtension: DocumentParser.pathExtension(of: name)) != nil else {
                    ignored += 1
                    continue
                }
                if !looked { looked = fstatat(descriptor, name, &status, 0) == 0 }
                let relative = relativeFolder.isEmpty ? name : relativeFolder + "/" + name
                let path = (base == "/" ? "" : base) + "/" + relative
                files.append((root == "." ? relative : path, relative, looked ? FileStamp(status) : nil))
            }
        }
        files.sort { $0.relative < $1.relative }
        return (files, ignored)
    }
}

/// A file's size and modification time, which tell an index file whether to read it again.
struct FileStamp: Hashable, Sendable {
    var size: Int
    /// Nanoseconds since 1970.
    var mtime: Int64

    init(_ status: stat) {
        size = Int(status.st_size)
        mtime = Int64(status.st_mtim.tv_sec) * 1_000_000_000 + Int64(status.st_mtim.tv_nsec)
    }

    init(size: Int, mtime: Int64) {
        self.size = size
        self.mtime = mtime
    }

    /// The stamp of the file at `path` now (following links), or `nil` when it cannot be looked at.
    init?(path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        self.init(status)
    }
}

// `d_type` values of readdir(3).
private let directoryEntryUnknown: UInt8 = 0
private let directoryEntryFolder: UInt8 = 4
private let directoryEntryRegular: UInt8 = 8
private let directoryEntryLink: UInt8 = 10

/// Why a corpus could not be opened at all.
public enum CorpusError: Error, Equatable, CustomStringConvertible {
    case missingPath(String)
    /// Nothing loaded from `searched`; `skipped` says what was found there and passed over, and why.
    case noArticles(searched: [String], skipped: [LoadWarning] = [])

    public var description: String {
        switch self {
        case .missingPath(let path): "no such file or folder: \(path)"
        case .noArticles(let searched, _):
            "no articles found in \(searched.joined(separator: ", ")) (looked for .txt, .md and .html files)"
        }
    }
}

/// A file that was skipped, and why.
public struct LoadWarning: Hashable, Sendable, CustomStringConvertible {
    public enum Reason: Hashable, Sendable, Error {
        case empty
        case binary
        case tooLarge(size: Int, limit: Int)
        case unreadable(String)
        case otherExtensions(Int)
    }

    public var path: String
    public var reason: Reason

    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    public var description: String {
        let safePath = TerminalSafe.sanitize(path)
        switch reason {
        case .empty: return "skipped \(safePath): empty file"
        case .binary: return "skipped \(safePath): binary file (contains NUL bytes)"
        case .tooLarge(let size, let limit): return "skipped \(safePath): too large (\(Self.describe(size: size, limit: limit)))"
        case .unreadable(let why): return "skipped \(safePath): unreadable (\(why))"
        case .otherExtensions(let count):
            return "ignored \(count) file\(count == 1 ? "" : "s") in \(safePath) that \(count == 1 ? "is" : "are") not .txt, .md or .html"
        }
    }

    /// "60.0 MB; the limit is 50.0 MB", or in bytes when the limit is under a megabyte.
    private static func describe(size: Int, limit: Int) -> String {
        guard limit >= 1_048_576 else { return "\(size) bytes; the limit is \(limit) bytes" }
        func megabytes(_ bytes: Int) -> String { String(format: "%.1f MB", Double(bytes) / 1_048_576) }
        return "\(megabytes(size)); the limit is \(megabytes(limit))"
    }
}

/// Document ids: the file name without extension, made unique with its relative folder, then its
/// extension, then the path it was found at, when two files would share one; a number is added
/// as a last resort (the same file named twice).
enum DocumentIdentifiers {
    static func assign(_ relativePaths: [String], paths: [String]? = nil) -> [String] {
        // Byte work, not NSString or Characters: this runs at every start-up, for every file.
        func withFolder(_ path: String) -> String {
            let utf8 = path.utf8
            let name = utf8.lastIndex(of: UInt8(ascii: "/")).map { utf8.index(after: $0) } ?? utf8.startIndex
            guard let dot = utf8[name...].lastIndex(of: UInt8(ascii: ".")), dot > name else { return path }
            return String(Substring(utf8[..<dot]))
        }
        func stem(_ path: String) -> String {
            let utf8 = path.utf8
            let name = utf8.lastIndex(of: UInt8(ascii: "/")).map { utf8.index(after: $0) } ?? utf8.startIndex
            let end = utf8[name...].lastIndex(of: UInt8(ascii: ".")).flatMap { $0 > name ? $0 : nil } ?? utf8.endIndex
            return String(Substring(utf8[name..<end]))
        }
        let paths = paths ?? relativePaths
        let levels: [(Int) -> String] = [
            { stem(relativePaths[$0]) }, { withFolder(relativePaths[$0]) }, { relativePaths[$0] }, { paths[$0] },
        ]
        var level = [Int](repeating: 0, count: relativePaths.count)
        var ids = relativePaths.indices.map { levels[0]($0) }
        // Each round moves every id that is still shared one level on.
        var shared = false
        for _ in levels.indices {
            var counts: [String: Int] = [:]
            counts.reserveCapacity(ids.count)
            for id in ids { counts[id, default: 0] += 1 }
            guard counts.count < ids.count else { break }
            shared = true
            var changed = false
            for index in ids.indices where counts[ids[index]]! > 1 && level[index] + 1 < levels.count {
                level[index] += 1
                ids[index] = levels[level[index]](index)
                changed = true
            }
            if !changed { break }
        }
        // Ids that were never shared are unique already (the usual case, and the fast one).
        guard shared else { return ids }
        var taken = Set<String>()
        for index in ids.indices {
            var id = ids[index]
            var number = 2
            while taken.contains(id) {
                id = "\(ids[index])#\(number)"
                number += 1
            }
            ids[index] = id
            taken.insert(id)
        }
        return ids
    }
}
