/// Finds who a quotation is attributed to, in the words of its own sentence around it.
///
/// Looks after the quotation first (`“…,” said Dmitri Panin`, `“…,” PM Pashinyan said`, `“…”
/// according to the ministry`), then before it (`Serzh Sargsyan, who was …, said: “…`, `President
/// Aliyev then observed that “…`, `according to the report, “…`). The name is the run of capitalized
/// words next to the reporting verb, or "the" with a title ("the president"); a comma before the
/// verb means an aside, and the name is looked for before the aside. Pronouns ("he said") give no
/// speaker: we do not resolve them.
enum SpeakerFinder {
    static let reportingVerbs: Set<String> = [
        "said", "says", "say", "told", "tells", "noted", "notes", "added", "adds", "stated", "states",
        "admitted", "admits", "concluded", "concludes", "observed", "observes", "announced", "announces",
        "declared", "declares", "explained", "explains", "insisted", "insists", "argued", "argues",
        "claimed", "claims", "warned", "warns", "wrote", "writes", "asked", "asks", "replied", "replies",
        "recalled", "recalls", "continued", "continues", "remarked", "remarks", "stressed", "stresses",
        "emphasized", "emphasised", "emphasizes", "emphasises", "confirmed", "confirms", "acknowledged",
        "acknowledges", "saying", "adding", "noting", "stating", "declaring", "writing", "telling",
        "recalling", "according",
    ]
    /// Words that may stand between a name and its verb ("Aliyev then observed").
    static let adverbs: Set<String> = [
        "then", "also", "once", "later", "further", "has", "had", "have", "was", "is", "again", "recently",
        "previously", "earlier", "reportedly", "publicly", "openly", "repeatedly", "often", "would", "will",
    ]
    /// Lowercase titles that name a speaker after "the" ("the president said").
    static let titles: Set<String> = [
        "president", "minister", "ambassador", "spokesman", "spokeswoman", "spokesperson", "official",
        "officials", "governor", "chairman", "chairwoman", "director", "secretary", "commander", "leader",
        "mayor", "senator", "report", "ministry", "government", "statement", "declaration", "author",
        "writer", "journalist", "witness", "police", "army", "committee",
    ]
    /// Capitalized words that start a sentence without naming anyone.
    static let functionWords: Set<String> = [
        "the", "a", "an", "as", "but", "and", "in", "on", "at", "when", "while", "however", "finally", "first",
        "second", "third", "meanwhile", "moreover", "so", "thus", "then", "yet", "it", "this", "that", "there",
        "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "after", "before", "during",
        "according", "since", "for", "by", "with", "if", "although",
    ]
    static let connectors: Set<String> = ["of", "de", "van", "von", "al", "bin", "la", "du", "del", "da", "der", "le"]

    static func attribute(_ quotes: [Quotation], in bytes: UnsafeBufferPointer<UInt8>) -> [Quotation] {
        guard !quotes.isEmpty else { return quotes }
        let sentences = SentenceSplitter.sentences(in: bytes)
        var result = quotes
        for index in result.indices {
            let quote = result[index].span
            let previousEnd = index > 0 ? quotes[index - 1].span.end : 0
            let nextStart = index + 1 < quotes.count ? quotes[index + 1].span.start : bytes.count
            let paragraph = paragraphRange(bytes, around: quote)
            // After the quotation: the rest of its sentence, or the next sentence when the quote ends one.
            var afterEnd = sentenceEnd(sentences, containing: max(quote.start, quote.end - 1)) ?? paragraph.upperBound
            if afterEnd <= quote.end, let next = sentences.first(where: { $0.start >= quote.end }),
               next.end <= paragraph.upperBound
            {
                afterEnd = next.end
            }
            afterEnd = min(afterEnd, nextStart, paragraph.upperBound)
            let beforeStart = max(sentenceStart(sentences, containing: quote.start) ?? paragraph.lowerBound,
                                  previousEnd, paragraph.lowerBound)
            if quote.end < afterEnd, let speaker = speakerAfter(words(bytes, quote.end..<afterEnd), bytes) {
                result[index].speaker = speaker
            } else if beforeStart < quote.start, let speaker = speakerBefore(words(bytes, beforeStart..<quote.start), bytes) {
                result[index].speaker = speaker
            }
        }
        return result
    }

