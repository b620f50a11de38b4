import Extraction

/// Turns HTML into paragraphs of reading text and the metadata its head declares.
///
/// Tags are stripped, entities decoded and white space collapsed; block elements (`p`, `div`,
/// `li`, `h1`, `br`, ...) end paragraphs. The contents of `script`, `style`, `nav`, `header`,
/// `footer`, `aside`, `form` and similar elements are dropped whole. This is a forgiving scanner,
/// not a validating parser: unclosed or stray tags never stop it.
enum HTMLSegmenter {
    struct Result {
        var paragraphs: [SourceParagraph]
        var metadata: Metadata
    }

    /// Parses `source` from `start` (past a byte-order mark); offsets stay offsets into `source`.
    static func parse(_ source: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Result {
        var scanner = Scanner(source: source)
        scanner.run(from: start)
        return Result(paragraphs: scanner.paragraphs, metadata: scanner.metadata())
    }

    /// Elements whose content never reaches the reading text.
    static let droppedElements: Set<String> = [
        "script", "style", "nav", "header", "footer", "aside", "form", "noscript", "template", "svg",
        "button", "select", "iframe", "object", "menu", "dialog", "head",
    ]
    /// Elements whose content is raw text: no tags inside are seen until the closing tag.
    static let rawTextElements: Set<String> = ["script", "style", "textarea", "title"]
    static let blockElements: Set<String> = [
        "p", "div", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
        "tr", "td", "th", "table", "thead", "tbody", "section", "article", "main", "blockquote", "pre",
        "figure", "figcaption", "address", "body", "html", "caption", "summary", "details",
    ]

    private struct Scanner {
        let source: UnsafeBufferPointer<UInt8>
        var paragraphs: [SourceParagraph] = []
        var builder = ParagraphBuilder()
        var paragraphStart = 0
        var dropDepth = 0
        var droppedStack: [String] = []
        var headingLevel = 0
        var title: String?
        var firstHeading: String?
        var metaFields: [String: String] = [:]

        init(source: UnsafeBufferPointer<UInt8>) { self.source = source }

        mutating func run(from start: Int) {
            var index = start
            var textStart = start
            while index < source.count {
                guard source[index] == UInt8(ascii: "<"), startsMarkup(at: index) else {
                    index += 1
                    continue
                }
                text(textStart..<index)
                index = tag(at: index)
                textStart = index
            }
            text(textStart..<source.count)
            finish(source.count)
        }

        func metadata() -> Metadata {
            func field(_ keys: String...) -> String? { keys.lazy.compactMap { metaFields[$0] }.first }
            let date = field("article:published_time", "date", "pubdate", "publish-date", "dc.date", "datepublished")
                .flatMap { PartialDate(iso: String($0.prefix(10))) ?? PartialDate(iso: String($0.prefix(7)))
                    ?? PartialDate(iso: String($0.prefix(4))) ?? DatePhrase.first(in: $0)?.date }
            return Metadata(
                title: field("og:title", "dc.title") ?? firstHeading ?? title,
                author: field("author", "article:author", "dc.creator", "byl").map(stripBy),
                published: date,
                outlet: field("og:site_name", "publisher", "dc.publisher", "application-name"))
        }

        private func stripBy(_ text: String) -> String {
            text.lowercased().hasPrefix("by ") ? String(text.dropFirst(3)) : text
        }

        // MARK: Text

        private mutating func text(_ range: Range<Int>) {
            guard !range.isEmpty, dropDepth == 0 else { return }
            var index = range.lowerBound
            var runStart = index
            func flush(_ upTo: Int) {
                if runStart < upTo {
                    if builder.isEmpty { paragraphStart = runStart }
                    builder.copy(runStart..<upTo, of: source)
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
                    builder.replace(index..<end, with: atStart ? "" : " ")
                    index = end
                    runStart = end
                } else if byte == UInt8(ascii: "&"), let (decoded, end) = entity(at: index, limit: range.upperBound) {
                    flush(index)
                    if builder.isEmpty { paragraphStart = index }
                    let safe = decoded.unicodeScalars.map { TerminalSafe.mark(for: $0) ?? $0 }
                    var replacement = String(String.UnicodeScalarView(safe))
                    if replacement == "\u{A0}" { replacement = builder.isEmpty || builder.bytes.last == 0x20 ? "" : " " }
                    builder.replace(index..<end, with: replacement)
                    index = end
                    runStart = end
                } else {
                    index += 1
                }
            }
            flush(range.upperBound)
        }

        private func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C }

        private mutating func finish(_ end: Int) {
            builder.trimTrailingSpaces()
            if !builder.isEmpty {
                let paragraph = builder.build(source: paragraphStart..<max(paragraphStart, end))
                if headingLevel == 1, firstHeading == nil { firstHeading = paragraph.text }
                paragraphs.append(SourceParagraph(paragraph, isHeading: headingLevel > 0))
            }
            builder = ParagraphBuilder()
        }

        // MARK: Tags

        /// Handles the tag, comment or declaration at `start`; returns the offset after it.
        private mutating func tag(at start: Int) -> Int {
            if hasPrefix("<!--", at: start) {
                return (search("-->", from: start + 4) ?? source.count - 3) + 3
            }
            var index = start + 1
            let closing = index < source.count && source[index] == UInt8(ascii: "/")
            if closing { index += 1 }
            let nameStart = index
            while index < source.count, isNameByte(source[index]) { index += 1 }
            let name = String(decoding: UnsafeBufferPointer(rebasing: source[nameStart..<index]), as: UTF8.self).lowercased()
            let (attributes, end) = readAttributes(from: index)
            if closing {
                closeElement(name, at: start)
                return end
            }
            return openElement(name, attributes: attributes, at: start, end: end) ?? end
        }

        /// Handles an opening tag; returns where scanning resumes when that is not after the tag (raw
        /// text elements are skipped to their closing tag).
        private mutating func openElement(_ name: String, attributes: [String: String], at start: Int, end: Int) -> Int? {
            if name == "meta" {
                let key = (attributes["property"] ?? attributes["name"] ?? attributes["itemprop"])?.lowercased()
                if let key, let content = attributes["content"], metaFields[key] == nil {
                    metaFields[key] = TerminalSafe.sanitize(decodeEntities(content))
                }
                return nil
            }
            if HTMLSegmenter.rawTextElements.contains(name) {
                let close = search("</" + name, from: end, caseInsensitive: true) ?? source.count
                if name == "title", title == nil {
                    let raw = String(decoding: UnsafeBufferPointer(rebasing: source[end..<close]), as: UTF8.self)
                    let words = decodeEntities(raw).split(whereSeparator: \.isWhitespace)
                    title = TerminalSafe.sanitize(words.joined(separator: " "))
                } else if name == "textarea", dropDepth == 0 {
                    text(end..<close)
                }
                return close
            }
            if HTMLSegmenter.blockElements.contains(name) && dropDepth == 0 { finish(start) }
            if name.first == "h", name.count == 2, let level = Int(name.dropFirst()), dropDepth == 0 { headingLevel = level }
            if HTMLSegmenter.droppedElements.contains(name), !isSelfClosing(at: end) {
                dropDepth += 1
                droppedStack.append(name)
            }
            return nil
        }

        private mutating func closeElement(_ name: String, at start: Int) {
            if let position = droppedStack.lastIndex(of: name) {
                dropDepth -= droppedStack.count - position
                droppedStack.removeSubrange(position...)
                return
            }
            if HTMLSegmenter.blockElements.contains(name) && dropDepth == 0 {
                finish(start)
                if name.first == "h", name.count == 2 { headingLevel = 0 }
            }
        }

        /// Whether the "<" at `index` opens a tag, comment or declaration; otherwise it is text ("a < b").
        private func startsMarkup(at index: Int) -> Bool {
            func isLetter(_ at: Int) -> Bool {
                guard at < source.count else { return false }
                let byte = source[at] | 0x20
                return byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")
            }
            guard index + 1 < source.count else { return false }
            switch source[index + 1] {
            case UInt8(ascii: "!"), UInt8(ascii: "?"): return true
            case UInt8(ascii: "/"): return isLetter(index + 2)
            default: return isLetter(index + 1)
            }
        }

        private func isSelfClosing(at end: Int) -> Bool { end >= 2 && source[end - 2] == UInt8(ascii: "/") }

        private func readAttributes(from start: Int) -> ([String: String], Int) {
            var attributes: [String: String] = [:]
            var index = start
            var quote: UInt8 = 0
            let tagStart = start
            while index < source.count {
                let byte = source[index]
                if quote != 0 {
                    if byte == quote { quote = 0 }
                } else if byte == 0x22 || byte == 0x27 {
                    quote = byte
                } else if byte == UInt8(ascii: ">") {
                    break
                }
                index += 1
            }
            let end = min(source.count, index + 1)
            let inside = String(decoding: UnsafeBufferPointer(rebasing: source[tagStart..<min(index, source.count)]), as: UTF8.self)
            parseAttributes(inside, into: &attributes)
            return (attributes, end)
        }

        private func parseAttributes(_ text: String, into attributes: inout [String: String]) {
            var rest = Substring(text)
            while !rest.isEmpty {
                rest = rest.drop { $0.isWhitespace || $0 == "/" }
                let name = rest.prefix { !$0.isWhitespace && $0 != "=" && $0 != ">" && $0 != "/" }
                guard !name.isEmpty else { break }
                rest = rest.dropFirst(name.count).drop { $0.isWhitespace }
                var value = ""
                if rest.first == "=" {
                    rest = rest.dropFirst().drop { $0.isWhitespace }
                    if let quote = rest.first, quote == "\"" || quote == "'" {
                        let body = rest.dropFirst().prefix { $0 != quote }
                        value = String(body)
                        rest = rest.dropFirst(body.count + 2)
                    } else {
                        let body = rest.prefix { !$0.isWhitespace }
                        value = String(body)
                        rest = rest.dropFirst(body.count)
                    }
                }
                attributes[name.lowercased()] = value
            }
        }

        private func isNameByte(_ byte: UInt8) -> Bool {
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x2D || byte == 0x3A
        }

        private func hasPrefix(_ text: String, at index: Int) -> Bool {
            let bytes = Array(text.utf8)
            guard index + bytes.count <= source.count else { return false }
            for (offset, byte) in bytes.enumerated() where source[index + offset] != byte { return false }
            return true
        }

        private func search(_ text: String, from start: Int, caseInsensitive: Bool = false) -> Int? {
            let needle = Array(text.utf8)
            guard !needle.isEmpty, source.count >= needle.count else { return nil }
            var index = start
            while index + needle.count <= source.count {
                var matched = true
                for (offset, byte) in needle.enumerated() {
                    let candidate = caseInsensitive ? lowercase(source[index + offset]) : source[index + offset]
                    if candidate != byte { matched = false; break }
                }
                if matched { return index }
                index += 1
            }
            return nil
        }

        private func lowercase(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }

        private func entity(at index: Int, limit: Int) -> (String, Int)? {
            var end = index + 1
            while end < limit, end - index <= 32, source[end] != UInt8(ascii: ";") {
                let byte = source[end]
                guard isNameByte(byte) || byte == UInt8(ascii: "#") else { return nil }
                end += 1
            }
            guard end < limit, source[end] == UInt8(ascii: ";") else { return nil }
            let name = String(decoding: UnsafeBufferPointer(rebasing: source[(index + 1)..<end]), as: UTF8.self)
            guard let decoded = HTMLEntities.decode(name) else { return nil }
            return (decoded, end + 1)
        }

        private func decodeEntities(_ text: String) -> String { HTMLEntities.decodeAll(text) }
    }
}

/// HTML character references: numeric ones and the named ones that news pages use.
enum HTMLEntities {
    static func decode(_ name: String) -> String? {
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
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
