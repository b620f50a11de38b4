/// Looks written as words, as configuration's `[theme]` and `[monochrome]` and `:set theme.ROLE`
/// take them: "bold yellow on blue", "underline", "default".
public enum LookWords {
    /// Why words are not a look, in a few words.
    public struct Problem: Error, CustomStringConvertible, Equatable {
        public let description: String
        init(_ description: String) { self.description = description }
    }

    public static func colour(_ text: String) throws -> (foreground: Theme.Color, background: Theme.Color, attributes: Theme.Attributes) {
        var foreground: Theme.Color?
        var background: Theme.Color?
        var attributes: Theme.Attributes = []
        var words = lowercasedWords(text)[...]
        while let word = words.popFirst() {
            if word == "on" {
                guard let next = words.popFirst(), let colour = Theme.Color(rawValue: next) else {
                    throw Problem("\"on\" needs a colour after it")
                }
                background = colour
            } else if let attribute = attribute(word) {
                attributes.insert(attribute)
            } else if let colour = Theme.Color(rawValue: word), foreground == nil {
                foreground = colour
            } else {
                throw Problem("\"\(word)\" is not a colour (" + Theme.Color.allCases.map(\.rawValue).joined(separator: ", ")
                    + ") or bold, dim, underline, reverse")
            }
        }
        return (foreground ?? .standard, background ?? .standard, attributes)
    }

    public static func attributes(_ text: String) throws -> Theme.Attributes {
        var attributes: Theme.Attributes = []
        for word in lowercasedWords(text) where word != "none" {
            guard let attribute = attribute(word) else { throw Problem("\"\(word)\" is not bold, dim, underline, reverse or none") }
            attributes.insert(attribute)
        }
        return attributes
    }

    /// The words of `text`, lower-cased, split at spaces as bytes: splitting by Characters cost
    /// start-up more than the rest of reading the looks.
    private static func lowercasedWords(_ text: String) -> [String] {
        text.lowercased().utf8.split(separator: UInt8(ascii: " ")).map { String(decoding: $0, as: UTF8.self) }
    }

    public static func attribute(_ word: String) -> Theme.Attributes? {
        switch word {
        case "bold": return .bold
        case "dim": return .dim
        case "underline": return .underline
        case "reverse": return .reverse
        default: return nil
        }
    }

    /// The words for a look, as `colour` reads them back.
    public static func words(_ look: Theme.Look) -> String {
        var words = attributeWords(look.attributes)
        words.append(look.foreground.rawValue)
        if look.background != .standard { words += ["on", look.background.rawValue] }
        return words.joined(separator: " ")
    }

    public static func attributeWords(_ attributes: Theme.Attributes) -> [String] {
        [("bold", Theme.Attributes.bold), ("dim", .dim), ("underline", .underline), ("reverse", .reverse)]
            .filter { attributes.contains($0.1) }.map(\.0)
    }
}

extension Theme {
    /// Sets `role`'s colours (`monochrome` false: "bold yellow on blue") or its monochrome
    /// attributes (true: "underline") from `words`, as configuration and `:set` write them; the
    /// theme is unchanged when the words are not a look.
    public mutating func setLook(of role: Style, to words: String, monochrome: Bool) throws {
        var look = self[role]
        if monochrome {
            look.monochrome = try LookWords.attributes(words)
        } else {
            let parsed = try LookWords.colour(words)
            look.foreground = parsed.foreground
            look.background = parsed.background
            look.attributes = parsed.attributes
        }
        self[role] = look
    }
}
