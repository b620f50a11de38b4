import Extraction
import Foundation

/// Reads the metadata a web page declares about itself, in order of trust.
///
/// - JSON-LD: a schema.org `NewsArticle`, `Article`, `Report`, `BlogPosting` (also inside
///   `@graph` and arrays): `headline`, `author` names, `datePublished`, `publisher`.
/// - Open Graph and `article:` tags, then Dublin Core, then `meta name=author` and the like.
/// - `<time datetime>` and elements marked as bylines (`rel=author`, `itemprop=author`, `.byline`).
/// - The `<title>`, then the page's first `h1`.
/// A title loses a site name at either end (" - Site", "Site | ") when the page declares that
/// name. Nothing is invented: an author must look like a name (`AuthorName`), else it stays nil.
enum DeclaredMetadata {
    static func read(_ declared: HTMLPage.Declarations) -> Metadata {
        let linked = LinkedData(declared.jsonLD)
        let meta = declared.meta
        func field(_ keys: String...) -> String? {
            keys.lazy.compactMap { meta[$0].map(clean) }.first { !$0.isEmpty }
        }
        let outlet = linked.publisher ?? field("og:site_name", "application-name", "dc.publisher", "dcterms.publisher")
        let titleElement = declared.title.map(clean).flatMap { $0.isEmpty ? nil : $0 }
        // A JSON-LD `name` is the article's title only when the page's title says it too (some
        // pages name the site there).
        let linkedName = linked.name.flatMap { name -> String? in
            guard let titleElement, titleElement.localizedCaseInsensitiveContains(name),
                  key(name) != key(outlet ?? "") else { return nil }
            return name
        }
        // A headline the page's title does not repeat loses to a name it does ("New Zealand" over
        // "country in Oceania").
        let linkedHeadline = linked.headline.flatMap { headline -> String? in
            guard linkedName != nil, let titleElement, !titleElement.localizedCaseInsensitiveContains(headline) else { return headline }
            return nil
        }
        let rawTitle = linkedHeadline ?? linkedName
            ?? field("dc:title", "dc.title", "dcterm:title", "dcterms.title", "og:title", "twitter:title", "parsely-title", "headline")
            ?? titleElement ?? declared.headings.first.map(clean)
        let title = rawTitle.map { withoutSiteName($0, site: outlet, headings: declared.headings.map(clean)) }
            .flatMap { $0.isEmpty ? nil : $0 }

        var author = AuthorName.names(linked.authors, declared: true)
        if author == nil {
            for key in ["dc:creator", "dc.creator", "dcterm:creator", "dcterms.creator", "author", "article:author", "byl",
                        "parsely-author", "sailthru.author"] {
                if let values = declared.authors[key], let name = AuthorName.names(values.map(clean), declared: true) {
                    author = name
                    break
                }
            }
        }
        if author == nil { author = AuthorName.names(declared.bylines.map(clean), fromText: true) }

        let dateText = linked.datePublished ?? field("article:published_time", "datepublished", "og:published_time",
                                                   "dc.date", "dcterms.date", "date", "pubdate", "publish-date",
                                                   "sailthru.date", "parsely-pub-date")
            ?? declared.times.first
        return Metadata(title: title, author: author, published: dateText.flatMap(date), outlet: outlet)
    }

