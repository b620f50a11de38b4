import Corpus
import Extraction

/// What the reader marks in an article's text: the figures and the dates the extractors find.
///
/// Spans are in the reading text, where the reader draws; a date that overlaps a figure keeps the
/// figure's mark (the extractors never call the same number both, but this keeps the spans disjoint).
public enum ReaderHighlights {
    public static func figuresAndDates(_ document: Document) -> [Highlight] {
        let text = document.reading.text
        var highlights = FigureExtractor.figures(in: text).map { Highlight(span: $0.span, style: .figure) }
        let figureSpans = highlights.map(\.span)
        for mention in DateExtractor(publication: document.metadata.published).mentions(in: text)
        where !figureSpans.contains(where: { $0.overlaps(mention.span) }) {
            highlights.append(Highlight(span: mention.span, style: .date))
        }
        return highlights.sorted { $0.span < $1.span }
    }
}
