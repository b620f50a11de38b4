/// Keys written as text, for `crossread snapshot --keys` and for tests.
///
/// Each character is a key, except names in angle brackets: `<Enter>`, `<Esc>`, `<Tab>`,
/// `<S-Tab>`, `<Up>`, `<Down>`, `<Left>`, `<Right>`, `<PgUp>`, `<PgDn>`, `<Home>`, `<End>`,
/// `<BS>`, `<Del>`, `<Space>`, `<lt>` (a literal `<`), `<F1>`…`<F12>`, `<C-x>` (Ctrl-x) and
/// `<Resize:WxH>`.
///
///     try KeyNotation.parse("jj<Enter>/killed<Enter>n")
public enum KeyNotation {
    public struct ParseError: Error, CustomStringConvertible {
        public var description: String
    }

    public static func parse(_ text: String) throws -> [Key] {
        // One key alone, as every key in a configuration file is: an ASCII character or one
        // name in brackets, read without walking the text by Characters (start-up reads a hundred).
        let bytes = text.utf8
        if bytes.count == 1, let byte = bytes.first, byte != UInt8(ascii: "<") {
            return [.character(Character(Unicode.Scalar(byte)))]
        }
        if bytes.count > 2, bytes.first == UInt8(ascii: "<"), bytes.last == UInt8(ascii: ">"),
           !bytes.dropLast().contains(UInt8(ascii: ">")) {
            let name = String(decoding: bytes.dropFirst().dropLast(), as: UTF8.self)
            guard let key = named(name) else { throw ParseError(description: "unknown key <\(name)>") }
            return [key]
        }
        var keys: [Key] = []
        var rest = Substring(text)
        while let first = rest.first {
            if first == "<", let close = rest.firstIndex(of: ">"), close > rest.index(after: rest.startIndex) {
                let name = String(rest[rest.index(after: rest.startIndex)..<close])
                guard let key = named(name) else { throw ParseError(description: "unknown key <\(name)>") }
                keys.append(key)
                rest = rest[rest.index(after: close)...]
            } else {
                keys.append(.character(first))
                rest = rest.dropFirst()
            }
        }
        return keys
    }

    static func named(_ name: String) -> Key? {
        switch name.lowercased() {
        case "enter", "cr", "return": return .enter
        case "esc", "escape": return .escape
        case "tab": return .tab
        case "s-tab", "backtab": return .backTab
        case "up": return .up
        case "down": return .down
        case "left": return .left
        case "right": return .right
        case "pgup", "pageup": return .pageUp
        case "pgdn", "pagedown": return .pageDown
        case "home": return .home
        case "end": return .end
        case "bs", "backspace": return .backspace
        case "del", "delete": return .delete
        case "space": return .character(" ")
        case "lt": return .character("<")
        default: break
        }
        let lower = name.lowercased()
        if lower.hasPrefix("c-"), lower.count == 3, let letter = lower.last, letter.isLetter { return .control(letter) }
        if lower.hasPrefix("f"), let number = Int(lower.dropFirst()), (1...12).contains(number) { return .function(number) }
        if lower.hasPrefix("resize:") {
            let size = lower.dropFirst(7).split(separator: "x")
            if size.count == 2, let width = Int(size[0]), let height = Int(size[1]) { return .resize(width: width, height: height) }
        }
        return nil
    }

    /// How a key is written in the help screen.
    public static func label(_ key: Key) -> String {
        switch key {
        case .character(" "): return "Space"
        case .character(let character): return String(character)
        case .control(let letter): return "Ctrl-\(letter.uppercased())"
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "S-Tab"
        case .backspace: return "Backspace"
        case .delete: return "Del"
        case .function(let number): return "F\(number)"
        case .resize: return "resize"
        case .mouse: return "mouse"
        }
    }
}

extension KeyNotation {
    /// The key as `parse` reads it back ("c", "<C-d>", "<PgDn>", "<Space>"): how configuration
    /// files write keys.
    public static func notation(_ key: Key) -> String {
        switch key {
        case .character(" "): return "<Space>"
        case .character("<"): return "<lt>"
        case .character(let character): return String(character)
        case .control(let letter): return "<C-\(letter)>"
        case .up: return "<Up>"
        case .down: return "<Down>"
        case .left: return "<Left>"
        case .right: return "<Right>"
        case .pageUp: return "<PgUp>"
        case .pageDown: return "<PgDn>"
        case .home: return "<Home>"
        case .end: return "<End>"
        case .enter: return "<Enter>"
        case .escape: return "<Esc>"
        case .tab: return "<Tab>"
        case .backTab: return "<S-Tab>"
        case .backspace: return "<BS>"
        case .delete: return "<Del>"
        case .function(let number): return "<F\(number)>"
        case .resize(let width, let height): return "<Resize:\(width)x\(height)>"
        case .mouse: return ""
        }
    }
}
