import Extraction
import Foundation

/// The text a person reads: one paragraph per line, sanitized, with a map back to the original.
public struct ReadingText: Sendable {
    /// Paragraphs separated by single line feeds. Contains no other control characters.
    public let text: String
    /// Each paragraph's span in `text`.
    public let paragraphs: [TextSpan]
    /// Maps offsets in `text` to offsets in the document's original text.
    public let map: OffsetMap
    public let wordCount: Int

    init(paragraphs clean: [CleanParagraph]) {
        var bytes: [UInt8] = []
        var spans: [TextSpan] = []
        var map = OffsetMap()
        spans.reserveCapacity(clean.count)
        for (index, paragraph) in clean.enumerated() {
            if index > 0 { bytes.append(0x0A) }
            let start = bytes.count
            bytes.append(contentsOf: paragraph.bytes)
            map.append(contentsOf: paragraph.map, at: start)
            spans.append(TextSpan(start: start, end: bytes.count))
        }
        self.text = String(decoding: bytes, as: UTF8.self)
        self.paragraphs = spans
        self.map = map
        self.wordCount = Self.countWords(bytes)
    }

    /// A reading text kept elsewhere (an index file), put back together from its parts.
    init(text: String, paragraphs: [TextSpan], map: OffsetMap, wordCount: Int) {
        self.text = text
        self.paragraphs = paragraphs
        self.map = map
        self.wordCount = wordCount
    }

    /// The span in the original text of a span of the reading text.
    public func sourceSpan(_ span: TextSpan) -> TextSpan { map.sourceSpan(span) }

    /// The text of a paragraph.
    public func paragraph(_ index: Int) -> Substring {
        let span = paragraphs[index]
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: span.start)
        let upper = utf8.index(lower, offsetBy: span.length)
        return text[lower..<upper]
    }

    /// Every line of `original`, sanitized, with nothing removed.
    static func raw(_ original: String) -> ReadingText {
        var text = original
        text.makeContiguousUTF8()
        let paragraphs: [CleanParagraph] = text.utf8.withContiguousStorageIfAvailable { source in
            let hasByteOrderMark = source.count >= 3 && source[0] == 0xEF && source[1] == 0xBB && source[2] == 0xBF
            return LineScanner.lines(source, from: hasByteOrderMark ? 3 : 0).map { line -> CleanParagraph in
                var builder = ParagraphBuilder()
                builder.copy(line, of: source)
                return builder.build(source: line)
            }
        } ?? []
        return ReadingText(paragraphs: paragraphs)
    }

    static func countWords(_ bytes: [UInt8]) -> Int {
        bytes.withUnsafeBufferPointer { bytes in
            var count = 0
            var inWord = false
            for byte in bytes {
                let isSpace = byte == 0x20 || byte == 0x0A
                if !isSpace && !inWord { count += 1 }
                inWord = !isSpace
            }
            return count
        }
    }
}

/// Splits UTF-8 bytes into lines (without their line feeds).
enum LineScanner {
    static func lines(_ source: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var lineStart = start
        while let end = lineEnd(source, from: lineStart) {
            lines.append(lineStart..<end)
            lineStart = end + 1
        }
        if lineStart < source.count { lines.append(lineStart..<source.count) }
        return lines
    }

    /// The offset of the next line feed at or after `start`, or `nil` when there is none.
    static func lineEnd(_ source: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard start < source.count, let base = source.baseAddress,
              let found = memchr(base + start, 0x0A, source.count - start)
        else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }
}
