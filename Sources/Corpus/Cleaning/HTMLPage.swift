import CGumbo
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A web page cut into blocks of reading text, with what each element holds and what the page declares.
///
/// gumbo (Google's HTML5 parser) builds the tree the way browsers do, whatever the markup's
/// faults. One walk over that tree, with an explicit stack rather than recursion so that no depth
/// of nesting can overflow the call stack, then:
/// - cuts the text into blocks: the inline text under one block element (`p`, `li`, `h2`, a `div`'s
///   own text, ...), each a `CleanParagraph` read from the source bytes its text nodes span, so
///   every block maps back to its bytes and entities map to the bytes they replaced;
/// - records each element's tag kind, its parent, the hint its class and id give, and how many bytes
///   of text and of link text it holds;
/// - gathers declarations: `<title>`, `<meta>`, JSON-LD, `<time datetime>`, byline elements, headings.
/// Elements that are never text (scripts, styles, forms' controls, embedded media) are not walked;
/// page furniture by tag (`nav`, `aside`, `header`, `footer`, `menu`, `dialog`) is walked for its
/// declarations (bylines, dates) but its text is not read.
struct HTMLPage {
    struct Element {
        var parent: Int32
        var kind: HTMLTagKind
        /// The class and id hint (see `ClassHints`).
        var hint: ClassHints.Hint
        /// Bytes of reading text in the element and its descendants, outside furniture elements.
        var text: Int32 = 0
        /// The part of `text` inside links.
        var links: Int32 = 0
    }

    struct Block {
        var clean: CleanParagraph
        /// The innermost block element holding the text.
        var element: Int32
        /// 1–6 for a heading's text, else 0.
        var heading: UInt8
        /// Bytes of the text inside links.
        var links: Int32
    }

    /// What the page says about itself, as found; `DeclaredMetadata` decides what to believe.
    struct Declarations {
        var title: String?
        /// `<meta>` values by lower-cased `property`, `name` or `itemprop`; the first of each wins.
        var meta: [String: String] = [:]
        /// Every value of each author-like `<meta>` key, in order.
        var authors: [String: [String]] = [:]
        var jsonLD: [String] = []
        var times: [String] = []
        /// Text of elements marked as bylines (`rel=author`, `itemprop=author`, class `byline`/`author`).
        var bylines: [String] = []
        var headings: [String] = []
    }

    var elements: [Element] = []
    var blocks: [Block] = []
    var declarations = Declarations()

    static func read(_ source: UnsafeBufferPointer<UInt8>, from start: Int) -> HTMLPage {
        var walker = Walker(source: source)
        guard source.baseAddress != nil, start < source.count else { return walker.page }
        let input = ParserInput(source, from: start)
        walker.input = input
        if let bytes = input.bytes {
            bytes.withUnsafeBufferPointer { walker.parse($0, from: start) }
        } else {
            walker.parse(source, from: start)
        }
        return walker.page
    }
}

/// What an element is to the reader, by its tag.
enum HTMLTagKind: UInt8 {
    /// Text runs on inside it (`span`, `a`, `b`, unknown tags).
    case inline
    /// Ends the paragraph before it and starts one of its own.
    case block
    /// A block whose text is a heading.
    case heading
    /// A line break: ends the paragraph, inside the same element.
    case lineBreak
    /// A link: its text counts as link text.
    case link
    /// A caption of a figure or a table.
    case caption
    /// Furniture by tag: walked for declarations, its text is not the article's.
    case furniture
    /// Never text: not walked.
    case skipped
    case body

    /// By gumbo's tag number.
    static let byTag: [HTMLTagKind] = {
        let count = Int(GUMBO_TAG_LAST.rawValue) + 1
        var kinds = [HTMLTagKind](repeating: .inline, count: count)
        for index in 0..<count {
            guard let name = gumbo_normalized_tagname(GumboTag(rawValue: UInt32(index))) else { continue }
            kinds[index] = kind(String(cString: name))
        }
        return kinds
    }()

