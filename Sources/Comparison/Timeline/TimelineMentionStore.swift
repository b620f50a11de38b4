import Extraction

/// Every date mention of a timeline, packed: the fixed fields of each in one flat array of plain
/// values, the texts in one buffer of UTF-8 bytes.
///
/// The generated 100,000 articles state about 4 million dates; as `TimelineMention` values, each
/// with its own sentence string, they took well over a gigabyte. Here a mention is 64 bytes and its
/// sentence is stored once per document however many dates it holds; the expression's text is the
/// sentence's own bytes when it is a part of it. `mention(_:)` gives back exactly the mention
/// added, so entries keep positions in the store rather than mentions. A mention whose fields do
/// not fit (a span beyond 2 GiB, a day that does not come back from its day number) is kept whole.
/// Never changed once built, so timelines and panes share it across threads.
final class TimelineMentionStore: Sendable {
    /// A mention's fields as plain values: positions into `documentIDs` and `bytes`, spans as start
    /// and length.
    struct Packed: Sendable {
        var document: Int32
        var textLength: Int32
        var textStart: Int
        var sentenceStart: Int
        var sentenceLength: Int32
        var span: (start: Int32, length: Int32)
        var dateSpan: (start: Int32, length: Int32)
        var dateSentence: (start: Int32, length: Int32)
        /// Interval: its first day and the day after its last, as day numbers; annual: month and day.
        var value: (Int32, Int32)
        /// 0 interval, 1 annual, 2 unresolved, 3 kept whole in `whole`.
        var kind: UInt8
        var granularity: UInt8
        var role: UInt8
        /// Bit 0 inferred, bit 1 relative.
        var flags: UInt8
    }

    let documentIDs: [String]
    private let packed: [Packed]
    private let bytes: [UInt8]
    /// Mentions that do not pack, by position.
    private let whole: [Int: TimelineMention]

    var count: Int { packed.count }

    private init(builder: Builder) {
        documentIDs = builder.documentIDs
        packed = builder.packed
        bytes = builder.text.bytes
        whole = builder.whole
    }

    /// The mention at `index`, exactly as it was added.
    func mention(_ index: Int) -> TimelineMention {
        let item = packed[index]
        if item.kind == 3 { return whole[index]! }
        let value: DateMention.Value
        switch item.kind {
        case 0: value = .interval(DateInterval(start: CalendarDay(dayNumber: Int(item.value.0)), end: CalendarDay(dayNumber: Int(item.value.1))))
        case 1: value = .annual(MonthDay(month: Int(item.value.0), day: Int(item.value.1)))
        default: value = .unresolved
        }
        let date = DateMention(span: Self.span(item.dateSpan), sentence: Self.span(item.dateSentence), value: value,
                               granularity: Self.granularities[Int(item.granularity)], role: Self.roles[Int(item.role)],
                               isInferred: item.flags & 1 != 0, isRelative: item.flags & 2 != 0)
        return TimelineMention(documentID: documentIDs[Int(item.document)], text: string(item.textStart, Int(item.textLength)),
                               sentence: string(item.sentenceStart, Int(item.sentenceLength)), span: Self.span(item.span),
                               date: date)
    }

    /// The position in `documentIDs` of the mention's document.
    func document(_ index: Int) -> Int { Int(packed[index].document) }

    /// The mention's date span in its document's reading text.
    func dateSpan(_ index: Int) -> TextSpan {
        let item = packed[index]
        return item.kind == 3 ? whole[index]!.date.span : Self.span(item.dateSpan)
    }

