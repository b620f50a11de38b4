import Corpus
import Extraction

/// The facts an index file keeps per document so that the Figures and Timeline panes of a large
/// corpus never run the extractors again: each document's figures and date mentions, packed.
///
/// `DocumentFigure.figures(of:)` and `TimelineMention.all(in:)` read them when a document has
/// them (`Document.storedFacts`) and extract from the text otherwise, so callers never tell the
/// difference. The names carry a version: change it with any change to what the extractors give
/// or to how it is packed, and indexes made before get the facts extracted again
/// (`StoredFactsTests` fails until then).
///
/// A document's bytes start with its sentences, each written once in the order first used, and
/// each fact gives its sentence's number in that list (a sentence stating three figures and a date
/// was once written four times). A figure's measure, group, attribution and year are numbers in a
/// second list, of the document's words. A sentence's start is written from the previous fact's
/// and the spans in it from its start, so they stay a byte or two; a number or date expression
/// written in its sentence is only a length; whole-number bounds are integers, not eight bytes.
public enum StoredFacts {
    public static let figures = StoredFactKind(name: "figures@3") { encode(DocumentFigure.extracted(from: $0)) }
    public static let dates = StoredFactKind(name: "dates@3") { encode(TimelineMention.extracted(in: $0)) }
    /// Every kind, as commands and the browser ask an index to keep them.
    public static let all = [figures, dates]

    // MARK: Figures

    /// Bits of a figure's flags.
    private enum FigureFlag {
        static let hasLow = 1 << 0, hasHigh = 1 << 1, isExact = 1 << 2, isVague = 1 << 3, isPercent = 1 << 4
        static let hasAttribution = 1 << 5, hasWhen = 1 << 6, hasPartOf = 1 << 7
        /// The number's text is its sentence's bytes where its reading span starts; only its length is written.
        static let textInSentence = 1 << 8
        /// A bound written as an integer rather than the bits of a `Double`.
        static let lowIsWhole = 1 << 9, highIsWhole = 1 << 10
        /// The high bound is the low one and not written.
        static let highIsLow = 1 << 11
        /// The number as stated (`Quantity.statedValue`) is written, unless it is the low bound.
        static let hasStated = 1 << 12, statedIsLow = 1 << 13, hasStatedUpper = 1 << 14
        static let hasQualifier = 1 << 15, isFeared = 1 << 16
        /// The text's word for the measure is the measure itself and not written.
        static let wordIsMeasure = 1 << 17
        static let all = (1 << 18) - 1
    }

    static func encode(_ figures: [DocumentFigure]) -> [UInt8] {
        var sentences = SentenceTable()
        var words = WordTable()
        var body = PackedWriter()
        var previousSentenceStart = 0, previousReadingSentenceStart = 0
        body.write(figures.count)
        for item in figures {
            let figure = item.figure
            let quantity = figure.quantity
            let sentence = sentences.number(of: figure.sentence, at: item.readingSentenceSpan)
            let inSentence = sentences.holds(quantity.text, in: sentence, at: item.readingSpan.start - item.readingSentenceSpan.start)
            var flags = 0
            if quantity.low != nil { flags |= FigureFlag.hasLow }
            if quantity.high != nil { flags |= FigureFlag.hasHigh }
            if quantity.isExact { flags |= FigureFlag.isExact }
            if quantity.isVague { flags |= FigureFlag.isVague }
            if quantity.isPercent { flags |= FigureFlag.isPercent }
            if figure.attribution != nil { flags |= FigureFlag.hasAttribution }
            if figure.when != nil { flags |= FigureFlag.hasWhen }
            if figure.partOf != nil { flags |= FigureFlag.hasPartOf }
            if inSentence { flags |= FigureFlag.textInSentence }
            if let low = quantity.low, wholeNumber(low) != nil { flags |= FigureFlag.lowIsWhole }
            if let low = quantity.low, let high = quantity.high, low.bitPattern == high.bitPattern {
                flags |= FigureFlag.highIsLow
            } else if let high = quantity.high, wholeNumber(high) != nil {
                flags |= FigureFlag.highIsWhole
            }
            if let stated = quantity.statedValue {
                flags |= FigureFlag.hasStated
                if let low = quantity.low, low.bitPattern == stated.bitPattern { flags |= FigureFlag.statedIsLow }
            }
            if quantity.statedUpper != nil { flags |= FigureFlag.hasStatedUpper }
            if quantity.qualifier != nil { flags |= FigureFlag.hasQualifier }
            if figure.isFeared { flags |= FigureFlag.isFeared }
            if figure.word == figure.measure { flags |= FigureFlag.wordIsMeasure }
            body.write(flags)
            body.write(sentence)
            write(item.readingSentenceSpan, from: previousReadingSentenceStart, &body)
            write(item.readingSpan, from: item.readingSentenceSpan.start, &body)
            write(figure.sentenceSpan, from: previousSentenceStart, &body)
            write(quantity.span, from: figure.sentenceSpan.start, &body)
            if inSentence { body.write(quantity.text.utf8.count) } else { body.write(quantity.text) }
            if let low = quantity.low { writeBound(low, &body) }
            if let high = quantity.high, flags & FigureFlag.highIsLow == 0 { writeBound(high, &body) }
            body.write(words.number(of: figure.measure))
            body.write(words.number(of: figure.group))
            if let attribution = figure.attribution { body.write(words.number(of: attribution)) }
            if let when = figure.when { body.write(words.number(of: when)) }
            if let partOf = figure.partOf { body.write(partOf) }
            if let stated = quantity.statedValue, flags & FigureFlag.statedIsLow == 0 { writeStated(stated, &body) }
            if let upper = quantity.statedUpper { writeStated(upper, &body) }
            if let qualifier = quantity.qualifier { body.write(words.number(of: qualifier)) }
            if flags & FigureFlag.wordIsMeasure == 0 { body.write(words.number(of: figure.word)) }
            previousSentenceStart = figure.sentenceSpan.start
            previousReadingSentenceStart = item.readingSentenceSpan.start
        }
        var writer = PackedWriter()
        sentences.write(&writer)
        words.write(&writer)
        return writer.bytes + body.bytes
    }

