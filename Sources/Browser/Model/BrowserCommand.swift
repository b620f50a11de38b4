import Corpus
import Foundation

/// The `:` command line: what it understands, and Tab completion of what is typed.
///
///     :open 003          open the article whose id starts 003
///     :sort author       sort the list (date, title, author, corpus; "reverse" after it reverses)
///     :export csv FILE   write the article list as shown (csv or markdown)
///     :set measure 72    change a setting for this run: measure, mouse, clipboard,
///                        theme.ROLE, monochrome.ROLE, or a key (keys.figures.chart x)
///     :sources A C       a pane's own command (here the Compare pane's sources, by letter)
///     :help, :quit
public enum BrowserCommand: Equatable, Sendable {
    case open(String)
    case sort(ArticleOrder, reversed: Bool)
    case export(ExportFormat, path: String)
    /// `:set NAME VALUE`; without a value, it says what the setting is now (as vim's `:set name?`).
    case set(name: String, value: String?)
    /// A command of the active pane's own, its words with the name first.
    case pane([String])
    case help
    case quit

    /// The formats `:export` writes.
    public enum ExportFormat: String, CaseIterable, Sendable { case csv, markdown }

    /// The command names, for completion and the message about an unknown one.
    public static let names = ["open", "sort", "export", "set", "sources", "help", "quit"]
    /// The settings `:set` takes by name (with `theme.ROLE`, `monochrome.ROLE` and
    /// `keys.CONTEXT.ACTION`); corpus and index are named only to say they apply at start.
    public static let settings = ["measure", "mouse", "clipboard", "corpus", "index"]

    /// The command in `line`, or why it is not one.
    public static func parse(_ line: String) -> Result<BrowserCommand, CommandError> {
        let words = line.split(separator: " ").map(String.init)
        guard let name = words.first else { return .failure(CommandError("Type a command: " + names.joined(separator: ", "))) }
        let arguments = Array(words.dropFirst())
        switch name {
        case "open", "o":
            guard arguments.count == 1 else { return .failure(CommandError(":open takes an article id (or the start of one)")) }
            return .success(.open(arguments[0]))
        case "sort":
            let orders = ArticleOrder.allCases.map { $0 == .corpus ? "corpus" : $0.rawValue }
            guard let first = arguments.first, let index = orders.firstIndex(of: first),
                  arguments.count == 1 || (arguments.count == 2 && arguments[1] == "reverse")
            else { return .failure(CommandError(":sort takes " + orders.joined(separator: ", ") + ", and \"reverse\" after it")) }
            return .success(.sort(ArticleOrder.allCases[index], reversed: arguments.count == 2))
        case "export":
            guard arguments.count >= 2, let format = ExportFormat(rawValue: arguments[0]) else {
                return .failure(CommandError(":export takes csv or markdown and a file name"))
            }
            return .success(.export(format, path: arguments.dropFirst().joined(separator: " ")))
        case "set":
            // A look ("bold yellow on blue") and a clipboard command are several words.
            guard arguments.count >= 1 else {
                return .failure(CommandError(":set takes a setting (" + settings.joined(separator: ", ")
                    + ", theme.ROLE, monochrome.ROLE, keys.CONTEXT.ACTION) and a value, or a setting alone to see it"))
            }
            let value = arguments.dropFirst().joined(separator: " ")
            return .success(.set(name: arguments[0], value: value.isEmpty ? nil : value))
        case "sources": return .success(.pane(words))
        case "help", "h": return .success(.help)
        case "quit", "q": return .success(.quit)
        default: return .failure(CommandError("Not a command: \(name) (" + names.joined(separator: ", ") + ")"))
        }
    }

    /// `line` completed as far as it is unambiguous, given the corpus's article ids; the line
    /// itself when nothing more can be added.
    public static func complete(_ line: String, ids: [String], keyNames: [String] = []) -> String {
        let endsWithSpace = line.hasSuffix(" ")
        var words = line.split(separator: " ").map(String.init)
        if endsWithSpace || words.isEmpty { words.append("") }
        let candidates: [String]
        switch words.count {
        case 1: candidates = names
        case 2:
            switch words[0] {
            case "open", "o": candidates = ids
            case "sort": candidates = ArticleOrder.allCases.map { $0 == .corpus ? "corpus" : $0.rawValue }
            case "export": candidates = ExportFormat.allCases.map(\.rawValue)
            case "set": candidates = settings + keyNames
            default: candidates = []
            }
        case 3 where words[0] == "sort": candidates = ["reverse"]
        default: candidates = []
        }
        let typed = words[words.count - 1]
        let matching = candidates.filter { $0.hasPrefix(typed) }
        guard let first = matching.first else { return line }
        var common = first
        for candidate in matching.dropFirst() {
            common = String(zip(common, candidate).prefix { $0 == $1 }.map(\.0))
        }
        words[words.count - 1] = common
        return words.joined(separator: " ") + (matching.count == 1 ? " " : "")
    }
}

/// Why a command line could not be carried out, in a sentence for the status line.
public struct CommandError: Error, Equatable, Sendable {
    public let message: String
    public init(_ message: String) { self.message = message }
}
