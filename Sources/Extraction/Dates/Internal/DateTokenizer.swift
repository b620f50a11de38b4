/// Splits UTF-8 bytes into `DateToken`s in one pass.
enum DateTokenizer {
    static func tokens(_ bytes: UnsafeBufferPointer<UInt8>) -> [DateToken] {
        var tokens: [DateToken] = []
        tokens.reserveCapacity(bytes.count / 5)
        var index = 0
        let count = bytes.count
        var space = true
        while index < count {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
                space = true
                index += 1
                continue
            }
            if byte == 0xC2, index + 1 < count, bytes[index + 1] == 0xA0 {  // no-break space
                space = true
                index += 2
                continue
            }
            let start = index
            if isDigit(byte) {
                var token = DateToken(start: start, end: start, kind: .number, spaceBefore: space)
                var value = 0
                var digits = 0
                while index < count, isDigit(bytes[index]) {
                    if digits < 15 { value = value * 10 + Int(bytes[index] - 0x30) }
                    digits += 1
                    index += 1
                }
                // Thousands groups: ",275" after one to three digits, repeatedly.
                while digits <= 3 || token.isGrouped, index + 3 < count, bytes[index] == UInt8(ascii: ","),
                      isDigit(bytes[index + 1]), isDigit(bytes[index + 2]), isDigit(bytes[index + 3]),
                      index + 4 >= count || !isDigit(bytes[index + 4])
                {
                    for offset in 1...3 { value = value &* 10 &+ Int(bytes[index + offset] - 0x30) }
                    digits += 3
                    index += 4
                    token.isGrouped = true
                }
                token.value = digits > 15 ? 0 : value
                token.digits = digits
                // A suffix of letters: "th", "st", "nd", "rd", "s", or the "'s" of "1990's".
                var letters = index
                while letters < count, isLetter(bytes[letters]) { letters += 1 }
                // The "T" of a timestamp ("2021-02-26T10:00") is a word of its own.
                let timestamp = letters == index + 1 && bytes[index] | 0x20 == UInt8(ascii: "t")
                    && letters < count && isDigit(bytes[letters])
                if letters > index, !timestamp {
                    let length = letters - index
                    let first = bytes[index] | 0x20
                    let second = length > 1 ? bytes[index + 1] | 0x20 : 0
                    if length == 1, first == UInt8(ascii: "s") {
                        token.suffix = .plural
                    } else if length == 2, (first == UInt8(ascii: "t") && second == UInt8(ascii: "h"))
                        || (first == UInt8(ascii: "s") && second == UInt8(ascii: "t"))
                        || (first == UInt8(ascii: "n") && second == UInt8(ascii: "d"))
                        || (first == UInt8(ascii: "r") && second == UInt8(ascii: "d"))
                    {
                        token.suffix = .ordinal
                    } else {
                        token.suffix = .other
                    }
                    index = letters
                } else if let after = apostropheS(bytes, index) {
                    token.suffix = .plural
                    index = after
                }
                token.end = index
                tokens.append(token)
                space = false
                continue
            }
            if isLetter(byte) || byte >= 0x80 && !isPunctuationSequence(bytes, index) {
                var key: UInt64 = 0
                var length = 0
                var ascii = true
                while index < count {
                    let current = bytes[index]
                    if isLetter(current) {
                        if length < DateWord.maximumLength { key = key &* 27 &+ UInt64((current | 0x20) - 0x60) }
                        length += 1
                        index += 1
                    } else if current >= 0x80, !isPunctuationSequence(bytes, index) {
                        ascii = false
                        index += sequenceLength(current, bytes, index)
                    } else {
                        break
                    }
                }
                var token = DateToken(start: start, end: index, kind: .word, spaceBefore: space)
                token.isCapitalized = byte >= 0x41 && byte <= 0x5A
                if ascii, length <= DateWord.maximumLength { token.word = DateWord.byKey[key] }
                tokens.append(token)
                space = false
                continue
            }
            var token = DateToken(start: start, end: start + 1, kind: .punctuation, spaceBefore: space)
            if byte < 0x80 {
                token.mark = byte
                index += 1
            } else {
                // E2 80 xx: dashes, quotes and other general punctuation.
                let third = bytes[index + 2]
                token.mark = (third == 0x93 || third == 0x94) ? DateToken.dash : DateToken.quote
                index += 3
            }
            token.end = index
            tokens.append(token)
            space = false
        }
        return tokens
    }

    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    @inline(__always) static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    /// U+2010 through U+203F (dashes, quotes, bullets, ellipsis) start with E2 80.
    @inline(__always) static func isPunctuationSequence(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        bytes[index] == 0xE2 && index + 2 < bytes.count && bytes[index + 1] == 0x80
    }

    /// The length of the UTF-8 sequence led by `byte`, kept inside the text even if it is cut.
    @inline(__always) static func sequenceLength(_ byte: UInt8, _ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int {
        let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
        var end = index + 1
        while end < index + length, end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        return end - index
    }

    /// The index after "'s" or "’s" at `index`, if that is what follows.
    static func apostropheS(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int? {
        var after = index
        if after < bytes.count, bytes[after] == UInt8(ascii: "'") {
            after += 1
        } else if after + 2 < bytes.count, bytes[after] == 0xE2, bytes[after + 1] == 0x80, bytes[after + 2] == 0x99 {
            after += 3
        } else {
            return nil
        }
        guard after < bytes.count, bytes[after] | 0x20 == UInt8(ascii: "s"),
              after + 1 >= bytes.count || !isLetter(bytes[after + 1]) else { return nil }
        return after + 1
    }
}
