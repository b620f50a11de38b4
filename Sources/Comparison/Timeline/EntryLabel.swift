import Extraction

/// Picks and cuts the label of a timeline entry from its mentions' sentences.
///
/// A label is a source's own words, never a paraphrase: the clause around the date, cut to a few
/// words on each side at clause punctuation. Among the mentions, the one whose clause carries the
/// fewest charged words (words that take a side, such as "genocide", "liberated", "occupied") is
/// chosen, so the timeline reads neutrally while each label stays attributable to one source;
/// ties go to the clause that says more (up to the cut), then to corpus order. A dateline line is
/// quoted whole.
enum EntryLabel {
    static let wordsBefore = 8
    static let wordsAfter = 10

    static func choose(_ mentions: [TimelineMention]) -> TimelineMention? {
        var best: (mention: TimelineMention, charge: Int, shortness: Int)?
        for mention in mentions {
            let clause = clause(mention)
            let charge = charged(clause)
            let shortness = -min(clause.split(separator: " ").count, wordsBefore + wordsAfter)
            if let current = best, (current.charge, current.shortness) <= (charge, shortness) { continue }
            best = (mention, charge, shortness)
        }
        return best?.mention
    }

    /// The clause around the mention: its sentence, cut at ";" and the like, at most a few words
    /// either side, marked "…" where cut.
    static func clause(_ mention: TimelineMention) -> String {
        if mention.date.role == .dateline, mention.sentence.utf8.count <= 80 { return mention.sentence }
        let sentence = mention.date.sentence
        let utf8 = Array(mention.sentence.utf8)
        let start = mention.date.span.start - sentence.start
        let end = mention.date.span.end - sentence.start
        guard start >= 0, end <= utf8.count, start <= end else { return mention.sentence }
        var lower = start
        var words = 0
        while lower > 0 {
            let byte = utf8[lower - 1]
            if byte == UInt8(ascii: ";") || byte == UInt8(ascii: ":") { break }
            if byte == 0x20, lower - 1 < start - 1 { words += 1 }
            if words > wordsBefore { break }
            lower -= 1
        }
        var upper = end
        words = 0
        while upper < utf8.count {
            let byte = utf8[upper]
            if byte == UInt8(ascii: ";") || byte == UInt8(ascii: ":") { break }
            if byte == 0x20 { words += 1 }
            if words > wordsAfter { break }
            upper += 1
        }
        while lower < start, utf8[lower] == 0x20 || utf8[lower] == UInt8(ascii: ",") { lower += 1 }
        while upper > end, utf8[upper - 1] == 0x20 || utf8[upper - 1] == UInt8(ascii: ",") { upper -= 1 }
        // Never cut inside a UTF-8 sequence.
        while lower > 0, lower < utf8.count, utf8[lower] & 0xC0 == 0x80 { lower -= 1 }
        while upper < utf8.count, utf8[upper] & 0xC0 == 0x80 { upper += 1 }
        var text = String(decoding: utf8[lower..<upper], as: UTF8.self)
        // No-break and other spaces the byte trim above does not know.
        text = String(text.drop { $0.isWhitespace || $0 == "," }.reversed().drop { $0.isWhitespace || $0 == "," }.reversed())
        if lower > 0 { text = "…" + text }
        if upper < utf8.count, !(upper == utf8.count - 1 && utf8[upper] == UInt8(ascii: ".")) { text += "…" }
        return text
    }

    static func charged(_ text: String) -> Int {
        var count = 0
        for word in text.lowercased().utf8.split(whereSeparator: { !(0x61...0x7A).contains($0) }) where word.count >= 4 {
            let key = word.prefix(4).reduce(0) { $0 << 8 | UInt32($1) }
            if let stems = stemsByPrefix[key], stems.contains(where: { word.starts(with: $0) }) { count += 1 }
        }
        return count
    }

    /// The stems by their first four letters, so each word is checked against one or two.
    private static let stemsByPrefix: [UInt32: [[UInt8]]] = Dictionary(grouping: chargedStems.map { Array($0.utf8) }) {
        $0.prefix(4).reduce(0) { $0 << 8 | UInt32($1) }
    }

    /// Stems of words that take a side or dramatize.
    static let chargedStems = [
        "genocid", "massacr", "atrocit", "barbar", "brutal", "horrif", "horror", "bloody", "bloodi", "bloodbath",
        "bestial", "fascis", "terror", "slaughter", "butcher", "heinous", "murder", "crimin", "crime", "aggress",
        "occup", "liberat", "invad", "invasion", "illegal", "puppet", "propaganda", "tragic", "traged", "cruel",
        "pitiless", "evil", "savage", "infamous", "notorious",
    ]
}
