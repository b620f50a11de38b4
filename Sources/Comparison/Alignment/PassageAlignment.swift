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

    /// The pairs that keep both texts' order, as indices into `pairs`: the longest run of pairs whose
    /// right passages also go forward. The others tell the same thing at another place in the right
    /// text; a two-column view can put the in-order pairs on shared rows and mark the rest.
    public var inOrderPairs: [Int] {
        // Longest increasing subsequence of right starts (pairs are sorted by left), by patience sorting.
        var tails: [Int] = []  // index of the pair ending the best run of each length
        var previous = [Int](repeating: -1, count: pairs.count)
        for (index, pair) in pairs.enumerated() {
            let start = pair.right.passage.start
            var low = 0, high = tails.count
            while low < high {
                let middle = (low + high) / 2
                if pairs[tails[middle]].right.passage.start < start { low = middle + 1 } else { high = middle }
            }
            if low > 0 { previous[index] = tails[low - 1] }
            if low == tails.count { tails.append(index) } else { tails[low] = index }
        }
        var result: [Int] = []
        var index = tails.last ?? -1
        while index >= 0 {
            result.append(index)
            index = previous[index]
        }
        return result.reversed()
    }
}
