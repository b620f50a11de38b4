#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What gumbo is given to parse: the page with the contents of its scripts and styles cut out, and
/// its tags past a nesting depth blanked, with the map from those bytes back to the page's.
///
/// Two costs of gumbo's, both measured on real pages:
/// - it reads scripts and styles a character at a time, and on the pages of the extraction
///   benchmark they are more than half the bytes (16.1 MB of pages, 7.1 MB without them: gumbo
///   then takes 0.26 s instead of 0.64 s). Their contents are never text, so they are cut, and so
///   are those of the other elements that are never read (`nav`, `svg`, `noscript`, ...);
///   JSON-LD scripts are kept, since they declare metadata;
/// - some of its steps scan every open element for each new tag, so 100,000 nested `<div>`s
///   take it many seconds. Real pages nest a few dozen deep: tags that open past `depthLimit`
///   levels, and the closing tags that match them, are overwritten with spaces.
/// Text nodes never span a cut (cuts lie inside script and style elements), so each maps back by
/// the cuts before it (`sourceOffset(_:)`); blanked tags keep every byte's place.
struct ParserInput {
    static let depthLimit = 1_000

    /// The bytes to parse, or `nil` when they are the page's own.
    private(set) var bytes: [UInt8]?
    /// Where each cut is in `bytes`, and how many page bytes were cut there, in order.
    private(set) var cuts: [(at: Int, removed: Int)] = []

    /// The page parsed as it is.
    static let none = ParserInput()

    private init() {}

    init(_ source: UnsafeBufferPointer<UInt8>, from start: Int) {
        var output: [UInt8] = []
        var copiedUpTo = start
        var depth = 0
        var blanked = false
        var index = start
        let count = source.count
        func copy(upTo end: Int) {
            if output.isEmpty {
                // The bytes before `start` stay, so that offsets in the copy are the page's.
                output.reserveCapacity(count)
                output.append(contentsOf: UnsafeBufferPointer(rebasing: source[0..<start]))
            }
            if copiedUpTo < end { output.append(contentsOf: UnsafeBufferPointer(rebasing: source[copiedUpTo..<end])) }
            copiedUpTo = max(copiedUpTo, end)
        }

        while index < count {
            guard let lessThan = Self.find(UInt8(ascii: "<"), in: source, from: index) else { break }
            index = lessThan
            guard index + 1 < count else { break }
            let next = source[index + 1]
            if next == UInt8(ascii: "!") {
                // A comment (or a declaration): nothing inside it is a tag.
                if index + 3 < count, source[index + 2] == UInt8(ascii: "-"), source[index + 3] == UInt8(ascii: "-") {
                    index = Self.find("-->", in: source, from: index + 4).map { $0 + 3 } ?? count
                } else {
                    index = Self.find(UInt8(ascii: ">"), in: source, from: index + 2).map { $0 + 1 } ?? count
                }
                continue
            }
            let closing = next == UInt8(ascii: "/")
            let nameStart = closing ? index + 2 : index + 1
            guard nameStart < count, Self.isLetter(source[nameStart]) else {
                index += 1
                continue
            }
            var nameEnd = nameStart
            while nameEnd < count, Self.isLetter(source[nameEnd]) || (source[nameEnd] >= 0x30 && source[nameEnd] <= 0x39) { nameEnd += 1 }
            let tagEnd = Self.tagEnd(source, from: nameEnd)
            let name = Self.key(source, nameStart..<nameEnd)
            let selfClosing = tagEnd >= 2 && source[tagEnd - 2] == UInt8(ascii: "/")
            if closing {
                if !Self.unnested.contains(name) {
                    if depth > Self.depthLimit { copy(upTo: index); Self.blank(index..<tagEnd, into: &output); copiedUpTo = tagEnd; blanked = true }
                    depth = max(0, depth - 1)
                }
            } else if (Self.rawText.contains(name) || Self.neverText.contains(name)) && !selfClosing {
                // Up to its closing tag a raw text element's content is text to gumbo, not tags;
                // the other elements here hold nothing that is read.
                let close = Self.findClosingTag(nameStart..<nameEnd, in: source, from: tagEnd) ?? count
                let keeps = name == Self.title || name == Self.textarea
                    || name == Self.script && Self.lowercased(source, nameEnd..<tagEnd).contains("ld+json")
                depth += 1
                if !keeps && close > tagEnd {
                    copy(upTo: tagEnd)
                    cuts.append((at: output.count, removed: close - tagEnd))
                    copiedUpTo = close
                }
                index = close
                continue
            } else if !Self.unnested.contains(name), !selfClosing {
                depth += 1
                if depth > Self.depthLimit { copy(upTo: index); Self.blank(index..<tagEnd, into: &output); copiedUpTo = tagEnd; blanked = true }
            }
            index = tagEnd
        }
        if cuts.isEmpty && !blanked { return }
        copy(upTo: count)
        bytes = output
    }

