/// HTML character references: numeric ones and the named ones that news pages use.
enum HTMLEntities {
    /// The character reference at `index` (an `&`) of `source`: its text and the offset after it.
    /// A reference ends with `;`, except the few that pages write without one ("&amp", "&nbsp"),
    /// as browsers read them; an unknown name stays text.
    static func reference(in source: UnsafeBufferPointer<UInt8>, at index: Int, limit: Int) -> (String, Int)? {
        var end = index + 1
        while end < limit, end - index <= 32 {
            let byte = source[end]
            let isName = (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte == 0x23
            guard isName else { break }
            end += 1
        }
        guard end > index + 1 else { return nil }
        let name = String(decoding: UnsafeBufferPointer(rebasing: source[(index + 1)..<end]), as: UTF8.self)
        if end < limit, source[end] == UInt8(ascii: ";") {
            guard let decoded = decode(name) else { return nil }
            return (decoded, end + 1)
        }
        if name.hasPrefix("#"), name.count > 1, let decoded = decode(name) { return (decoded, end) }
        guard let decoded = withoutSemicolon[name] else { return nil }
        return (decoded, end)
    }

    private static let withoutSemicolon: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "nbsp": "\u{A0}", "copy": "©", "reg": "®",
        "AMP": "&", "LT": "<", "GT": ">", "QUOT": "\"",
    ]

    static func decode(_ name: String) -> String? {
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            guard !digits.isEmpty, digits != "x", digits != "X" else { return nil }
            guard let value, let scalar = Unicode.Scalar(value), value != 0 else { return "\u{FFFD}" }
            return String(Character(scalar))
        }
        return named[name]
    }

    static func decodeAll(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            if let semicolon = after.prefix(33).firstIndex(of: ";"), let decoded = decode(String(after[..<semicolon])) {
                result += decoded
                rest = after[after.index(after: semicolon)...]
            } else {
                result += "&"
                rest = after
            }
        }
        return result + rest
    }

    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "ndash": "–", "mdash": "—",
        "hellip": "…", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”", "sbquo": "‚", "bdquo": "„",
        "laquo": "«", "raquo": "»", "lsaquo": "‹", "rsaquo": "›", "copy": "©", "reg": "®", "trade": "™",
        "deg": "°", "middot": "·", "bull": "•", "times": "×", "divide": "÷", "euro": "€", "pound": "£",
        "yen": "¥", "cent": "¢", "sect": "§", "para": "¶", "shy": "", "zwj": "", "zwnj": "", "thinsp": " ",
        "ensp": " ", "emsp": " ", "prime": "′", "Prime": "″", "frac12": "½", "frac14": "¼", "frac34": "¾",
        "eacute": "é", "egrave": "è", "ecirc": "ê", "euml": "ë", "aacute": "á", "agrave": "à", "acirc": "â",
        "auml": "ä", "aring": "å", "oacute": "ó", "ograve": "ò", "ocirc": "ô", "ouml": "ö", "uacute": "ú",
        "ugrave": "ù", "ucirc": "û", "uuml": "ü", "iacute": "í", "igrave": "ì", "icirc": "î", "iuml": "ï",
        "ccedil": "ç", "ntilde": "ñ", "szlig": "ß", "Eacute": "É", "Ouml": "Ö", "Uuml": "Ü", "Auml": "Ä",
        "Ccedil": "Ç", "scaron": "š", "Scaron": "Š", "oslash": "ø", "aelig": "æ",
    ]
}
