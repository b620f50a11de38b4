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
    /// The speaker of the paragraph's last attributed quotation.
    private var lastSpeaker: String?
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
            let byte = bytes[index]
            if byte == 0x22 {
                inQuote.toggle()
            } else if byte == 0x27, index + 1 < sentence.end, bytes[index + 1] == 0x27 {
                inQuote = false  // '' closing a quotation
                index += 1
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
            paragraphAuthority = nil
        }
        return (startsInQuote, startsWithQuote, inQuote)
    }

    /// Gives the figures `added` of a sentence their speaker when the sentence names none.
    /// `speaker` is the sentence's own attribution (found only when needed).
    mutating func attribute(_ figures: inout [Figure], added: Range<Int>, quotes: (startsInQuote: Bool, startsWithQuote: Bool, endsInQuote: Bool),
                            speaker: () -> String?, opensWithAccordingTo: Bool)
    {
        let inQuotation = quotes.startsInQuote || quotes.startsWithQuote
        let closesQuotation = inQuotation && !quotes.endsInQuote
        let own = added.isEmpty ? (closesQuotation || !pending.isEmpty ? speaker() : nil) : figures[added.lowerBound].attribution
        if let own {
            if closesQuotation || !pending.isEmpty {
                for index in pending where figures[index].attribution == nil { figures[index].attribution = own }
                pending = []
            }
            if inQuotation || closesQuotation {
                lastSpeaker = own
                carriedFor = 0
            }
            if opensWithAccordingTo, sentencesInParagraph == 1 {
                paragraphAuthority = own
                carriedFor = 0
            }
            return
        }
        guard !added.isEmpty else { return }
        if quotes.endsInQuote, inQuotation || quotes.startsInQuote {
            pending += added  // the speaker is named where the quotation closes
        } else if inQuotation, let lastSpeaker {
            for index in added { figures[index].attribution = lastSpeaker }
        } else if let paragraphAuthority {
            for index in added { figures[index].attribution = paragraphAuthority }
        }
    }
}