    private static func kind(_ name: String) -> HTMLTagKind {
        switch name {
        case "p", "div", "section", "article", "main", "li", "ul", "ol", "dl", "dt", "dd", "tr", "td", "th",
             "table", "thead", "tbody", "tfoot", "blockquote", "pre", "figure", "address", "center", "details",
             "summary", "fieldset", "legend", "form", "hgroup", "hr":
            return .block
        case "h1", "h2", "h3", "h4", "h5", "h6": return .heading
        case "br": return .lineBreak
        case "a": return .link
        case "figcaption", "caption": return .caption
        case "nav", "aside", "header", "footer", "menu", "dialog", "head": return .furniture
        case "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas",
             "video", "audio", "select", "button", "textarea", "input", "map", "datalist", "frameset",
             "frame", "applet", "img", "picture", "source", "track", "option", "optgroup", "meter", "progress":
            return .skipped
        case "body", "html": return .body
        default: return .inline
        }
    }
}

private struct Walker {
    let source: UnsafeBufferPointer<UInt8>
    /// The start of the buffer gumbo parsed: its pointers are offsets from here, which `input`
    /// maps to offsets into `source`.
    var parsed: UnsafeRawPointer?
    var input = ParserInput.none
    var page = HTMLPage()
    var builder = ParagraphBuilder()
    var blockStart = 0
    var blockEnd = 0
    var blockLinks: Int32 = 0
    /// Where the last text read ends in the source.
    var lastSourceEnd = 0
    var hints: [String: ClassHints.Hint] = [:]
    /// Element indices of the open block elements, innermost last.
    var blockStack: [Int32] = []
    var furnitureDepth = 0
    var linkDepth = 0
    var headingLevel: UInt8 = 0

    init(source: UnsafeBufferPointer<UInt8>) { self.source = source }

    private enum Step {
        case enter(UnsafeMutablePointer<GumboNode>, parent: Int32)
        case exit(Int32)
    }

    /// Parses `buffer` (the source, or a copy of it with the same offsets) and walks its tree.
    mutating func parse(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int) {
        guard let base = buffer.baseAddress else { return }
        parsed = UnsafeRawPointer(base)
        var chunks: UnsafeMutableRawPointer?
        let output = base.advanced(by: start).withMemoryRebound(to: CChar.self, capacity: buffer.count - start) {
            cr_gumbo_parse($0, buffer.count - start, &chunks)
        }
        // The tree lives in the parse's memory, freed at once (gumbo's own destroy is not needed).
        defer { cr_gumbo_destroy(chunks) }
        guard let output else { return }
        walk(output.pointee.root)
    }

    mutating func walk(_ root: UnsafeMutablePointer<GumboNode>) {
        var stack: [Step] = [.enter(root, parent: -1)]
        while let step = stack.popLast() {
            switch step {
            case .exit(let element):
                exit(element)
            case .enter(let node, let parent):
                switch node.pointee.type {
                case GUMBO_NODE_TEXT, GUMBO_NODE_WHITESPACE, GUMBO_NODE_CDATA:
                    text(node.pointee.v.text.original_text)
                case GUMBO_NODE_ELEMENT, GUMBO_NODE_TEMPLATE, GUMBO_NODE_DOCUMENT:
                    guard let element = enter(node, parent: parent) else { continue }
                    stack.append(.exit(element))
                    let children = node.pointee.type == GUMBO_NODE_DOCUMENT
                        ? node.pointee.v.document.children : node.pointee.v.element.children
                    var index = Int(children.length)
                    while index > 0 {
                        index -= 1
                        let child = children.data[index]!.assumingMemoryBound(to: GumboNode.self)
                        stack.append(.enter(child, parent: element))
                    }
                default:
                    continue
                }
            }
        }
        finishBlock()
    }

