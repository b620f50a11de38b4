import Extraction

/// One side of an alignment, prepared once: its sentences, quotations, words, shingles and figures.
struct AlignmentText {
    /// Quotations shorter than this are terms in quotation marks ("referendum"), not remarks.
    static let minimumQuotationWords = 4
    /// Shingles are runs of this many words: long enough that "of the" alone does not make two
    /// sentences alike, short enough that a changed word every few words still leaves shared runs.
    static let shingleLength = 3

    let sentences: [TextSpan]
    let quotations: [Quotation]
    let tokens: [WordToken]
    let sentenceTokens: [Range<Int>]
    let quotationTokens: [Range<Int>]
    /// For each quotation, the sentences it runs across.
    let quotationSentences: [Range<Int>]
    /// For each sentence, its distinct informative shingles, sorted.
    let shingles: [[UInt64]]
    /// For each sentence, the figures it states, in text order.
    let figures: [[String]]
    /// For each sentence, its distinct words other than function words and numbers, names
    /// included, sorted by key: what a retelling in other words and another order still shares.
    /// `isContent` is true when the word is ever written lowercase (not only as a name).
    let words: [[(key: UInt64, isContent: Bool)]]

    init(_ text: String, figures reader: FigureReading = NumberTokenFigures()) {
        var bytes = Array(text.utf8)
        var sentences: [TextSpan] = []
        var tokens: [WordToken] = []
        var figures: [[String]] = []
        bytes.withUnsafeMutableBufferPointer { buffer in
            let bytes = UnsafeBufferPointer(buffer)
            sentences = SentenceSplitter.sentences(in: bytes)
            tokens = WordTokenizer.tokens(bytes, 0..<bytes.count)
            figures = sentences.map { reader.figureKeys(in: bytes, $0.range) }
        }
        quotations = QuotationFinder.quotations(in: text)
        let starts = tokens.map(\.span.start)
        func tokenRange(_ span: TextSpan) -> Range<Int> {
            Self.lowerBound(starts, span.start)..<Self.lowerBound(starts, span.end)
        }
        let sentenceStarts = sentences.map(\.start), sentenceEnds = sentences.map(\.end)
        self.sentences = sentences
        self.tokens = tokens
        self.figures = figures
        sentenceTokens = sentences.map(tokenRange)
        quotationTokens = quotations.map { tokenRange($0.content) }
        quotationSentences = quotations.map { quote in
            // The first sentence that ends after the quotation starts, to the last that starts before it ends.
            let first = Self.lowerBound(sentenceEnds, quote.span.start + 1)
            let end = Self.lowerBound(sentenceStarts, quote.span.end)
            return first..<max(first, end)
        }
        shingles = sentenceTokens.map { Self.shingles(tokens[$0]) }
        words = sentenceTokens.map { range in
            var words: [UInt64: Bool] = [:]
            for token in tokens[range] where !token.startsWithDigit && !WordTokenizer.functionWords.contains(token.key) {
                words[token.key] = (words[token.key] ?? false) || token.isContent
            }
            return words.map { (key: $0.key, isContent: $0.value) }.sorted { $0.key < $1.key }
        }
    }

    /// Whether a quotation is long enough to pair as a remark.
    func isRemark(_ quotation: Int) -> Bool {
        quotationTokens[quotation].count >= Self.minimumQuotationWords && !quotationSentences[quotation].isEmpty
    }

    /// The span of the sentences a quotation runs across.
    func passage(ofQuotation quotation: Int) -> TextSpan {
        let range = quotationSentences[quotation]
        return TextSpan(start: min(sentences[range.lowerBound].start, quotations[quotation].span.start),
                        end: max(sentences[range.upperBound - 1].end, quotations[quotation].span.end))
    }

    /// Distinct shingles of `tokens`, sorted, leaving out those made only of names and function words
    /// ("the Armenia-Azerbaijan Nagorno-Karabakh"): every article on one story shares those, so they
    /// say nothing about two sentences telling the same thing.
    static func shingles(_ tokens: ArraySlice<WordToken>) -> [UInt64] {
        guard !tokens.isEmpty else { return [] }
        let width = min(shingleLength, tokens.count)
        var result: [UInt64] = []
        result.reserveCapacity(tokens.count - width + 1)
        var start = tokens.startIndex
        while start + width <= tokens.endIndex {
            var hash: UInt64 = 0x9E37_79B9_7F4A_7C15
            var informative = false
            for token in tokens[start..<(start + width)] {
                hash = (hash ^ token.key) &* 0xBF58_476D_1CE4_E5B9
                hash ^= hash >> 31
                informative = informative || token.isContent
            }
            if informative { result.append(hash) }
            start += 1
        }
        result.sort()
        var unique: [UInt64] = []
        unique.reserveCapacity(result.count)
        for value in result where unique.last != value { unique.append(value) }
        return unique
    }

    static func lowerBound(_ values: [Int], _ target: Int) -> Int {
        var low = 0, high = values.count
        while low < high {
            let middle = (low + high) / 2
            if values[middle] < target { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
