import Extraction

/// A word of a text, folded for comparison: its span and a hash of its folded form.
///
/// Folding lowercases, drops apostrophes inside words ("that’s" and "that's" read "thats") and the
/// separators inside numbers ("1,275" reads "1275"); quotation marks and other punctuation are not
/// part of any word, so they never count as a difference. Hyphens split words.
struct WordToken: Hashable, Sendable {
    var span: TextSpan
    var key: UInt64
    var startsWithDigit: Bool
    /// Neither a name (capitalized) nor a function word: a word that carries what a sentence says.
    var isContent: Bool
}

enum WordTokenizer {
    /// The words of `bytes[range]`, in order.
    static func tokens(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [WordToken] {
        scan(bytes, range, stopwords: functionWords)
    }

    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, stopwords functionWords: Set<UInt64>)
        -> [WordToken]
    {
        var tokens: [WordToken] = []
        tokens.reserveCapacity(range.count / 5)
        var index = range.lowerBound
        while index < range.upperBound {
            let (scalar, length) = decode(bytes, index)
            guard isWordScalar(scalar) else {
                index += length
                continue
            }
            let start = index
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            var end = index
            let startsWithDigit = scalar.value >= 0x30 && scalar.value <= 0x39
            let isCapitalized = scalar.properties.isUppercase
            while index < range.upperBound {
                let (scalar, length) = decode(bytes, index)
                if isWordScalar(scalar) {
                    fold(scalar, into: &hash)
                    index += length
                    end = index
                    continue
                }
                // Apostrophes between letters and separators between digits stay inside the word.
                guard isInnerMark(scalar), index + length < range.upperBound else { break }
                let (next, _) = decode(bytes, index + length)
                let previousIsDigit = bytes[index - 1] >= 0x30 && bytes[index - 1] <= 0x39
                let isNumberSeparator = (scalar == "," || scalar == ".") && previousIsDigit && next.value >= 0x30 && next.value <= 0x39
                let isApostrophe = (scalar == "'" || scalar == "\u{2019}") && isWordScalar(next) && !previousIsDigit
                guard isNumberSeparator || isApostrophe else { break }
                if scalar == "." { fold(scalar, into: &hash) }  // a decimal point tells 1.5 from 15
                index += length
            }
            tokens.append(WordToken(span: TextSpan(start: start, end: end), key: hash, startsWithDigit: startsWithDigit,
                                    isContent: !isCapitalized && !functionWords.contains(hash)))
        }
        return tokens
    }

    /// The keys of English function words, which carry no content of their own.
    static let functionWords: Set<UInt64> = {
        let words = """
            a an the and or but nor of to in on at by for from with as into onto over under about after before \
            than then that this these those there here it its it's is are was were be been being has have had do \
            does did not no so if while when which who whom whose what where why how all any both each more most \
            other some such only own same too very can will would should could may might must shall he she they \
            we you i his her their our your him them us me my also just up out off again further once
            """
        var keys: Set<UInt64> = []
        var bytes = Array(words.utf8)
        bytes.withUnsafeMutableBufferPointer { buffer in
            for token in scan(UnsafeBufferPointer(buffer), 0..<buffer.count, stopwords: []) { keys.insert(token.key) }
        }
        return keys
    }()

    static func tokens(in text: String) -> [WordToken] {
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { tokens(UnsafeBufferPointer($0), 0..<$0.count) }
    }

    @inline(__always)
    private static func fold(_ scalar: Unicode.Scalar, into hash: inout UInt64) {
        if scalar.isASCII {
            var value = UInt8(scalar.value)
            if value >= 0x41 && value <= 0x5A { value |= 0x20 }
            hash = (hash ^ UInt64(value)) &* 0x0000_0100_0000_01B3
        } else {
            for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                hash = (hash ^ UInt64(lower.value)) &* 0x0000_0100_0000_01B3
            }
        }
    }

    @inline(__always)
    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (value >= 0x30 && value <= 0x39) || (value | 0x20 >= 0x61 && value | 0x20 <= 0x7A)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    @inline(__always)
    private static func isInnerMark(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}" || scalar == "," || scalar == "."
    }

    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        guard index + length <= bytes.count else { return (Unicode.Scalar(0xFFFD)!, 1) }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length { value = value << 6 | (UInt32(bytes[index + offset]) & 0x3F) }
        return (Unicode.Scalar(value) ?? Unicode.Scalar(0xFFFD)!, length)
    }
}
