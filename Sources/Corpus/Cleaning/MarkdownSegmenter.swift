/// Splits Markdown into paragraphs of plain reading text.
///
/// Headings, list items and block quotes become paragraphs of their own; lines of one paragraph join
/// with a space; link and emphasis syntax is dropped and the words kept (`[text](url)` reads "text").
/// Code blocks stay as they are, a line each.
enum MarkdownSegmenter {
    static func paragraphs(_ source: UnsafeBufferPointer<UInt8>, from start: Int) -> [SourceParagraph] {
        var result: [SourceParagraph] = []
        var builder = ParagraphBuilder()
        var paragraphStart = 0
        var inFence = false

        func finish(_ end: Int, heading: Bool = false) {
            builder.trimTrailingSpaces()
            if !builder.isEmpty {
                result.append(SourceParagraph(builder.build(source: paragraphStart..<end), isHeading: heading))
            }
            builder = ParagraphBuilder()
        }

        for line in LineScanner.lines(source, from: start) {
            let content = PlainTextSegmenter.trimmed(line, source)
            let text = UnsafeBufferPointer(rebasing: source[content])
            if isFence(text) {
                finish(line.lowerBound)
                inFence.toggle()
                continue
            }
            if inFence {
                paragraphStart = line.lowerBound
                builder.copy(line, of: source)
                finish(line.upperBound)
                continue
            }
            if content.isEmpty {
                finish(line.lowerBound)
                continue
            }
            if isRule(text) {
                // A setext underline makes the paragraph above it a heading.
                let underline = !builder.isEmpty && (text[0] == UInt8(ascii: "=") || text[0] == UInt8(ascii: "-"))
                    && text.allSatisfy { $0 == text[0] }
                finish(line.lowerBound, heading: underline)
                continue
            }
            if let level = headingLevel(text) {
                finish(line.lowerBound)
                var body = (content.lowerBound + level)..<content.upperBound
                body = PlainTextSegmenter.trimmed(body, source)
                while body.count > 0, source[body.upperBound - 1] == UInt8(ascii: "#") {
                    body = body.lowerBound..<(body.upperBound - 1)
                }
                body = PlainTextSegmenter.trimmed(body, source)
                paragraphStart = content.lowerBound
                copyInline(body, source, into: &builder)
                finish(line.upperBound, heading: true)
                continue
            }
            var body = content
            if source[body.lowerBound] == UInt8(ascii: ">") {
                let markerEnd = body.lowerBound + (body.count > 1 && source[body.lowerBound + 1] == 0x20 ? 2 : 1)
                if builder.isEmpty { paragraphStart = body.lowerBound }
                builder.replace(body.lowerBound..<markerEnd, with: "")
                body = markerEnd..<body.upperBound
            }
            if isListItem(text) { finish(line.lowerBound) }
            if builder.isEmpty {
                paragraphStart = body.lowerBound
            } else if builder.bytes.last != 0x20 {
                builder.replace((body.lowerBound - 1)..<body.lowerBound, with: " ")
            }
            copyInline(body, source, into: &builder)
        }
        finish(source.count)
        return result
    }

    // Line shapes, read from the bytes of a trimmed line.

    private static func isFence(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        text.count >= 3 && (text[0] == UInt8(ascii: "`") || text[0] == UInt8(ascii: "~"))
            && text[1] == text[0] && text[2] == text[0]
    }

    /// "# Title" → 1; `nil` unless one to six hashes stand alone or before a space.
    private static func headingLevel(_ text: UnsafeBufferPointer<UInt8>) -> Int? {
        let hashes = text.prefix { $0 == UInt8(ascii: "#") }.count
        guard (1...6).contains(hashes) else { return nil }
        return hashes == text.count || text[hashes] == 0x20 ? hashes : nil
    }

    /// A thematic break or setext underline: three or more of one of `-*_=`, spaces between allowed.
    private static func isRule(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var marks = 0
        var first: UInt8 = 0
        for byte in text where byte != 0x20 {
            if marks == 0 {
                guard byte == UInt8(ascii: "-") || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "=")
                else { return false }
                first = byte
            } else if byte != first {
                return false
            }
            marks += 1
        }
        return marks >= 3
    }

    /// "- item", "* item", "+ item" or "12. item".
    private static func isListItem(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard text.count >= 2 else { return false }
        if (text[0] == UInt8(ascii: "-") || text[0] == UInt8(ascii: "*") || text[0] == UInt8(ascii: "+")) && text[1] == 0x20 {
            return true
        }
        let digits = text.prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }.count
        return digits > 0 && digits + 1 < text.count && text[digits] == UInt8(ascii: ".") && text[digits + 1] == 0x20
    }

    /// Copies inline Markdown, dropping link, image, emphasis and code markers.
    static func copyInline(_ range: Range<Int>, _ source: UnsafeBufferPointer<UInt8>, into builder: inout ParagraphBuilder) {
        var runStart = range.lowerBound
        var index = range.lowerBound
        let end = range.upperBound

        func drop(_ dropped: Range<Int>) {
            if runStart < dropped.lowerBound { builder.copy(runStart..<dropped.lowerBound, of: source) }
            builder.replace(dropped, with: "")
            runStart = dropped.upperBound
        }
        func byte(_ at: Int) -> UInt8 { at >= range.lowerBound && at < end ? source[at] : 0x20 }
        func isBlank(_ value: UInt8) -> Bool { value == 0x20 || value == 0x09 }

        while index < end {
            let current = source[index]
            switch current {
            case UInt8(ascii: "!") where byte(index + 1) == UInt8(ascii: "["), UInt8(ascii: "["):
                let open = current == UInt8(ascii: "!") ? index + 1 : index
                if let close = find(UInt8(ascii: "]"), from: open + 1, to: end, source),
                   byte(close + 1) == UInt8(ascii: "("),
                   let paren = find(UInt8(ascii: ")"), from: close + 2, to: end, source)
                {
                    drop(index..<(open + 1))
                    copyInline((open + 1)..<close, source, into: &builder)
                    runStart = close
                    drop(close..<(paren + 1))
                    index = paren + 1
                    continue
                }
                index += 1
            case UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "`"):
                var length = 1
                while byte(index + length) == current { length += 1 }
                let before = byte(index - 1), after = byte(index + length)
                let opens = !isBlank(after) && (isBlank(before) || index == range.lowerBound || !isWordByte(before))
                let closes = !isBlank(before) && (isBlank(after) || index + length == end || !isWordByte(after))
                if current != UInt8(ascii: "_") || opens != closes, opens || closes, length <= 3 {
                    drop(index..<(index + length))
                }
                index += length
            default:
                index += 1
            }
        }
        if runStart < end { builder.copy(runStart..<end, of: source) }
    }

    private static func isWordByte(_ value: UInt8) -> Bool {
        (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A) || value >= 0x80
    }

    private static func find(_ target: UInt8, from: Int, to: Int, _ source: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = from
        while index < to {
            if source[index] == target { return index }
            index += 1
        }
        return nil
    }
}
