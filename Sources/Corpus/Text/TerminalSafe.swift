/// Makes text safe to print on a terminal: no control character survives.
///
/// C0 controls become their Unicode control pictures (ESC → "␛", BEL → "␇"), DEL becomes "␡", and
/// C1 controls (U+0080–U+009F, among them the single-character CSI U+009B) become "␦", so hostile
/// text stays visible and readable but can never move the cursor, retitle the window or write the
/// clipboard. Line feeds are kept only where the caller allows them.
public enum TerminalSafe {
    /// The visible mark that stands for a control character, or `nil` when `scalar` is printable.
    @inlinable
    public static func mark(for scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let value = scalar.value
        if value < 0x20 { return Unicode.Scalar(0x2400 + value) }
        if value == 0x7F { return "\u{2421}" }
        if value >= 0x80 && value < 0xA0 { return "\u{2426}" }
        // Bidirectional overrides and isolates can reorder what the reader sees.
        if (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value) { return "\u{2426}" }
        return nil
    }

    /// `text` with every control character replaced by its mark; tabs become spaces and, when
    /// `keepingNewlines` is true, line feeds stay.
    public static func sanitize(_ text: String, keepingNewlines: Bool = false) -> String {
        if !needsSanitizing(text, keepingNewlines: keepingNewlines) { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\n", keepingNewlines {
                result.append(scalar)
            } else if scalar == "\t" {
                result.append(" ")
            } else if let mark = mark(for: scalar) {
                result.append(mark)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    public static func needsSanitizing(_ text: String, keepingNewlines: Bool = false) -> Bool {
        text.unicodeScalars.contains { scalar in
            !(keepingNewlines && scalar == "\n") && mark(for: scalar) != nil
        }
    }
}
