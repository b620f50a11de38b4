/// Tells a person's name (or a named organisation) from other text a page puts where an author goes.
///
/// A name is one to six words, each capitalized or a name particle ("de", "van", "bin"), with no
/// digits, no URL, and none of the words of page controls and headings ("Sign up", "Newsletter",
/// "Older Article", "Comments"). Text read from the page's body ("By Jane Doe | Reuters") must
/// also have two words or more once the "By" and what follows a separator are cut.
enum AuthorName {
    /// The names among `candidates`, joined with ", "; nil when none is a name.
    /// `declared`: given in a field meant for the author (JSON-LD, `meta`), where an organisation's
    /// name ("Organization for Transformative Works") may stand too.
    static func names(_ candidates: [String], fromText: Bool = false, declared: Bool = false) -> String? {
        var found: [String] = []
        for candidate in candidates {
            guard let name = name(candidate, fromText: fromText, declared: declared) else { continue }
            if !found.contains(where: { $0.lowercased() == name.lowercased() }) { found.append(name) }
        }
        return found.isEmpty ? nil : found.joined(separator: ", ")
    }

    static func name(_ text: String, fromText: Bool = false, declared: Bool = false) -> String? {
        var text = text
        // "Jane Doe (https://example.org/jane)": the address is not part of the name.
        if let open = text.firstIndex(of: "("), let close = text[open...].firstIndex(of: ")"), text[open...close].contains("://") {
            text.removeSubrange(open...close)
        }
        var name = Substring(text.trimmingCharacters(in: .whitespaces))
        if name.lowercased().hasPrefix("by ") || name.lowercased().hasPrefix("by:") {
            name = name.dropFirst(3).drop { $0 == " " || $0 == ":" }
        }
        if fromText {
            for separator in [" | ", " – ", " — ", " - ", ",", " on ", " (", "\u{A0}"] {
                if let range = name.range(of: separator) { name = name[..<range.lowerBound] }
            }
        }
        if fromText {
            // "Joe Doe Monday, February 29": a date written after the name is not part of it.
            let words = name.split(separator: " ")
            if let dateWord = words.firstIndex(where: { calendarWords.contains($0.lowercased().trimmingCharacters(in: .punctuationCharacters)) }) {
                name = dateWord == 0 ? "" : name[..<words[dateWord].startIndex]
            }
        }
        let trimmed = name.trimmingCharacters(in: .init(charactersIn: " *†,;:|"))
        let words = trimmed.split(separator: " ")
        guard (fromText ? 2 : 1)...6 ~= words.count else { return nil }
        guard !trimmed.contains("://"), !trimmed.contains("@"), !trimmed.contains(where: \.isNumber) else { return nil }
        for word in words {
            let lower = word.lowercased()
            if notNameWords.contains(lower.trimmingCharacters(in: .punctuationCharacters)) { return nil }
            guard let first = word.first else { return nil }
            // Scripts without case (Chinese, Japanese, Arabic) have no capitals to look for.
            let capitalized = first.isUppercase || first.isLetter && !first.isLowercase
            // A field meant for the author may hold an organisation ("Contributors to Wikimedia
            // projects"): past its first word, small letters are allowed there.
            let joins = particles.contains(lower) || declared && word.startIndex != trimmed.startIndex
            if !(capitalized || joins || !first.isLetter && first != "(") { return nil }
        }
        // Every word in capitals, one word long: a label ("FAIL"), not a name.
        if words.count == 1, trimmed.count > 3, trimmed == trimmed.uppercased(), trimmed.contains(where: \.isLetter) { return nil }
        return trimmed
    }

    private static let particles: Set<String> = [
        "de", "da", "di", "del", "della", "der", "den", "van", "von", "bin", "ibn", "al", "el", "la", "le", "y",
        "and", "&", "e", "do", "dos", "du", "ter", "zu", "st.",
    ]

    /// Names of days and months (English), which start the date a byline often carries.
    private static let calendarWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "wed", "thu", "fri",
        "sat", "sun", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "updated", "published", "posted",
    ]

    /// Words of page furniture that never appear in a name.
    static let notNameWords: Set<String> = [
        "sign", "signup", "subscribe", "newsletter", "newsletters", "older", "newer", "article", "articles", "post",
        "posts", "comments", "comment", "share", "follow", "read", "more", "menu", "home", "login", "log", "search",
        "fail", "error", "click", "here", "view", "profile", "email", "contact", "previous", "next", "page", "advertisement",
        "updated", "published", "posted", "written", "edited", "photo", "photos", "image", "video", "min", "ago",
        "our", "your", "with", "about", "privacy", "cookie", "cookies", "terms", "policy", "footer",
    ]
}