    /// The page's offset of offset `parsed` of the parsed bytes.
    func sourceOffset(_ parsed: Int) -> Int {
        var shift = 0
        for cut in cuts {
            if cut.at > parsed { break }
            shift += cut.removed
        }
        return parsed + shift
    }

    /// Whether a cut lies strictly inside `range` of the parsed bytes.
    func crossesCut(_ range: Range<Int>) -> Bool {
        cuts.contains { $0.at > range.lowerBound && $0.at < range.upperBound }
    }

    // MARK: Scanning

    /// Elements with no content of their own, or whose end tags are left out by rule: they do not
    /// add a level of nesting.
    private static let unnested = keys([
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "option", "tr", "td", "th",
    ])
    private static let rawText = keys(["script", "style", "title", "textarea", "xmp", "noembed", "noframes"])
    /// Elements whose content `HTMLPage` never reads (`HTMLTagKind.skipped`, and `nav`): their
    /// contents are cut too. Inline SVG icons are often a large part of a page.
    private static let neverText = keys([
        "nav", "svg", "math", "noscript", "template", "select", "iframe", "object", "canvas", "video", "audio",
    ])
    private static let title = key("title"), textarea = key("textarea"), script = key("script")

    /// A tag name of up to eight letters, lower-cased and packed into an integer (0 for a longer
    /// one, which none of the names here is): tags are compared without making strings.
    private static func key(_ source: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        guard range.count <= 8 else { return 0 }
        var key: UInt64 = 0
        for index in range { key = key << 8 | UInt64(source[index] | 0x20) }
        return key
    }

    private static func key(_ name: String) -> UInt64 {
        Array(name.utf8).withUnsafeBufferPointer { key($0, 0..<$0.count) }
    }

    private static func keys(_ names: [String]) -> Set<UInt64> { Set(names.map(key)) }

    private static func blank(_ range: Range<Int>, into output: inout [UInt8]) {
        output.append(contentsOf: repeatElement(0x20, count: range.count))
    }

    private static func isLetter(_ byte: UInt8) -> Bool { byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A }

    private static func lowercased(_ source: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: source[range]), as: UTF8.self).lowercased()
    }

    /// The offset after the `>` that ends a tag whose name ends at `start`; quoted values may hold `>`.
    private static func tagEnd(_ source: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        var quote: UInt8 = 0
        while index < source.count {
            let byte = source[index]
            if quote != 0 {
                if byte == quote { quote = 0 }
            } else if byte == 0x22 || byte == 0x27 {
                // A quote opens a value only after "=" (so a stray quote cannot swallow the page).
                var before = index - 1
                while before > start, source[before] == 0x20 { before -= 1 }
                if source[before] == UInt8(ascii: "=") { quote = byte }
            } else if byte == UInt8(ascii: ">") {
                return index + 1
            }
            index += 1
        }
        return source.count
    }

    /// The offset of `</name` (any case; the name at `nameRange`) at or after `start`.
    private static func findClosingTag(_ nameRange: Range<Int>, in source: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        let nameBytes = nameRange.map { source[$0] | 0x20 }
        var index = start
        while let lessThan = find(UInt8(ascii: "<"), in: source, from: index) {
            let nameStart = lessThan + 2
            if nameStart + nameBytes.count <= source.count, source[lessThan + 1] == UInt8(ascii: "/") {
                var matched = true
                for offset in 0..<nameBytes.count where source[nameStart + offset] | 0x20 != nameBytes[offset] {
                    matched = false
                    break
                }
                if matched { return lessThan }
            }
            index = lessThan + 1
        }
        return nil
    }

    private static func find(_ byte: UInt8, in source: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard start < source.count, let base = source.baseAddress,
              let found = memchr(base + start, Int32(byte), source.count - start) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    private static func find(_ text: StaticString, in source: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        let needle = UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)
        var index = start
        while let first = find(needle[0], in: source, from: index) {
            guard first + needle.count <= source.count else { return nil }
            if (0..<needle.count).allSatisfy({ source[first + $0] == needle[$0] }) { return first }
            index = first + 1
        }
        return nil
    }
}