    /// The figures packed by `encode`, as figures of `documentID`; `nil` when the bytes are damaged.
    static func decodeFigures(_ bytes: [UInt8], documentID: String) -> [DocumentFigure]? {
        var builder = FigureStore.Builder()
        builder.startDocument(documentID)
        guard decodeFigures(bytes, into: &builder) else { return nil }
        return builder.build().figures
    }

    /// Adds the figures packed by `encode` to the document `builder` has started; adds nothing and
    /// gives `false` when the bytes are damaged.
    static func decodeFigures(_ bytes: [UInt8], into builder: inout FigureStore.Builder) -> Bool {
        var reader = PackedReader(bytes)
        guard let sentences = SentenceTable.read(&reader), let words = readWords(&reader),
              let count = reader.read(), count <= bytes.count
        else { return false }
        func word() -> String? {
            guard let number = reader.read(), number < words.count else { return nil }
            return words[number]
        }
        // Every figure is read before any is added, so damaged bytes add nothing; their sentences
        // are numbers until the table's bytes are handed to the builder, without a string each.
        var figures: [(figure: Figure, sentence: Int, readingSpan: TextSpan, readingSentenceSpan: TextSpan)] = []
        figures.reserveCapacity(count)
        var previousSentenceStart = 0, previousReadingSentenceStart = 0
        for _ in 0..<count {
            guard let flags = reader.read(), flags & ~FigureFlag.all == 0,
                  let sentence = reader.read(), sentence < sentences.count,
                  let readingSentenceSpan = readSpan(&reader, from: previousReadingSentenceStart),
                  let readingSpan = readSpan(&reader, from: readingSentenceSpan.start),
                  let sentenceSpan = readSpan(&reader, from: previousSentenceStart),
                  let span = readSpan(&reader, from: sentenceSpan.start)
            else { return false }
            let text: String
            if flags & FigureFlag.textInSentence != 0 {
                guard let length = reader.read(),
                      let inSentence = sentences.text(in: sentence, at: readingSpan.start - readingSentenceSpan.start, length: length)
                else { return false }
                text = inSentence
            } else {
                guard let written = reader.readString() else { return false }
                text = written
            }
            var low: Double?, high: Double?
            if flags & FigureFlag.hasLow != 0 {
                guard let bound = readBound(&reader, isWhole: flags & FigureFlag.lowIsWhole != 0) else { return false }
                low = bound
            }
            if flags & FigureFlag.hasHigh != 0 {
                if flags & FigureFlag.highIsLow != 0 {
                    guard let low else { return false }
                    high = low
                } else {
                    guard let bound = readBound(&reader, isWhole: flags & FigureFlag.highIsWhole != 0) else { return false }
                    high = bound
                }
            }
            guard let measure = word(), let group = word() else { return false }
            var attribution: String?, when: String?, partOf: Int?
            if flags & FigureFlag.hasAttribution != 0 {
                guard let value = word() else { return false }
                attribution = value
            }
            if flags & FigureFlag.hasWhen != 0 {
                guard let value = word() else { return false }
                when = value
            }
            if flags & FigureFlag.hasPartOf != 0 {
                guard let value = reader.read() else { return false }
                partOf = value
            }
            var stated: Double?, statedUpper: Double?, qualifier: String?, figureWord = measure
            if flags & FigureFlag.hasStated != 0 {
                if flags & FigureFlag.statedIsLow != 0 {
                    guard let low else { return false }
                    stated = low
                } else {
                    guard let bound = readStated(&reader) else { return false }
                    stated = bound
                }
            }
            if flags & FigureFlag.hasStatedUpper != 0 {
                guard let bound = readStated(&reader) else { return false }
                statedUpper = bound
            }
            if flags & FigureFlag.hasQualifier != 0 {
                guard let value = word() else { return false }
                qualifier = value
            }
            if flags & FigureFlag.wordIsMeasure == 0 {
                guard let value = word() else { return false }
                figureWord = value
            }
            var quantity = Quantity(text: text, low: low, high: high, isExact: flags & FigureFlag.isExact != 0,
                                    isVague: flags & FigureFlag.isVague != 0, isPercent: flags & FigureFlag.isPercent != 0, span: span,
                                    qualifier: qualifier)
            quantity.statedValue = stated
            quantity.statedUpper = statedUpper
            let figure = Figure(quantity: quantity, measure: measure, group: group, attribution: attribution, when: when,
                                sentence: "", sentenceSpan: sentenceSpan, partOf: partOf, word: figureWord,
                                isFeared: flags & FigureFlag.isFeared != 0)
            figures.append((figure, sentence, readingSpan, readingSentenceSpan))
            previousSentenceStart = sentenceSpan.start
            previousReadingSentenceStart = readingSentenceSpan.start
        }
        guard reader.isAtEnd else { return false }
        let placed = sentences.utf8.map { builder.addSentence($0) }
        for item in figures {
            _ = builder.add(item.figure, in: placed[item.sentence], readingSpan: item.readingSpan,
                            readingSentenceSpan: item.readingSentenceSpan)
        }
        return true
    }