    /// A word of the context: its core (letters and digits, inner punctuation kept) and what follows it.
    struct Word {
        var core: Range<Int>
        var lowercased: String
        var isCapitalized: Bool
        /// A comma, colon, period or other stop right after the word.
        var endsClause: Bool
    }

    static func words(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [Word] {
        var result: [Word] = []
        var index = range.lowerBound
        while index < range.upperBound {
            while index < range.upperBound, QuoteMark.classify(bytes, index) == .space {
                index += QuoteMark.scalarLength(bytes[index])
            }
            let start = index
            while index < range.upperBound, QuoteMark.classify(bytes, index) != .space {
                index += QuoteMark.scalarLength(bytes[index])
            }
            index = min(index, range.upperBound)
            guard start < index else { continue }
            var lower = start, upper = index
            while lower < upper, QuoteMark.classify(bytes, lower) == .punctuation {
                lower += QuoteMark.scalarLength(bytes[lower])
            }
            while upper > lower {
                var last = upper - 1
                while last > lower, bytes[last] & 0xC0 == 0x80 { last -= 1 }
                guard QuoteMark.classify(bytes, last) == .punctuation else { break }
                upper = last
            }
            guard lower < upper, lower >= start else {
                if !result.isEmpty { result[result.count - 1].endsClause = true }
                continue
            }
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[lower..<upper]), as: UTF8.self)
            var core = lower..<upper
            // Keep the period of "Mr." as part of the word, so names read as written.
            if upper < index, bytes[upper] == UInt8(ascii: "."), ["mr", "mrs", "ms", "dr", "prof", "gen"].contains(text.lowercased()) {
                core = lower..<(upper + 1)
            }
            let trailing = core.upperBound < index
            result.append(Word(core: core, lowercased: text.lowercased(),
                               isCapitalized: text.first?.isUppercase ?? false,
                               endsClause: trailing && bytes[core.upperBound..<index].contains { $0 != 0x27 && $0 != 0x22 }))
        }
        return result
    }

    /// `“…,” said NAME`, `“…,” NAME said`, `“…” according to NAME`.
    private static func speakerAfter(_ words: [Word], _ bytes: UnsafeBufferPointer<UInt8>) -> Speaker? {
        guard let first = words.first else { return nil }
        if first.lowercased == "according", words.count > 2, words[1].lowercased == "to" {
            return speaker(forwardFrom: 2, words, bytes, cue: "according to")
        }
        if reportingVerbs.contains(first.lowercased), !first.endsClause {
            return speaker(forwardFrom: 1, words, bytes, cue: first.lowercased)
        }
        guard let run = nameRun(forwardFrom: 0, words), !words[run.upperBound - 1].endsClause else { return nil }
        var verb = run.upperBound
        while verb < words.count, adverbs.contains(words[verb].lowercased) { verb += 1 }
        guard verb < words.count, reportingVerbs.contains(words[verb].lowercased), words[verb].lowercased != "according"
        else { return nil }
        return makeSpeaker(run, words, bytes, cue: words[verb].lowercased)
    }

    /// `NAME said: “`, `NAME, who …, told X that “`, `according to NAME, “`, `NAME … , saying: “`.
    private static func speakerBefore(_ words: [Word], _ bytes: UnsafeBufferPointer<UInt8>) -> Speaker? {
        guard let verb = words.lastIndex(where: { reportingVerbs.contains($0.lowercased) }) else { return nil }
        if words[verb].lowercased == "according" {
            guard verb + 1 < words.count, words[verb + 1].lowercased == "to" else { return nil }
            return speaker(forwardFrom: verb + 2, words, bytes, cue: "according to")
        }
        let cue = words[verb].lowercased
        var end = verb
        while end > 0, adverbs.contains(words[end - 1].lowercased), !words[end - 1].endsClause { end -= 1 }
        guard end > 0 else { return nil }
        if !words[end - 1].endsClause {
            if let run = nameRun(endingAt: end, words) { return makeSpeaker(run, words, bytes, cue: cue) }
            if ["he", "she", "they", "we", "i", "you", "it"].contains(words[end - 1].lowercased) { return nil }
        } else {
            // An aside ends just before the verb: the name stands before the aside.
            var comma = end - 2
            while comma >= 0 {
                if words[comma].endsClause, let run = nameRun(endingAt: comma + 1, words) {
                    return makeSpeaker(run, words, bytes, cue: cue)
                }
                comma -= 1
            }
        }
        // A participle ("Goltz described the scene, saying: “"): the subject opens the sentence.
        guard cue.hasSuffix("ing"), let run = nameRun(forwardFrom: 0, words) else { return nil }
        return makeSpeaker(run, words, bytes, cue: cue)
    }

    private static func speaker(forwardFrom start: Int, _ words: [Word], _ bytes: UnsafeBufferPointer<UInt8>,
                                cue: String) -> Speaker?
    {
        guard let run = nameRun(forwardFrom: start, words) else { return nil }
        return makeSpeaker(run, words, bytes, cue: cue)
    }

    /// The name that ends at word `end` (exclusive), reading back.
    private static func nameRun(endingAt end: Int, _ words: [Word]) -> Range<Int>? {
        var start = end
        while start > 0 {
            let word = words[start - 1]
            if start < end, word.endsClause { break }
            if word.isCapitalized, !functionWords.contains(word.lowercased) || start < end {
                start -= 1
            } else if connectors.contains(word.lowercased), start < end, start >= 2, words[start - 2].isCapitalized {
                start -= 1
            } else {
                break
            }
        }
        while start < end, functionWords.contains(words[start].lowercased) || connectors.contains(words[start].lowercased) {
            start += 1
        }
        if start < end { return start..<end }
        // "the president": a title after "the".
        if end >= 2, titles.contains(words[end - 1].lowercased), words[end - 2].lowercased == "the",
           !words[end - 2].endsClause
        {
            return (end - 2)..<end
        }
        return nil
    }

    /// The name that starts at word `start` (after leading function words), reading on.
    private static func nameRun(forwardFrom start: Int, _ words: [Word]) -> Range<Int>? {
        var first = start
        if first + 1 < words.count, words[first].lowercased == "the", titles.contains(words[first + 1].lowercased),
           !words[first + 1].isCapitalized
        {
            return first..<(first + 2)
        }
        while first < words.count, functionWords.contains(words[first].lowercased), !words[first].endsClause { first += 1 }
        var end = first
        while end < words.count {
            let word = words[end]
            let continues = word.isCapitalized
                || (connectors.contains(word.lowercased) && end > first && end + 1 < words.count && words[end + 1].isCapitalized)
            guard continues else { break }
            end += 1
            if word.endsClause { break }
        }
        // A title between words of a name ("The US journalist Thomas Goltz"): keep reading.
        if end > first, end + 1 < words.count, !words[end - 1].endsClause, titles.contains(words[end].lowercased),
           words[end + 1].isCapitalized
        {
            return nameRun(forwardFrom: end + 1, words)
        }
        return end > first ? first..<end : nil
    }

    private static func makeSpeaker(_ run: Range<Int>, _ words: [Word], _ bytes: UnsafeBufferPointer<UInt8>,
                                    cue: String) -> Speaker
    {
        let span = TextSpan(start: words[run.lowerBound].core.lowerBound, end: words[run.upperBound - 1].core.upperBound)
        let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[span.range]), as: UTF8.self)
        return Speaker(name: name, span: span, cue: cue)
    }

    private static func sentenceStart(_ sentences: [TextSpan], containing offset: Int) -> Int? {
        sentences.last { $0.start <= offset }?.start
    }

    private static func sentenceEnd(_ sentences: [TextSpan], containing offset: Int) -> Int? {
        sentences.first { $0.end > offset }?.end
    }

    private static func paragraphRange(_ bytes: UnsafeBufferPointer<UInt8>, around span: TextSpan) -> Range<Int> {
        var lower = span.start
        while lower > 0, bytes[lower - 1] != 0x0A { lower -= 1 }
        var upper = span.end
        while upper < bytes.count, bytes[upper] != 0x0A { upper += 1 }
        return lower..<upper
    }
}
