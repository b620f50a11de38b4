#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns a file's bytes into text: UTF-8 when valid, UTF-16 with a byte-order mark; otherwise the
/// character set an HTML page declares (`<meta charset>`, `http-equiv` Content-Type, an XML
/// declaration), and failing that Windows-1252, the encoding most "not UTF-8" Western web text is in.
///
/// Valid UTF-8 wins over a declaration: a page saved as UTF-8 keeps its old `<meta charset>`
/// more often than other bytes happen to be valid UTF-8. Declared sets are decoded with the C
/// library's iconv, which a fully static binary keeps (Foundation's converters need ICU data that
/// the static link leaves out); a byte the set does not define becomes U+FFFD.
enum TextDecoding {
    static func decode(_ bytes: [UInt8], sniffsMarkup: Bool = false) -> (text: String, encoding: SourceEncoding) {
        if hasUTF16ByteOrderMark(bytes) {
            return (decodeUTF16(bytes, littleEndian: bytes[0] == 0xFF), .utf16)
        }
        if let text = String(validating: bytes, as: UTF8.self) { return (text, .utf8) }
        if sniffsMarkup, let declared = declaredEncoding(bytes), declared != .windows1252, declared != .utf8,
           let text = decode(bytes, as: declared)
        {
            return (text, declared)
        }
        return (decodeWindows1252(bytes), .windows1252)
    }

    /// Whether the bytes start with a UTF-16 byte-order mark (such files hold NUL bytes but are text).
    static func hasUTF16ByteOrderMark(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF))
    }

    /// The character set the page's start declares, as browsers look for it (the first 4 KB).
    static func declaredEncoding(_ bytes: [UInt8]) -> SourceEncoding? {
        let head = String(decoding: bytes.prefix(4096).map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self).lowercased()
        var searchFrom = head.startIndex
        while let found = head[searchFrom...].range(of: "charset") {
            searchFrom = found.upperBound
            var rest = head[found.upperBound...].drop { $0 == " " }
            guard rest.first == "=" else { continue }
            rest = rest.dropFirst().drop { $0 == " " || $0 == "\"" || $0 == "'" }
            let name = rest.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ":" || $0 == "." }
            if let encoding = encoding(named: String(name)) { return encoding }
        }
        if let declaration = head.range(of: "<?xml"), let encodingAttribute = head[declaration.upperBound...].range(of: "encoding=") {
            let rest = head[encodingAttribute.upperBound...].drop { $0 == "\"" || $0 == "'" }
            return encoding(named: String(rest.prefix { $0 != "\"" && $0 != "'" && $0 != "?" }))
        }
        return nil
    }

    /// The encoding a declared label names (WHATWG's labels for the sets Crossread reads).
    static func encoding(named label: String) -> SourceEncoding? {
        switch label.lowercased() {
        case "utf-8", "utf8", "unicode-1-1-utf-8": return .utf8
        case "iso-8859-1", "latin1", "l1", "us-ascii", "ascii", "windows-1252", "cp1252", "x-cp1252", "iso_8859-1": return .windows1252
        case "windows-1250", "cp1250", "x-cp1250": return .windows1250
        case "windows-1251", "cp1251", "x-cp1251": return .windows1251
        case "windows-1253", "cp1253": return .windows1253
        case "windows-1254", "cp1254", "iso-8859-9", "latin5": return .windows1254
        case "windows-1255", "cp1255", "iso-8859-8": return .windows1255
        case "windows-1256", "cp1256", "iso-8859-6": return .windows1256
        case "windows-1257", "cp1257", "iso-8859-13", "iso-8859-4": return .windows1257
        case "iso-8859-2", "latin2", "l2", "iso_8859-2": return .iso8859_2
        case "iso-8859-5", "cyrillic", "iso_8859-5": return .iso8859_5
        case "iso-8859-7", "greek", "iso_8859-7": return .iso8859_7
        case "iso-8859-15", "latin-9", "latin9", "iso_8859-15": return .iso8859_15
        case "koi8-r", "koi8", "koi", "koi8_r", "cskoi8r": return .koi8r
        case "koi8-u", "koi8-ru": return .koi8u
        case "gb2312", "gbk", "gb18030", "x-gbk", "cp936", "gb_2312-80", "chinese", "csgb2312": return .gb18030
        case "big5", "big5-hkscs", "cn-big5", "x-x-big5": return .big5
        case "shift_jis", "shift-jis", "sjis", "x-sjis", "ms_kanji", "windows-31j", "cp932", "csshiftjis": return .shiftJIS
        case "euc-jp", "x-euc-jp", "cseucpkdfmtjapanese": return .eucJP
        case "euc-kr", "ks_c_5601-1987", "cp949", "windows-949", "korean", "cseuckr": return .eucKR
        default: return nil
        }
    }

    /// The name iconv knows the set by; the Windows supersets where pages mean them.
    private static func iconvName(_ encoding: SourceEncoding) -> String? {
        switch encoding {
        case .utf8, .utf16, .windows1252: return nil
        case .windows1250: return "CP1250"
        case .windows1251: return "CP1251"
        case .windows1253: return "CP1253"
        case .windows1254: return "CP1254"
        case .windows1255: return "CP1255"
        case .windows1256: return "CP1256"
        case .windows1257: return "CP1257"
        case .iso8859_2: return "ISO-8859-2"
        case .iso8859_5: return "ISO-8859-5"
        case .iso8859_7: return "ISO-8859-7"
        case .iso8859_15: return "ISO-8859-15"
        case .koi8r: return "KOI8-R"
        case .koi8u: return "KOI8-U"
        case .gb18030: return "GB18030"
        case .big5: return "BIG5-HKSCS"
        case .shiftJIS: return "CP932"
        case .eucJP: return "EUC-JP"
        case .eucKR: return "CP949"
        }
    }

    /// `bytes` decoded from `encoding` with iconv; `nil` when iconv does not know the set.
    static func decode(_ bytes: [UInt8], as encoding: SourceEncoding) -> String? {
        guard let name = iconvName(encoding) else { return nil }
        let converter = iconv_open("UTF-8", name)
        guard let converter, converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var output = [UInt8](repeating: 0, count: bytes.count * 4 + 16)
        var written = 0
        var input = bytes
        input.withUnsafeMutableBufferPointer { inputBuffer in
            output.withUnsafeMutableBufferPointer { outputBuffer in
                guard let inputBase = inputBuffer.baseAddress, let outputBase = outputBuffer.baseAddress else { return }
                var consumed = 0
                while consumed < inputBuffer.count {
                    var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inputBase + consumed).assumingMemoryBound(to: CChar.self)
                    var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outputBase + written).assumingMemoryBound(to: CChar.self)
                    var inLeft = inputBuffer.count - consumed
                    var outLeft = outputBuffer.count - written - 3
                    let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                    consumed = inputBuffer.count - inLeft
                    written = outputBuffer.count - 3 - outLeft
                    if result != -1 || inLeft == 0 { break }
                    // A byte the set does not define (or a sequence cut off at the end): U+FFFD.
                    guard errno == EILSEQ || errno == EINVAL else { break }
                    outputBase[written] = 0xEF; outputBase[written + 1] = 0xBF; outputBase[written + 2] = 0xBD
                    written += 3
                    consumed += 1
                    iconv(converter, nil, nil, nil, nil)
                }
            }
        }
        return String(decoding: output[0..<written], as: UTF8.self)
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
