import Extraction

/// Two passages, one from each side, that tell the same thing, and how their words differ.
///
/// `left.span` and `right.span` are what was compared: the quotation's words for a `.quote` pair, the
/// whole passage otherwise. `similarity` is from 0 to 1: the share of words the compared texts have in
/// common, in order (2·LCS / (N + M)). `changes` lists the words inserted, deleted or replaced: over
/// the whole when the two are near-identical (`isNearIdentical`), else inside the stretch the two
/// share most closely (a local alignment of their words) when it is long enough; a retelling in
/// other words throughout has none, since every word would differ.
public struct PassagePair: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// The same quotation, after folding case, punctuation and quotation marks.
        case quote
        /// Sentences that state the same figures.
        case figures
        /// Sentences that share enough wording.
        case wording
        /// Sentences that tell the same thing in other words or another order: they share most of
        /// their distinctive words, whatever the order and whatever numbers they give.
        case paraphrase
    }

    /// One side of a pair.
    public struct Side: Hashable, Sendable {
        /// The sentence, or for a quotation the sentences it runs across, that the compared words sit in.
        public var passage: TextSpan
        /// What was compared.
        public var span: TextSpan

        public init(passage: TextSpan, span: TextSpan) {
            self.passage = passage
            self.span = span
        }
    }

    public var left: Side
    public var right: Side
    public var kind: Kind
    public var similarity: Double
    public var isNearIdentical: Bool
    public var changes: [WordChange]

    public init(left: Side, right: Side, kind: Kind, similarity: Double, isNearIdentical: Bool, changes: [WordChange]) {
        self.left = left
        self.right = right
        self.kind = kind
        self.similarity = similarity
        self.isNearIdentical = isNearIdentical
        self.changes = changes
    }
}
