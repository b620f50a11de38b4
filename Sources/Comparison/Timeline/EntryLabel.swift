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

    /// The plainest of the mentions kept in `store` at `indices`, by position.
    static func choose(_ indices: [Int32], in store: TimelineMentionStore) -> Int32? {
        var best: (index: Int32, score: Score)?
        for index in indices {
            let score: Score = store.withSentence(Int(index)) { bytes, start, end, _ in Self.score(bytes, start, end) }
            if let current = best, current.score <= score { continue }
            best = (index, score)
        }
        return best?.index
    }

    /// Charged words in the clause, then minus its words up to the cut: lower is plainer.
    private typealias Score = (charge: Int, shortness: Int)

    private static func score(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Score {
        let (charge, words): (Int, Int)
        if let (lower, upper) = bounds(start, end, bytes) {
            (charge, words) = (charged(bytes[lower..<upper]), bytes[lower..<upper].reduce(1) { $0 + ($1 == 0x20 ? 1 : 0) })
        } else {
            (charge, words) = (charged(bytes[...]), 0)
        }
        return (charge, -min(words, wordsBefore + wordsAfter))
    }

    /// The clause around the mention: its sentence, cut at ";" and the like, at most a few words
    /// either side, marked "…" where cut.
    static func clause(_ mention: TimelineMention) -> String {
        if mention.date.role == .dateline, mention.sentence.utf8.count <= 80 { return mention.sentence }
        var sentence = mention.sentence
        return sentence.withUTF8 { bytes in
            guard let (lower, upper) = bounds(mention.date.span.start - mention.date.sentence.start,
                                              mention.date.span.end - mention.date.sentence.start, bytes)
            else { return mention.sentence }
            var text = String(decoding: bytes[lower..<upper], as: UTF8.self)
            // No-break and other spaces the byte trim does not know.
            text = String(text.drop { $0.isWhitespace || $0 == "," }.reversed().drop { $0.isWhitespace || $0 == "," }.reversed())
            if lower > 0 { text = "…" + text }
            if upper < bytes.count, !(upper == bytes.count - 1 && bytes[upper] == UInt8(ascii: ".")) { text += "…" }
            return text
        }
    }

    /// The byte range of the clause in the sentence's UTF-8 `bytes`, around the date at `start..<end`.
    private static func bounds(_ start: Int, _ end: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int)? {
        guard start >= 0, end <= bytes.count, start <= end else { return nil }
        func isStop(_ byte: UInt8) -> Bool { byte == UInt8(ascii: ";") || byte == UInt8(ascii: ":") }
        var lower = start
        var words = 0
        while lower > 0, !isStop(bytes[lower - 1]) {
            if bytes[lower - 1] == 0x20, lower - 1 < start - 1 { words += 1 }
            if words > wordsBefore { break }
            lower -= 1
        }
        var upper = end
        words = 0
        while upper < bytes.count, !isStop(bytes[upper]) {
            if bytes[upper] == 0x20 { words += 1 }
            if words > wordsAfter { break }
            upper += 1
        }
        while lower < start, bytes[lower] == 0x20 || bytes[lower] == UInt8(ascii: ",") { lower += 1 }
        while upper > end, bytes[upper - 1] == 0x20 || bytes[upper - 1] == UInt8(ascii: ",") { upper -= 1 }
        // Never cut inside a UTF-8 sequence.
        while lower > 0, lower < bytes.count, bytes[lower] & 0xC0 == 0x80 { lower -= 1 }
        while upper < bytes.count, bytes[upper] & 0xC0 == 0x80 { upper += 1 }
        return (lower, upper)
    }

    /// How many words of `bytes` start with a charged stem (ASCII letters, any case).
    static func charged(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Int {
        var count = 0
        var word: [UInt8] = []
        word.reserveCapacity(24)
        func close() {
            if word.count >= 4 {
                let key = word.prefix(4).reduce(0) { $0 << 8 | UInt32($1) }
                if let stems = stemsByPrefix[key], stems.contains(where: { word.starts(with: $0) }) { count += 1 }
            }
            word.removeAll(keepingCapacity: true)
        }
        for byte in bytes {
            let lower = byte | 0x20
            if lower >= 0x61 && lower <= 0x7A && (byte >= 0x41 && byte <= 0x5A || byte >= 0x61) { word.append(lower) } else { close() }
        }
        close()
        return count
    }

    static func charged(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { charged($0[...]) }
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
