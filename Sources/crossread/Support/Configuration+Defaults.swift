import Foundation
import Browser

extension Configuration {
    /// The configuration as a `config.toml` with comments, every key and look written out, which
    /// parses back to the same settings (`crossread config --print`).
    func document() -> String {
        var out = """
            # Crossread's configuration: $XDG_CONFIG_HOME/crossread/config.toml (~/.config/crossread/config.toml),
            # or --config FILE; --no-config ignores it. Every entry is optional: one left out keeps its default,
            # and a bad one is reported with its line and keeps its default too.

            # The reader's longest line, in columns (20 to 1000).
            measure = \(measure)

            # Capture the mouse (false keeps the terminal's own text selection).
            mouse = \(mouse)

            # Folders or files read when no --corpus is given (empty: the built-in corpus).
            corpus = [\(corpus.map(Self.quoted).joined(separator: ", "))]

            """
        out += index.map { "\n# The index file kept for that corpus (as --index).\nindex = \(Self.quoted($0))\n" }
            ?? "\n# The index file kept for that corpus (as --index).\n# index = \"~/.cache/crossread/index.sqlite\"\n"
        out += clipboard.map { "\n# The command y hands the copied sentence to (none: the terminal, OSC 52).\nclipboard = \(Self.quoted($0))\n" }
            ?? "\n# The command y hands the copied sentence to (none: the terminal, OSC 52).\n# clipboard = \"xclip -selection clipboard\"\n"
        out += """

            # Keys, per context: action = a key or a list of keys, written as `crossread snapshot --keys`
            # writes them ("c", "<C-d>", "<PgDn>", "<Space>", "<lt>"). A key given to one action is taken
            # from the other actions of the same context.

            """
        for context in keymap.contexts {
            out += "\n[keys.\(context.id)]\n"
            var written: Set<String> = []
            for binding in keymap.bindings where binding.context == context {
                guard let name = binding.action.name, written.insert(name).inserted else { continue }
                out += "# \(binding.help)\n"
                out += "\(name) = [" + binding.keys.map { Self.quoted(KeyNotation.notation($0)) }.joined(separator: ", ") + "]\n"
            }
        }
        out += """

            # How each style role looks in colour: attributes (bold, dim, underline, reverse), a colour
            # (default, black, red, green, yellow, blue, magenta, cyan, white), "on" and a background.
            [theme]

            """
        for style in Style.allCases { out += "\(style.name) = \(Self.quoted(LookWords.words(theme.look(style))))\n" }
        out += """

            # How each role looks without colour (NO_COLOR, --no-color, a monochrome terminal):
            # attributes only, or "none".
            [monochrome]

            """
        for style in Style.allCases {
            let words = LookWords.attributeWords(theme.look(style).monochrome)
            out += "\(style.name) = \(Self.quoted(words.isEmpty ? "none" : words.joined(separator: " ")))\n"
        }
        return out
    }

    /// A TOML basic string.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: out += String(format: "\\u%04X", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
