import Foundation

/// A search in the open article: the query, its matches (byte ranges of the text) and which one
/// is current. Smart case, as in less with -i: case matters only when the query has a capital.
public struct SearchState: Sendable {
    public var query: String
    public var forward: Bool
    public var matches: [Range<Int>]
    public var current: Int?
    /// The matches came with the search (a corpus search's hits, as reading-text byte ranges)
    /// rather than from finding the query in the text shown.
    public let isReadingTextSearch: Bool

    public init(query: String, forward: Bool, in text: String) {
        self.query = query
        self.forward = forward
        self.matches = Self.find(query, in: text)
        self.current = nil
        self.isReadingTextSearch = false
    }

    /// A search whose matches were found elsewhere (the corpus search), as byte ranges of the
    /// document's reading text, stepped through forward.
    public init(query: String, readingTextMatches matches: [Range<Int>]) {
        self.query = query
        self.forward = true
        self.matches = matches.sorted { $0.lowerBound < $1.lowerBound }
        self.current = nil
        self.isReadingTextSearch = true
    }

    static func find(_ query: String, in text: String) -> [Range<Int>] {
        guard !query.isEmpty else { return [] }
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