    /// A bound as an integer when it is one (and comes back bit for bit: not -0), else its bits.
    private static func writeBound(_ value: Double, _ writer: inout PackedWriter) {
        if let whole = wholeNumber(value) { writer.writeSigned(whole) } else { writer.write(value) }
    }

    /// A stated number, after a tag that says whether it is written as an integer or as its bits.
    private static func writeStated(_ value: Double, _ writer: inout PackedWriter) {
        if let whole = wholeNumber(value) {
            writer.write(0)
            writer.writeSigned(whole)
        } else {
            writer.write(1)
            writer.write(value)
        }
    }

    private static func readStated(_ reader: inout PackedReader) -> Double? {
        guard let tag = reader.read(), tag <= 1 else { return nil }
        return readBound(&reader, isWhole: tag == 0)
    }

    private static func readBound(_ reader: inout PackedReader, isWhole: Bool) -> Double? {
        isWhole ? reader.readSigned().map(Double.init) : reader.readDouble()
    }

    private static func wholeNumber(_ value: Double) -> Int? {
        guard let whole = Int(exactly: value), Double(whole).bitPattern == value.bitPattern else { return nil }
        return whole
    }

    // MARK: Dates

    /// Bits of a mention's flags.
    private enum MentionFlag {
        static let isInferred = 1 << 0, isRelative = 1 << 1
        /// The expression is its sentence's bytes where its date span starts; only its length is written.
        static let textInSentence = 1 << 2
        static let all = (1 << 3) - 1
    }

    private static let roles: [DateMention.Role] = [.event, .dateline, .citation]
    /// Day numbers beyond this are damage: far past any year written, and short of where `CalendarDay`'s arithmetic overflows.
    private static let maximumDayNumber: UInt = 1 << 40