    /// Opens an element; `nil` when its content is not walked.
    private mutating func enter(_ node: UnsafeMutablePointer<GumboNode>, parent: Int32) -> Int32? {
        let kind: HTMLTagKind
        var attributes = Attributes()
        if node.pointee.type == GUMBO_NODE_DOCUMENT {
            kind = .block
        } else {
            let element = node.pointee.v.element
            attributes = Attributes(element.attributes)
            if element.tag_namespace != GUMBO_NAMESPACE_HTML {
                return nil
            }
            kind = HTMLTagKind.byTag[Int(element.tag.rawValue)]
            declare(node, tag: element.tag, attributes: attributes)
            if kind == .skipped || attributes.isHidden { return nil }
        }
        switch kind {
        case .block, .heading, .caption, .furniture, .body: finishBlock()
        case .lineBreak: finishBlock(); return nil
        default: break
        }
        // A page repeats its class names: each distinct one is read once.
        let hint: ClassHints.Hint
        if attributes.classAndID.isEmpty && attributes.role == nil {
            hint = ClassHints.Hint()
        } else if attributes.role == nil, let known = hints[attributes.classAndID] {
            hint = known
        } else {
            hint = ClassHints.hint(attributes)
            if attributes.role == nil { hints[attributes.classAndID] = hint }
        }
        // Hidden text, and furniture inside a paragraph ("Image copyright" in a span), is not read;
        // a furniture block element is read and left out by `ArticleFinder`, which weighs it.
        if hint.isHidden || hint.isFurniture && !hint.isWeak && (kind == .inline || kind == .link) { return nil }
        let index = Int32(page.elements.count)
        page.elements.append(HTMLPage.Element(parent: parent, kind: kind, hint: hint))
        switch kind {
        case .inline: break
        case .link: linkDepth += 1
        case .furniture: furnitureDepth += 1; blockStack.append(index)
        case .heading:
            headingLevel = UInt8(node.pointee.v.element.tag.rawValue - GUMBO_TAG_H1.rawValue + 1)
            blockStack.append(index)
        default: blockStack.append(index)
        }
        return index
    }

    private mutating func exit(_ index: Int32) {
        let element = page.elements[Int(index)]
        switch element.kind {
        case .inline: break
        case .link: linkDepth -= 1
        default:
            finishBlock()
            blockStack.removeLast()
            switch element.kind {
            case .furniture: furnitureDepth -= 1
            case .heading: headingLevel = 0
            default: break
            }
        }
        // Read again: the block just finished may have added to this element's counts.
        let finished = page.elements[Int(index)]
        if finished.parent >= 0 {
            page.elements[Int(finished.parent)].text += finished.text
            page.elements[Int(finished.parent)].links += finished.links
        }
    }

    // MARK: Declarations

