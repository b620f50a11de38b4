/// ANSI SGR sequences for each style, for `crossread snapshot --color`, read from the same
/// `Theme` the curses front end draws with.
public enum AnsiPalette {
    public static func sgr(_ style: Style) -> String { sgr(style, theme: .standard) }

    /// The sequence for `style` in `theme`: attributes, then foreground (30+), then background (40+).
    public static func sgr(_ style: Style, theme: Theme) -> String {
        let look = theme.look(style)
        var codes: [String] = []
        if look.attributes.contains(.bold) { codes.append("1") }
        if look.attributes.contains(.dim) { codes.append("2") }
        if look.attributes.contains(.underline) { codes.append("4") }
        if look.attributes.contains(.reverse) { codes.append("7") }
        if let number = look.foreground.number { codes.append(String(30 + number)) }
        if let number = look.background.number { codes.append(String(40 + number)) }
        return codes.isEmpty ? "" : "\u{1B}[\(codes.joined(separator: ";"))m"
    }
}
