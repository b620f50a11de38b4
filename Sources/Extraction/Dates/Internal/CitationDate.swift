/// Tells dates that belong to a reference from dates of events: when a page was accessed, the
/// year beside a document number in a table of resolutions, a date in a numbered note with a link.
///
///     "See http://example.org/a.html (accessed 28 February 2012)."   // accessed: a citation
///     "Security Council 822 1993 It demanded ..."                   // a number, then the year
///     "[4] The Valley Post, 3 May 2019, https://..."                 // a note with a link
enum CitationDate {
    /// Words that say the date is when a source was read, not when anything happened.
    static let readingWords: Set<String> = [
        "accessed", "retrieved", "archived", "viewed", "visited", "consulted", "downloaded",
    ]

    static func isCitation(_ match: MatchedDate, tokens: [DateToken], bytes: UnsafeBufferPointer<UInt8>,
                           paragraph: TextSpan) -> Bool {
        followsReadingWord(match, tokens: tokens, bytes: bytes)
            || followsNumber(match, tokens: tokens, paragraph: paragraph)
            || inLinkedNote(paragraph, bytes: bytes)
    }

    /// "(accessed 28 February 2012)", "Retrieved on 5 March 2020", "Last visited: 2019".
    private static func followsReadingWord(_ match: MatchedDate, tokens: [DateToken], bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var position = match.first - 1
        while position >= 0, position >= match.first - 3 {
            let token = tokens[position]
            if token.kind == .punctuation, token.isMark(":") || token.isMark(",") {
                position -= 1
                continue
            }
            guard token.kind == .word else { return false }
            let word = lowercased(token, bytes)
            if word == "on" || word == "last" {
                position -= 1
                continue
            }
            return readingWords.contains(word)
        }
        return false
    }

    /// A year right after another number on its line, nothing but a bracket between: a table cell
    /// or a list of numbered documents ("822 1993", "62/243 2008", "Resolution 884 (1993)").
    private static func followsNumber(_ match: MatchedDate, tokens: [DateToken], paragraph: TextSpan) -> Bool {
        guard match.first == match.last, tokens[match.first].kind == .number, tokens[match.first].digits == 4 else { return false }
        var position = match.first - 1
        if position >= 0, tokens[position].isMark("(") { position -= 1 }
        guard position >= 0, tokens[position].start >= paragraph.start else { return false }
        let before = tokens[position]
        return before.kind == .number && !before.isGrouped && before.suffix == .none
    }

    /// A note of a reference list: a line that starts with "[4]" or "^" and holds a link.
    private static func inLinkedNote(_ paragraph: TextSpan, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = paragraph.start
        while start < paragraph.end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        guard start < paragraph.end else { return false }
        if bytes[start] == UInt8(ascii: "[") {
            var index = start + 1
            while index < paragraph.end, DateTokenizer.isDigit(bytes[index]) { index += 1 }
            guard index > start + 1, index < paragraph.end, bytes[index] == UInt8(ascii: "]") else { return false }
        } else if bytes[start] != UInt8(ascii: "^") {
            return false
        }
        return contains("http", paragraph, bytes) || contains("www.", paragraph, bytes)
    }

    private static func contains(_ needle: StaticString, _ span: TextSpan, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let pattern = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
        guard span.end - span.start >= pattern.count else { return false }
        for start in span.start...(span.end - pattern.count) {
            var matched = true
            for offset in 0..<pattern.count where bytes[start + offset] | 0x20 != pattern[offset] {
                matched = false
                break
            }
            if matched { return true }
        }
        return false
    }

    private static func lowercased(_ token: DateToken, _ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard token.end - token.start <= 12 else { return "" }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]).map { $0 | 0x20 }, as: UTF8.self)
    }
}
