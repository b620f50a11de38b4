/// One count a text states: how many, of whom, what happened to them, and where it is written.
///
///     FigureExtractor.figures(in: "613 people were killed, including 106 women.")
///     // killed/people 613, killed/women 106 (part of the first)
public struct Figure: Hashable, Sendable {
    /// The number as stated, with its bounds.
    public var quantity: Quantity
    /// What happened, as a canonical name from `FigureVocabulary.measures` (`killed`, `wounded`,
    /// `missing`, ...), or the text's own word for other counts ("population", "marched").
    public var measure: String
    /// The text's own word for what happened: "perished", "injured", "bodies", "fatalities".
    public var word: String
    /// Who: `people` for the whole count, `women`, `children`, `elderly`, `men`, `soldiers`, `police`,
    /// `fighters`, `families`, or a combined group as written ("women and children").
    public var group: String
    /// The text gives the count as feared or presumed, not confirmed ("15 more are feared dead").
    public var isFeared: Bool
    /// The authority the sentence cites ("Azerbaijan's Government"), or nil.
    public var attribution: String?
    /// The year the sentence places the figure in when it is not the text's main year, or nil.
    public var when: String?
    /// The sentence, as written.
    public var sentence: String
    public var sentenceSpan: TextSpan
    /// The index, in the same result, of the count this one is part of or refers back to
    /// ("including 106 women", "150 of them", "Among the killed were 63 children").
    public var partOf: Int?

    /// The span of the number itself.
    public var span: TextSpan { quantity.span }
    /// The number as stated.
    public var value: String { quantity.text }

    /// Whether the table compares this figure by default (see `FigureVocabulary.isCasualty`).
    public var isCasualty: Bool { FigureVocabulary.isCasualty(measure, group: group) }

    public init(quantity: Quantity, measure: String, group: String, attribution: String? = nil, when: String? = nil,
                sentence: String, sentenceSpan: TextSpan, partOf: Int? = nil, word: String? = nil, isFeared: Bool = false)
    {
        self.quantity = quantity
        self.measure = measure
        self.word = word ?? measure
        self.group = group
        self.isFeared = isFeared
        self.attribution = attribution
        self.when = when
        self.sentence = sentence
        self.sentenceSpan = sentenceSpan
        self.partOf = partOf
    }
}
