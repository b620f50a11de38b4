import Corpus
import Extraction

/// A figure found in one document of the store, with its spans mapped to the original text.
///
/// `figure.span` and `figure.sentenceSpan` are UTF-8 offsets into `Document.original`, so the
/// value can be traced to the exact bytes of the file; `partOf` indexes the same document's list.
public struct DocumentFigure: Hashable, Sendable {
    public var documentID: String
    public var figure: Figure

    public init(documentID: String, figure: Figure) {
        self.documentID = documentID
        self.figure = figure
    }

    /// The figures of every document of `store`, in store order and, within a document, text order.
    public static func all(in store: DocumentStore) -> [DocumentFigure] {
        store.documents.flatMap(figures(of:))
    }

    /// The figures of one document, found in its reading text and mapped back to its original.
    public static func figures(of document: Document) -> [DocumentFigure] {
        FigureExtractor.figures(in: document.reading.text).map { found in
            var figure = found
            figure.quantity.span = document.reading.sourceSpan(found.quantity.span)
            figure.sentenceSpan = document.reading.sourceSpan(found.sentenceSpan)
            return DocumentFigure(documentID: document.id, figure: figure)
        }
    }
}
