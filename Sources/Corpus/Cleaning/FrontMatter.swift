import Extraction

/// A YAML front-matter block at the very top of a text or Markdown file:
///
///     ---
///     title: Khojaly remembered
///     author: Jane Doe
///     date: 2021-02-26
///     ---
///
/// Only flat `key: value` lines are read (quotes around values are dropped); it is metadata, not
/// a YAML document, and its fields win over anything guessed from the text.
struct FrontMatter {
    var metadata = Metadata()
    /// Where the article text starts: the byte after the closing `---` line.
    var bodyStart: Int

    static func parse(_ source: UnsafeBufferPointer<UInt8>) -> FrontMatter? {
        // Most files have none: look at the first line before splitting the rest.
        let firstEnd = LineScanner.lineEnd(source, from: 0) ?? source.count
        guard trimmed(source, 0..<firstEnd) == "---" else { return nil }
        let lines = LineScanner.lines(source)
        var fields: [String: String] = [:]
        for line in lines.dropFirst().prefix(200) {
            let text = trimmed(source, line)
            if text == "---" || text == "..." {
                return FrontMatter(metadata: metadata(from: fields), bodyStart: min(source.count, line.upperBound + 1))
            }
            guard let colon = text.firstIndex(of: ":") else { continue }
            let key = text[..<colon].trimmingCharacters(in: " \t").lowercased()
            var value = text[text.index(after: colon)...].trimmingCharacters(in: " \t")
            if value.count >= 2, let open = value.first, open == "\"" || open == "'", value.last == open {
                value = String(value.dropFirst().dropLast())
            }
            if !value.isEmpty, fields[key] == nil { fields[key] = TerminalSafe.sanitize(value) }
        }
        return nil
    }

    private static func metadata(from fields: [String: String]) -> Metadata {
        func first(_ keys: String...) -> String? { keys.lazy.compactMap { fields[$0] }.first }
        let date = first("date", "published", "publication_date", "pubdate").flatMap { value in
            PartialDate(iso: String(value.prefix(10))) ?? PartialDate(iso: String(value.prefix(7)))
                ?? PartialDate(iso: String(value.prefix(4))) ?? DatePhrase.first(in: value)?.date
        }
        return Metadata(title: first("title"), author: first("author", "authors", "byline"),
                        published: date, outlet: first("outlet", "publisher", "source", "site", "publication"))
    }

    private static func trimmed(_ source: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: source[range]), as: UTF8.self).trimmingCharacters(in: " \t\r")
    }
}

extension StringProtocol {
    /// The string without leading and trailing characters from `set`.
    func trimmingCharacters(in set: String) -> String {
        var slice = Substring(self)
        while let first = slice.first, set.contains(first) { slice.removeFirst() }
        while let last = slice.last, set.contains(last) { slice.removeLast() }
        return String(slice)
    }
}