    static func encode(_ mentions: [TimelineMention]) -> [UInt8] {
        var sentences = SentenceTable()
        var body = PackedWriter()
        var previousStart = 0, previousSentenceStart = 0
        body.write(mentions.count)
        for mention in mentions {
            let date = mention.date
            let sentence = sentences.number(of: mention.sentence, at: date.sentence)
            let inSentence = sentences.holds(mention.text, in: sentence, at: date.span.start - date.sentence.start)
            var flags = 0
            if date.isInferred { flags |= MentionFlag.isInferred }
            if date.isRelative { flags |= MentionFlag.isRelative }
            if inSentence { flags |= MentionFlag.textInSentence }
            body.write(flags)
            body.write(sentence)
            write(date.sentence, from: previousSentenceStart, &body)
            write(date.span, from: date.sentence.start, &body)
            write(mention.span, from: previousStart, &body)
            if inSentence { body.write(mention.text.utf8.count) } else { body.write(mention.text) }
            switch date.value {
            case .interval(let interval):
                body.write(0)
                body.writeSigned(interval.start.dayNumber)
                body.writeSigned(interval.end.dayNumber - interval.start.dayNumber)
            case .annual(let day):
                body.write(1)
                body.write(day.month)
                body.write(day.day)
            case .unresolved:
                body.write(2)
            }
            body.write(DateGranularity.allCases.firstIndex(of: date.granularity)!)
            body.write(roles.firstIndex(of: date.role)!)
            previousStart = mention.span.start
            previousSentenceStart = date.sentence.start
        }
        var writer = PackedWriter()
        sentences.write(&writer)
        return writer.bytes + body.bytes
    }

    /// The mentions packed by `encode`, as mentions in `documentID`; `nil` when the bytes are damaged.
    static func decodeMentions(_ bytes: [UInt8], documentID: String) -> [TimelineMention]? {
        var reader = PackedReader(bytes)
        guard let sentences = SentenceTable.read(&reader), let count = reader.read(), count <= bytes.count else { return nil }
        let strings = sentences.strings
        var mentions: [TimelineMention] = []
        mentions.reserveCapacity(count)
        var previousStart = 0, previousSentenceStart = 0
        for _ in 0..<count {
            guard let flags = reader.read(), flags & ~MentionFlag.all == 0,
                  let sentence = reader.read(), sentence < sentences.count,
                  let dateSentence = readSpan(&reader, from: previousSentenceStart),
                  let dateSpan = readSpan(&reader, from: dateSentence.start),
                  let span = readSpan(&reader, from: previousStart)
            else { return nil }
            let text: String
            if flags & MentionFlag.textInSentence != 0 {
                guard let length = reader.read(),
                      let inSentence = sentences.text(in: sentence, at: dateSpan.start - dateSentence.start, length: length)
                else { return nil }
                text = inSentence
            } else {
                guard let written = reader.readString() else { return nil }
                text = written
            }
            guard let kind = reader.read() else { return nil }
            let value: DateMention.Value
            switch kind {
            case 0:
                guard let start = reader.readSigned(), let days = reader.readSigned(), days >= 0,
                      case (let end, false) = start.addingReportingOverflow(days),
                      start.magnitude < maximumDayNumber, end.magnitude < maximumDayNumber
                else { return nil }
                value = .interval(DateInterval(start: CalendarDay(dayNumber: start), end: CalendarDay(dayNumber: end)))
            case 1:
                guard let month = reader.read(), let day = reader.read() else { return nil }
                value = .annual(MonthDay(month: month, day: day))
            case 2:
                value = .unresolved
            default:
                return nil
            }
            guard let granularity = reader.read(), granularity < DateGranularity.allCases.count,
                  let role = reader.read(), role < roles.count
            else { return nil }
            let date = DateMention(span: dateSpan, sentence: dateSentence, value: value,
                                   granularity: DateGranularity.allCases[granularity], role: roles[role],
                                   isInferred: flags & MentionFlag.isInferred != 0, isRelative: flags & MentionFlag.isRelative != 0)
            mentions.append(TimelineMention(documentID: documentID, text: text, sentence: strings[sentence],
                                            span: span, date: date))
            previousStart = span.start
            previousSentenceStart = dateSentence.start
        }
        return reader.isAtEnd ? mentions : nil
    }

    // MARK: Spans

    /// A span as its start's distance from `base` (either way) and its length.
    private static func write(_ span: TextSpan, from base: Int, _ writer: inout PackedWriter) {
        writer.writeSigned(span.start - base)
        writer.write(span.length)
    }

