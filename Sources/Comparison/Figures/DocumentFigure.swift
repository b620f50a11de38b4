import Corpus
import Extraction

/// A figure found in one document of the store, with its spans mapped to the original text.
///
/// `figure.span` and `figure.sentenceSpan` are UTF-8 offsets into `Document.original`, so the
/// value can be traced to the exact bytes of the file; `partOf` indexes the same document's list.
/// `readingSpan` and `readingSentenceSpan` keep the same places in `Document.reading.text`, where
/// the browser's reader draws.
public struct DocumentFigure: Hashable, Sendable {
    public var documentID: String
    /// The figure as found, its spans in the original text.
    public var figure: Figure {
        get { box.figure }
        set { box = FigureBox(newValue) }
    }
    /// The figure is held by reference: tables and panes keep the same figure in several lists,
    /// and a corpus of 100,000 articles states millions of figures, so each copy is a pointer
    /// rather than the whole figure with its sentence.
    private var box: FigureBox
    /// The number's span in the document's reading text.
    public var readingSpan: TextSpan
    /// The sentence's span in the document's reading text.
    public var readingSentenceSpan: TextSpan

    /// A figure whose spans are given in the reading text as well (by default the same as the
    /// figure's, which holds for a document whose reading text is its original).
    public init(documentID: String, figure: Figure, readingSpan: TextSpan? = nil, readingSentenceSpan: TextSpan? = nil) {
        self.documentID = documentID
        self.box = FigureBox(figure)
        self.readingSpan = readingSpan ?? figure.span
        self.readingSentenceSpan = readingSentenceSpan ?? figure.sentenceSpan
    }

    /// The figures of every document of `store`, in store order and, within a document, text order.
    /// `progress`, if given, counts the documents read.
    public static func all(in store: DocumentStore, progress: BuildProgress? = nil) -> [DocumentFigure] {
        progress?.start(total: store.count)
        return store.documents.flatMap { document in
            defer { progress?.advance() }
            return figures(of: document)
        }
    }

    /// The figures of one document: those an index file keeps for it, or else found in its text.
    public static func figures(of document: Document) -> [DocumentFigure] {
        if let bytes = document.storedFacts(StoredFacts.figures.name),
           let stored = StoredFacts.decodeFigures(bytes, documentID: document.id)
        {
            return stored
        }
        return extracted(from: document)
    }

    /// The figures of one document, found in its reading text and mapped back to its original.
    static func extracted(from document: Document) -> [DocumentFigure] {
        FigureExtractor.figures(in: document.reading.text).map { found in
            var figure = found
            figure.quantity.span = document.reading.sourceSpan(found.quantity.span)
            figure.sentenceSpan = document.reading.sourceSpan(found.sentenceSpan)
            return DocumentFigure(documentID: document.id, figure: figure, readingSpan: found.quantity.span,
                                  readingSentenceSpan: found.sentenceSpan)
        }
    }
}

/// One figure, shared by every copy of the `DocumentFigure` that holds it; never changed once made.
private final class FigureBox: Hashable, Sendable {
    let figure: Figure

    init(_ figure: Figure) { self.figure = figure }

    static func == (lhs: FigureBox, rhs: FigureBox) -> Bool { lhs === rhs || lhs.figure == rhs.figure }

    func hash(into hasher: inout Hasher) { hasher.combine(figure) }
}
