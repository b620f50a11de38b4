/// Builds one paragraph of reading text from pieces of the original, recording where each came from.
///
/// Copies are sanitized on the way: control characters become visible marks (`TerminalSafe`),
/// tabs expand to the next multiple of eight columns, and a carriage return before a line feed is
/// dropped, so no text that reaches the reading view can drive a terminal.
struct ParagraphBuilder {
    private(set) var bytes: [UInt8] = []
    private(set) var map = OffsetMap()

    var isEmpty: Bool { bytes.isEmpty }

    /// Copies `range` of `source`, sanitizing it.
    mutating func copy(_ range: Range<Int>, of source: UnsafeBufferPointer<UInt8>) {
        var runStart = range.lowerBound
        var index = range.lowerBound
        let end = range.upperBound

        func flush(_ upTo: Int) {
            guard runStart < upTo else { return }
            let readingStart = bytes.count
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<upTo]))
            map.append(reading: readingStart..<bytes.count, source: runStart..<upTo, isCopy: true)
        }

        while index < end {
            // Printable ASCII, most of any text, is copied as it is: one comparison a byte.
            while index < end, source[index] &- 0x20 < 0x5F { index += 1 }
            guard index < end else { break }
            let byte = source[index]
            if byte >= 0x80 && byte != 0xC2 && byte != 0xE2 {
                index += 1
                continue
            }
            var replaced = 1
            var replacement: [UInt8]?
            switch byte {
            case 0x09:
                // Columns are counted only here, as tabs are rare: the paragraph so far, then the
                // run not yet flushed.
                let column = Self.characters(in: UnsafeBufferPointer(rebasing: source[runStart..<index]))
                    + bytes.withUnsafeBufferPointer(Self.characters)
                let spaces = 8 - column % 8
                replacement = [UInt8](repeating: 0x20, count: spaces)
            case 0x0D where index + 1 < end && source[index + 1] == 0x0A, 0x0D where index + 1 == end:
                replacement = []
            case 0x00..<0x20:
                replacement = Self.mark(0x2400 + UInt32(byte))
            case 0x7F:
                replacement = Self.mark(0x2421)
            case 0xC2 where index + 1 < end && (0x80...0x9F).contains(source[index + 1]):
                replaced = 2
                replacement = Self.mark(0x2426)
            case 0xE2 where index + 2 < end && Self.isBidiControl(source[index + 1], source[index + 2]):
                replaced = 3
                replacement = Self.mark(0x2426)
            default:
                break
            }
            guard let replacement else {
                index += 1
                continue
            }
            flush(index)
            append(replacement, replacing: index..<(index + replaced))
            index += replaced
            runStart = index
        }
        flush(end)
    }

    /// Appends `text` in place of the source bytes `range` (an entity, a joining space, ...).
    mutating func replace(_ range: Range<Int>, with text: String) {
        append(Array(text.utf8), replacing: range)
    }

    /// The columns UTF-8 text takes as the tab rule counts them: one per character (per lead byte;
    /// a mark is one character).
    private static func characters(in text: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        for byte in text where byte & 0xC0 != 0x80 { count += 1 }
        return count
    }

    mutating func append(_ replacement: [UInt8], replacing range: Range<Int>) {
        let readingStart = bytes.count
        bytes.append(contentsOf: replacement)
        map.append(reading: readingStart..<bytes.count, source: range, isCopy: false)
    }

    /// Drops trailing spaces (after tags were stripped or lines were joined).
    mutating func trimTrailingSpaces() {
        var count = bytes.count
        while count > 0, bytes[count - 1] == 0x20 { count -= 1 }
        guard count < bytes.count else { return }
        bytes.removeSubrange(count...)
        map.truncate(readingLength: count)
    }

    func build(source: Range<Int>) -> CleanParagraph {
        CleanParagraph(bytes: bytes, map: map, source: source)
    }

    private static func isBidiControl(_ second: UInt8, _ third: UInt8) -> Bool {
        (second == 0x80 && (0xAA...0xAE).contains(third)) || (second == 0x81 && (0xA6...0xA9).contains(third))
    }

    private static func mark(_ value: UInt32) -> [UInt8] {
        Array(String(Character(Unicode.Scalar(value)!)).utf8)
    }
}

/// A paragraph of cleaned text, the source bytes it spans, and its offset map (reading offsets
/// relative to the paragraph's start).
struct CleanParagraph {
    var bytes: [UInt8]
    var map: OffsetMap
    var source: Range<Int>
    var text: String { String(decoding: bytes, as: UTF8.self) }
}