    /// A span written with `write(_:from:_:)`; `nil` when it would start before 0 or end past `Int.max`.
    private static func readSpan(_ reader: inout PackedReader, from base: Int) -> TextSpan? {
        guard let offset = reader.readSigned(), let length = reader.read(),
              case (let start, false) = base.addingReportingOverflow(offset), start >= 0,
              case (let end, false) = start.addingReportingOverflow(length)
        else { return nil }
        return TextSpan(start: start, end: end)
    }

    // MARK: Tables

    /// A document's words (measures, groups, attributions, years), each written once, numbered in the order first used.
    private struct WordTable {
        /// Looked up by their bytes: `String`'s `==` takes "é" and "e\u{301}" for one word, and
        /// each must come back as written.
        private var numbers: [UTF8Key: Int] = [:]
        private var words: [String] = []

        mutating func number(of word: String) -> Int {
            let key = UTF8Key(bytes: ArraySlice(word.utf8))
            if let known = numbers[key] { return known }
            numbers[key] = words.count
            words.append(word)
            return words.count - 1
        }

        func write(_ writer: inout PackedWriter) {
            writer.write(words.count)
            for word in words { writer.write(word) }
        }
    }

    /// UTF-8 as a dictionary key, hashed in one call and compared byte for byte (a byte array
    /// hashes a byte at a time, and a `String` normalizes first: either was most of the encoding).
    private struct UTF8Key: Hashable {
        let bytes: ArraySlice<UInt8>

        func hash(into hasher: inout Hasher) {
            bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
        }

        static func == (lhs: UTF8Key, rhs: UTF8Key) -> Bool {
            lhs.bytes.count == rhs.bytes.count && lhs.bytes.elementsEqual(rhs.bytes)
        }
    }

    private static func readWords(_ reader: inout PackedReader) -> [String]? {
        guard let count = reader.read(), count <= reader.remaining else { return nil }
        var words: [String] = []
        words.reserveCapacity(count)
        for _ in 0..<count {
            guard let word = reader.readString() else { return nil }
            words.append(word)
        }
        return words
    }

    /// A document's sentences, each written once, numbered in the order first used.
    private struct SentenceTable {
        /// Each sentence's UTF-8, by number.
        private(set) var utf8: [ArraySlice<UInt8>] = []

        var count: Int { utf8.count }

        /// Each sentence as a string, by number: one string for all the facts a sentence states.
        var strings: [String] { utf8.map { String(decoding: $0, as: UTF8.self) } }

        init() {}

        /// The sentences by where they are in the reading text: looked up without hashing their
        /// text (which was most of the encoding). The same words at two places are two sentences.
        private var bySpan: [TextSpan: Int] = [:]

        /// The number of `sentence`, found at `span` of the reading text.
        mutating func number(of sentence: String, at span: TextSpan) -> Int {
            if let known = bySpan[span], utf8[known].count == sentence.utf8.count, utf8[known].elementsEqual(sentence.utf8) {
                return known
            }
            bySpan[span] = utf8.count
            utf8.append(ArraySlice(sentence.utf8))
            return utf8.count - 1
        }

        /// Whether sentence `number` has `text`'s bytes at byte `offset`.
        func holds(_ text: String, in number: Int, at offset: Int) -> Bool {
            let bytes = utf8[number], length = text.utf8.count
            guard offset >= 0, offset <= bytes.count - length else { return false }
            let start = bytes.startIndex + offset
            return bytes[start..<(start + length)].elementsEqual(text.utf8)
        }

        /// The text of `length` bytes at byte `offset` of sentence `number`; `nil` when they are not all in it.
        func text(in number: Int, at offset: Int, length: Int) -> String? {
            let bytes = utf8[number]
            guard offset >= 0, length <= bytes.count, offset <= bytes.count - length else { return nil }
            let start = bytes.startIndex + offset
            return String(decoding: bytes[start..<(start + length)], as: UTF8.self)
        }

        func write(_ writer: inout PackedWriter) {
            writer.write(utf8.count)
            for sentence in utf8 { writer.writeBytes(sentence) }
        }

        static func read(_ reader: inout PackedReader) -> SentenceTable? {
            guard let count = reader.read(), count <= reader.remaining else { return nil }
            var table = SentenceTable()
            table.utf8.reserveCapacity(count)
            for _ in 0..<count {
                guard let bytes = reader.readBytes() else { return nil }
                table.utf8.append(bytes)
            }
            return table
        }
    }
}
