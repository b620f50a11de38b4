/// Where the article of a plain text ends, and which of its lines are teasers for other articles:
/// figures are read from the article alone, never from reader comments or "related stories".
///
///     ... the toll rose to 156.\n\nComments\n\nMark: I heard 900 were killed.
///     // end: the start of "Comments"; the comment's 900 is not a figure of the article
///
/// A line that is only a heading such as "Comments" or "Leave a Reply" ends the article; a heading
/// such as "Related stories" starts a box of headlines that is skipped up to the next paragraph; a
/// line that starts "Read more:" or "Also read" is skipped. Web pages lose these blocks
/// when they are cleaned; this is the same care for text pasted from a page.
struct ArticleBounds {
    /// One past the article's last byte.
    var end: Int
    /// Teaser lines inside the article, in order.
    var skipped: [Range<Int>] = []

    /// Headings after which a page holds no more of the article, lowercased, without a final colon.
    static let endHeadings: Set<String> = [
        "comments", "comment", "leave a reply", "leave a comment", "post a comment", "reader comments",
        "readers' comments", "join the discussion", "join the conversation", "you may also like", "you might also like",
        "more stories", "more from this section", "most read", "most popular", "recommended", "read next", "trending now",
    ]

    /// Headings of a box of other articles' headlines, which may stand inside the article: the short
    /// lines after one are skipped up to the next paragraph (a line of 100 bytes or more).
    static let teaserHeadings: Set<String> = [
        "related stories", "related articles", "related news", "related posts", "related", "related readings",
        "related reading", "related content", "related coverage", "more on this story", "see also", "also read",
        "read more", "more news",
    ]

    /// Line starts that make a line a teaser for another article.
    static let teaserStarts = ["read more:", "read more :", "also read:", "also read :", "read also:", "related:", "see also:"]

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        end = bytes.count
        var lineStart = 0
        while lineStart < bytes.count {
            let lineEnd = ByteSearch.firstIndex(of: 0x0A, or: 0x0A, in: bytes, lineStart..<bytes.count)
            var start = lineStart, stop = lineEnd
            while start < stop, bytes[start] == 0x20 || bytes[start] == 0x09 || bytes[start] == 0x0D { start += 1 }
            while stop > start, bytes[stop - 1] == 0x20 || bytes[stop - 1] == 0x09 || bytes[stop - 1] == 0x0D || bytes[stop - 1] == 0x3A {
                stop -= 1
            }
            // Lines are compared as bytes, and most are turned away by their length or first letter.
            if stop > start, stop - start <= Self.longestHeading, let candidates = Self.headingsByLength[stop - start],
               candidates.contains(where: { Self.matches(bytes, start, $0) })
                || Self.isCommentCount(bytes, start..<stop)
            {
                end = lineStart
                return
            }
            if stop > start, stop - start <= Self.longestTeaserHeading, let candidates = Self.teaserHeadingsByLength[stop - start],
               candidates.contains(where: { Self.matches(bytes, start, $0) })
            {
                // Skip the box: headlines (lines that do not end a sentence) up to the next paragraph,
                // twelve lines at most.
                var next = lineEnd + 1
                var lines = 0
                while next < bytes.count, lines < 12 {
                    let nextEnd = ByteSearch.firstIndex(of: 0x0A, or: 0x0A, in: bytes, next..<bytes.count)
                    if nextEnd - next >= 60, Self.endsSentence(bytes, next..<nextEnd) { break }
                    next = nextEnd + 1
                    lines += 1
                }
                skipped.append(lineStart..<Swift.min(next, bytes.count))
                lineStart = next
                continue
            }
            if stop - start >= 9, Self.teaserPrefixes.contains(where: { Self.matches(bytes, start, $0, within: stop) }) {
                skipped.append(lineStart..<lineEnd)
            }
            lineStart = lineEnd + 1
        }
    }

    private static let headingsByLength: [Int: [[UInt8]]] = Dictionary(grouping: endHeadings.map { Array($0.utf8) }, by: \.count)
    private static let teaserHeadingsByLength: [Int: [[UInt8]]] = Dictionary(grouping: teaserHeadings.map { Array($0.utf8) }, by: \.count)
    private static let longestTeaserHeading = teaserHeadings.map(\.utf8.count).max() ?? 0
    private static let longestHeading = endHeadings.map(\.utf8.count).max() ?? 0
    private static let teaserPrefixes = teaserStarts.map { Array($0.utf8) }

    /// Whether a line ends as a sentence does: ".", "!", "?" or a closing quotation mark after one.
    private static func endsSentence(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Bool {
        var end = line.upperBound
        while end > line.lowerBound, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x0D || bytes[end - 1] == 0x22 { end -= 1 }
        if end - 3 >= line.lowerBound, bytes[end - 3] == 0xE2, bytes[end - 2] == 0x80, bytes[end - 1] == 0x9D { end -= 3 }
        guard end > line.lowerBound else { return false }
        return bytes[end - 1] == 0x2E || bytes[end - 1] == 0x21 || bytes[end - 1] == 0x3F
    }

    /// Whether the bytes at `start` are `word`, ASCII letters compared without case.
    private static func matches(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ word: [UInt8], within end: Int? = nil) -> Bool {
        guard start + word.count <= (end ?? bytes.count) else { return false }
        for offset in word.indices {
            let byte = bytes[start + offset]
            let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            if lower != word[offset] { return false }
        }
        return true
    }

    /// Whether a sentence starting at `offset` is inside a teaser line.
    func isSkipped(_ offset: Int) -> Bool {
        skipped.contains { $0.contains(offset) }
    }

    /// "12 comments", "Comments (4)".
    private static func isCommentCount(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Bool {
        guard line.count <= 16 else { return false }
        let comments = Array("comments".utf8)
        if matches(bytes, line.lowerBound, comments), line.count > 9, bytes[line.lowerBound + 9] == 0x28 { return true }
        guard line.count >= 10, bytes[line.lowerBound] >= 0x30, bytes[line.lowerBound] <= 0x39 else { return false }
        return matches(bytes, line.upperBound - comments.count, comments)
    }
}
