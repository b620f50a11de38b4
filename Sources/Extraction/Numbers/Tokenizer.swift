/// Splits a range of UTF-8 bytes into tokens.
enum Tokenizer {
    static func tokens(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(range.count / 5)
        var index = range.lowerBound
        let end = range.upperBound
        var spaceBefore = true
        while index < end {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                spaceBefore = true
                index += 1
                continue
            }
            if byte == 0xC2, index + 1 < end, bytes[index + 1] == 0xA0 {  // no-break space
                spaceBefore = true
                index += 2
                continue
            }
            if isDigit(byte) {
                var token = number(bytes, from: index, end: end)
                token.spaceBefore = spaceBefore
                index = token.end
                tokens.append(token)
            } else if isLetter(byte) || (byte >= 0xC3 && byte != 0xE2) || (byte >= 0x80 && byte < 0xC0) {
                let start = index
                let capitalized = byte >= 0x80 || byte < 0x61
                while index < end {
                    let next = bytes[index]
                    if isLetter(next) || (next >= 0x80 && next != 0xE2) {
                        index += 1
                    } else if next == 0x27, index + 1 < end, isLetter(bytes[index + 1]), index > start {
                        index += 1  // "don't"
                    } else {
                        break
                    }
                }
                // Lowercased ASCII; each non-ASCII byte becomes "~", a placeholder no lexicon word contains.
                let lower = String(unsafeUninitializedCapacity: index - start) { buffer in
                    for offset in 0..<(index - start) {
                        let next = bytes[start + offset]
                        buffer[offset] = next >= 0x80 ? 0x7E : isLetter(next) ? next | 0x20 : next
                    }
                    return index - start
                }
                tokens.append(Token(kind: .word, start: start, end: index, lower: lower, isCapitalized: capitalized,
                                    spaceBefore: spaceBefore,
                                    isNumberWord: NumberWords.mayBeNumberWord(bytes, start..<index)))
            } else {
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
                let stop = Swift.min(end, index + length)
                var text = ""
                if length == 3, stop - index == 3, bytes[index] == 0xE2, bytes[index + 1] == 0x80,
                   bytes[index + 2] == 0x93 || bytes[index + 2] == 0x94 || bytes[index + 2] == 0x90 || bytes[index + 2] == 0x91
                {
                    text = "-"  // dashes and hyphens read as "-"
                } else if length == 3, stop - index == 3, bytes[index] == 0xE2, bytes[index + 1] == 0x80,
                          bytes[index + 2] == 0x99
                {
                    text = "'"
                } else if length == 1 {
                    text = String(Unicode.Scalar(byte))
                } else {
                    text = "?"
                }
                tokens.append(Token(kind: .punctuation, start: index, end: stop, lower: text, spaceBefore: spaceBefore))
                index = stop
            }
            spaceBefore = false
        }
        return tokens
    }

    /// Digits with thousands separators ("1,275", "1 275"), a decimal part ("1.5"), or a label.
    private static func number(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> Token {
        var index = start
        var integer: Double = 0
        var digits = 0
        var groupDigits = 0
        var token = Token(kind: .number, start: start, end: start, lower: "")
        while index < end, isDigit(bytes[index]) {
            integer = integer * 10 + Double(bytes[index] - 0x30)
            digits += 1
            groupDigits += 1
            index += 1
        }
        // Thousands groups: ",ddd" or " ddd" (a space only after a first group of 1-3 digits).
        let firstGroup = groupDigits
        var separatorKind: UInt8 = 0  // the first separator used; groups must keep to it
        while index < end {
            let separator = bytes[index]
            var width = 0
            if separator == 0x2C { width = 1 }
            else if separator == 0x20, firstGroup <= 3 { width = 1 }
            else if separator == 0xC2, index + 1 < end, bytes[index + 1] == 0xA0, firstGroup <= 3 { width = 2 }
            else if separator == 0xE2, index + 2 < end, bytes[index + 1] == 0x80,
                    bytes[index + 2] == 0x89 || bytes[index + 2] == 0xAF, firstGroup <= 3 { width = 3 }
            guard width > 0, separatorKind == 0 || separatorKind == separator, index + width + 3 <= end,
                  isDigit(bytes[index + width]), isDigit(bytes[index + width + 1]), isDigit(bytes[index + width + 2]),
                  index + width + 3 == end || !isDigit(bytes[index + width + 3])
            else { break }
            separatorKind = separator
            for offset in 0..<3 { integer = integer * 10 + Double(bytes[index + width + offset] - 0x30) }
            digits += 3
            token.hasSeparator = true
            index += width + 3
        }
        var value = integer
        if index + 1 < end, bytes[index] == 0x2E, isDigit(bytes[index + 1]) {
            index += 1
            var scale = 0.1
            while index < end, isDigit(bytes[index]) {
                value += Double(bytes[index] - 0x30) * scale
                scale /= 10
                index += 1
            }
            token.hasDecimal = true
        }
        // Glued characters that make the digits a label: "62/243", "03:13", "317660.html", "1.2.3".
        if index + 1 < end, bytes[index] == 0x2F || bytes[index] == 0x3A || bytes[index] == 0x2E || bytes[index] == 0x5C,
           isDigit(bytes[index + 1]) || isLetter(bytes[index + 1])
        {
            token.isLabel = true
            while index < end, bytes[index] > 0x20, bytes[index] != 0x2C, !(bytes[index] == 0x2E && (index + 1 == end || bytes[index + 1] <= 0x20)),
                  bytes[index] != 0x29, bytes[index] != 0x5D, bytes[index] != 0x3B
            { index += 1 }
        }
        if index < end, isLetter(bytes[index]) {
            token.hasLetterSuffix = true
            while index < end, isLetter(bytes[index]) || isDigit(bytes[index]) { index += 1 }
        }
        if start > 0, bytes[start - 1] == 0x2F || bytes[start - 1] == 0x2E || bytes[start - 1] == 0x3A || bytes[start - 1] == 0x23 || isLetter(bytes[start - 1]) {
            token.isLabel = true  // "/317660", "v2", "#5"
        }
        token.end = index
        token.value = value
        token.digitCount = digits
        token.lower = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        return token
    }

    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    @inline(__always) static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }
}
