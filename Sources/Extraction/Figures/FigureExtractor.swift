/// Finds the figures of English news text: each count of people, what happened to them, who they
/// were, who says so and when, with the exact span of the number.
///
///     let figures = FigureExtractor.figures(in: "More than 600 people, including 106 women, were killed.")
///     figures.map { "\($0.measure)/\($0.group) \($0.value)" }
///     // ["killed/people More than 600", "killed/women 106"]
///
/// Spans are UTF-8 byte offsets into `text`. The rules are general English-news rules: a number, a
/// noun for people after it (or a back-reference such as "of them"), and a measure from the verbs
/// and nouns around it. Counts of things that are not people ("24 US states") are not figures.
///
/// Every sentence of `text` is read: give it an article's reading text (`Document.reading.text`),
/// which cleaning has already rid of page furniture, reader comments and teasers for other
/// articles (Corpus's `Furniture`), so every pane reads the same article.
public enum FigureExtractor {
    /// The figures of `text`, in order of their numbers.
    public static func figures(in text: String) -> [Figure] {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { figures(in: $0) } ?? []
    }

    /// The figures of UTF-8 `bytes`.
    public static func figures(in bytes: UnsafeBufferPointer<UInt8>) -> [Figure] {
        var state = DocumentState()
        var speakers = QuotedSpeakers()
        var previousEnd = 0
        for found in SentenceSplitter.sentences(in: bytes) {
            if startsParagraph(bytes, previousEnd..<found.start) { speakers.startParagraph() }
            previousEnd = found.end
            let quotes = speakers.read(bytes, found)
            var namesToll = false
            let sentence = trimmed(found, bytes)
            guard mayHoldNumber(bytes, found.range, namesToll: &namesToll) else {
                // "Officials revised the death toll. The latest figure is 402."
                state.previousToll = namesToll ? "killed" : nil
                // A quotation closing here names the speaker of figures quoted before it; its
                // speaker is found only if a figure needs it.
                speakers.attribute(&state.figures, added: 0..<0, quotes: quotes, speakerSentence: sentence,
                                   speaker: { speaker(in: $0, bytes) }, opensWithAccordingTo: false)
                continue
            }
            let tokens = Tokenizer.tokens(bytes, sentence.range)
            let reader = SentenceReader(tokens: tokens, bytes: bytes, sentence: sentence)
            let before = state.figures.count
            reader.read(into: &state)
            speakers.attribute(&state.figures, added: before..<state.figures.count, quotes: quotes, speakerSentence: sentence,
                               speaker: { $0 == sentence ? reader.attribution() : speaker(in: $0, bytes) },
                               opensWithAccordingTo: tokens.first?.lower == "according")
        }
        return state.finish()
    }

    /// The authority or speaker a sentence names ("said rescue chief Olga Petrenko").
    private static func speaker(in sentence: TextSpan, _ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        SentenceReader(tokens: Tokenizer.tokens(bytes, sentence.range), bytes: bytes, sentence: sentence).attribution()
    }

    /// Whether the text between two sentences breaks the line: plain text and reading text put
    /// each paragraph on a line of its own.
    private static func startsParagraph(_ bytes: UnsafeBufferPointer<UInt8>, _ gap: Range<Int>) -> Bool {
        gap.contains { bytes[$0] == 0x0A }
    }

    /// The sentence without no-break spaces at its ends (the splitter trims only ASCII space).
    private static func trimmed(_ span: TextSpan, _ bytes: UnsafeBufferPointer<UInt8>) -> TextSpan {
        var start = span.start, end = span.end
        while end - start >= 2, bytes[start] == 0xC2, bytes[start + 1] == 0xA0 {
            start += 2
            while start < end, bytes[start] == 0x20 { start += 1 }
        }
        while end - start >= 2, bytes[end - 2] == 0xC2, bytes[end - 1] == 0xA0 {
            end -= 2
            while end > start, bytes[end - 1] == 0x20 { end -= 1 }
        }
        return TextSpan(start: start, end: end)
    }

    /// A cheap test that skips sentences with neither digits nor number words; on the way it notes
    /// whether a sentence without them names a toll.
    static func mayHoldNumber(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var namesToll = false
        return mayHoldNumber(bytes, range, namesToll: &namesToll)
    }

    static func mayHoldNumber(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, namesToll: inout Bool) -> Bool {
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            let byte = bytes[index]
            if byte >= 0x30 && byte <= 0x39 { return true }
            guard Tokenizer.isLetter(byte) else {
                index += 1
                continue
            }
            var length = 0
            while index < end, Tokenizer.isLetter(bytes[index]) {
                length += 1
                index += 1
            }
            if length >= 3, length <= 9, NumberWords.mayBeNumberWord(bytes, (index - length)..<index) { return true }
            if length == 4, bytes[index - 4] | 0x20 == 0x74, bytes[index - 3] | 0x20 == 0x6F, bytes[index - 2] | 0x20 == 0x6C,
               bytes[index - 1] | 0x20 == 0x6C
            { namesToll = true }  // "toll"

        }
        return false
    }

}
