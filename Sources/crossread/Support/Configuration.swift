import Browser
import Foundation
import TOMLKit

/// What `config.toml` chooses: keys per pane, the look of each style role, the reader's measure,
/// the mouse, the default corpus. Every entry has a default, and a bad entry costs only itself.
///
/// The file is `$XDG_CONFIG_HOME/crossread/config.toml` (`~/.config/crossread/config.toml`),
/// or `--config FILE`; `crossread config --print` writes the defaults with comments.
struct Configuration {
    var keymap: Keymap = .standard
    var theme: Theme = .standard
    /// The reader's longest line, in columns.
    var measure = 80
    var mouse = true
    /// Folders or files read when no `--corpus` is given (empty: the built-in corpus).
    var corpus: [String] = []
    var index: String?
    /// A shell command that takes what `y` copies on its standard input; none: OSC 52.
    var clipboard: String?

    static let defaults = Configuration()

    /// The file read when no `--config` is given, if there is one.
    static var defaultPath: String {
        let base = Environment.value("XDG_CONFIG_HOME") ?? ((Environment.value("HOME") ?? NSHomeDirectory()) + "/.config")
        return base + "/crossread/config.toml"
    }

    /// The configuration in `path` (a missing default file is no configuration); each problem is
    /// one line naming the file's line and the key, and that entry keeps its default.
    static func load(path: String, required: Bool) -> (Configuration, problems: [String]) {
        guard let data = FileManager.default.contents(atPath: path) else {
            return (defaults, required ? ["\(path): cannot be read"] : [])
        }
        guard let text = String(data: data, encoding: .utf8) else { return (defaults, ["\(path): not UTF-8 text"]) }
        let (configuration, problems) = parse(text)
        return (configuration, problems.map { "\(path) \($0)" })
    }

    /// The configuration `text` states, with a line per problem ("line 3: [keys.figures] chart: ...").
    static func parse(_ text: String) -> (Configuration, problems: [String]) {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            return (defaults, ["line \(error.source.begin.line): \(error.description); every setting keeps its default"])
        } catch {
            return (defaults, ["\(error); every setting keeps its default"])
        }
        var configuration = defaults
        var changes: [(context: String, action: String, keys: [Key])] = []
        var placesOfChanges: [(section: String, key: String)] = []
        var found: [(line: Int, text: String)] = []
        // Finding a key's line reads the whole text, so it waits for the first problem.
        lazy var lines = SourceLines(text)
        func problem(_ section: String?, _ key: String, _ why: String) {
            let line = lines.line(of: key, in: section)
            found.append((line ?? 0, (line.map { "line \($0): " } ?? "") + (section.map { "[\($0)] " } ?? "") + key + ": " + why))
        }

        for key in table.keys {
            let value = table[key]!
            switch key {
            case "measure":
                if let columns = value.int, (20...1000).contains(columns) { configuration.measure = columns } else {
                    problem(nil, key, "takes a number of columns, 20 to 1000")
                }
            case "mouse":
                if let on = value.bool { configuration.mouse = on } else { problem(nil, key, "takes true or false") }
            case "corpus":
                if let paths = value.array?.map({ $0.string }), !paths.contains(nil) {
                    configuration.corpus = paths.compactMap { $0 }.map(expandHome)
                } else if let path = value.string {
                    configuration.corpus = [expandHome(path)]
                } else {
                    problem(nil, key, "takes a list of folders or files")
                }
            case "index":
                if let path = value.string { configuration.index = expandHome(path) } else { problem(nil, key, "takes a file name") }
            case "clipboard":
                if let command = value.string, !command.trimmingCharacters(in: .whitespaces).isEmpty {
                    configuration.clipboard = command
                } else {
                    problem(nil, key, "takes a shell command, e.g. \"xclip -selection clipboard\"")
                }
            case "keys":
                guard let contexts = value.table else { problem(nil, key, "takes tables, [keys.CONTEXT]"); continue }
                for context in contexts.keys {
                    let section = "keys.\(context)"
                    guard let actions = contexts[context]?.table else { problem("keys", context, "takes a table of action = key"); continue }
                    for action in actions.keys {
                        let written = actions[action]!
                        let strings = written.string.map { [$0] } ?? written.array?.compactMap({ $0.string }) ?? []
                        guard !strings.isEmpty else { problem(section, action, "takes a key (\"c\", \"<C-d>\") or a list of keys"); continue }
                        do {
                            let keys = try strings.map { string -> Key in
                                let parsed = try KeyNotation.parse(string)
                                guard parsed.count == 1, let key = parsed.first else {
                                    throw ConfigurationError("\"\(string)\" is not one key")
                                }
                                return key
                            }
                            changes.append((context, action, keys))
                            placesOfChanges.append((section, action))
                        } catch {
                            problem(section, action, "\(error)")
                        }
                    }
                }
            case "theme", "monochrome":
                guard let roles = value.table else { problem(nil, key, "takes a table of role = look"); continue }
                for role in roles.keys {
                    guard let style = Style(name: role) else {
                        problem(key, role, "is not a style role (" + Style.allCases.map(\.name).joined(separator: ", ") + ")")
                        continue
                    }
                    guard let words = roles[role]?.string else { problem(key, role, "takes a look, e.g. \"bold yellow on blue\""); continue }
                    do {
                        try configuration.theme.setLook(of: style, to: words, monochrome: key == "monochrome")
                    } catch {
                        problem(key, role, "\(error)")
                    }
                }
            default:
                problem(nil, key, "is not a setting (measure, mouse, corpus, index, clipboard, keys, theme, monochrome)")
            }
        }
        let (keymap, refused) = configuration.keymap.remapping(changes)
        configuration.keymap = keymap
        for (index, error) in refused { problem(placesOfChanges[index].section, placesOfChanges[index].key, error.description) }
        // In the file's order (TOMLKit's tables do not keep it).
        return (configuration, found.sorted { $0.line < $1.line }.map(\.text))
    }

    private static func expandHome(_ path: String) -> String {
        path.hasPrefix("~/") ? (Environment.value("HOME") ?? NSHomeDirectory()) + path.dropFirst() : path
    }
}

/// A setting that cannot be taken, in a few words.
struct ConfigurationError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Finds the line a key is written on, for messages (TOMLKit gives positions only for syntax errors).
struct SourceLines {
    let lines: [Substring]
    init(_ text: String) { lines = text.split(separator: "\n", omittingEmptySubsequences: false) }

    /// The 1-based line of `key = ...` under the header `[section]` (or before any header).
    func line(of key: String, in section: String?) -> Int? {
        var current: String?
        for (index, raw) in lines.enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("[") {
                current = line.trimmingCharacters(in: CharacterSet(charactersIn: "[] "))
                continue
            }
            guard current == section else { continue }
            let name = line.prefix { $0 != "=" }.trimmingCharacters(in: .whitespaces)
            if line.contains("="), name == key || name == "\"\(key)\"" { return index + 1 }
            if section == nil, name.hasPrefix(key + ".") { return index + 1 }
        }
        if let section, let header = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "[\(section)]" }) {
            return header + 1
        }
        return nil
    }
}
