/// How many terminal columns text takes: East Asian wide characters and most emoji take two,
/// combining marks and zero-width characters none.
public enum DisplayWidth {
    public static func of(_ text: some StringProtocol) -> Int {
        // Printable ASCII and C0 marks take a column a byte; only other text needs graphemes.
        if text.utf8.allSatisfy({ $0 != 0 && $0 < 0x80 }) { return text.utf8.count }
        return text.reduce(0) { $0 + of($1) }
    }

    public static func of(_ character: Character) -> Int {
        guard let first = character.unicodeScalars.first else { return 0 }
        if character.unicodeScalars.count > 1, character.unicodeScalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
        return of(first)
    }

    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value == 0 { return 0 }
        if value < 0x20 || (value >= 0x7F && value < 0xA0) { return 1 }  // shown as a one-column mark
        if isZeroWidth(value) { return 0 }
        return isWide(value) ? 2 : 1
    }

    /// `text` cut to `width` columns, ending in "…" when it was cut.
    public static func truncate(_ text: String, to width: Int) -> String {
        guard of(text) > width else { return text }
        guard width > 0 else { return "" }
        var result = ""
        var used = 0
        for character in text {
            let characterWidth = of(character)
            if used + characterWidth > width - 1 { break }
            result.append(character)
            used += characterWidth
        }
        return result + "…"
    }

    /// `text` padded with spaces to `width` columns.
    public static func pad(_ text: String, to width: Int) -> String {
        let missing = width - of(text)
        return missing > 0 ? text + String(repeating: " ", count: missing) : text
    }

    static func isZeroWidth(_ value: UInt32) -> Bool {
        (0x0300...0x036F).contains(value) || (0x0483...0x0489).contains(value) || (0x0591...0x05BD).contains(value)
            || (0x0610...0x061A).contains(value) || (0x064B...0x065F).contains(value)
            || (0x1AB0...0x1AFF).contains(value) || (0x1DC0...0x1DFF).contains(value)
            || (0x200B...0x200F).contains(value) || (0x20D0...0x20FF).contains(value)
            || (0xFE00...0xFE0F).contains(value) || (0xFE20...0xFE2F).contains(value)
            || value == 0xFEFF || value == 0x00AD || (0xE0100...0xE01EF).contains(value)
    }

    static func isWide(_ value: UInt32) -> Bool {
        (0x1100...0x115F).contains(value) || (0x2E80...0x303E).contains(value) || (0x3041...0x33FF).contains(value)
            || (0x3400...0x4DBF).contains(value) || (0x4E00...0x9FFF).contains(value) || (0xA000...0xA4CF).contains(value)
            || (0xAC00...0xD7A3).contains(value) || (0xF900...0xFAFF).contains(value) || (0xFE30...0xFE4F).contains(value)
            || (0xFF00...0xFF60).contains(value) || (0xFFE0...0xFFE6).contains(value)
            || (0x1F300...0x1F64F).contains(value) || (0x1F900...0x1F9FF).contains(value)
            || (0x1F680...0x1F6FF).contains(value) || (0x1FA70...0x1FAFF).contains(value)
            || (0x20000...0x3FFFD).contains(value) || (0x2600...0x26FF).contains(value) && isEmojiPresentation(value)
    }

    private static func isEmojiPresentation(_ value: UInt32) -> Bool {
        [0x2614, 0x2615, 0x2648, 0x2649, 0x264A, 0x264B, 0x264C, 0x264D, 0x264E, 0x264F, 0x2650, 0x2651,
         0x2652, 0x2653, 0x267F, 0x2693, 0x26A1, 0x26AA, 0x26AB, 0x26BD, 0x26BE, 0x26C4, 0x26C5, 0x26CE,
         0x26D4, 0x26EA, 0x26F2, 0x26F3, 0x26F5, 0x26FA, 0x26FD].contains(value)
    }
}
