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
        var candidates: [(path: String, relative: String, explicit: Bool)] = []
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
                candidates += found.files.map { ($0.path, prefix + $0.relative, false) }
            } else {
                let parent = ((path as NSString).standardizingPath as NSString).deletingLastPathComponent
                let folder = (parent as NSString).lastPathComponent
                let relative = (path as NSString).lastPathComponent
                candidates.append((path, folder.isEmpty || folder == "/" ? relative : "\(folder)/\(relative)", true))
            }
        }
        if ignored > 0 { warnings.append(LoadWarning(path: paths.joined(separator: ", "), reason: .otherExtensions(ignored))) }

        var loaded: [(relative: String, path: String, document: (String) -> Document)] = []
        var seen = Set<String>()
        // A file found twice (named, and under a folder also named) loads once.
        for candidate in candidates where seen.insert((candidate.path as NSString).standardizingPath).inserted {
            switch read(candidate.path) {
            case .failure(let reason):
                warnings.append(LoadWarning(path: candidate.path, reason: reason))
            case .success(let bytes):
                let ext = (candidate.path as NSString).pathExtension
                let format = candidate.explicit && DocumentParser.format(forExtension: ext) == nil
                    ? DocumentParser.sniffFormat(bytes) : (DocumentParser.format(forExtension: ext) ?? .plainText)
                let path = candidate.path
                loaded.append((candidate.relative, path, { id in
                    DocumentParser.parse(bytes: bytes, id: id, path: path, format: format)
                }))
            }
        }
        guard !loaded.isEmpty else {
            throw .noArticles(searched: paths, skipped: warnings)
        }
        let ids = DocumentIdentifiers.assign(loaded.map(\.relative), paths: loaded.map(\.path))
        let documents = zip(loaded, ids).map { $0.0.document($0.1) }
        return (DocumentStore(documents), warnings)
    }

    /// Reads a file, or says why it is not an article.
    func read(_ path: String) -> Result<[UInt8], LoadWarning.Reason> {
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try FileManager.default.attributesOfItem(atPath: path)
        } catch {
            return .failure(.unreadable(Self.describe(error)))
        }
        if let size = attributes[.size] as? Int, size > maximumFileSize { return .failure(.tooLarge(size: size, limit: maximumFileSize)) }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            return .failure(.unreadable(access(path, R_OK) == 0 ? "cannot be opened" : "permission denied"))
        }
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.readToEnd() ?? Data()
        } catch {
            return .failure(.unreadable(Self.describe(error)))
        }
        if data.count > maximumFileSize { return .failure(.tooLarge(size: data.count, limit: maximumFileSize)) }
        let bytes = [UInt8](data)
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { return .failure(.empty) }
        if !TextDecoding.hasUTF16ByteOrderMark(bytes), bytes.contains(0) { return .failure(.binary) }
        return .success(bytes)
    }

    private static func describe(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code))).lowercased()
        }
        if nsError.domain == NSCocoaErrorDomain, nsError.code == NSFileReadNoPermissionError { return "permission denied" }
        return nsError.localizedDescription
    }

    /// Article files under a folder, sorted by relative path, and how many other files were passed over.
    static func files(under root: String) -> (files: [(path: String, relative: String)], ignored: Int) {
        let rootURL = URL(fileURLWithPath: root)
        guard let enumerator = FileManager.default.enumerator(
            at: rootURL, includingPropertiesForKeys: [.isRegularFileKey, .isDirectoryKey],
            options: [.skipsHiddenFiles])
        else { return ([], 0) }
        var files: [(String, String)] = []
        var ignored = 0
        let prefix = rootURL.standardizedFileURL.path
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
            guard DocumentParser.format(forExtension: url.pathExtension) != nil else {
                ignored += 1
                continue
            }
            let full = url.standardizedFileURL.path
            var relative = full.hasPrefix(prefix) ? String(full.dropFirst(prefix.count)) : url.lastPathComponent
            if relative.hasPrefix("/") { relative.removeFirst() }
            files.append((root == "." ? relative : (root as NSString).appendingPathComponent(relative), relative))
        }
        files.sort { $0.1 < $1.1 }
        return (files, ignored)
    }
}

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
        func stem(_ path: String) -> String { ((path as NSString).lastPathComponent as NSString).deletingPathExtension }
        func withFolder(_ path: String) -> String { (path as NSString).deletingPathExtension }
        let paths = paths ?? relativePaths
        let levels: [(Int) -> String] = [
            { stem(relativePaths[$0]) }, { withFolder(relativePaths[$0]) }, { relativePaths[$0] }, { paths[$0] },
        ]
        var level = [Int](repeating: 0, count: relativePaths.count)
        var ids = relativePaths.indices.map { levels[0]($0) }
        // Each round moves every id that is still shared one level on.
        for _ in levels.indices {
            var counts: [String: Int] = [:]
            for id in ids { counts[id, default: 0] += 1 }
            var changed = false
            for index in ids.indices where counts[ids[index]]! > 1 && level[index] + 1 < levels.count {
                level[index] += 1
                ids[index] = levels[level[index]](index)
                changed = true
            }
            if !changed { break }
        }
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
