/// A direct quotation found in a text: the quoted words, where they sit, and who said them.
///
/// `span` covers the quotation marks as well; `content` only what is between them, trimmed of
/// spaces. A quotation whose closing mark never comes runs to the end of its paragraph and has
/// `isClosed == false`. Spans are UTF-8 byte offsets into the text the finder was given:
///
///     let text = "“We will rebuild,” the mayor said."
///     let quote = QuotationFinder.quotations(in: text)[0]
///     quote.content.slice(of: text)       // "We will rebuild,"
///     quote.speaker?.span.slice(of: text) // "the mayor"
public struct Quotation: Hashable, Sendable {
    public var span: TextSpan
    public var content: TextSpan
    public var isClosed: Bool
    public var speaker: Speaker?

    public init(span: TextSpan, content: TextSpan, isClosed: Bool, speaker: Speaker? = nil) {
        self.span = span
        self.content = content
        self.isClosed = isClosed
        self.speaker = speaker
    }
}
