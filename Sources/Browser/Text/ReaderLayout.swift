import Corpus
import Extraction

/// A document laid out for the reader at one width: a header, then its paragraphs word-wrapped,
/// a blank line between them. Lines refer to byte ranges of the text, so highlights and search
/// matches (also byte ranges) land on the right cells at any width.
public struct ReaderLayout: Sendable {
    public enum Line: Hashable, Sendable {
        case header(String, Style)
        case body(Range<Int>)
        case blank
    }

    public let width: Int
    public let text: String
    public let lines: [Line]
    /// The bytes of the text's opening title paragraph, drawn as a heading.
    public let titleRange: Range<Int>?
    /// Every character of the text as it is drawn, with its byte offset: made once per layout so
    /// that a redraw only copies cells.
    let glyphs: [Glyph]
    /// For each line, its glyphs (empty for headers and blanks).
    let lineGlyphs: [Range<Int>]

    struct Glyph: Sendable {
        /// The character as drawn, coded for a `Cell` (`GraphemeTable`).
        var code: UInt32
        var width: UInt8
        var ascii: UInt8
        var isMark: Bool
        var offset: Int32
    }

    public init(document: Document, text reading: ReadingText, width: Int, isRaw: Bool) {
        self.width = max(1, width)
        self.text = reading.text
        var lines: [Line] = []
        let metadata = document.metadata
        // The title heads the reader unless the text's head already holds it (then that
        // paragraph is drawn as the heading).
        let titleParagraph = reading.paragraphs.indices.prefix(6).first { reading.paragraph($0) == document.displayTitle }
        titleRange = titleParagraph.map { reading.paragraphs[$0].range }
        if titleParagraph == nil {
            for titleLine in Self.wrap(plain: document.displayTitle, width: self.width) { lines.append(.header(titleLine, .heading)) }
        }
        var facts: [String] = []
        if let author = metadata.author { facts.append(author) }
        if let published = metadata.published { facts.append(published.iso) }
        if let outlet = metadata.outlet { facts.append(outlet) }
        facts.append("\(document.wordCount) words")
        if isRaw { facts.append("raw text") }
        for factLine in Self.wrap(plain: facts.joined(separator: " · "), width: self.width) { lines.append(.header(factLine, .dim)) }
        lines.append(.blank)
        let glyphs = Self.glyphs(of: reading.text)
        self.glyphs = glyphs
        var glyphIndex = 0
        for (index, span) in reading.paragraphs.enumerated() {
            if index > 0, !isRaw { lines.append(.blank) }
            if span.isEmpty {
                lines.append(.blank)
                continue
            }
            while glyphIndex < glyphs.count, Int(glyphs[glyphIndex].offset) < span.start { glyphIndex += 1 }
            var end = glyphIndex
            while end < glyphs.count, Int(glyphs[end].offset) < span.end { end += 1 }
            for range in Self.wrap(glyphs[glyphIndex..<end], end: span.end, width: self.width) {
                lines.append(.body(range))
            }
            glyphIndex = end
        }
        self.lines = lines
        lineGlyphs = lines.map { line in
            guard case .body(let range) = line else { return 0..<0 }
            func first(atOrAfter byte: Int) -> Int {
                var low = 0, high = glyphs.count
                while low < high {
                    let middle = (low + high) / 2
                    if Int(glyphs[middle].offset) < byte { low = middle + 1 } else { high = middle }
                }
                return low
            }
            return first(atOrAfter: range.lowerBound)..<first(atOrAfter: range.upperBound)
        }
    }

    /// Every character of `text` as drawn. Printable ASCII, most of any English text, is taken byte
    /// by byte; only the runs between go through grapheme breaking.
    static func glyphs(of text: String) -> [Glyph] {
        var glyphs: [Glyph] = []
        let utf8 = Array(text.utf8)
        glyphs.reserveCapacity(utf8.count)
        var offset = 0
        var index = text.startIndex
        while offset < utf8.count {
            let byte = utf8[offset]
            if byte >= 0x20, byte < 0x7F, offset + 1 == utf8.count || utf8[offset + 1] < 0x80 {
                glyphs.append(Glyph(code: UInt32(byte), width: 1, ascii: byte, isMark: false, offset: Int32(offset)))
                offset += 1
                continue
            }
            index = text.utf8.index(text.utf8.startIndex, offsetBy: offset)
            let character = text[index]
            let (shown, width, markStyle) = CellBuffer.display(character)
            let shownASCII: UInt8 = width == 1 && shown.utf8.count == 1 ? (shown.utf8.first.map { $0 >= 0x20 && $0 < 0x7F ? $0 : 0 } ?? 0) : 0
            glyphs.append(Glyph(code: GraphemeTable.code(of: shown), width: UInt8(width), ascii: shownASCII,
                                isMark: markStyle != nil, offset: Int32(offset)))
            offset += character.utf8.count
        }
        return glyphs
    }

