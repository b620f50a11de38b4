import ArgumentParser
import Comparison
import Corpus
import Foundation

/// `--corpus PATH`, shared by every command, and the loading it implies.
struct CorpusOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "A folder (searched recursively) or file of articles; repeatable. Default: the built-in corpus.",
        valueName: "path"))
    var corpus: [String] = []

    @Option(name: .long, help: ArgumentHelp(
        "Keep the parsed corpus, its search index and extracted facts in this SQLite file, updated for changed, added and deleted files, so a large corpus reopens at once. Needs --corpus.",
        valueName: "file"))
    var index: String?

    func validate() throws {
        if index != nil, corpus.isEmpty { throw ValidationError("--index needs --corpus: the built-in corpus is not indexed") }
    }

    /// The corpus, with skipped files reported on standard error, one line each. Without
    /// `--corpus`, the configuration's default corpus and index, else the built-in corpus.
    func load(configuration: Configuration) throws -> DocumentStore {
        guard corpus.isEmpty, !configuration.corpus.isEmpty else { return try load() }
        var fallback = self
        fallback.corpus = configuration.corpus
        fallback.index = index ?? configuration.index
        return try fallback.load()
    }

    /// The corpus, with skipped files reported on standard error, one line each.
    func load() throws -> DocumentStore {
        if corpus.isEmpty { return BuiltInCorpus.load() }
        if let index { return try open(index: index) }
        do {
            let (store, warnings) = try CorpusLoader().load(paths: corpus)
            for warning in warnings { StandardError.print("crossread: \(warning)") }
            return store
        } catch {
            if case .noArticles(_, let skipped) = error {
                for warning in skipped { StandardError.print("crossread: \(warning)") }
            }
            StandardError.print("crossread: \(error)")
            throw ExitCode(2)
        }
    }

    /// The corpus kept in the index file, brought up to date; progress on standard error when it
    /// is a terminal and files had to be read.
    private func open(index: String) throws -> DocumentStore {
        let progress = IndexProgressLine()
        do {
            let opened = try CorpusIndex.open(paths: corpus, file: index, facts: StoredFacts.all, progress: progress.show)
            progress.finish()
            if let notice = opened.update.notice { StandardError.print("crossread: \(notice)") }
            for warning in opened.warnings { StandardError.print("crossread: \(warning)") }
            return opened.store
        } catch {
            progress.finish()
            if case .corpus(.noArticles(_, let skipped)) = error {
                for warning in skipped { StandardError.print("crossread: \(warning)") }
            }
            StandardError.print("crossread: \(error)")
            throw ExitCode(error.isMissingCorpus ? 2 : 1)
        }
    }
}

/// "indexing: reading files 3,400 of 10,000", rewritten in place on standard error while an
/// index is built, when standard error is a terminal; nothing otherwise.
private final class IndexProgressLine {
    private let isTerminal = isatty(STDERR_FILENO) == 1
    private var shown = false

    func show(_ progress: IndexProgress) {
        guard isTerminal else { return }
        shown = true
        FileHandle.standardError.write(Data("\r\u{1B}[Kindexing: \(progress.stage) \(progress.done.groupedDigits) of \(progress.total.groupedDigits)".utf8))
    }

    func finish() {
        guard shown else { return }
        shown = false
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}

extension CorpusIndexError {
    /// A corpus path that does not exist or holds no article (exit 2, as without an index).
    var isMissingCorpus: Bool {
        if case .corpus = self { return true }
        return false
    }
}

/// How a command prints its results.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, markdown
}

enum StandardError {
    static func print(_ line: String) {
        FileHandle.standardError.write(Data((TerminalSafe.sanitize(line) + "\n").utf8))
    }
}

enum StandardOutput {
    /// Writes text that may hold document content: control characters become visible marks.
    static func write(_ text: String) {
        let safe = TerminalSafe.sanitize(text, keepingNewlines: true)
        FileHandle.standardOutput.write(Data(safe.utf8))
    }

    /// Writes a value as JSON. The encoder escapes C0 controls itself; DEL, C1 controls (U+009B is
    /// a one-character CSI) and bidirectional overrides are escaped here, so values stay exact and
    /// the output stays terminal-safe.
    static func writeJSON<Value: Encodable>(_ value: Value) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let json = String(decoding: try encoder.encode(value), as: UTF8.self)
        var escaped = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            if scalar.value >= 0x7F, TerminalSafe.mark(for: scalar) != nil {
                escaped.append(contentsOf: String(format: "\\u%04x", scalar.value).unicodeScalars)
            } else {
                escaped.append(scalar)
            }
        }
        FileHandle.standardOutput.write(Data((String(escaped) + "\n").utf8))
    }
}
