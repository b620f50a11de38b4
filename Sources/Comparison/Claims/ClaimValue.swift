import Extraction

/// One value a source states for a claim, with where it stands: in the original file (the spans
/// the commands print) and in the reading text (where the browser draws).
public struct ClaimValue: Hashable, Sendable {
    /// The number as stated, with its bounds ("more than 600": low 600, no high).
    public var quantity: Quantity
    /// The sentence, as written.
    public var sentence: String
    /// The number's and the sentence's spans in the document's original text.
    public var span: TextSpan
    public var sentenceSpan: TextSpan
    /// The same places in the document's reading text.
    public var readingSpan: TextSpan
    public var readingSentenceSpan: TextSpan

    /// The number as written ("1,275", "more than six hundred").
    public var text: String { quantity.text }

    public init(quantity: Quantity, sentence: String, span: TextSpan, sentenceSpan: TextSpan, readingSpan: TextSpan,
                readingSentenceSpan: TextSpan)
    {
        self.quantity = quantity
        self.sentence = sentence
        self.span = span
        self.sentenceSpan = sentenceSpan
        self.readingSpan = readingSpan
        self.readingSentenceSpan = readingSentenceSpan
    }
}
