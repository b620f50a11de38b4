/// One quotation mark in UTF-8 text, with what its shape and its neighbours say it can do.
///
/// Marks come in two families that close each other: double (`"`, `“`, `”`, `„`, `''`, ``` `` ```, `«`,
/// `»`) and single (`'`, `‘`, `’`, `‹`, `›`). Within a family any closer ends any opener, because
/// scraped text often opens with one mark and closes with another (`"Holocaust moment”`). Whether a
/// mark opens or closes is read from the characters around it, the way CommonMark reads emphasis:
/// a mark with a word after it and space before it opens; one with a word before and space after closes.
struct QuoteMark {
    enum Family { case double, single }
    enum Shape { case opening, closing, neutral }
    enum Role { case open, close, openOrClose, closeOnly }

    var start: Int
    var end: Int
    var family: Family
    var role: Role

    /// The marks in `bytes[range]`, in order, each with its role; apostrophes inside words are skipped.
    static func marks(in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> [QuoteMark] {
        var marks: [QuoteMark] = []
        var index = range.lowerBound
        while index < range.upperBound {
            guard let (length, family, shape) = recognize(bytes, index, range.upperBound) else {
                index += 1
                continue
            }
            let before = neighbour(bytes, before: index, lower: range.lowerBound)
            let after = neighbour(bytes, at: index + length, upper: range.upperBound)
            if let role = role(family: family, shape: shape, before: before, after: after) {
                marks.append(QuoteMark(start: index, end: index + length, family: family, role: role))
            }
            index += length
        }
        return marks
    }

    /// What sits next to a mark.
    enum Neighbour { case space, punctuation, word }

    private static func role(family: Family, shape: Shape, before: Neighbour, after: Neighbour) -> Role? {
        // CommonMark's flanking rules, with punctuation on either side counting as a boundary.
        let leftFlanking = after != .space && (after != .punctuation || before != .word)
        let rightFlanking = before != .space && (before != .punctuation || after != .word)
        switch (leftFlanking, rightFlanking) {
        case (true, true):
            // Inside a word: an apostrophe for single marks; a double mark may still close a quote.
            return family == .single ? nil : .closeOnly
        case (false, true):
            return .closeOnly
        case (true, false):
            // A closing-shaped single mark before a word is an elision ("’90s"), not a quote.
            return family == .single && shape == .closing ? nil : .open
        case (false, false):
            switch shape {
            case .opening: return .open
            case .closing: return .closeOnly
            case .neutral: return .openOrClose
            }
        }
    }

    private static func recognize(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ upper: Int)
        -> (Int, Family, Shape)?
    {
        let byte = bytes[index]
        switch byte {
        case 0x22:
            return (1, .double, .neutral)
        case 0x27:
            if index + 1 < upper, bytes[index + 1] == 0x27 { return (2, .double, .closing) }
            return (1, .single, .neutral)
        case 0x60:
            if index + 1 < upper, bytes[index + 1] == 0x60 { return (2, .double, .opening) }
            return nil
        case 0xC2:
            guard index + 1 < upper else { return nil }
            if bytes[index + 1] == 0xAB { return (2, .double, .opening) }  // «
            if bytes[index + 1] == 0xBB { return (2, .double, .closing) }  // »
            return nil
        case 0xE2:
            guard index + 2 < upper, bytes[index + 1] == 0x80 else { return nil }
            switch bytes[index + 2] {
            case 0x9C, 0x9E, 0x9F: return (3, .double, .opening)  // “ „ ‟
            case 0x9D: return (3, .double, .closing)  // ”
            case 0x98: return (3, .single, .opening)  // ‘
            case 0x99: return (3, .single, .closing)  // ’
            case 0xB9: return (3, .single, .opening)  // ‹
            case 0xBA: return (3, .single, .closing)  // ›
            default: return nil
            }
        default:
            return nil
        }
    }

    private static func neighbour(_ bytes: UnsafeBufferPointer<UInt8>, before index: Int, lower: Int) -> Neighbour {
        guard index > lower else { return .space }
        var start = index - 1
        while start > lower, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return classify(bytes, start)
    }

    private static func neighbour(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, upper: Int) -> Neighbour {
        guard index < upper else { return .space }
        return classify(bytes, index)
    }

    /// The length in bytes of the UTF-8 sequence that starts with `lead`.
    static func scalarLength(_ lead: UInt8) -> Int {
        lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }

    /// Classifies the character starting at `index`.
    static func classify(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Neighbour {
        let byte = bytes[index]
        if byte < 0x80 {
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { return .space }
            let isAlphanumeric = (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
            return isAlphanumeric ? .word : .punctuation
        }
        if byte == 0xC2, index + 1 < bytes.count {
            if bytes[index + 1] == 0xA0 { return .space }  // no-break space
            return .punctuation  // « » ¡ ¿ and the other Latin-1 signs
        }
        if byte == 0xE2, index + 1 < bytes.count, bytes[index + 1] == 0x80 {
            if index + 2 < bytes.count, bytes[index + 2] <= 0x8A || bytes[index + 2] == 0xAF { return .space }
            return .punctuation  // dashes, quotation marks, ellipsis
        }
        return .word
    }
}
