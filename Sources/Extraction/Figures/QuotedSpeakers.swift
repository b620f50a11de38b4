/// Who says the figures of sentences that name no one themselves: a quotation that runs over
/// several sentences carries the speaker named where it closes, a quoted sentence right after an
/// attributed one in the same paragraph carries that speaker, and "According to X, ..." opening a
/// paragraph carries X to that paragraph's later figures.
///
///     "We have recovered 31 bodies. Many more are under the mud," said Olga Petrenko.
///     "At least 200 people were injured."
///     // 31 and 200 are both attributed to Olga Petrenko
struct QuotedSpeakers {
    private var inQuote = false
    /// Figures inside a quotation still open, waiting for its speaker.
    private var pending: [Int] = []
    /// The speaker of the paragraph's last attributed quotation, or the sentence that names it
    /// (found when a quoted figure first needs it).
    private var lastSpeaker: String?
    private var lastSpeakerSentence: TextSpan?
    private var paragraphAuthority: String?
    /// Sentences since the quotation opened: one left open longer is taken for a stray mark.
    private var openFor = 0
    /// How many sentences a quotation may run over, and a speaker or authority carry.
    private static let reach = 4
    private var carriedFor = 0
    /// Sentences read in this paragraph: "According to X" carries only from the paragraph's first.
    private var sentencesInParagraph = 0

    /// A new paragraph (a line break in the text): nothing carries over.
    mutating func startParagraph() {
        lastSpeaker = nil
        lastSpeakerSentence = nil
        paragraphAuthority = nil
        pending = []
        inQuote = false
        sentencesInParagraph = 0
    }

    /// Whether `sentence` closes a quotation: the caller then finds its speaker.
    mutating func read(_ bytes: UnsafeBufferPointer<UInt8>, _ sentence: TextSpan) -> (startsInQuote: Bool, startsWithQuote: Bool, endsInQuote: Bool) {
        let startsInQuote = inQuote
        var index = sentence.start
        let startsWithQuote = index < sentence.end && (bytes[index] == 0x22
            || (index + 2 < sentence.end && bytes[index] == 0xE2 && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x9C))
        while index < sentence.end {
            index = ByteSearch.firstIndex(of: 0x22, or: 0xE2, in: bytes, index..<sentence.end)
            if index >= sentence.end { break }
            let byte = bytes[index]
            if byte == 0x22 {
                inQuote.toggle()
            } else if byte == 0xE2, index + 2 < sentence.end, bytes[index + 1] == 0x80 {
                if bytes[index + 2] == 0x9C { inQuote = true } else if bytes[index + 2] == 0x9D { inQuote = false }
            }
            index += 1
        }
        openFor = inQuote ? openFor + 1 : 0
        if openFor > Self.reach {
            inQuote = false
            openFor = 0
            pending = []
        }
        carriedFor += 1
        sentencesInParagraph += 1
        if carriedFor > Self.reach {
            lastSpeaker = nil
            lastSpeakerSentence = nil
            paragraphAuthority = nil
        }
        return (startsInQuote, startsWithQuote, inQuote)
    }

    /// Gives the figures `added` of a sentence their speaker when the sentence names none.
    /// `speaker` finds the attribution a sentence names, only when needed; `speakerSentence` is this one.
    mutating func attribute(_ figures: inout [Figure], added: Range<Int>, quotes: (startsInQuote: Bool, startsWithQuote: Bool, endsInQuote: Bool),
                            speakerSentence: TextSpan, speaker: (TextSpan) -> String?, opensWithAccordingTo: Bool)
    {
        let inQuotation = quotes.startsInQuote || quotes.startsWithQuote
        let closesQuotation = inQuotation && !quotes.endsInQuote
        if added.isEmpty {
            // A sentence without figures: it may name the speaker of quoted figures before or after it.
            guard closesQuotation else { return }
            if !pending.isEmpty, let own = speaker(speakerSentence) {
                for index in pending where figures[index].attribution == nil { figures[index].attribution = own }
                lastSpeaker = own
            } else {
                lastSpeaker = nil
                lastSpeakerSentence = speakerSentence
            }
            pending = []
            carriedFor = 0
            return
        }
        if let own = figures[added.lowerBound].attribution {
            if closesQuotation || !pending.isEmpty {
                for index in pending where figures[index].attribution == nil { figures[index].attribution = own }
                pending = []
            }
            if inQuotation {
                lastSpeaker = own
                lastSpeakerSentence = nil
                carriedFor = 0
            }
            if opensWithAccordingTo, sentencesInParagraph == 1 {
                paragraphAuthority = own
                carriedFor = 0
            }
            return
        }
        if quotes.endsInQuote, inQuotation {
            pending += added  // the speaker is named where the quotation closes
        } else if inQuotation, let carried = lastSpeaker ?? lastSpeakerSentence.flatMap(speaker) {
            lastSpeaker = carried
            lastSpeakerSentence = nil
            for index in added { figures[index].attribution = carried }
        } else if let paragraphAuthority {
            for index in added { figures[index].attribution = paragraphAuthority }
        }
    }
}
