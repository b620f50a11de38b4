/// Splits plain text into paragraphs.
///
/// Most scraped articles keep one paragraph per line. Hard-wrapped text (most lines 50–90
/// characters, none very long) is unwrapped: consecutive lines join with a space unless the line
/// before is short, as a heading or an address line is.
enum PlainTextSegmenter {
    static func paragraphs(_ source: UnsafeBufferPointer<UInt8>, from start: Int) -> [SourceParagraph] {
        let lines = LineScanner.lines(source, from: start)
        let wrapped = isHardWrapped(lines, source)
        var result: [SourceParagraph] = []
        var builder = ParagraphBuilder()
        var paragraphStart = 0
        var previousLength = 0

        func finish(_ end: Int) {
            builder.trimTrailingSpaces()
            if !builder.isEmpty { result.append(SourceParagraph(builder.build(source: paragraphStart..<end))) }
            builder = ParagraphBuilder()
        }

        for line in lines {
            let content = trimmed(line, source)
            if content.isEmpty {
                finish(line.lowerBound)
                continue
            }
            if !builder.isEmpty {
                if wrapped && previousLength >= 40 {
                    builder.replace(content.lowerBound - 1..<content.lowerBound, with: " ")
                } else {
                    finish(line.lowerBound)
                }
            }
            if builder.isEmpty { paragraphStart = content.lowerBound }
            builder.copy(content, of: source)
            previousLength = content.count
        }
        finish(source.count)
        return result
    }

    /// The line without leading and trailing blanks (spaces, tabs, carriage returns, no-break spaces).
    static func trimmed(_ line: Range<Int>, _ source: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var lower = line.lowerBound, upper = line.upperBound
        while lower < upper {
            let byte = source[lower]
            if byte == 0x20 || byte == 0x09 || byte == 0x0D { lower += 1 }
            else if byte == 0xC2, lower + 1 < upper, source[lower + 1] == 0xA0 { lower += 2 }
            else { break }
        }
        while upper > lower {
            let byte = source[upper - 1]
            if byte == 0x20 || byte == 0x09 || byte == 0x0D { upper -= 1 }
            else if byte == 0xA0, upper - 2 >= lower, source[upper - 2] == 0xC2 { upper -= 2 }
            else { break }
        }
        return lower..<upper
    }

    private static func isHardWrapped(_ lines: [Range<Int>], _ source: UnsafeBufferPointer<UInt8>) -> Bool {
        var medium = 0, nonBlank = 0
        for line in lines {
            let length = line.count
            if length > 120 { return false }
            if length == 0 { continue }
            nonBlank += 1
            if length >= 50 && length <= 90 { medium += 1 }
        }
        return medium >= 10 && medium * 10 >= nonBlank * 6
    }
}

/// A paragraph as the format gave it, before furniture is told apart.
struct SourceParagraph {
    var clean: CleanParagraph
    /// Marked as a heading by the markup (`#`, `<h1>`).
    var isHeading = false

    init(_ clean: CleanParagraph, isHeading: Bool = false) {
        self.clean = clean
        self.isHeading = isHeading
    }
}