    /// Calls `body` with the mention's sentence as UTF-8 bytes and its date's place in them (which
    /// may fall outside them when the extractor's spans do not nest).
    func withSentence<Result>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>, _ dateStart: Int, _ dateEnd: Int, DateMention.Role) -> Result) -> Result {
        let item = packed[index]
        if item.kind == 3 {
            var mention = whole[index]!
            let start = mention.date.span.start - mention.date.sentence.start, end = mention.date.span.end - mention.date.sentence.start
            return mention.sentence.withUTF8 { body($0, start, end, mention.date.role) }
        }
        let start = Int(item.dateSpan.start) - Int(item.dateSentence.start)
        return bytes.withUnsafeBufferPointer { buffer in
            body(UnsafeBufferPointer(rebasing: buffer[item.sentenceStart..<(item.sentenceStart + Int(item.sentenceLength))]),
                 start, start + Int(item.dateSpan.length), Self.roles[Int(item.role)])
        }
    }

    private func string(_ start: Int, _ length: Int) -> String {
        bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[start..<(start + length)]), as: UTF8.self) }
    }

    private static func span(_ packed: (start: Int32, length: Int32)) -> TextSpan {
        TextSpan(start: Int(packed.start), end: Int(packed.start) + Int(packed.length))
    }

    private static let granularities = DateGranularity.allCases
    private static let roles: [DateMention.Role] = [.event, .dateline, .citation]

    /// Collects mentions document by document, then becomes the store.
    struct Builder {
        private(set) var documentIDs: [String] = []
        fileprivate var packed: [Packed] = []
        /// Sentences and dates as written, each sentence of a document once.
        fileprivate var text = SentenceBytes()
        fileprivate var whole: [Int: TimelineMention] = [:]

        init() {}

        /// Starts a document; the mentions added next are its.
        mutating func startDocument(_ id: String) {
            documentIDs.append(id)
            text.startDocument()
        }

        /// Adds a mention of the current document and returns its position.
        mutating func add(_ mention: TimelineMention) -> Int {
            let index = packed.count
            guard let item = pack(mention) else {
                whole[index] = mention
                packed.append(Packed(document: Int32(documentIDs.count - 1), textLength: 0, textStart: 0, sentenceStart: 0,
                                     sentenceLength: 0, span: (0, 0), dateSpan: (0, 0), dateSentence: (0, 0), value: (0, 0),
                                     kind: 3, granularity: 0, role: 0, flags: 0))
                return index
            }
            packed.append(item)
            return index
        }

        func build() -> TimelineMentionStore { TimelineMentionStore(builder: self) }

        private mutating func pack(_ mention: TimelineMention) -> Packed? {
            let date = mention.date
            guard let span = SentenceBytes.pack(mention.span), let dateSpan = SentenceBytes.pack(date.span),
                  let dateSentence = SentenceBytes.pack(date.sentence), let granularity = granularities.firstIndex(of: date.granularity),
                  let role = roles.firstIndex(of: date.role), let document = Int32(exactly: documentIDs.count - 1)
            else { return nil }
            let kind: UInt8, value: (Int32, Int32)
            switch date.value {
            case .interval(let interval):
                guard let start = Int32(exactly: interval.start.dayNumber), let end = Int32(exactly: interval.end.dayNumber),
                      CalendarDay(dayNumber: Int(start)) == interval.start, CalendarDay(dayNumber: Int(end)) == interval.end
                else { return nil }
                (kind, value) = (0, (start, end))
            case .annual(let day):
                guard let month = Int32(exactly: day.month), let number = Int32(exactly: day.day) else { return nil }
                (kind, value) = (1, (month, number))
            case .unresolved:
                (kind, value) = (2, (0, 0))
            }
            let sentence = text.addSentence(mention.sentence, span: date.sentence)
            let written = text.addText(mention.text, within: sentence, at: date.span.start - date.sentence.start)
            guard let sentenceLength = Int32(exactly: sentence.length), let textLength = Int32(exactly: written.length) else { return nil }
            return Packed(document: document, textLength: textLength, textStart: written.start, sentenceStart: sentence.start,
                          sentenceLength: sentenceLength, span: span, dateSpan: dateSpan, dateSentence: dateSentence,
                          value: value, kind: kind, granularity: UInt8(granularity), role: UInt8(role),
                          flags: (date.isInferred ? 1 : 0) | (date.isRelative ? 2 : 0))
        }
    }
}
