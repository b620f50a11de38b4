import Extraction

/// Tells page furniture apart from the article by the shape of each paragraph, and by the words
/// of a few headings.
///
/// Rules, in order:
/// - Navigation: a paragraph with two or more separator tokens (`»`, `/`, `|`, `>`, `›`, `•`),
///   as breadcrumbs and menus have.
/// - Controls: tokens that end in `+` or `+-` ("Font Size+-"), as print and font widgets have.
/// - The tail: the longest run at the end of the page that starts with a short paragraph, holds at
///   least two short paragraphs and more short than long ones, and has no paragraph of 50 words or
///   more and no footnote: "Related articles" lists, comment forms, author boxes, other headlines.
///   In the tail a sentence of four words or more does not count as short.
/// - Headings (`FurnitureHeadings`, the only rules that read words): a heading such as "Comments"
///   or "Leave a Reply" after the first prose ends the article, whatever follows it; a heading
///   such as "Related stories" and the headlines under it, up to the next paragraph of prose, and
///   a "Read more: ..." line are left out where they stand.
/// A short paragraph is one that is not prose: prose has 12 words or more, or 6 and ends a sentence,
/// and is not a title-case heading.
struct Furniture {
    struct Shape {
        /// Words, counted up to 50.
        var words: Int
        var endsSentence: Bool
        var isHeadingLike: Bool
        var isNavigation: Bool
        var isControls: Bool
        var isFootnote: Bool
        var isProse: Bool { !isHeadingLike && (words >= 12 || (words >= 6 && endsSentence)) }
        var isFurnitureLine: Bool { !isProse && (isNavigation || isControls) }
        /// Short for the tail rule: not prose, and not a short sentence either ("Talks resume on
        /// Monday."), which an article's own closing section has and lists of headlines do not.
        var isShortInTail: Bool { !isProse && !(endsSentence && words >= 4) }
    }

    /// Whether each paragraph is furniture; the index where the tail starts (`count` if none), at
    /// `articleEnd` or before it.
    let isFurniture: [Bool]
    let tailStart: Int
    /// The heading that ends the article ("Comments"), or `count` when none does.
    let articleEnd: Int
    let shapes: [Shape]
    /// The first prose paragraph: what comes before it is the head (title, byline, dateline).
    let firstProse: Int

    /// `shapeRulesOnly`: for a page whose article was already chosen by its markup
    /// (`ArticleFinder`), only the rules about a paragraph's own shape apply, not the tail rule,
    /// which would cut an article's closing list.
    init(_ paragraphs: [SourceParagraph], shapeRulesOnly: Bool = false) {
        let shapes = paragraphs.map { Self.shape(of: $0.clean.bytes) }
        self.shapes = shapes
        let firstProse = shapes.firstIndex { $0.isProse } ?? shapes.count
        self.firstProse = firstProse
        var isFurniture = shapes.map(\.isFurnitureLine)

        let marks = paragraphs.map { $0.clean.bytes.withUnsafeBufferPointer(FurnitureHeadings.mark) }
        // A heading before the first prose is not taken to end the article: it would leave nothing.
        let articleEnd = marks.indices.dropFirst(firstProse).first { marks[$0] == .end } ?? shapes.count
        self.articleEnd = articleEnd
        var current = 0
        while current < articleEnd {
            switch marks[current] {
            case .teaserBox:
                // The headlines under it: lines that are not a sentence of 60 bytes or more.
                isFurniture[current] = true
                var next = current + 1
                while next < articleEnd, next - current <= FurnitureHeadings.longestBox,
                      !(paragraphs[next].clean.bytes.count >= 60 && shapes[next].endsSentence)
                {
                    isFurniture[next] = true
                    next += 1
                }
                current = next
                continue
            case .teaser:
                isFurniture[current] = true
            case .end, nil:
                break
            }
            current += 1
        }

        var tailStart = shapes.count
        var shortCount = 0
        var index = shapes.count - 1
        while index > firstProse, !shapeRulesOnly {
            let shape = shapes[index]
            if shape.words >= 50 || shape.isFootnote { break }
            if shape.isShortInTail { shortCount += 1 }
            let length = shapes.count - index
            if shape.isShortInTail, shortCount >= 2, shortCount * 2 > length { tailStart = index }
            index -= 1
        }
        tailStart = min(tailStart, articleEnd)
        for position in tailStart..<shapes.count { isFurniture[position] = true }
        self.tailStart = tailStart
        self.isFurniture = isFurniture
    }

