import Browser
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The reading session of one corpus on disk, in `$XDG_STATE_HOME/crossread/` (default
/// `~/.local/state/crossread/`), one JSON file per corpus, named from its folders.
///
/// Each entry (an article's position, a mark, the pane, the selection, a search) carries the time
/// it last changed, and saving merges with what is on disk entry by entry, the newer winning, under
/// a lock, then writes a temporary file and renames it over the old one: two instances never leave
/// a half-written file, and neither loses what the other changed. A file that cannot be read as
/// ours is set aside with a message, never in the way of starting.
struct StateFile: Codable, Equatable {
    /// A value and when it was last set; `nil` values record a removal, so it wins a merge too.
    struct Stamped<Value: Codable & Equatable>: Codable, Equatable {
        var value: Value
        var time: Double
    }

    struct Selection: Codable, Equatable {
        var article: String
        var reading: Bool
    }

    static let formatName = "crossread reading state 1"

    var format = StateFile.formatName
    /// The corpus's folders or files, for a person reading the file.
    var corpus: [String] = []
    var positions: [String: Stamped<Int?>] = [:]
    var marks: [String: Stamped<ReadingSession.Place?>] = [:]
    var pane: Stamped<String?>?
    var selection: Stamped<Selection?>?
    /// Each search and when it was last typed.
    var searches: [String: Double] = [:]

    /// The session these entries make.
    var session: ReadingSession {
        var session = ReadingSession()
        for (id, stamped) in positions { if let position = stamped.value { session.positions[id] = position } }
        for (letter, stamped) in marks { if let place = stamped.value { session.marks[letter] = place } }
        session.pane = pane?.value
        session.selection = selection?.value?.article
        session.reading = selection?.value?.reading ?? false
        session.searches = searches.sorted { $0.value < $1.value || ($0.value == $1.value && $0.key < $1.key) }.map(\.key)
            .suffix(ReadingSession.searchLimit).map { $0 }
        return session
    }

    /// These entries with what changed from `before` to `after` stamped `now`.
    func recording(from before: ReadingSession, to after: ReadingSession, now: Double) -> StateFile {
        var file = self
        for id in Set(before.positions.keys).union(after.positions.keys) where before.positions[id] != after.positions[id] {
            file.positions[id] = Stamped(value: after.positions[id], time: now)
        }
        for letter in Set(before.marks.keys).union(after.marks.keys) where before.marks[letter] != after.marks[letter] {
            file.marks[letter] = Stamped(value: after.marks[letter], time: now)
        }
        if before.pane != after.pane { file.pane = Stamped(value: after.pane, time: now) }
        if before.selection != after.selection || before.reading != after.reading {
            file.selection = Stamped(value: after.selection.map { Selection(article: $0, reading: after.reading) }, time: now)
        }
        // Searches first typed this run, in order (typing one again does not move it).
        for (offset, search) in after.searches.filter({ !before.searches.contains($0) }).enumerated() {
            file.searches[search] = now + Double(offset) / 1000
        }
        if file.searches.count > ReadingSession.searchLimit {
            for (search, _) in file.searches.sorted(by: { $0.value < $1.value }).prefix(file.searches.count - ReadingSession.searchLimit) {
                file.searches[search] = nil
            }
        }
        return file
    }
}

/// Where a corpus's state file is, and reading and writing it.
struct StateStore {
    let path: String
    let corpus: [String]

    /// The state file for the corpus read from `paths` (none: the built-in corpus).
    static func forCorpus(_ paths: [String]) -> StateStore {
        let environment = ProcessInfo.processInfo.environment
        let base = environment["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.local/state")
        let absolute = paths.map { URL(fileURLWithPath: $0).standardizedFileURL.path }.sorted()
        let name = absolute.isEmpty ? "built-in" : "corpus-" + fnv1a(absolute.joined(separator: "\n"))
        return StateStore(path: base + "/crossread/" + name + ".json", corpus: absolute)
    }

    /// The stored entries; a file that is not ours, or damaged, is renamed aside and reported.
    func read(report: (String) -> Void) -> StateFile {
        guard let data = FileManager.default.contents(atPath: path) else { return StateFile(corpus: corpus) }
        if let file = try? JSONDecoder().decode(StateFile.self, from: data), file.format == StateFile.formatName { return file }
        let aside = path + ".damaged-\(Int(Date().timeIntervalSince1970))"
        if rename(path, aside) == 0 {
            report("the reading state \(path) could not be read; set aside as \(aside), starting afresh")
        } else {
            report("the reading state \(path) could not be read and not be set aside; starting afresh")
        }
        return StateFile(corpus: corpus)
    }

    /// Records what changed from `before` to `after`, merged with the file as it now is (another
    /// instance may have written it), under a lock, written to a temporary file and renamed.
    func save(from before: ReadingSession, to after: ReadingSession, now: Double = Date().timeIntervalSince1970,
              report: (String) -> Void) {
        guard before != after else { return }
        let directory = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            return report("cannot keep the reading state in \(directory): \(error.localizedDescription)")
        }
        let lock = open(path + ".lock", O_CREAT | O_RDWR | O_CLOEXEC, 0o600)
        if lock >= 0 { flock(lock, LOCK_EX) }
        defer {
            if lock >= 0 {
                flock(lock, LOCK_UN)
                close(lock)
            }
        }
        let current = read(report: report)
        let file = current.recording(from: before, to: after, now: now)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        let temporary = path + ".tmp-\(getpid())"
        do {
            try encoder.encode(file).write(to: URL(fileURLWithPath: temporary))
            guard rename(temporary, path) == 0 else { throw CocoaError(.fileWriteUnknown) }
        } catch {
            unlink(temporary)
            report("cannot write the reading state \(path): \(error.localizedDescription)")
        }
    }

    private static func fnv1a(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return String(hash, radix: 16)
    }
}
