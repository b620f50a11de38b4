/// The few headings and line starts that say, by their words, where a page's article stops or
/// where teasers for other articles stand in it: the one place where `Furniture` reads words.
///
///     ... the toll rose to 156.\n\nComments\n\nMark: I heard 900 were killed.
///     // "Comments" and everything after it are furniture: the comment is not the article
///
/// A paragraph that is only a heading such as "Comments" or "Leave a Reply" ends the article; one
/// such as "Related stories" opens a box of headlines; a paragraph that starts "Read more:" or
/// "Also read:" is a teaser. Web pages mostly lose these blocks by their markup (`ArticleFinder`);
/// text saved or pasted from a page keeps them, and nothing in their shape tells them from a
/// heading of the article.
enum FurnitureHeadings {
    /// What a paragraph's words make it.
    enum Mark: Equatable {
        /// The page holds no more of the article after it.
        case end
        /// A heading over other articles' headlines, up to the next paragraph of prose.
        case teaserBox
        /// A line that points to another article.
        case teaser
    }

    /// Headings after which a page holds no more of the article, lowercased, without a final colon.
    static let endHeadings: Set<String> = [
        "comments", "comment", "leave a reply", "leave a comment", "post a comment", "reader comments",
        "readers' comments", "join the discussion", "join the conversation", "you may also like", "you might also like",
        "more stories", "more from this section", "most read", "most popular", "recommended", "read next", "trending now",
    ]

    /// Headings of a box of other articles' headlines, which may stand inside the article.
    static let teaserHeadings: Set<String> = [
        "related stories", "related articles", "related news", "related posts", "related", "related readings",
        "related reading", "related content", "related coverage", "more on this story", "see also", "also read",
        "read more", "more news",
    ]

    /// Line starts that make a paragraph a teaser for another article.
    static let teaserStarts = ["read more:", "read more :", "also read:", "also read :", "read also:", "related:", "see also:"]

    /// How many paragraphs of headlines a teaser box takes at most.
    static let longestBox = 12

    /// The mark of a cleaned paragraph, or `nil` for almost every paragraph: most are turned away
    /// by their length before a word is compared.
    static func mark(of bytes: UnsafeBufferPointer<UInt8>) -> Mark? {
        var start = 0, stop = bytes.count
        while start < stop, bytes[start] == 0x20 { start += 1 }
        while stop > start, bytes[stop - 1] == 0x20 || bytes[stop - 1] == 0x3A { stop -= 1 }
        guard stop > start else { return nil }
        let length = stop - start
        if length <= longestEndHeading, let candidates = endHeadingsByLength[length],
           candidates.contains(where: { matches(bytes, start, $0) })
        {
            return .end
        }
        if isCommentCount(bytes, start..<stop) { return .end }
        if length <= longestTeaserHeading, let candidates = teaserHeadingsByLength[length],
           candidates.contains(where: { matches(bytes, start, $0) })
        {
            return .teaserBox
        }
        if length >= 9, teaserPrefixes.contains(where: { matches(bytes, start, $0, within: stop) }) { return .teaser }
        return nil
    }

    private static let endHeadingsByLength: [Int: [[UInt8]]] = Dictionary(grouping: endHeadings.map { Array($0.utf8) }, by: \.count)
    private static let teaserHeadingsByLength: [Int: [[UInt8]]] = Dictionary(grouping: teaserHeadings.map { Array($0.utf8) }, by: \.count)
    private static let longestEndHeading = endHeadings.map(\.utf8.count).max() ?? 0
    private static let longestTeaserHeading = teaserHeadings.map(\.utf8.count).max() ?? 0
    private static let teaserPrefixes = teaserStarts.map { Array($0.utf8) }

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

    /// "12 comments", "Comments (4)".
    private static func isCommentCount(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Bool {
        guard line.count <= 16 else { return false }
        let comments = Array("comments".utf8)
        if matches(bytes, line.lowerBound, comments), line.count > 9, bytes[line.lowerBound + 9] == 0x28 { return true }
        guard line.count >= 10, bytes[line.lowerBound] >= 0x30, bytes[line.lowerBound] <= 0x39 else { return false }
        return matches(bytes, line.upperBound - comments.count, comments)
    }
}
