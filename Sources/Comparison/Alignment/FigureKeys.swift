import Extraction

/// What "the same figures" means to the aligner: the figure values a passage states, as keys.
///
/// This is a seam: today the keys come from `NumberTokenFigures`, a plain scan for number tokens;
/// once the figure extractor lands, a reader built on it can replace that type here without the
/// aligner changing.
protocol FigureReading {
    /// The keys of the figures stated in `bytes[range]`, each once, in text order: equal keys mean the
    /// same figure value.
    func figureKeys(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [String]
}

/// Numbers written with digits, minus those that are not counts or amounts.
///
/// Left out: years (four digits, 1800–2100), days next to a month name ("February 26", "25-26
/// February"), ordinals ("20th"), decades ("1990s"), footnote marks ("[3]") and numbers under 10,
/// which match too easily to say two sentences state the same thing. "1,275" and "1275" are one key;
/// a percentage keeps its sign ("20%" and "20 percent" read "20%"), so it never matches a count.
struct NumberTokenFigures: FigureReading {
    static let months: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    func figureKeys(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [String] {
        var keys: [String] = []
        var index = range.lowerBound
        while index < range.upperBound {
            guard isDigit(bytes[index]), index == range.lowerBound || !isLetterOrDigit(bytes[index - 1]) else {
                index += 1
                continue
            }
            let start = index
            var digits = ""
            var hasSeparator = false
            while index < range.upperBound {
                let byte = bytes[index]
                if isDigit(byte) {
                    digits.unicodeScalars.append(Unicode.Scalar(byte))
                    index += 1
                } else if (byte == UInt8(ascii: ",") || byte == UInt8(ascii: ".")), index + 1 < range.upperBound,
                          isDigit(bytes[index + 1])
                {
                    if byte == UInt8(ascii: ".") { digits.append(".") }
                    hasSeparator = true
                    index += 1
                } else {
                    break
                }
            }
            let end = index
            if let key = key(digits, hasSeparator: hasSeparator, bytes, start..<end, range), !keys.contains(key) {
                keys.append(key)
            }
        }
        return keys
    }

    private func key(_ digits: String, hasSeparator: Bool, _ bytes: UnsafeBufferPointer<UInt8>, _ number: Range<Int>,
                     _ range: Range<Int>) -> String?
    {
        // Letters glued on after the digits: ordinals ("20th"), decades ("1990s"), codes ("62A").
        if number.upperBound < range.upperBound, isLetter(bytes[number.upperBound]) { return nil }
        // "[3]": a footnote mark.
        if number.lowerBound > range.lowerBound, bytes[number.lowerBound - 1] == UInt8(ascii: "["),
           number.upperBound < range.upperBound, bytes[number.upperBound] == UInt8(ascii: "]") { return nil }
        guard let value = Double(digits), value >= 10 else { return nil }
        if !hasSeparator, digits.count == 4, value >= 1800, value <= 2100 { return nil }
        if word(before: number.lowerBound, bytes, range).map(Self.months.contains) == true { return nil }
        if word(after: number.upperBound, bytes, range).map(Self.months.contains) == true { return nil }
        let next = word(after: number.upperBound, bytes, range)
        let isPercent = (number.upperBound < range.upperBound && bytes[number.upperBound] == UInt8(ascii: "%"))
            || next == "percent" || next == "per"
        let normal = digits.contains(".") ? String(value) : digits.drop { $0 == "0" }.description
        return isPercent ? normal + "%" : normal
    }

    /// The lowercased word before `offset`, across spaces and one dash or comma ("February 25-26").
    private func word(before offset: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String? {
        var end = offset
        while end > range.lowerBound, bytes[end - 1] == 0x20 || bytes[end - 1] == UInt8(ascii: "-") || isDigit(bytes[end - 1]) {
            end -= 1
        }
        var start = end
        while start > range.lowerBound, isLetter(bytes[start - 1]) { start -= 1 }
        return start < end ? lowercased(bytes, start..<end) : nil
    }

    private func word(after offset: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String? {
        var start = offset
        while start < range.upperBound, bytes[start] == 0x20 || bytes[start] == UInt8(ascii: "-") || isDigit(bytes[start]) {
            start += 1
        }
        var end = start
        while end < range.upperBound, isLetter(bytes[end]) { end += 1 }
        return start < end ? lowercased(bytes, start..<end) : nil
    }

    private func lowercased(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: range.map { bytes[$0] | 0x20 }, as: UTF8.self)
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    private func isLetter(_ byte: UInt8) -> Bool { byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A }
    private func isLetterOrDigit(_ byte: UInt8) -> Bool { isDigit(byte) || isLetter(byte) }
}
