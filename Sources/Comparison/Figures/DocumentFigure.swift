import Corpus
import Extraction

/// A figure found in one document of the store, with its spans mapped to the original text.
///
/// `figure.span` and `figure.sentenceSpan` are UTF-8 offsets into `Document.original`, so the
/// value can be traced to the exact bytes of the file; `partOf` indexes the same document's list.
/// `readingSpan` and `readingSentenceSpan` keep the same places in `Document.reading.text`, where
/// the browser's reader draws.
///
/// A corpus of 100,000 articles states millions of figures, and tables and panes keep the same
/// figure in several lists, so a `DocumentFigure` is a position in a packed `FigureStore` shared by
/// the figures found together: copies are a pointer and a number, and `figure` is made, sentence
/// and all, when asked for. `quantity`, `measure`, `group`, `when` and `partOf` are read without it.
public struct DocumentFigure: Hashable, Sendable {
    private var store: FigureStore
    private var index: Int32

    /// Every field of a figure, as values: what a store packs and gives back.
    struct Fields: Hashable, Sendable {
        var documentID: String
        var figure: Figure
        var readingSpan: TextSpan
        var readingSentenceSpan: TextSpan
    }

    public var documentID: String {
        get { store.documentID(Int(index)) }
        set { self = Self(fields: { var fields = $0; fields.documentID = newValue; return fields }(fields)) }
    }
    /// The figure as found, its spans in the original text.
    public var figure: Figure {
        get { store.fields(Int(index)).figure }
        set { self = Self(fields: { var fields = $0; fields.figure = newValue; return fields }(fields)) }
    }
    /// The number's span in the document's reading text.
    public var readingSpan: TextSpan {
        get { store.readingSpan(Int(index)) }
        set { self = Self(fields: { var fields = $0; fields.readingSpan = newValue; return fields }(fields)) }
    }
    /// The sentence's span in the document's reading text.
    public var readingSentenceSpan: TextSpan {
        get { store.readingSentenceSpan(Int(index)) }
        set { self = Self(fields: { var fields = $0; fields.readingSentenceSpan = newValue; return fields }(fields)) }
    }

    /// `figure.quantity`, read without the sentence.
    public var quantity: Quantity { store.quantity(Int(index)) }
    /// `figure.measure`, `figure.group` and `figure.when`, read without the sentence.
    public var measure: String { store.measure(Int(index)) }
    public var group: String { store.group(Int(index)) }
    public var when: String? { store.when(Int(index)) }
    /// `figure.partOf`, read without the sentence.
    public var partOf: Int? { store.partOf(Int(index)) }

    /// A figure whose spans are given in the reading text as well (by default the same as the
    /// figure's, which holds for a document whose reading text is its original).
    public init(documentID: String, figure: Figure, readingSpan: TextSpan? = nil, readingSentenceSpan: TextSpan? = nil) {
        self.init(fields: Fields(documentID: documentID, figure: figure, readingSpan: readingSpan ?? figure.span,
                                 readingSentenceSpan: readingSentenceSpan ?? figure.sentenceSpan))
    }

    private init(fields: Fields) {
        var builder = FigureStore.Builder()
        builder.startDocument(fields.documentID)
        _ = builder.add(fields.figure, readingSpan: fields.readingSpan, readingSentenceSpan: fields.readingSentenceSpan)
        self.init(store: builder.build(), index: 0)
    }

    init(store: FigureStore, index: Int) {
        self.store = store
        self.index = Int32(index)
    }

    var fields: Fields { store.fields(Int(index)) }

    public static func == (lhs: DocumentFigure, rhs: DocumentFigure) -> Bool {
        (lhs.store === rhs.store && lhs.index == rhs.index) || lhs.fields == rhs.fields
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(fields) }

    /// The figures of every document of `store`, in store order and, within a document, text order,
    /// packed in one store. `progress`, if given, counts the documents read.
    public static func all(in store: DocumentStore, progress: BuildProgress? = nil) -> [DocumentFigure] {
        progress?.start(total: store.count)
        var builder = FigureStore.Builder()
        for document in store.documents {
            defer { progress?.advance() }
            builder.startDocument(document.id)
            add(document, to: &builder)
        }
        return builder.build().figures
    }

    /// The figures of one document: those an index file keeps for it, or else found in its text.
    public static func figures(of document: Document) -> [DocumentFigure] {
        var builder = FigureStore.Builder()
        builder.startDocument(document.id)
        add(document, to: &builder)
        return builder.build().figures
    }

    /// Adds the figures of `document` to the document `builder` has started.
    private static func add(_ document: Document, to builder: inout FigureStore.Builder) {
        if let bytes = document.storedFacts(StoredFacts.figures.name),
           StoredFacts.decodeFigures(bytes, into: &builder)
        {
            return
        }
        addExtracted(document, to: &builder)
    }

    /// The figures of one document, found in its reading text and mapped back to its original.
    static func extracted(from document: Document) -> [DocumentFigure] {
        var builder = FigureStore.Builder()
        builder.startDocument(document.id)
        addExtracted(document, to: &builder)
        return builder.build().figures
    }

    /// Adds the figures found in `document`'s reading text to the document `builder` has started.
    private static func addExtracted(_ document: Document, to builder: inout FigureStore.Builder) {
        for found in FigureExtractor.figures(in: document.reading.text) {
            let (figure, readingSpan, readingSentenceSpan) = mapped(found, in: document)
            _ = builder.add(figure, readingSpan: readingSpan, readingSentenceSpan: readingSentenceSpan)
        }
    }

    /// A figure found in the reading text, its spans mapped to the original, and its reading spans.
    private static func mapped(_ found: Figure, in document: Document) -> (Figure, TextSpan, TextSpan) {
        var figure = found
        figure.quantity.span = document.reading.sourceSpan(found.quantity.span)
        figure.sentenceSpan = document.reading.sourceSpan(found.sentenceSpan)
        return (figure, found.quantity.span, found.sentenceSpan)
    }
}
