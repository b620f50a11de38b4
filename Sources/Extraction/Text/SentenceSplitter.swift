/// Splits text into sentences, returning their UTF-8 spans.
///
/// A sentence ends at `.`, `!` or `?` (with any closing quotes or brackets after it) when the next
/// word starts a new sentence, and always at a line break: corpus text keeps one paragraph per line.
/// Abbreviations ("Mr.", "Feb.", "U.S.") and initials ("J. Smith") do not end a sentence.
public enum SentenceSplitter {
    /// The sentences of `text`, trimmed of surrounding white space, in order.
    public static func sentences(in text: String) -> [TextSpan] {
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { sentences(in: UnsafeBufferPointer($0)) }
    }

    /// The sentences of UTF-8 `bytes`, trimmed of surrounding white space, in order.
    public static func sentences(in bytes: UnsafeBufferPointer<UInt8>) -> [TextSpan] {
        var result: [TextSpan] = []
        var start = 0
        var index = 0
        let count = bytes.count

        func emit(_ end: Int) {
            var lower = start, upper = end
            // Trim white space, the no-break space (C2 A0) included.
            while lower < upper {
                if isSpace(bytes[lower]) { lower += 1 }
                else if lower + 1 < upper, bytes[lower] == 0xC2, bytes[lower + 1] == 0xA0 { lower += 2 }
                else { break }
            }
            while upper > lower {
                if isSpace(bytes[upper - 1]) { upper -= 1 }
                else if upper - 2 >= lower, bytes[upper - 2] == 0xC2, bytes[upper - 1] == 0xA0 { upper -= 2 }
                else { break }
            }
            if lower < upper { result.append(TextSpan(start: lower, end: upper)) }
            start = end
        }

        while index < count {
            let byte = bytes[index]
            if byte == 0x0A {  // line break: paragraphs never share a sentence
                emit(index)
                index += 1
                start = index
                continue
            }
            if byte == UInt8(ascii: "."), isEllipsis(bytes, index) {
                index += 1
                continue
            }
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") {
                var end = index + 1
                end = skipClosers(bytes, end)
                if end >= count {
                    index = end
                    continue
                }
                guard isSpace(bytes[end]) else {
                    index += 1
                    continue
                }
                var next = end
                while next < count {
                    if bytes[next] == 0x20 || bytes[next] == 0x09 { next += 1 }
                    else if next + 1 < count, bytes[next] == 0xC2, bytes[next + 1] == 0xA0 { next += 2 }
                    else { break }
                }
                if next < count, startsSentence(bytes, next),
                   !(byte == UInt8(ascii: ".") && endsWithAbbreviation(bytes, upTo: index))
                {
                    emit(end)
                    index = next
                    continue
                }
                index = end
                continue
            }
            index += 1
        }
        emit(count)
        return result
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private static func isEllipsis(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: ".")
    }

    /// Skips closing quotes and brackets: `"`, `'`, `)`, `]`, `”` and `’`.
    private static func skipClosers(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int) -> Int {
        var index = from
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x22 || byte == 0x27 || byte == 0x29 || byte == 0x5D {
                index += 1
            } else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80,
                      bytes[index + 2] == 0x9D || bytes[index + 2] == 0x99 || bytes[index + 2] == 0xBA
            {
                index += 3  // ” ’ ›
            } else if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xBB {
                index += 2  // »
            } else {
                break
            }
        }
        return index
    }

    /// A sentence starts with a capital letter, a digit, an opening quote or bracket, or any
    /// non-ASCII letter (we cannot tell its case cheaply, and such starts are rare mid-sentence).
    private static func startsSentence(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        let byte = bytes[index]
        if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { return true }
        if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") { return true }
        if byte == 0x22 || byte == 0x27 || byte == 0x28 || byte == 0x5B || byte == UInt8(ascii: "*") { return true }
        return byte >= 0xC0
    }

    private static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "vs", "etc", "no", "nos", "vol", "gen", "col",
        "lt", "sgt", "capt", "gov", "sen", "rep", "rev", "hon", "pres", "amb", "dept", "univ", "inc", "ltd",
        "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "fig", "p", "pp", "cf", "approx", "est", "ca", "e.g", "i.e", "u.s", "u.k", "u.n", "h.e", "a.m", "p.m",
    ]

    /// Whether the word ending at the period at `index` is an abbreviation or an initial.
    private static func endsWithAbbreviation(_ bytes: UnsafeBufferPointer<UInt8>, upTo index: Int) -> Bool {
        var lower = index
        while lower > 0 {
            let byte = bytes[lower - 1]
            let isWordByte = (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x2E
            if !isWordByte { break }
            lower -= 1
        }
        guard lower < index else { return false }
        if index - lower == 1, bytes[lower] >= 0x41, bytes[lower] <= 0x5A { return true }  // "J."
        var word = ""
        word.reserveCapacity(index - lower)
        for position in lower..<index { word.unicodeScalars.append(Unicode.Scalar(bytes[position] | 0x20)) }
        if word.hasPrefix(".") { word.removeFirst() }
        // Dotted initialisms ("U.S", "e.g") and the short words in the list.
        return abbreviations.contains(word)
    }
}
