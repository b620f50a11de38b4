import Extraction

/// One remark as the corpus carries it: who said it, and its wording in each source that quotes it.
///
/// `text` is the wording of the first variant in corpus order; each variant's `changes` turn that
/// wording into its own, with `left` spans into the group's `text` and `right` spans into the
/// variant's `text`.
public struct QuotationGroup: Hashable, Sendable {
    /// The remark as one source quotes it.
    public struct Variant: Hashable, Sendable {
        public var documentID: String
        /// The quotation in the document's reading text.
        public var quotation: Quotation
        /// The quoted words as this source has them.
        public var text: String
        /// Where the quoted words are in the document's original text.
        public var sourceSpan: TextSpan
        /// 2·LCS / (N + M) against the group's `text`: 1 for the same words.
        public var similarity: Double
        public var changes: [WordChange]

        public init(documentID: String, quotation: Quotation, text: String, sourceSpan: TextSpan, similarity: Double,
                    changes: [WordChange])
        {
            self.documentID = documentID
            self.quotation = quotation
            self.text = text
            self.sourceSpan = sourceSpan
            self.similarity = similarity
            self.changes = changes
        }
    }

    public var text: String
    /// The first speaker any variant names, or `nil` when none does.
    public var speaker: String?
    public var variants: [Variant]

    public init(text: String, speaker: String?, variants: [Variant]) {
        self.text = text
        self.speaker = speaker
        self.variants = variants
    }

    /// The documents that carry the remark, each once, in corpus order.
    public var documentIDs: [String] {
        var seen: Set<String> = []
        return variants.map(\.documentID).filter { seen.insert($0).inserted }
    }
}
