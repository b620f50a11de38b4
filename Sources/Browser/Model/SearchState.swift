import Foundation

/// A search in the open article: the query, its matches (byte ranges of the text) and which one
/// is current. Smart case, as in less with -i: case matters only when the query has a capital.
public struct SearchState: Sendable {
    public var query: String
    public var forward: Bool
    public var matches: [Range<Int>]
    public var current: Int?
    /// The query read as a regular expression, as less reads its patterns.
    public let isPattern: Bool
    /// The query looked like a pattern but is not a valid one, so it was searched as text.
    public let isInvalidPattern: Bool
    /// The matches came with the search (a corpus search's hits, as reading-text byte ranges)
    /// rather than from finding the query in the text shown.
    public let isReadingTextSearch: Bool

    public init(query: String, forward: Bool, in text: String) {
        self.query = query
        self.forward = forward
        let found = Self.find(query, in: text)
        self.matches = found.matches
        self.isPattern = found.isPattern
        self.isInvalidPattern = found.isInvalidPattern
        self.current = nil
        self.isReadingTextSearch = false
    }

    /// A search whose matches were found elsewhere (the corpus search), as byte ranges of the
    /// document's reading text, stepped through forward.
    public init(query: String, readingTextMatches matches: [Range<Int>]) {
        self.query = query
        self.forward = true
        self.matches = matches.sorted { $0.lowerBound < $1.lowerBound }
        self.isPattern = false
        self.isInvalidPattern = false
        self.current = nil
        self.isReadingTextSearch = true
    }

    /// Characters that make a query a regular expression; a query without any is plain text,
    /// matched without regard to accents as before.
    static let patternCharacters = Set(".^$*+?()[]{}|\\")

    /// The matches of `query` in `text`: as a regular expression when it has a pattern character
    /// and compiles (smart case still applies), else as literal text, as less falls back.
    static func find(_ query: String, in text: String) -> (matches: [Range<Int>], isPattern: Bool, isInvalidPattern: Bool) {
        guard !query.isEmpty else { return ([], false, false) }
        guard query.contains(where: { patternCharacters.contains($0) }) else { return (findText(query, in: text), false, false) }
        let caseSensitive = query.contains { $0.isUppercase }
        guard let expression = try? NSRegularExpression(pattern: query, options: caseSensitive ? [] : [.caseInsensitive]) else {
            return (findText(query, in: text), false, true)
        }
        let whole = NSRange(text.startIndex..<text.endIndex, in: text)
        let ranges = expression.matches(in: text, range: whole).compactMap { match -> Range<Int>? in
            guard match.range.length > 0, let found = Range(match.range, in: text) else { return nil }
            let lower = text.utf8.distance(from: text.utf8.startIndex, to: found.lowerBound)
            return lower..<(lower + text.utf8.distance(from: found.lowerBound, to: found.upperBound))
        }
        return (ranges, true, false)
    }

    static func findText(_ query: String, in text: String) -> [Range<Int>] {
        let caseSensitive = query.contains { $0.isUppercase }
        var options: String.CompareOptions = caseSensitive ? [] : [.caseInsensitive]
        options.insert(.diacriticInsensitive)
        var ranges: [Range<Int>] = []
        var searchStart = text.startIndex
        while searchStart < text.endIndex, let found = text.range(of: query, options: options, range: searchStart..<text.endIndex) {
            let lower = text.utf8.distance(from: text.utf8.startIndex, to: found.lowerBound)
            let upper = text.utf8.distance(from: text.utf8.startIndex, to: found.upperBound)
            ranges.append(lower..<upper)
            searchStart = found.upperBound > found.lowerBound ? found.upperBound : text.index(after: found.lowerBound)
        }
        return ranges
    }

    /// "3/7", or "no matches".
    public var position: String {
        guard !matches.isEmpty else { return "no matches for \(query)" }
        return "\(current.map { $0 + 1 } ?? 0)/\(matches.count)"
    }
}
