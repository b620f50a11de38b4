import Extraction

/// How two texts line up: the passages they share, in left order, and the sentences only one side has.
///
/// The units are sentences (`SentenceSplitter`); a quotation pair takes in every sentence its
/// quotation runs across, on each side.
/// Spans are offsets into the texts given to the aligner; for documents, into their reading texts
/// (map them to the original with `Document.reading.sourceSpan(_:)`).
public struct PassageAlignment: Hashable, Sendable {
    /// Every sentence of each side, in text order.
    public var leftSentences: [TextSpan]
    public var rightSentences: [TextSpan]
    /// Every quotation of each side, in text order, with its speaker.
    public var leftQuotations: [Quotation]
    public var rightQuotations: [Quotation]
    /// One-to-one: a passage is in at most one pair. Sorted by the left passage.
    public var pairs: [PassagePair]
    /// Sentences in no pair, in text order.
    public var unmatchedLeft: [TextSpan]
    public var unmatchedRight: [TextSpan]

    public init(leftSentences: [TextSpan], rightSentences: [TextSpan], leftQuotations: [Quotation],
                rightQuotations: [Quotation], pairs: [PassagePair], unmatchedLeft: [TextSpan], unmatchedRight: [TextSpan])
    {
        self.leftSentences = leftSentences
        self.rightSentences = rightSentences
        self.leftQuotations = leftQuotations
        self.rightQuotations = rightQuotations
        self.pairs = pairs
        self.unmatchedLeft = unmatchedLeft
        self.unmatchedRight = unmatchedRight
    }
}
