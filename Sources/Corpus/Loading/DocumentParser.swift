import Extraction

/// Turns a file's bytes into a `Document`: decoding, front matter, markup, furniture, metadata.
public enum DocumentParser {
    /// Names the cleaning rules' output: an index file made under other rules is read again.
    /// Change it with any change to what `parse` gives (`IndexedCleaningTests` fails until then).
    public static let rulesVersion = "3"

    public static func parse(bytes: [UInt8], id: String, path: String, format: DocumentFormat) -> Document {
        var (original, encoding) = TextDecoding.decode(bytes, sniffsMarkup: format == .html)
        original.makeContiguousUTF8()
        let (reading, metadata) = original.utf8.withContiguousStorageIfAvailable { source in
            clean(source, format: format)
        }!
        return Document(id: id, path: path, format: format, encoding: encoding,
                        original: original, metadata: metadata, reading: reading)
    }

    /// The format a file's name says, or `nil` when its extension is not one Crossread reads.
    public static func format(forExtension pathExtension: String) -> DocumentFormat? {
        switch pathExtension.lowercased() {
        case "txt", "text", "": return .plainText
        case "md", "markdown", "mdown", "mkd": return .markdown
        case "html", "htm", "xhtml": return .html
        default: return nil
        }
    }

    /// The extension of the last component of `path`, as `NSString.pathExtension` gives it
    /// ("a/b.TXT" → "TXT", ".hidden" → "", "notes" → ""), without bridging to Foundation.
    public static func pathExtension(of path: String) -> String {
        // Bytes, not Characters: this runs for every file of a folder walk.
        let utf8 = path.utf8
        var end = utf8.endIndex
        while utf8.distance(from: utf8.startIndex, to: end) > 1, utf8[utf8.index(before: end)] == UInt8(ascii: "/") {
            end = utf8.index(before: end)
        }
        var start = utf8.startIndex
        if let slash = utf8[..<end].lastIndex(of: UInt8(ascii: "/")) { start = utf8.index(after: slash) }
        guard let dot = utf8[start..<end].lastIndex(of: UInt8(ascii: ".")), dot != start else { return "" }
        return String(Substring(utf8[utf8.index(after: dot)..<end]))
    }

    /// The format of a file named explicitly whatever its extension: HTML when it looks like HTML.
    public static func sniffFormat(_ bytes: [UInt8]) -> DocumentFormat {
        let head = String(decoding: bytes.prefix(512), as: UTF8.self).lowercased()
        let trimmed = head.drop { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" || $0 == "\u{FEFF}" }
        return trimmed.hasPrefix("<!doctype html") || trimmed.hasPrefix("<html") || head.contains("<body") ? .html : .plainText
    }

    private static func clean(_ source: UnsafeBufferPointer<UInt8>, format: DocumentFormat) -> (ReadingText, Metadata) {
        var declared = Metadata()
        var paragraphs: [SourceParagraph]
        // A UTF-8 byte-order mark is not text (UTF-16 ones were consumed by decoding).
        var start = 0
        if source.count >= 3, source[0] == 0xEF, source[1] == 0xBB, source[2] == 0xBF { start = 3 }
        switch format {
        case .html:
            let result = HTMLSegmenter.parse(source, from: start)
            declared = result.metadata
            paragraphs = result.paragraphs
        case .plainText, .markdown:
            if let frontMatter = FrontMatter.parse(UnsafeBufferPointer(rebasing: source[start...])) {
                declared = frontMatter.metadata
                start += frontMatter.bodyStart
            }
            paragraphs = format == .markdown
                ? MarkdownSegmenter.paragraphs(source, from: start)
                : PlainTextSegmenter.paragraphs(source, from: start)
        }
        let furniture = Furniture(paragraphs, shapeRulesOnly: format == .html)
        var found = MetadataReader.read(paragraphs, furniture: furniture)
        // A page's title is what it declares (`<title>`, `h1`, ...); a short first line of its text
        // is not taken for one.
        if format == .html { found.title = nil }
        let kept = zip(paragraphs, furniture.isFurniture).filter { !$0.1 }.map(\.0.clean)
        return (ReadingText(paragraphs: kept), declared.filling(from: found))
    }
}
