/// Where the article of a plain text ends, and which of its lines are teasers for other articles:
/// figures are read from the article alone, never from reader comments or "related stories".
///
///     ... the toll rose to 156.\n\nComments\n\nMark: I heard 900 were killed.
///     // end: the start of "Comments"; the comment's 900 is not a figure of the article
///
/// A line that is only a heading such as "Comments", "Leave a Reply" or "Related stories" ends the
/// article; a line that starts "Read more:" or "Also read" is skipped. Web pages lose these blocks
/// when they are cleaned; this is the same care for text pasted from a page.
struct ArticleBounds {
    /// One past the article's last byte.
    var end: Int
    /// Teaser lines inside the article, in order.
    var skipped: [Range<Int>] = []

    /// Headings after which a page holds no more of the article, lowercased, without a final colon.
    static let endHeadings: Set<String> = [
        "comments", "comment", "leave a reply", "leave a comment", "post a comment", "reader comments",
        "readers' comments", "join the discussion", "join the conversation", "related stories", "related articles",
        "related news", "related posts", "related", "you may also like", "you might also like", "more stories",
        "more from this section", "most read", "most popular", "recommended", "read next", "trending now",
    ]

    /// Line starts that make a line a teaser for another article.
    static let teaserStarts = ["read more:", "read more :", "also read:", "also read :", "read also:", "related:", "see also:"]

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        end = bytes.count
        var lineStart = 0
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            var start = lineStart, stop = lineEnd
            while start < stop, bytes[start] == 0x20 || bytes[start] == 0x09 || bytes[start] == 0x0D { start += 1 }
            while stop > start, bytes[stop - 1] == 0x20 || bytes[stop - 1] == 0x09 || bytes[stop - 1] == 0x0D || bytes[stop - 1] == 0x3A {
                stop -= 1
            }
            // Only short lines can be headings; most lines are turned away by their length or first letter.
            if stop - start <= 30, stop > start, Self.mayStartHeading(bytes[start]) {
                let line = Self.lowercased(bytes, start..<stop)
                if Self.endHeadings.contains(line) || Self.isCommentCount(line) {
                    end = lineStart
                    return
                }
            }
            if stop - start >= 9, bytes[start] | 0x20 == 0x72 || bytes[start] | 0x20 == 0x61 || bytes[start] | 0x20 == 0x73 {
                let head = Self.lowercased(bytes, start..<Swift.min(stop + 1, start + 12, lineEnd))
                if Self.teaserStarts.contains(where: { head.hasPrefix($0) }) { skipped.append(lineStart..<lineEnd) }
            }
            lineStart = lineEnd + 1
        }
    }

    /// Whether a sentence starting at `offset` is inside a teaser line.
    func isSkipped(_ offset: Int) -> Bool {
        skipped.contains { $0.contains(offset) }
    }

    /// "12 comments", "Comments (4)".
    private static func isCommentCount(_ line: String) -> Bool {
        guard line.hasSuffix("comments") || line.hasPrefix("comments (") else { return false }
        return line.first.map { $0.isNumber } == true || line.hasPrefix("comments (")
    }

    private static func mayStartHeading(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
    }

    private static func lowercased(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self).lowercased()
    }
}
