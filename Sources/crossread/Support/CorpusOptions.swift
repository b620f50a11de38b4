import ArgumentParser
import Corpus
import Foundation

/// `--corpus PATH`, shared by every command, and the loading it implies.
struct CorpusOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "A folder (searched recursively) or file of articles; repeatable. Default: the built-in corpus.",
        valueName: "path"))
    var corpus: [String] = []

    /// The corpus, with skipped files reported on standard error, one line each.
    func load() throws -> DocumentStore {
        if corpus.isEmpty { return BuiltInCorpus.load() }
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