    private mutating func declare(_ node: UnsafeMutablePointer<GumboNode>, tag: GumboTag, attributes: Attributes) {
        switch tag {
        case GUMBO_TAG_META:
            // One tag may name several properties at once ("og:title twitter:title").
            if let keys = (attributes.property ?? attributes.name ?? attributes.itemprop)?.lowercased(),
               let content = attributes.content {
                for key in keys.split(separator: " ") {
                    if page.declarations.meta[String(key)] == nil { page.declarations.meta[String(key)] = content }
                    // A page with several authors may give each its own tag.
                    if key.contains("author") || key.contains("creator") || key == "byl", page.declarations.authors[String(key), default: []].count < 10 {
                        page.declarations.authors[String(key), default: []].append(content)
                    }
                }
            }
        case GUMBO_TAG_TITLE:
            if page.declarations.title == nil { page.declarations.title = Self.textContent(node, limit: 1000) }
        case GUMBO_TAG_SCRIPT:
            if attributes.type?.lowercased().contains("ld+json") == true, page.declarations.jsonLD.count < 20 {
                page.declarations.jsonLD.append(Self.textContent(node, limit: 1_000_000, collapse: false))
            }
        case GUMBO_TAG_TIME:
            if let datetime = attributes.datetime, page.declarations.times.count < 20 {
                page.declarations.times.append(datetime)
            }
        case GUMBO_TAG_H1:
            if page.declarations.headings.count < 5 { page.declarations.headings.append(Self.textContent(node, limit: 400)) }
        default:
            break
        }
        if let itemprop = attributes.itemprop?.lowercased(), tag != GUMBO_TAG_META {
            if itemprop.split(separator: " ").contains(where: { $0 == "datepublished" }), let datetime = attributes.datetime ?? attributes.content {
                page.declarations.meta["datepublished"] = page.declarations.meta["datepublished"] ?? datetime
            }
            if itemprop.split(separator: " ").contains(where: { $0 == "headline" }), page.declarations.meta["headline"] == nil {
                page.declarations.meta["headline"] = Self.textContent(node, limit: 400)
            }
        }
        if attributes.isByline, page.declarations.bylines.count < 10 {
            // A byline is a line: its first is read ("By Jane Doe" over "Health News").
            let lines = Self.textContent(node, limit: 300, collapse: false).split(whereSeparator: \.isNewline)
            let first = lines.lazy.map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }.first { !$0.isEmpty }
            if let first, first.utf8.count < 150 { page.declarations.bylines.append(TerminalSafe.sanitize(first)) }
        }
    }

    /// The decoded text under `node`, white space collapsed, up to about `limit` bytes.
    static func textContent(_ node: UnsafeMutablePointer<GumboNode>, limit: Int, collapse: Bool = true) -> String {
        var result = ""
        var stack = [node]
        while let next = stack.popLast(), result.utf8.count < limit {
            switch next.pointee.type {
            case GUMBO_NODE_TEXT, GUMBO_NODE_WHITESPACE, GUMBO_NODE_CDATA:
                result += String(cString: next.pointee.v.text.text)
            case GUMBO_NODE_ELEMENT, GUMBO_NODE_TEMPLATE:
                let tag = next.pointee.v.element.tag
                if tag == GUMBO_TAG_SCRIPT && next != node || tag == GUMBO_TAG_STYLE { continue }
                let children = next.pointee.v.element.children
                let kind = HTMLTagKind.byTag[Int(tag.rawValue)]
                if kind != .inline && kind != .link { result += collapse ? " " : "\n" }
                var index = Int(children.length)
                while index > 0 {
                    index -= 1
                    stack.append(children.data[index]!.assumingMemoryBound(to: GumboNode.self))
                }
            default:
                continue
            }
        }
        guard collapse else { return result }
        return TerminalSafe.sanitize(result.split(whereSeparator: \.isWhitespace).joined(separator: " "))
    }

    // MARK: Text

    private mutating func text(_ piece: GumboStringPiece) {
        // Text inside `nav`, `header`, `footer` and the like is never the article's: not even read.
        guard furnitureDepth == 0, piece.length > 0, let data = piece.data, let parsed else { return }
        let parsedStart = parsed.distance(to: UnsafeRawPointer(data))
        guard !input.crossesCut(parsedStart..<(parsedStart + piece.length)) else { return }
        let start = input.sourceOffset(parsedStart)
        // Text the tree moved before where it stands in the source (a table's stray text, which
        // HTML puts before the table) is left out, so the reading text keeps the source's order.
        guard start >= 0, start >= lastSourceEnd, start + piece.length <= source.count else { return }
        lastSourceEnd = start + piece.length
        let before = builder.bytes.count
        append(start..<(start + piece.length))
        if linkDepth > 0 { blockLinks += Int32(builder.bytes.count - before) }
    }

    /// Appends the source bytes `range`, a text node's original text: white space collapses to one
    /// space, character references are decoded, and each piece maps to the bytes it came from.
    private mutating func append(_ range: Range<Int>) {
        var index = range.lowerBound
        var runStart = index
        func flush(_ upTo: Int) {
            if runStart < upTo {
                if builder.isEmpty { blockStart = runStart }
                builder.copy(runStart..<upTo, of: source)
                blockEnd = upTo
            }
        }
        while index < range.upperBound {
            let byte = source[index]
            if isSpace(byte) {
                var end = index + 1
                while end < range.upperBound, isSpace(source[end]) { end += 1 }
                if end - index == 1 && byte == 0x20 && (runStart < index || !builder.isEmpty && builder.bytes.last != 0x20) {
                    // One ordinary space inside text: it stays part of the copied run.
                    index = end
                    continue
                }
                flush(index)
                let atStart = builder.isEmpty || builder.bytes.last == 0x20
                if !atStart { builder.replace(index..<end, with: " ") }
                index = end
                runStart = end
            } else if byte == UInt8(ascii: "<"), index + 1 < range.upperBound, startsMarkup(source[index + 1]) {
                // gumbo lets a text node's source span tags it ignored ("</body></html>" after
                // the body, a stray "</form>"): they are skipped, as in a browser.
                flush(index)
                var end = index + 1
                while end < range.upperBound, source[end] != UInt8(ascii: ">") { end += 1 }
                index = min(range.upperBound, end + 1)
                runStart = index
            } else if byte == UInt8(ascii: "&"), let (decoded, end) = HTMLEntities.reference(in: source, at: index, limit: range.upperBound) {
                flush(index)
                let safe = decoded.unicodeScalars.map { TerminalSafe.mark(for: $0) ?? $0 }
                var replacement = String(String.UnicodeScalarView(safe))
                if replacement == "\u{A0}" { replacement = builder.isEmpty || builder.bytes.last == 0x20 ? "" : " " }
                if !replacement.isEmpty {
                    if builder.isEmpty { blockStart = index }
                    builder.replace(index..<end, with: replacement)
                    blockEnd = end
                }
                index = end
                runStart = end
            } else {
                index += 1
            }
        }
        flush(range.upperBound)
    }

    /// Whether "<" followed by `byte` starts a tag, a comment or a declaration ("a < b" does not).
    private func startsMarkup(_ byte: UInt8) -> Bool {
        let letter = byte | 0x20
        return letter >= 0x61 && letter <= 0x7A || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
    }

    private func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C }

    private mutating func finishBlock() {
        builder.trimTrailingSpaces()
        if !builder.isEmpty {
            let element = blockStack.last ?? 0
            let clean = builder.build(source: blockStart..<max(blockStart, blockEnd))
            page.blocks.append(HTMLPage.Block(clean: clean, element: element, heading: headingLevel, links: blockLinks))
            if Int(element) < page.elements.count {
                page.elements[Int(element)].text += Int32(clamping: clean.bytes.count)
                page.elements[Int(element)].links += blockLinks
            }
        }
        builder = ParagraphBuilder()
        blockLinks = 0
    }
}

