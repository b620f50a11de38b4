import Extraction

/// One article of the corpus: its original text, what is known about it, and its reading text.
///
/// Every offset the store hands out (a sentence, a figure, a quotation) is a UTF-8 byte offset
/// into `original`, the file's text exactly as decoded, so any fact can be traced to its source.
///
/// What the article list needs (id, path, metadata, word count, the stand-in title of an untitled
/// article) is held in the value itself. The texts are held by a `DocumentBody`: in memory for a
/// loaded file, or read from an index file the first time they are asked for, so a corpus of
/// 100,000 indexed articles opens, and is listed, without reading them.
public struct Document: Sendable, Identifiable {
    /// The file name without extension, made unique with its folder when two files share it.
    public let id: String
    /// Where the document came from: a path as given or found, or `builtin:NAME`.
    public let path: String
    public let format: DocumentFormat
    public let encoding: SourceEncoding
    public let metadata: Metadata
    /// The number of words in the reading text.
    public let wordCount: Int
    /// For an article without a title, what `displayTitle` shows instead ("(untitled) In the
    /// heart of…"), found once when it is parsed and kept in index files beside the metadata, so
    /// listing never reads an article's text; `nil` for a titled article or one with no line of
    /// prose to take it from.
    let standInTitle: String?
    let body: DocumentBody

    public init(id: String, path: String, format: DocumentFormat, encoding: SourceEncoding,
                original: String, metadata: Metadata, reading: ReadingText)
    {
        self.init(id: id, path: path, format: format, encoding: encoding, metadata: metadata,
                  wordCount: reading.wordCount,
                  standInTitle: metadata.title == nil ? Self.standInTitle(reading: reading, byline: metadata.author) : nil,
                  body: DocumentBody(original: original, reading: reading))
    }

    init(id: String, path: String, format: DocumentFormat, encoding: SourceEncoding, metadata: Metadata,
         wordCount: Int, standInTitle: String?, body: DocumentBody)
    {
        self.id = id
        self.path = path
        self.format = format
        self.encoding = encoding
        self.metadata = metadata
        self.wordCount = wordCount
        self.standInTitle = standInTitle
        self.body = body
    }

    /// The file's full text as decoded. Not sanitized: use `rawDisplay` to show it.
    public var original: String { body.texts.original }

    /// The article without page furniture, front matter or markup, sanitized for terminals.
    public var reading: ReadingText { body.texts.reading }

    /// Facts an index file keeps for this document under `kind` (see `StoredFactKind`), or `nil`
    /// when none are kept: the caller then finds them in the text.
    public func storedFacts(_ kind: String) -> [UInt8]? { body.storedFacts(kind) }

    /// Whether this document's texts are in memory: a loaded file's always, an index file's once read.
    var hasReadTexts: Bool { body.hasTexts }

    /// The same document under another id.
    func with(id: String) -> Document {
        Document(id: id, path: path, format: format, encoding: encoding, metadata: metadata, wordCount: wordCount,
                 standInTitle: standInTitle, body: body)
    }

    /// The original text, every line kept, sanitized for a terminal (for the "raw" view).
    public var rawDisplay: ReadingText { ReadingText.raw(original) }

    /// The title, or a stand-in that says it is one: "(untitled) " and the start of the article's
    /// first line of prose (at least four words, not its byline), cut at a word; the id in
    /// brackets for an article with no such line. Reads no text: the stand-in is found when the
    /// document is parsed (`standInTitle`), since the article list asks for this on every row of
    /// every frame.
    public var displayTitle: String { metadata.title ?? standInTitle ?? "[\(id)]" }

    /// The stand-in title of an article without one, from its first line of prose that is not
    /// its byline; `nil` when it has no such line. Index files keep what this gives, so a change
    /// to it needs a new `DocumentParser.rulesVersion` for them to be read again.
    static func standInTitle(reading: ReadingText, byline: String?) -> String? {
        for index in reading.paragraphs.indices {
            let line = reading.paragraph(index)
            guard line.split(whereSeparator: \.isWhitespace).count >= 4 else { continue }
            if let byline, line.contains(byline) { continue }
            return Self.untitledMark + Self.lead(String(line), width: Self.untitledLeadWidth)
        }
        return nil
    }

    /// What starts the stand-in title of an article without one.
    public static let untitledMark = "(untitled) "
    /// How many columns of an untitled article's first line its stand-in title keeps.
    static let untitledLeadWidth = 60

    /// The start of `line` within `width` columns, cut after a whole word, with "…" when cut.
    static func lead(_ line: String, width: Int) -> String {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard DisplayWidth.of(trimmed) > width else { return trimmed }
        let cut = DisplayWidth.truncate(trimmed, to: width)
        let words = cut.dropLast().split(separator: " ", omittingEmptySubsequences: false)
        guard words.count > 1 else { return cut }
        var kept = words.dropLast().joined(separator: " ")
        while let last = kept.last, ",;:–—-".contains(last) { kept.removeLast() }
        return kept + "…"
    }
}

/// The markup a document was written in, told by its extension or, failing that, its content.
public enum DocumentFormat: String, Sendable, Codable, CaseIterable {
    case plainText = "text"
    case markdown
    case html
}

/// How the file's bytes were decoded.
public enum SourceEncoding: String, Sendable, Codable {
    case utf8 = "UTF-8"
    case utf16 = "UTF-16"
    /// The fallback for files that are not valid UTF-8 and declare nothing else (and what
    /// browsers read for a declared ISO-8859-1).
    case windows1252 = "Windows-1252"
    // Declared by a page (`<meta charset>`) that is not valid UTF-8.
    case windows1250 = "Windows-1250"
    case windows1251 = "Windows-1251"
    case windows1253 = "Windows-1253"
    case windows1254 = "Windows-1254"
    case windows1255 = "Windows-1255"
    case windows1256 = "Windows-1256"
    case windows1257 = "Windows-1257"
    case iso8859_2 = "ISO-8859-2"
    case iso8859_5 = "ISO-8859-5"
    case iso8859_7 = "ISO-8859-7"
    case iso8859_15 = "ISO-8859-15"
    case koi8r = "KOI8-R"
    case koi8u = "KOI8-U"
    /// Read for gb2312 and gbk too: it is their superset.
    case gb18030 = "GB18030"
    case big5 = "Big5"
    case shiftJIS = "Shift_JIS"
    case eucJP = "EUC-JP"
    case eucKR = "EUC-KR"
}

/// What is known about a document. Unknown facts stay `nil`: nothing is guessed.
public struct Metadata: Hashable, Sendable, Codable {
    public var title: String?
    public var author: String?
    public var published: PartialDate?
    public var outlet: String?
    /// Where the article was filed from, as its dateline names it ("VALMORA", "BAKU").
    public var place: String?

    public init(title: String? = nil, author: String? = nil, published: PartialDate? = nil, outlet: String? = nil,
                place: String? = nil) {
        self.title = title
        self.author = author
        self.published = published
        self.outlet = outlet
        self.place = place
    }

    /// Each field of `self`, or of `other` where `self` has none.
    public func filling(from other: Metadata) -> Metadata {
        Metadata(title: title ?? other.title, author: author ?? other.author,
                 published: published ?? other.published, outlet: outlet ?? other.outlet, place: place ?? other.place)
    }
}
