/// Keeps gumbo from pages nested deeper than any real page: tags past a depth become blanks.
///
/// gumbo builds a tree of any depth without recursion, but some of its steps scan every open
/// element for each new tag, so 100,000 nested `<div>`s take it many seconds. Real pages nest a
/// few dozen deep. Tags that open past `limit` levels, and the closing tags that match them, are
/// overwritten with spaces in a copy of the page: every byte keeps its offset, so text still maps
/// to the original, and the text between those tags is still read.
enum NestingCap {
    static let limit = 1_000

    /// A copy of `source` with the tags past `limit` blanked, or `nil` when the page is within it.
    static func capped(_ source: UnsafeBufferPointer<UInt8>, from start: Int) -> [UInt8]? {
        var depth = 0
        var copy: [UInt8]?
        var index = start
        let count = source.count
        while index < count {
            guard source[index] == UInt8(ascii: "<"), index + 1 < count else {
                index += 1
                continue
            }
            let next = source[index + 1]
            let closing = next == UInt8(ascii: "/")
            let nameStart = closing ? index + 2 : index + 1
            guard nameStart < count, isLetter(source[nameStart]) else {
                index += 1
                continue
            }
            var nameEnd = nameStart
            while nameEnd < count, isLetter(source[nameEnd]) || (source[nameEnd] >= 0x30 && source[nameEnd] <= 0x39) { nameEnd += 1 }
            var end = nameEnd
            while end < count, source[end] != UInt8(ascii: ">") { end += 1 }
            let tagEnd = min(count, end + 1)
            let name = String(decoding: UnsafeBufferPointer(rebasing: source[nameStart..<nameEnd]), as: UTF8.self).lowercased()
            if closing {
                if !voidElements.contains(name) {
                    if depth > limit { blank(index..<tagEnd, in: &copy, source) }
                    depth = max(0, depth - 1)
                }
            } else if rawTextElements.contains(name) {
                // Its content is text, not tags: skip to its closing tag.
                var close = tagEnd
                while close < count, !(source[close] == UInt8(ascii: "<") && close + 1 < count && source[close + 1] == UInt8(ascii: "/")
                                       && hasName(name, at: close + 2, source)) { close += 1 }
                index = close
                continue
            } else if !voidElements.contains(name), !(end > 0 && end < count && source[end - 1] == UInt8(ascii: "/")) {
                depth += 1
                if depth > limit { blank(index..<tagEnd, in: &copy, source) }
            }
            index = tagEnd
        }
        return copy
    }

    private static func blank(_ range: Range<Int>, in copy: inout [UInt8]?, _ source: UnsafeBufferPointer<UInt8>) {
        if copy == nil { copy = Array(source) }
        for position in range { copy![position] = 0x20 }
    }

    private static func isLetter(_ byte: UInt8) -> Bool { byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A }

    private static func hasName(_ name: String, at index: Int, _ source: UnsafeBufferPointer<UInt8>) -> Bool {
        var position = index
        for byte in name.utf8 {
            guard position < source.count, source[position] | 0x20 == byte else { return false }
            position += 1
        }
        return true
    }

    private static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "option", "tr", "td", "th",
    ]
    private static let rawTextElements: Set<String> = ["script", "style", "textarea", "title", "xmp", "plaintext"]
}
