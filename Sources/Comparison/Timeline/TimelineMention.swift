import Corpus
import Extraction

/// One date mention in one document, as the timeline shows it.
public struct TimelineMention: Hashable, Sendable {
    public var documentID: String
    /// The date expression as written.
    public var text: String
    /// The sentence it stands in (a dateline's line).
    public var sentence: String
    /// The expression's span in the document's original text (UTF-8 bytes).
    public var span: TextSpan
    /// The extractor's mention, with spans into the document's reading text.
    public var date: DateMention

    public var isInferred: Bool { date.isInferred }

    /// The mentions of dates in a document: those an index file keeps for it, or else found in its text.
    public static func all(in document: Document) -> [TimelineMention] {
        if let bytes = document.storedFacts(StoredFacts.dates.name),
           let stored = StoredFacts.decodeMentions(bytes, documentID: document.id)
        {
            return stored
        }
        return extracted(in: document)
    }

    /// The mentions of dates in a document's text, its publication date resolving yearless and
    /// relative ones.
    static func extracted(in document: Document) -> [TimelineMention] {
        let reading = document.reading
        var text = reading.text
        return text.withUTF8 { bytes in
            // Spans fall on character boundaries, so decoding their bytes gives back the exact text.
            func string(_ span: TextSpan) -> String {
                String(decoding: UnsafeBufferPointer(rebasing: bytes[span.range]), as: UTF8.self)
            }
            return DateExtractor(publication: document.metadata.published).mentions(in: bytes).map { mention in
                TimelineMention(documentID: document.id, text: string(mention.span), sentence: string(mention.sentence),
                                span: reading.sourceSpan(mention.span), date: mention)
            }
        }
    }
}
