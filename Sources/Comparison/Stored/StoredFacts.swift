import Corpus
import Extraction

/// The facts an index file keeps per document so that the Figures and Timeline panes of a large
/// corpus never run the extractors again: each document's figures and date mentions, packed.
///
/// `DocumentFigure.figures(of:)` and `TimelineMention.all(in:)` read them when a document has
/// them (`Document.storedFacts`) and extract from the text otherwise, so callers never tell the
/// difference. The names carry a version: change it with any change to what the extractors give,
/// and indexes made before get the facts extracted again (`StoredFactsTests` fails until then).
public enum StoredFacts {
    public static let figures = StoredFactKind(name: "figures@1") { encode(DocumentFigure.extracted(from: $0)) }
    public static let dates = StoredFactKind(name: "dates@1") { encode(TimelineMention.extracted(in: $0)) }
    /// Every kind, as commands and the browser ask an index to keep them.
    public static let all = [figures, dates]

    // MARK: Figures

    static func encode(_ figures: [DocumentFigure]) -> [UInt8] {
        var writer = PackedWriter()
        writer.write(figures.count)
        for item in figures {
            let figure = item.figure
            let quantity = figure.quantity
            writer.write(quantity.text)
            writer.write(quantity.low) { $0.write($1) }
            writer.write(quantity.high) { $0.write($1) }
            writer.write(quantity.isExact)
            writer.write(quantity.isVague)
            writer.write(quantity.isPercent)
            write(quantity.span, &writer)
            writer.write(figure.measure)
            writer.write(figure.group)
            writer.write(figure.attribution) { $0.write($1) }
            writer.write(figure.when) { $0.write($1) }
            writer.write(figure.sentence)
            write(figure.sentenceSpan, &writer)
            writer.write(figure.partOf) { $0.write($1) }
            write(item.readingSpan, &writer)
            write(item.readingSentenceSpan, &writer)
        }
        return writer.bytes
    }

    /// The figures packed by `encode`, as figures of `documentID`; `nil` when the bytes are damaged.
    static func decodeFigures(_ bytes: [UInt8], documentID: String) -> [DocumentFigure]? {
        var builder = FigureStore.Builder()
        builder.startDocument(documentID)
        guard decodeFigures(bytes, into: &builder) else { return nil }
        let store = builder.build()
        return (0..<store.count).map { DocumentFigure(store: store, index: $0) }
    }

    /// Adds the figures packed by `encode` to the document `builder` has started; adds nothing and
    /// gives `false` when the bytes are damaged.
    static func decodeFigures(_ bytes: [UInt8], into builder: inout FigureStore.Builder) -> Bool {
        var reader = PackedReader(bytes)
        guard let count = reader.read(), count <= bytes.count else { return false }
        var figures: [(Figure, TextSpan, TextSpan)] = []
        figures.reserveCapacity(count)
        for _ in 0..<count {
            guard let text = reader.readString(), let low = reader.readOptional({ $0.readDouble() }),
                  let high = reader.readOptional({ $0.readDouble() }), let isExact = reader.readBool(),
                  let isVague = reader.readBool(), let isPercent = reader.readBool(), let span = readSpan(&reader),
                  let measure = reader.readString(), let group = reader.readString(),
                  let attribution = reader.readOptional({ $0.readString() }), let when = reader.readOptional({ $0.readString() }),
                  let sentence = reader.readString(), let sentenceSpan = readSpan(&reader),
                  let partOf = reader.readOptional({ $0.read() }), let readingSpan = readSpan(&reader),
                  let readingSentenceSpan = readSpan(&reader)
            else { return false }
            let quantity = Quantity(text: text, low: low, high: high, isExact: isExact, isVague: isVague, isPercent: isPercent, span: span)
            let figure = Figure(quantity: quantity, measure: measure, group: group, attribution: attribution, when: when,
                                sentence: sentence, sentenceSpan: sentenceSpan, partOf: partOf)
            figures.append((figure, readingSpan, readingSentenceSpan))
        }
        guard reader.isAtEnd else { return false }
        for (figure, readingSpan, readingSentenceSpan) in figures {
            _ = builder.add(figure, readingSpan: readingSpan, readingSentenceSpan: readingSentenceSpan)
        }
        return true
    }

    // MARK: Dates

    static func encode(_ mentions: [TimelineMention]) -> [UInt8] {
        var writer = PackedWriter()
        writer.write(mentions.count)
        for mention in mentions {
            writer.write(mention.text)
            writer.write(mention.sentence)
            write(mention.span, &writer)
            let date = mention.date
            write(date.span, &writer)
            write(date.sentence, &writer)
            switch date.value {
            case .interval(let interval):
                writer.write(0)
                writer.writeSigned(interval.start.dayNumber)
                writer.writeSigned(interval.end.dayNumber)
            case .annual(let day):
                writer.write(1)
                writer.write(day.month)
                writer.write(day.day)
            case .unresolved:
                writer.write(2)
            }
            writer.write(date.granularity.rawValue)
            writer.write(date.role.rawValue)
            writer.write(date.isInferred)
            writer.write(date.isRelative)
        }
        return writer.bytes
    }

    /// The mentions packed by `encode`, as mentions in `documentID`; `nil` when the bytes are damaged.
    static func decodeMentions(_ bytes: [UInt8], documentID: String) -> [TimelineMention]? {
        var reader = PackedReader(bytes)
        guard let count = reader.read(), count <= bytes.count else { return nil }
        var mentions: [TimelineMention] = []
        mentions.reserveCapacity(count)
        for _ in 0..<count {
            guard let text = reader.readString(), let sentence = reader.readString(), let span = readSpan(&reader),
                  let dateSpan = readSpan(&reader), let dateSentence = readSpan(&reader), let kind = reader.read()
            else { return nil }
            let value: DateMention.Value
            switch kind {
            case 0:
                guard let start = reader.readSigned(), let end = reader.readSigned() else { return nil }
                value = .interval(DateInterval(start: CalendarDay(dayNumber: start), end: CalendarDay(dayNumber: end)))
            case 1:
                guard let month = reader.read(), let day = reader.read() else { return nil }
                value = .annual(MonthDay(month: month, day: day))
            case 2:
                value = .unresolved
            default:
                return nil
            }
            guard let granularity = reader.readString().flatMap(DateGranularity.init(rawValue:)),
                  let role = reader.readString().flatMap(DateMention.Role.init(rawValue:)),
                  let isInferred = reader.readBool(), let isRelative = reader.readBool()
            else { return nil }
            let date = DateMention(span: dateSpan, sentence: dateSentence, value: value, granularity: granularity, role: role,
                                   isInferred: isInferred, isRelative: isRelative)
            mentions.append(TimelineMention(documentID: documentID, text: text, sentence: sentence, span: span, date: date))
        }
        return reader.isAtEnd ? mentions : nil
    }

    // MARK: Spans

    private static func write(_ span: TextSpan, _ writer: inout PackedWriter) {
        writer.write(span.start)
        writer.write(span.length)
    }

    private static func readSpan(_ reader: inout PackedReader) -> TextSpan? {
        guard let start = reader.read(), let length = reader.read() else { return nil }
        return TextSpan(start: start, end: start + length)
    }
}