    /// The index of the line that shows byte `offset`: the body line containing it, or the blank
    /// line between paragraphs for a byte between them (the blank line's own anchor).
    public func lineIndex(containing offset: Int) -> Int {
        // Lines are ordered by a key that never decreases: a body line's end, a blank line's
        // anchor, a header line's next body start. The answer is the first line whose key
        // reaches the offset.
        func reaches(_ index: Int) -> Bool {
            if case .body(let range) = lines[index] { return range.upperBound > offset }
            return anchor(ofLine: index) >= offset
        }
        var low = 0, high = lines.count
        while low < high {
            let middle = (low + high) / 2
            if reaches(middle) { high = middle } else { low = middle + 1 }
        }
        return min(low, max(0, lines.count - 1))
    }

    /// The byte where line `index` starts: for a header the next body line's start; for a blank
    /// line the byte before the next paragraph (the break between paragraphs), so that a place
    /// kept at a blank line and one kept at the paragraph's first line each come back as itself.
    public func anchor(ofLine index: Int) -> Int {
        guard index < lines.count else { return text.utf8.count }
        var next = text.utf8.count
        for position in index..<lines.count {
            if case .body(let range) = lines[position] {
                next = range.lowerBound
                break
            }
        }
        guard case .blank = lines[index] else { return next }
        // Before the first paragraph (among the headers) a blank line is the paragraph's place.
        for position in stride(from: index - 1, through: 0, by: -1) {
            if case .body(let range) = lines[position] { return max(range.upperBound, next - 1) }
        }
        return next
    }

    /// Word-wraps a paragraph given as its glyphs, ending at byte `end`: breaks after spaces
    /// (a run of spaces at a break starts no line), and hard-breaks words wider than the line.
    static func wrap(_ paragraph: ArraySlice<Glyph>, end paragraphEnd: Int, width: Int) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        guard let first = paragraph.first else { return [] }
        var lineStart = Int(first.offset)
        var lineWidth = 0
        var breakAt: Int?
        var widthAtBreak = 0
        for (position, glyph) in zip(paragraph.indices, paragraph) {
            let offset = Int(glyph.offset)
            let next = position + 1 < paragraph.endIndex ? Int(paragraph[position + 1].offset) : paragraphEnd
            let isSpace = glyph.ascii == 0x20
            if isSpace, lineWidth == 0, offset == lineStart, !ranges.isEmpty {
                lineStart = next
                continue
            }
            let glyphWidth = Int(glyph.width)
            if lineWidth + glyphWidth > width, lineWidth > 0 {
                if isSpace {
                    ranges.append(lineStart..<offset)
                    lineStart = next
                    lineWidth = 0
                    breakAt = nil
                    continue
                }
                if let breakPoint = breakAt, breakPoint > lineStart {
                    ranges.append(lineStart..<(breakPoint - 1))
                    lineStart = breakPoint
                    lineWidth -= widthAtBreak
                } else {
                    ranges.append(lineStart..<offset)
                    lineStart = offset
                    lineWidth = 0
                }
                breakAt = nil
            }
            lineWidth += glyphWidth
            if isSpace {
                breakAt = next
                widthAtBreak = lineWidth
            }
        }
        if lineStart < paragraphEnd || ranges.isEmpty { ranges.append(lineStart..<paragraphEnd) }
        return ranges
    }

    /// Word-wraps a piece of text that starts at byte `baseOffset` of a larger one; the ranges are
    /// in the larger text's bytes.
    static func wrap(_ paragraph: Substring, baseOffset: Int, width: Int) -> [Range<Int>] {
        let text = String(paragraph)
        let glyphs = Self.glyphs(of: text)
        return wrap(glyphs[...], end: text.utf8.count, width: width).map {
            ($0.lowerBound + baseOffset)..<($0.upperBound + baseOffset)
        }
    }

    /// Word-wraps one line of plain text (the header's title and facts).
    static func wrap(plain text: String, width: Int) -> [String] {
        let glyphs = Self.glyphs(of: text)
        return wrap(glyphs[...], end: text.utf8.count, width: width).map { range in
            let utf8 = text.utf8
            let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
            let end = utf8.index(utf8.startIndex, offsetBy: range.upperBound)
            return String(text[start..<end])
        }
    }
}
