import Extraction
import Foundation

/// Reads title, author, publication date and outlet from the text of an article.
///
/// Looks only where writers and sites put these facts, and takes nothing it is not told:
/// - the head (the paragraphs before the first prose): a title line, a byline ("By ...",
///   "By: ..."), a bare name line under the title, a dateline ("Baku, 26 February 2021 –",
///   "On 25 February 2021 at 03:13", "Vol. 5, No. 5 (March 01, 2012)");
/// - the first prose paragraph's opening dateline: its date ("VALMORA, March 15, 2019 — ...")
///   and its outlet ("BAKU (Reuters) - ...");
/// - the end: a sign-off naming the outlet (a short capitalized line that opens the page's tail),
///   and an author blurb ("About the author: Dr. Jane Doe is ...") when no byline names one.
enum MetadataReader {
    static func read(_ paragraphs: [SourceParagraph], furniture: Furniture) -> Metadata {
        var metadata = Metadata()
        // Only the head and the end are read, so only their paragraphs become strings.
        func text(_ index: Int) -> String { paragraphs[index].clean.text }
        var titleTaken = false
        for index in 0..<min(furniture.firstProse, 12) where !furniture.isFurniture[index] {
            let text = text(index)
            let words = furniture.shapes[index].words
            if metadata.author == nil, let author = byline(text) {
                metadata.author = author
                if metadata.published == nil, let date = firstDate(in: text) { metadata.published = date.date }
                continue
            }
            if words <= 15, let date = firstDate(in: text) {
                if metadata.published == nil { metadata.published = date.date }
                if metadata.outlet == nil { metadata.outlet = parentheticalOutlet(text) }
                continue
            }
            if titleTaken, metadata.author == nil, isPersonName(text) {
                metadata.author = text
                continue
            }
            if !titleTaken, words >= 1, words <= 30 {
                metadata.title = text
                titleTaken = true
            }
        }
        // A dateline opening the first paragraph ("VALMORA, March 15, 2019 — At least ...") dates it
        // and names the place it was filed from.
        if furniture.firstProse < paragraphs.count, let dateline = dateline(String(text(furniture.firstProse).prefix(80))) {
            if metadata.published == nil { metadata.published = dateline.date }
            if metadata.place == nil { metadata.place = dateline.place }
        }
        // An opening dateline's outlet sits in parentheses: without "(" there is none to read.
        if metadata.outlet == nil, furniture.firstProse < paragraphs.count,
           paragraphs[furniture.firstProse].clean.bytes.contains(UInt8(ascii: "("))
        {
            metadata.outlet = parentheticalOutlet(String(text(furniture.firstProse).prefix(60)))
        }
        // The heading that ends the article ("Comments") is never a sign-off.
        if metadata.outlet == nil, furniture.tailStart < furniture.articleEnd {
            let signOff = text(furniture.tailStart)
            if isSignOff(signOff) { metadata.outlet = signOff }
        }
        if metadata.author == nil {
            for index in (0..<furniture.tailStart).suffix(3) {
                if let author = blurbAuthor(text(index)) {
                    metadata.author = author
                    break
                }
            }
        }
        return metadata
    }

    /// "By Jane Doe", "By: Jane Doe*", "by JANE DOE, Reuters" → the name.
    static func byline(_ text: String) -> String? {
        guard let first = text.utf8.first, first | 0x20 == UInt8(ascii: "b") else { return nil }
        let lower = text.lowercased()
        guard lower.hasPrefix("by ") || lower.hasPrefix("by:") else { return nil }
        var name = Substring(text.dropFirst(3)).drop { $0 == " " || $0 == ":" }
        for separator in [",", " | ", " – ", " — ", " - ", " on ", " On "] where containsBytes(name, separator) {
            if let range = name.range(of: separator) { name = name[..<range.lowerBound] }
        }
        let trimmed = name.trimmingCharacters(in: " *†")
        let words = trimmed.split(separator: " ")
        guard (1...8).contains(words.count), trimmed.first?.isUppercase == true else { return nil }
        return trimmed
    }

    /// Two to five capitalized words, letters only (hyphens, apostrophes and initials allowed).
    static func isPersonName(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard (2...5).contains(words.count) else { return false }
        return words.allSatisfy { word in
            guard let first = word.first, first.isUppercase else { return false }
            return word.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" || $0 == "’" || $0 == "." }
        }
    }

    /// A short line of capitalized words with no digits or sentence punctuation: "Eurasia Review".
    static func isSignOff(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard (1...4).contains(words.count) else { return false }
        return words.allSatisfy { word in
            guard let first = word.first, first.isUppercase else { return false }
            return word.allSatisfy { $0.isLetter || $0 == "-" || $0 == "&" || $0 == "." }
        }
    }

    /// "BAKU (Reuters) - ..." or "Baku, 26 February 2021 (AP) –" → "Reuters", "AP".
    static func parentheticalOutlet(_ text: String) -> String? {
        guard let open = text.firstIndex(of: "("), let close = text[open...].firstIndex(of: ")") else { return nil }
        let inside = text[text.index(after: open)..<close]
        let after = text[text.index(after: close)...].drop { $0 == " " }
        guard let dash = after.first, "-–—".contains(dash), isSignOff(String(inside)),
              firstDate(in: String(inside)) == nil else { return nil }
        return String(inside)
    }

