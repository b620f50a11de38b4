/// Finds who a quotation is attributed to, from the reporting clause around it.
///
/// Looks after the quotation first (`“…,” said Dmitri Panin`, `“…,” PM Pashinyan said`, `“…”
/// according to the ministry`, `“…” by the interior minister` after a passive verb), then before it
/// (`Serzh Sargsyan, who was …, said: “…`, `President Aliyev then observed that “…`, `according to
/// the report, “…`, `described by Human Rights Watch as “…`). The name is the run of capitalized
/// words next to the reporting verb ("Human Rights Watch"), or "the" with a title and up to two
/// words before it ("the ministry", "the regional rescue service"); a comma before the verb means an
/// aside, and the name is looked for before the aside.
///
/// Across sentence boundaries: a quotation opening a paragraph after a clause that ends in a colon
/// (`The ministry said in a statement:` / `“…”`) takes that clause's speaker; a pronoun (`“…,” it
/// said`, `he said, … “…`) takes the subject of its own sentence before it or, failing that, of the
/// sentence before: the first name there that is not the object of a preposition. A pronoun with no
/// such name gives no speaker.
enum SpeakerFinder {
    static let reportingVerbs: Set<String> = [
        "said", "says", "say", "told", "tells", "noted", "notes", "added", "adds", "stated", "states",
        "admitted", "admits", "concluded", "concludes", "observed", "observes", "announced", "announces",
        "declared", "declares", "explained", "explains", "insisted", "insists", "argued", "argues",
        "claimed", "claims", "warned", "warns", "wrote", "writes", "asked", "asks", "replied", "replies",
        "recalled", "recalls", "continued", "continues", "remarked", "remarks", "stressed", "stresses",
        "emphasized", "emphasised", "emphasizes", "emphasises", "confirmed", "confirms", "acknowledged",
        "acknowledges", "saying", "adding", "noting", "stating", "declaring", "writing", "telling",
        "recalling", "according", "reported", "reports", "described", "describes", "testified", "recounted",
        "alleged", "alleges", "denied", "denies", "commented", "responded", "urged", "urges", "cautioned",
        "tweeted", "called", "termed", "labelled", "labeled", "characterized", "characterised", "branded",
    ]
    /// Capitalized words that name a day or a month, never a speaker.
    static let calendarWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ]
    /// Subjects that point back to a speaker named earlier.
    static let pronouns: Set<String> = ["he", "she", "it", "they"]
    /// Words after which a name is the object of a preposition, not the subject of a sentence.
    static let prepositions: Set<String> = [
        "of", "to", "in", "on", "at", "from", "for", "with", "by", "about", "against", "into", "over", "under",
        "after", "before", "during", "since", "near", "across", "between", "among", "through",
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
        "writer", "journalist", "witness", "police", "army", "committee", "service", "agency", "group",
        "organisation", "organization", "office", "council", "court", "prosecutor", "commission", "union",
        "institute", "foundation", "coalition", "party", "company", "spokesmen", "authorities", "researchers",
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
            let before = beforeStart < quote.start ? words(bytes, beforeStart..<quote.start) : []
            let after = quote.end < afterEnd ? words(bytes, quote.end..<afterEnd) : []
            if let speaker = speakerAfter(after, bytes, verbBefore: passiveVerb(ending: before)) {
                result[index].speaker = speaker
            } else if let speaker = speakerBefore(before, bytes) {
                result[index].speaker = speaker
            } else if before.isEmpty, let clause = colonClause(before: quote.start, bytes, sentences),
                      let speaker = speakerBefore(words(bytes, clause), bytes)
            {
                result[index].speaker = speaker
            } else if let (cue, pronounStart) = pronounAfter(after) ?? pronounBefore(before) {
                let sentenceStart = sentenceStart(sentences, containing: quote.start) ?? paragraph.lowerBound
                // The pronoun's own sentence, up to the pronoun, then the sentence before it.
                let end = pronounStart ?? quote.start
                var speaker = sentenceStart < end ? subject(words(bytes, sentenceStart..<min(end, quote.start)), bytes, cue: cue) : nil
                if speaker == nil, let previous = sentences.last(where: { $0.end <= sentenceStart }) {
                    speaker = subject(words(bytes, previous.range), bytes, cue: cue)
                }
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
        /// A bracket or quotation mark right before the word ("(“The Discovery"): a name does not
        /// run on into it.
        var opensAside = false
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
            // Keep the period of "Mr." and of an initial ("Sonya A. Zoghlin") as part of the word, so
            // names read as written and run on past it.
            let isInitial = text.count == 1 && text.first?.isUppercase == true
            if upper < index, bytes[upper] == UInt8(ascii: "."),
               isInitial || ["mr", "mrs", "ms", "dr", "prof", "gen"].contains(text.lowercased())
            {
                core = lower..<(upper + 1)
            }
            let trailing = core.upperBound < index
            result.append(Word(core: core, lowercased: text.lowercased(),
                               isCapitalized: text.first?.isUppercase ?? false,
                               endsClause: trailing && bytes[core.upperBound..<index].contains { $0 != 0x27 && $0 != 0x22 },
                               opensAside: lower > start))
        }
        return result
    }

    /// `“…,” said NAME`, `“…,” NAME said`, `“…” according to NAME`.
    private static func speakerAfter(_ words: [Word], _ bytes: UnsafeBufferPointer<UInt8>, verbBefore: String? = nil) -> Speaker? {
        guard let first = words.first else { return nil }
        if first.lowercased == "by", let verb = verbBefore {
            return speaker(forwardFrom: 1, words, bytes, cue: verb)
        }
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
        // A passive clause names its agent: "described by Human Rights Watch as “…".
        if verb + 1 < words.count, words[verb + 1].lowercased == "by", !words[verb].endsClause,
           let speaker = speaker(forwardFrom: verb + 2, words, bytes, cue: cue)
        {
            return speaker
        }
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
        return titleRun(endingAt: end, words)
    }

    /// "the president", "the health ministry", "the regional rescue service": a title after "the"
    /// and up to two lowercase words.
    private static func titleRun(endingAt end: Int, _ words: [Word]) -> Range<Int>? {
        guard end >= 2, titles.contains(words[end - 1].lowercased) else { return nil }
        var start = end - 2
        while start >= 0, start >= end - 4 {
            let word = words[start]
            if word.endsClause { return nil }
            if word.lowercased == "the" { return start..<end }
            guard !word.isCapitalized, !functionWords.contains(word.lowercased), !connectors.contains(word.lowercased),
                  !reportingVerbs.contains(word.lowercased), !prepositions.contains(word.lowercased)
            else { return nil }
            start -= 1
        }
        return nil
    }

    /// The name that starts at word `start` (after leading function words), reading on.
    private static func nameRun(forwardFrom start: Int, _ words: [Word]) -> Range<Int>? {
        var first = start
        if first + 2 <= words.count, words[first].lowercased == "the" {
            // "the ministry", "the interior minister": a title within three words.
            for end in (first + 2)...min(words.count, first + 4) {
                if let run = titleRun(endingAt: end, words), run.lowerBound == first { return run }
                if words[end - 1].endsClause { break }
            }
        }
        while first < words.count, functionWords.contains(words[first].lowercased), !words[first].endsClause { first += 1 }
        var end = first
        while end < words.count {
            let word = words[end]
            if end > first, word.opensAside { break }
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

    /// The reporting verb a passive clause ends on before a quotation ("was called “…"), if any.
    private static func passiveVerb(ending words: [Word]) -> String? {
        guard let last = words.last, reportingVerbs.contains(last.lowercased), last.lowercased.hasSuffix("ed") else { return nil }
        return last.lowercased
    }

    /// A pronoun and its reporting verb right after a quotation (`“…,” it said`): the cue.
    private static func pronounAfter(_ words: [Word]) -> (String, Int?)? {
        guard let first = words.first, pronouns.contains(first.lowercased), !first.endsClause else { return nil }
        var verb = 1
        while verb < words.count, adverbs.contains(words[verb].lowercased) { verb += 1 }
        guard verb < words.count, reportingVerbs.contains(words[verb].lowercased) else { return nil }
        return (words[verb].lowercased, nil)
    }

    /// A pronoun and its reporting verb before a quotation (`he said, but “…`): the cue and where the
    /// pronoun starts.
    private static func pronounBefore(_ words: [Word]) -> (String, Int?)? {
        guard let verb = words.lastIndex(where: { reportingVerbs.contains($0.lowercased) && $0.lowercased != "according" })
        else { return nil }
        var subject = verb - 1
        while subject >= 0, adverbs.contains(words[subject].lowercased) {
            // "It is said that “…": a passive with no one behind the pronoun.
            if ["is", "was"].contains(words[subject].lowercased) { return nil }
            subject -= 1
        }
        guard subject >= 0, pronouns.contains(words[subject].lowercased), subject == 0 || words[subject - 1].endsClause
            || !words[subject - 1].isCapitalized
        else { return nil }
        return (words[verb].lowercased, words[subject].core.lowerBound)
    }

    /// The subject a pronoun points back to: the first name of the words that is not the object of
    /// a preposition, of two words or more ("Human Rights Watch") or one before a reporting verb.
    private static func subject(_ words: [Word], _ bytes: UnsafeBufferPointer<UInt8>, cue: String) -> Speaker? {
        var index = 0
        while index < words.count {
            let afterPreposition = index > 0 && (prepositions.contains(words[index - 1].lowercased)
                || (index > 1 && words[index - 1].lowercased == "the" && prepositions.contains(words[index - 2].lowercased)))
            let startsName = words[index].isCapitalized && !functionWords.contains(words[index].lowercased)
            if let run = startsName ? nameRun(forwardFrom: index, words) : titleRun(startingAt: index, words),
               run.lowerBound == index
            {
                let nextIsVerb = run.upperBound < words.count && reportingVerbs.contains(words[run.upperBound].lowercased)
                    && !words[run.upperBound - 1].endsClause
                let isCalendar = words[run].contains { calendarWords.contains($0.lowercased) }
                if !afterPreposition, !isCalendar, run.count >= 2 || nextIsVerb { return makeSpeaker(run, words, bytes, cue: cue) }
                index = run.upperBound
                continue
            }
            index += 1
        }
        return nil
    }

    private static func titleRun(startingAt start: Int, _ words: [Word]) -> Range<Int>? {
        guard start + 2 <= words.count, words[start].lowercased == "the" else { return nil }
        for end in (start + 2)...min(words.count, start + 4) {
            if let run = titleRun(endingAt: end, words), run.lowerBound == start { return run }
        }
        return nil
    }

    /// The clause before a quotation that opens its paragraph, when the paragraph before ends in a
    /// colon ("The ministry said in a statement:"): the sentence holding the colon.
    private static func colonClause(before offset: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ sentences: [TextSpan])
        -> Range<Int>?
    {
        var index = offset
        var crossedParagraph = false
        while index > 0, bytes[index - 1] == 0x20 || bytes[index - 1] == 0x0A || bytes[index - 1] == 0x0D || bytes[index - 1] == 0x09 {
            if bytes[index - 1] == 0x0A { crossedParagraph = true }
            index -= 1
        }
        guard crossedParagraph, index > 0, bytes[index - 1] == UInt8(ascii: ":") else { return nil }
        var lower = index - 1
        while lower > 0, bytes[lower - 1] != 0x0A { lower -= 1 }
        let start = max(lower, sentences.last { $0.start < index }?.start ?? lower)
        return start..<index
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