    static func shape(of bytes: [UInt8]) -> Shape {
        bytes.withUnsafeBufferPointer { shape(of: $0) }
    }

    private static func shape(of bytes: UnsafeBufferPointer<UInt8>) -> Shape {
        var words = 0
        var capitalized = 0
        var separators = 0
        var controls = false
        var index = 0
        let count = bytes.count

        // Past 50 words a paragraph is prose to every rule here and in MetadataReader, so counting
        // stops there.
        while index < count, words < 50 {
            if bytes[index] == 0x20 {
                index += 1
                continue
            }
            let wordStart = index
            while index < count, bytes[index] != 0x20 { index += 1 }
            let word = UnsafeBufferPointer(rebasing: bytes[wordStart..<index])
            if isSeparatorToken(word) {
                separators += 1
                continue
            }
            words += 1
            let first = word[0]
            if first >= 0x41 && first <= 0x5A || first >= 0x30 && first <= 0x39 || first >= 0xC3 || isSmallWord(word) {
                capitalized += 1
            }
            let length = word.count
            if word[length - 1] == 0x2B || (length >= 2 && word[length - 2] == 0x2B && word[length - 1] == 0x2D) {
                controls = true
            }
        }

        let endsSentence = Self.endsSentence(bytes)
        let isHeadingLike = !endsSentence && words > 0 && words <= 25 && capitalized * 10 >= words * 7
        let isFootnote = count >= 3 && bytes[0] == 0x5B && bytes[1] >= 0x30 && bytes[1] <= 0x39
        return Shape(words: words, endsSentence: endsSentence, isHeadingLike: isHeadingLike,
                     isNavigation: separators >= 2, isControls: controls, isFootnote: isFootnote)
    }

    /// Lower-case words that title case leaves small, as their bytes packed into an integer.
    private static let smallWords: [UInt32] = [
        "a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "for", "by", "with", "from", "as",
        "but", "nor", "vs", "via", "into", "over", "upon",
    ].map { Array($0.utf8).withUnsafeBufferPointer(pack) }.sorted()

    private static func pack(_ word: UnsafeBufferPointer<UInt8>) -> UInt32 {
        word.reduce(0) { $0 << 8 | UInt32($1) }
    }

    private static func isSmallWord(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard word.count <= 4, word[0] >= 0x61, word[0] <= 0x7A else { return false }
        let key = pack(word)
        var low = 0, high = smallWords.count
        while low < high {
            let middle = (low + high) / 2
            if smallWords[middle] < key { low = middle + 1 } else { high = middle }
        }
        return low < smallWords.count && smallWords[low] == key
    }

    /// A token made only of separators: `/`, `|`, `>`, `»`, `›`, `•`, `·`, `→`.
    private static func isSeparatorToken(_ token: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < token.count {
            let byte = token[index]
            if byte == 0x2F || byte == 0x7C || byte == 0x3E {
                index += 1
            } else if byte == 0xC2, index + 1 < token.count, token[index + 1] == 0xBB || token[index + 1] == 0xB7 {
                index += 2  // » ·
            } else if byte == 0xE2, index + 2 < token.count,
                      (token[index + 1] == 0x80 && (token[index + 2] == 0xBA || token[index + 2] == 0xA2))
                        || (token[index + 1] == 0x86 && token[index + 2] == 0x92)
            {
                index += 3  // › • →
            } else {
                return false
            }
        }
        return index > 0
    }

    private static func endsSentence(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var end = bytes.count
        while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
        // Skip closing quotes and brackets.
        while end > 0 {
            let byte = bytes[end - 1]
            if byte == 0x22 || byte == 0x27 || byte == 0x29 || byte == 0x5D {
                end -= 1
            } else if end >= 3, bytes[end - 3] == 0xE2, bytes[end - 2] == 0x80, bytes[end - 1] == 0x9D || bytes[end - 1] == 0x99 {
                end -= 3
            } else {
                break
            }
        }
        guard end > 0 else { return false }
        let last = bytes[end - 1]
        return last == 0x2E || last == 0x21 || last == 0x3F || last == 0x3A || last == 0x3B
    }
}