    /// The dateline that opens `text`: a place of one to four capitalized words, a comma, a date,
    /// perhaps the outlet in parentheses, then a dash. The date needs its year to be a date
    /// ("VALMORA, March 15, 2019 — At least ..." → VALMORA, 2019-03-15); a wire story's yearless
    /// "BAKU, Feb 26 (Reuters) - ..." names its place only, since the year is never guessed, and then
    /// the place must be in capitals, as wire datelines write it.
    static func dateline(_ text: String) -> (place: String, date: PartialDate?)? {
        guard let comma = text.firstIndex(of: ",") else { return nil }
        let placeWords = text[..<comma].split(separator: " ")
        guard (1...4).contains(placeWords.count), placeWords.allSatisfy({ $0.first?.isUppercase == true }),
              !placeWords.contains(where: { $0.contains(where: \.isNumber) }) else { return nil }
        let place = placeWords.joined(separator: " ")
        let rest = String(text[text.index(after: comma)...].drop { $0 == " " })
        var date: PartialDate?
        var after: Substring
        if let match = firstDate(in: rest), match.span.start == 0 {
            let utf8 = rest.utf8
            date = match.date
            after = Substring(rest)[utf8.index(utf8.startIndex, offsetBy: match.span.end)...]
        } else if let end = yearlessMonthDayEnd(rest), place == place.uppercased() {
            after = rest[end...]
        } else {
            return nil
        }
        after = after.drop { $0 == " " }
        if after.first == "(", let close = after.firstIndex(of: ")") {
            after = after[after.index(after: close)...].drop { $0 == " " }
        }
        guard let dash = after.first, "-–—".contains(dash) else { return nil }
        return (place, date)
    }

    private static let monthNames = ["january", "february", "march", "april", "may", "june", "july", "august",
                                     "september", "october", "november", "december"]

    /// Where "Feb 26", "Sept. 3" or "March 15" ends when `text` starts with a month and a day.
    private static func yearlessMonthDayEnd(_ text: String) -> String.Index? {
        let words = text.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true)
        guard words.count >= 2 else { return nil }
        let month = words[0].lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "."))
        guard month.count >= 3, monthNames.contains(where: { $0 == month || $0.hasPrefix(month) && (month.count == 3 || month == "sept") })
        else { return nil }
        let day = words[1]
        guard (1...2).contains(day.count), day.allSatisfy(\.isASCII), let number = Int(day), (1...31).contains(number) else { return nil }
        return day.endIndex
    }

    /// "About the author: Dr. Jane Doe is a senior fellow ..." → "Jane Doe".
    static func blurbAuthor(_ text: String) -> String? {
        guard containsIgnoringASCIICase(text, "about the author"), let marker = text.range(of: "about the author", options: .caseInsensitive) else { return nil }
        var rest = text[marker.upperBound...].drop { $0 == ":" || $0 == " " || $0 == "*" }
        for title in ["Dr. ", "Prof. ", "Professor ", "Mr. ", "Ms. ", "Mrs. "] where rest.hasPrefix(title) {
            rest = rest.dropFirst(title.count)
        }
        guard let verb = rest.range(of: " is ") ?? rest.range(of: " was ") else { return nil }
        let name = String(rest[..<verb.lowerBound])
        return isPersonName(name) ? name : nil
    }

    /// `DatePhrase.first(in:)`, asked only of text with a digit: every date it reads has a year.
    private static func firstDate(in text: String) -> DatePhrase.Match? {
        text.utf8.contains { $0 >= 0x30 && $0 <= 0x39 } ? DatePhrase.first(in: text) : nil
    }

    /// Whether `text` holds the bytes of `part`: a quick test before Foundation's `range(of:)`,
    /// which can only find a separator of ASCII and dashes where its bytes are.
    private static func containsBytes(_ text: Substring, _ part: String) -> Bool {
        let needle = Array(part.utf8)
        let haystack = Array(text.utf8)
        guard haystack.count >= needle.count else { return false }
        return (0...(haystack.count - needle.count)).contains { start in
            needle.indices.allSatisfy { haystack[start + $0] == needle[$0] }
        }
    }

    /// A quick byte scan, so that Foundation's search runs only on the rare paragraph that matches.
    private static func containsIgnoringASCIICase(_ text: String, _ lowercaseNeedle: StaticString) -> Bool {
        let needle = UnsafeBufferPointer(start: lowercaseNeedle.utf8Start, count: lowercaseNeedle.utf8CodeUnitCount)
        var text = text
        return text.withUTF8 { haystack in
            guard haystack.count >= needle.count else { return false }
            for start in 0...(haystack.count - needle.count) {
                var matched = true
                for offset in 0..<needle.count {
                    var byte = haystack[start + offset]
                    if byte >= 0x41 && byte <= 0x5A { byte |= 0x20 }
                    if byte != needle[offset] { matched = false; break }
                }
                if matched { return true }
            }
            return false
        }
    }
}