/// The attributes of an element that extraction reads, found in one pass over gumbo's list.
struct Attributes {
    var classAndID = ""
    var property: String?
    var name: String?
    var itemprop: String?
    var content: String?
    var type: String?
    var datetime: String?
    var rel: String?
    var role: String?
    var isHidden = false

    init() {}

    init(_ vector: GumboVector) {
        for index in 0..<Int(vector.length) {
            let attribute = vector.data[index]!.assumingMemoryBound(to: GumboAttribute.self).pointee
            guard let name = attribute.name, let value = attribute.value else { continue }
            // Names are compared as C strings: most attributes (href, src, data-...) are none of these.
            switch UInt8(bitPattern: name[0]) {
            case UInt8(ascii: "c"):
                if strcmp(name, "class") == 0 {
                    classAndID += String(cString: value).lowercased() + " "
                } else if strcmp(name, "content") == 0 {
                    content = String(cString: value)
                }
            case UInt8(ascii: "i"):
                if strcmp(name, "id") == 0 {
                    classAndID += String(cString: value).lowercased() + " "
                } else if strcmp(name, "itemprop") == 0 {
                    itemprop = String(cString: value)
                }
            case UInt8(ascii: "p"):
                if strcmp(name, "property") == 0 { property = String(cString: value) }
            case UInt8(ascii: "n"):
                if strcmp(name, "name") == 0 { self.name = String(cString: value) }
            case UInt8(ascii: "t"):
                if strcmp(name, "type") == 0 { type = String(cString: value) }
            case UInt8(ascii: "d"):
                if strcmp(name, "datetime") == 0 { datetime = String(cString: value) }
            case UInt8(ascii: "r"):
                if strcmp(name, "rel") == 0 {
                    rel = String(cString: value)
                } else if strcmp(name, "role") == 0 {
                    role = String(cString: value).lowercased()
                }
            case UInt8(ascii: "h"):
                if strcmp(name, "hidden") == 0 { isHidden = true }
            case UInt8(ascii: "s"):
                if strcmp(name, "style") == 0 {
                    let style = String(cString: value).lowercased().filter { $0 != " " }
                    if style.contains("display:none") || style.contains("visibility:hidden") { isHidden = true }
                }
            default:
                break
            }
        }
    }

    /// Marked as naming the author: `rel=author`, `itemprop=author`, or a class or id with
    /// `byline` or `author` (not an author's picture or biography).
    var isByline: Bool {
        if rel?.lowercased() == "author" { return true }
        if let itemprop, itemprop.lowercased().split(separator: " ").contains("author") { return true }
        guard !classAndID.isEmpty else { return false }
        return Self.contains(classAndID, "byline")
            || Self.contains(classAndID, "author") && !Self.contains(classAndID, "avatar") && !Self.contains(classAndID, "bio")
    }

    /// Whether `text` holds the bytes of `part` (a byte search: Foundation's is slow for this).
    private static func contains(_ text: String, _ part: StaticString) -> Bool {
        let needle = UnsafeBufferPointer(start: part.utf8Start, count: part.utf8CodeUnitCount)
        var text = text
        return text.withUTF8 { haystack in
            guard haystack.count >= needle.count else { return false }
            for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
                if (1..<needle.count).allSatisfy({ haystack[start + $0] == needle[$0] }) { return true }
            }
            return false
        }
    }
}
