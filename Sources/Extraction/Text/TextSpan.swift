/// A half-open range of UTF-8 byte offsets into a text.
///
/// Every fact Crossread extracts carries one, so it can be traced to the exact bytes it came from:
///
///     let span = TextSpan(start: 4, end: 9)
///     span.slice(of: "The quick fox")  // "quick"
public struct TextSpan: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        precondition(start <= end, "a span ends before it starts")
        self.start = start
        self.end = end
    }

    public init(_ range: Range<Int>) {
        self.init(start: range.lowerBound, end: range.upperBound)
    }

    public var range: Range<Int> { start..<end }
    public var length: Int { end - start }
    public var isEmpty: Bool { start == end }

    public func contains(_ other: TextSpan) -> Bool { start <= other.start && other.end <= end }
    public func overlaps(_ other: TextSpan) -> Bool { start < other.end && other.start < end }

    /// Moves the span by `delta` bytes (for spans found in a slice of a larger text).
    public func shifted(by delta: Int) -> TextSpan { TextSpan(start: start + delta, end: end + delta) }

    /// The text the span covers; `nil` when it does not fit `text` or cuts a character in two.
    public func slice(of text: String) -> String? {
        let utf8 = text.utf8
        guard start >= 0, end <= utf8.count,
              let lower = utf8.index(utf8.startIndex, offsetBy: start, limitedBy: utf8.endIndex),
              let upper = utf8.index(utf8.startIndex, offsetBy: end, limitedBy: utf8.endIndex),
              let from = lower.samePosition(in: text), let to = upper.samePosition(in: text)
        else { return nil }
        return String(text[from..<to])
    }

    public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }

    public var description: String { "@\(start)-\(end)" }
}
