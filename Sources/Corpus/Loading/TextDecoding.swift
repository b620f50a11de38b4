/// Turns a file's bytes into text: UTF-8 when valid, UTF-16 with a byte-order mark, and otherwise
/// Windows-1252, the encoding that most "not UTF-8" English web text turns out to be in.
enum TextDecoding {
    static func decode(_ bytes: [UInt8]) -> (text: String, encoding: SourceEncoding) {
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            return (decodeUTF16(bytes, littleEndian: bytes[0] == 0xFF), .utf16)
        }
        if let text = String(validating: bytes, as: UTF8.self) { return (text, .utf8) }
        return (decodeWindows1252(bytes), .windows1252)
    }

    /// Whether the bytes start with a UTF-16 byte-order mark (such files hold NUL bytes but are text).
    static func hasUTF16ByteOrderMark(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF))
    }

    static func decodeWindows1252(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for byte in bytes {
            if byte >= 0x80 && byte < 0xA0 {
                scalars.append(Unicode.Scalar(windows1252High[Int(byte - 0x80)])!)
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return String(scalars)
    }

    private static func decodeUTF16(_ bytes: [UInt8], littleEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = 2
        while index + 1 < bytes.count {
            let pair = littleEndian ? (UInt16(bytes[index + 1]) << 8 | UInt16(bytes[index]))
                : (UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1]))
            units.append(pair)
            index += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// Windows-1252 0x80–0x9F. Its five undefined bytes keep their C1 code points, which the cleaner
    /// then shows as marks.
    private static let windows1252High: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]
}