    /// A declared date: ISO first ("2021-11-01T10:52:50+0100"), else a date phrase.
    static func date(_ text: String) -> PartialDate? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        return PartialDate(iso: String(trimmed.prefix(10))) ?? PartialDate(iso: String(trimmed.prefix(7)))
            ?? DatePhrase.first(in: trimmed)?.date
    }

    /// The title without the site's name at its end or start, when the page declares that name:
    /// "Floods recede - The Valley Post" → "Floods recede".
    static func withoutSiteName(_ title: String, site: String?, headings: [String] = []) -> String {
        let separators = [" - ", " | ", " – ", " — ", " :: ", " · ", " • ", " / ", " » ", " : "]
        let siteKey = site.map(key)
        for separator in separators {
            guard let (first, last) = occurrences(of: separator, in: title) else { continue }
            let tail = String(title[last.upperBound...])
            let head = String(title[..<first.lowerBound])
            // No site declared: the side that the page's own headline repeats is the title.
            for heading in headings where !heading.isEmpty {
                if key(head) == key(heading) { return head.trimmingCharacters(in: .whitespaces) }
                if key(tail) == key(heading) { return tail.trimmingCharacters(in: .whitespaces) }
            }
            if let siteKey, !siteKey.isEmpty {
                if key(tail) == siteKey || siteKey.hasPrefix(key(tail)) && key(tail).count >= 4 || key(tail).hasPrefix(siteKey) {
                    return String(title[..<last.lowerBound]).trimmingCharacters(in: .whitespaces)
                }
                if key(head) == siteKey || key(head).hasPrefix(siteKey) {
                    return String(title[first.upperBound...]).trimmingCharacters(in: .whitespaces)
                }
            }
        }
        // Nothing declared to compare with: a short last part after a separator, under a title of
        // four words or more, is taken for the site's name ("Floods recede in the valley – My Site").
        for separator in [" | ", " – ", " — ", " - ", " :: ", " » "] {
            guard let (_, last) = occurrences(of: separator, in: title) else { continue }
            let head = title[..<last.lowerBound], tail = title[last.upperBound...]
            if site == nil, headings.isEmpty, tail.split(separator: " ").count <= 3, head.split(separator: " ").count >= 4 {
                return String(head).trimmingCharacters(in: .whitespaces)
            }
            break
        }
        return title
    }

    /// Letters and digits, lower-cased: "Aktuálně.cz" and "aktualne.cz" are not the same, but
    /// "BBC News" and "bbc news" are.
    /// The first and last place `separator` stands in `title` (a byte search: this runs for every page).
    private static func occurrences(of separator: String, in title: String) -> (Range<String.Index>, Range<String.Index>)? {
        let needle = Array(separator.utf8)
        let utf8 = title.utf8
        let bytes = Array(utf8)
        guard bytes.count >= needle.count else { return nil }
        var found: [Int] = []
        for start in 0...(bytes.count - needle.count) where bytes[start] == needle[0] {
            if (1..<needle.count).allSatisfy({ bytes[start + $0] == needle[$0] }) { found.append(start) }
        }
        guard let first = found.first, let last = found.last else { return nil }
        func range(_ offset: Int) -> Range<String.Index> {
            utf8.index(utf8.startIndex, offsetBy: offset)..<utf8.index(utf8.startIndex, offsetBy: offset + needle.count)
        }
        return (range(first), range(last))
    }

    static func key(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }.map(Character.init))
    }

    private static func clean(_ text: String) -> String {
        TerminalSafe.sanitize(text.split(whereSeparator: \.isWhitespace).joined(separator: " "))
    }
}

/// The schema.org article a page describes in JSON-LD, if any.
struct LinkedData {
    var headline: String?
    /// The article's `name`, which some pages set to the site's name.
    var name: String?
    var authors: [String] = []
    var datePublished: String?
    var publisher: String?

    static let articleTypes: Set<String> = [
        "Article", "NewsArticle", "Report", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
        "BackgroundNewsArticle", "ReviewNewsArticle", "BlogPosting", "ScholarlyArticle", "TechArticle",
        "LiveBlogPosting", "SocialMediaPosting",
    ]

    init(_ scripts: [String]) {
        var objects: [[String: Any]] = []
        for script in scripts {
            var text = script.trimmingCharacters(in: .whitespacesAndNewlines)
            // Some pages wrap the JSON in a CDATA section (for XHTML parsers).
            if text.hasPrefix("<![CDATA[") { text = String(text.dropFirst(9)) }
            if text.hasSuffix("]]>") { text = String(text.dropLast(3)) }
            guard let data = text.data(using: .utf8),
                  let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { continue }
            var pending: [Any] = [value]
            while let next = pending.popLast(), objects.count < 200 {
                if let array = next as? [Any] {
                    pending.append(contentsOf: array.reversed())
                } else if let object = next as? [String: Any] {
                    objects.append(object)
                    if let graph = object["@graph"] { pending.append(graph) }
                }
            }
        }
        guard let article = objects.first(where: { Self.types($0).contains { Self.articleTypes.contains($0) } }) else { return }
        headline = Self.string(article["headline"])
        name = Self.string(article["name"])
        datePublished = Self.string(article["datePublished"]) ?? Self.string(article["dateCreated"])
        publisher = Self.name(article["publisher"])
        var pending: [Any] = article["author"].map { [$0] } ?? article["creator"].map { [$0] } ?? []
        while let next = pending.popLast(), authors.count < 10 {
            if let array = next as? [Any] {
                pending.append(contentsOf: array.reversed())
            } else if let name = Self.name(next) {
                authors.append(name)
            }
        }
    }

    private static func types(_ object: [String: Any]) -> [String] {
        if let type = object["@type"] as? String { return [type] }
        return (object["@type"] as? [Any])?.compactMap { $0 as? String } ?? []
    }

    private static func string(_ value: Any?) -> String? {
        guard let text = value as? String else { return nil }
        let trimmed = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return trimmed.isEmpty ? nil : TerminalSafe.sanitize(HTMLEntities.decodeAll(trimmed))
    }

    /// A name given as text or as an object with `name`.
    private static func name(_ value: Any?) -> String? {
        if let object = value as? [String: Any] { return string(object["name"]) }
        return string(value)
    }
}
