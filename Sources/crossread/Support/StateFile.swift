import Browser
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The reading session of one corpus on disk, in `$XDG_STATE_HOME/crossread/` (default
/// `~/.local/state/crossread/`), one file per corpus, named from its folders.
///
/// The file is lines of tab-separated fields (`position TIME ID BYTE`, `read TIME ID 0|1`, `mark TIME LETTER ID BYTE`,
/// `pane TIME TITLE`, `selection TIME ID 0|1`, `place TIME PANE PLACE`, `search TIME TEXT`, a line without its value
/// recording a removal) under a first line naming the format: read by hand, because decoding
/// JSON with Foundation cost start-up more than 2 ms.
///
/// Each entry (an article's position, a mark, the pane, the selection, a search) carries the time
/// it last changed, and saving merges with what is on disk entry by entry, the newer winning, under
/// a lock, then writes a temporary file and renames it over the old one: two instances never leave
/// a half-written file, and neither loses what the other changed. A file that cannot be read as
/// ours is set aside with a message, never in the way of starting.
struct StateFile: Equatable {
    /// A value and when it was last set; `nil` values record a removal, so it wins a merge too.
    ///
    /// Equatable only where the value is (not a requirement of the type): a requirement is
    /// checked by the runtime the first time each `Stamped<Value>` is made, a search through every
    /// conformance in the program, which cost start-up about 0.07 ms per kind of value.
    struct Stamped<Value> {
        var value: Value
        var time: Double
    }

    struct Selection: Equatable {
        var article: String
        var reading: Bool
    }

    static let formatName = "crossread reading state 1"

    /// The corpus's folders or files, for a person reading the file.
    var corpus: [String] = []
    var positions: [String: Stamped<Int?>] = [:]
    /// Read (true) or unread again (false), by article id.
    var read: [String: Stamped<Bool>] = [:]
    var marks: [String: Stamped<ReadingSession.Place?>] = [:]
    var pane: Stamped<String?>?
    var selection: Stamped<Selection?>?
    /// Each pane's own place (`ReadingSession.panePlaces`), by pane title.
    var places: [String: Stamped<String?>] = [:]
    /// Each search and when it was last typed.
    var searches: [String: Double] = [:]

    /// The session these entries make.
    var session: ReadingSession {
        var session = ReadingSession()
        for (id, stamped) in positions { if let position = stamped.value { session.positions[id] = position } }
        for (letter, stamped) in marks { if let place = stamped.value { session.marks[letter] = place } }
        session.read = Set(read.filter(\.value.value).keys)
        session.pane = pane?.value
        session.selection = selection?.value?.article
        session.reading = selection?.value?.reading ?? false
        for (title, stamped) in places { if let place = stamped.value { session.panePlaces[title] = place } }
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
        for id in before.read.symmetricDifference(after.read) { file.read[id] = Stamped(value: after.read.contains(id), time: now) }
        if before.pane != after.pane { file.pane = Stamped(value: after.pane, time: now) }
        if before.selection != after.selection || before.reading != after.reading {
            file.selection = Stamped(value: after.selection.map { Selection(article: $0, reading: after.reading) }, time: now)
        }
        for title in Set(before.panePlaces.keys).union(after.panePlaces.keys) where before.panePlaces[title] != after.panePlaces[title] {
            file.places[title] = Stamped(value: after.panePlaces[title], time: now)
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
        let base = Environment.value("XDG_STATE_HOME") ?? ((Environment.value("HOME") ?? NSHomeDirectory()) + "/.local/state")
        let absolute = paths.map { URL(fileURLWithPath: $0).standardizedFileURL.path }.sorted()
        let name = absolute.isEmpty ? "built-in" : "corpus-" + fnv1a(absolute.joined(separator: "\n"))
        return StateStore(path: base + "/crossread/" + name + ".state", corpus: absolute)
    }

    /// The stored entries; a file that is not ours, or damaged, is renamed aside and reported.
    func read(report: (String) -> Void) -> StateFile {
        guard let data = FileManager.default.contents(atPath: path) else { return StateFile(corpus: corpus) }
        if let file = StateFile(text: String(decoding: data, as: UTF8.self)) { return file }
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
        let temporary = path + ".tmp-\(getpid())"
        do {
            try Data(file.text.utf8).write(to: URL(fileURLWithPath: temporary))
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

extension StateFile.Stamped: Equatable where Value: Equatable {}

extension StateFile {
    /// The file's text: the format line, then a line per entry, sorted so the file diffs well.
    var text: String {
        var lines: [String] = []
        for path in corpus { lines.append(Self.line("corpus", path)) }
        for (id, entry) in positions.sorted(by: { $0.key < $1.key }) {
            lines.append(Self.line("position", String(entry.time), id, entry.value.map(String.init)))
        }
        for (letter, entry) in marks.sorted(by: { $0.key < $1.key }) {
            lines.append(Self.line("mark", String(entry.time), letter, entry.value?.document, entry.value.map { String($0.position) }))
        }
        for (id, entry) in read.sorted(by: { $0.key < $1.key }) {
            lines.append(Self.line("read", String(entry.time), id, entry.value ? "1" : "0"))
        }
        if let pane { lines.append(Self.line("pane", String(pane.time), pane.value)) }
        if let selection {
            lines.append(Self.line("selection", String(selection.time), selection.value?.article,
                                   selection.value.map { $0.reading ? "1" : "0" }))
        }
        for (title, entry) in places.sorted(by: { $0.key < $1.key }) {
            lines.append(Self.line("place", String(entry.time), title, entry.value))
        }
        for (search, time) in searches.sorted(by: { $0.value < $1.value || ($0.value == $1.value && $0.key < $1.key) }) {
            lines.append(Self.line("search", String(time), search))
        }
        return ([Self.formatName] + lines).joined(separator: "\n") + "\n"
    }

    /// The entries of `text`, or `nil` when it is not a state file of this format.
    init?(text: String) {
        // Split as bytes: the separators are ASCII, and splitting by Characters costs a file of a
        // thousand articles milliseconds at start-up.
        var lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true)[...]
        guard let first = lines.popFirst(), Substring(first) == Self.formatName else { return nil }
        self.init()
        for line in lines {
            let fields = line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
                .map { Self.unescaped(Substring($0)) }
            guard let kind = fields.first else { return nil }
            if kind == "corpus", fields.count == 2 {
                corpus.append(fields[1])
                continue
            }
            guard fields.count >= 2, let time = Double(fields[1]), time.isFinite else { return nil }
            switch (kind, fields.count) {
            case ("position", 3): positions[fields[2]] = Stamped(value: nil, time: time)
            case ("position", 4):
                guard let position = Int(fields[3]) else { return nil }
                positions[fields[2]] = Stamped(value: position, time: time)
            case ("mark", 3): marks[fields[2]] = Stamped(value: nil, time: time)
            case ("mark", 5):
                guard let position = Int(fields[4]) else { return nil }
                marks[fields[2]] = Stamped(value: ReadingSession.Place(document: fields[3], position: position), time: time)
            case ("read", 4): read[fields[2]] = Stamped(value: fields[3] == "1", time: time)
            case ("pane", 2): pane = Stamped(value: nil, time: time)
            case ("pane", 3): pane = Stamped(value: fields[2], time: time)
            case ("selection", 2): selection = Stamped(value: nil, time: time)
            case ("selection", 4): selection = Stamped(value: Selection(article: fields[2], reading: fields[3] == "1"), time: time)
            case ("place", 3): places[fields[2]] = Stamped(value: nil, time: time)
            case ("place", 4): places[fields[2]] = Stamped(value: fields[3], time: time)
            case ("search", 3): searches[fields[2]] = time
            default: return nil
            }
        }
    }

    /// A line of tab-separated fields; a missing value ends the line early.
    private static func line(_ fields: String?...) -> String {
        fields.prefix { $0 != nil }.map { escaped($0!) }.joined(separator: "\t")
    }

    private static func escaped(_ field: String) -> String {
        guard field.contains(where: { $0 == "\\" || $0 == "\t" || $0 == "\n" || $0 == "\r" }) else { return field }
        var out = ""
        for character in field {
            switch character {
            case "\\": out += "\\\\"
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            default: out.append(character)
            }
        }
        return out
    }

    private static func unescaped(_ field: Substring) -> String {
        guard field.utf8.contains(UInt8(ascii: "\\")) else { return String(field) }
        var out = ""
        var escaping = false
        for character in field {
            if escaping {
                switch character {
                case "t": out.append("\t")
                case "n": out.append("\n")
                case "r": out.append("\r")
                default: out.append(character)
                }
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                out.append(character)
            }
        }
        return out
    }
}
