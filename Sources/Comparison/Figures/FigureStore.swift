import Extraction

/// Figures packed: the fixed fields of each in one flat array of plain values, measures, groups,
/// authorities and years once each, sentences and numbers as written in one buffer of UTF-8 bytes.
///
/// The generated 100,000 articles state 2.3 million figures; as `Figure` values, each with its
/// own sentence string, they took most of the Figures pane's 3.4 GB. Here a figure is about 130
/// bytes and its sentence is stored once per document however many figures it states; the
/// number's text is the sentence's own bytes when it is written there. A `DocumentFigure` is a
/// position in a store, and `figure(_:)` gives back exactly the figure added. A figure whose
/// fields do not fit (a span beyond 2 GiB) is kept whole. Never changed once built, so tables and
/// panes share it across threads.
final class FigureStore: Sendable {
    /// A figure's fields as plain values: positions into `documentIDs`, `strings` and `bytes`,
    /// spans as start and length.
    struct Packed: Sendable {
        var low: Double
        var high: Double
        /// The number(s) as stated (`Quantity.statedValue`, `statedUpper`).
        var stated: Double
        var statedUpper: Double
        var textStart: Int
        var sentenceStart: Int
        var document: Int32
        var textLength: Int32
        var sentenceLength: Int32
        var measure: Int32
        var group: Int32
        /// The text's word for the measure, a position in `strings`.
        var word: Int32
        /// Positions in `strings`, or -1 for none.
        var qualifier: Int32
        var attribution: Int32
        var when: Int32
        /// -1 for none.
        var partOf: Int32
        var span: (start: Int32, length: Int32)
        var sentenceSpan: (start: Int32, length: Int32)
        var readingSpan: (start: Int32, length: Int32)
        var readingSentenceSpan: (start: Int32, length: Int32)
        /// Bits: 0 has a low bound, 1 has a high bound, 2 exact, 3 vague, 4 percent, 5 has a stated number,
        /// 6 has a stated upper number, 7 kept whole in `whole`, 8 feared.
        var flags: UInt16
    }

    let documentIDs: [String]
    private let packed: [Packed]
    private let strings: [String]
    private let bytes: [UInt8]
    /// Figures that do not pack, by position.
    private let whole: [Int: DocumentFigure.Fields]

    var count: Int { packed.count }

    /// Every figure of the store, in the order added.
    var figures: [DocumentFigure] { (0..<count).map { DocumentFigure(store: self, index: $0) } }

    private init(builder: Builder) {
        documentIDs = builder.documentIDs
        packed = builder.packed
        strings = builder.strings
        bytes = builder.text.bytes
        whole = builder.whole
    }

    // MARK: Reading

    func documentID(_ index: Int) -> String {
        documentIDs[Int(packed[index].document)]
    }

    /// The position in `documentIDs` of the figure's document.
    func document(_ index: Int) -> Int { Int(packed[index].document) }

    func quantity(_ index: Int) -> Quantity {
        let item = packed[index]
        if item.flags & 0x80 != 0 { return whole[index]!.figure.quantity }
        var quantity = Quantity(text: string(item.textStart, item.textLength), low: item.flags & 1 != 0 ? item.low : nil,
                                high: item.flags & 2 != 0 ? item.high : nil, isExact: item.flags & 4 != 0,
                                isVague: item.flags & 8 != 0, isPercent: item.flags & 16 != 0, span: Self.span(item.span),
                                qualifier: item.qualifier < 0 ? nil : strings[Int(item.qualifier)])
        quantity.statedValue = item.flags & 32 != 0 ? item.stated : nil
        quantity.statedUpper = item.flags & 64 != 0 ? item.statedUpper : nil
        return quantity
    }

    func measure(_ index: Int) -> String {
        let item = packed[index]
        return item.flags & 0x80 != 0 ? whole[index]!.figure.measure : strings[Int(item.measure)]
    }

    func group(_ index: Int) -> String {
        let item = packed[index]
        return item.flags & 0x80 != 0 ? whole[index]!.figure.group : strings[Int(item.group)]
    }

    func when(_ index: Int) -> String? {
        let item = packed[index]
        return item.flags & 0x80 != 0 ? whole[index]!.figure.when : item.when < 0 ? nil : strings[Int(item.when)]
    }

    func partOf(_ index: Int) -> Int? {
        let item = packed[index]
        return item.flags & 0x80 != 0 ? whole[index]!.figure.partOf : item.partOf < 0 ? nil : Int(item.partOf)
    }

    func readingSpan(_ index: Int) -> TextSpan {
        let item = packed[index]
        return item.flags & 0x80 != 0 ? whole[index]!.readingSpan : Self.span(item.readingSpan)
    }

    func readingSentenceSpan(_ index: Int) -> TextSpan {
        let item = packed[index]
        return item.flags & 0x80 != 0 ? whole[index]!.readingSentenceSpan : Self.span(item.readingSentenceSpan)
    }

    /// The figure at `index`, its sentence included, exactly as it was added.
    func fields(_ index: Int) -> DocumentFigure.Fields {
        let item = packed[index]
        if item.flags & 0x80 != 0 { return whole[index]! }
        let figure = Figure(quantity: quantity(index), measure: strings[Int(item.measure)], group: strings[Int(item.group)],
                            attribution: item.attribution < 0 ? nil : strings[Int(item.attribution)],
                            when: item.when < 0 ? nil : strings[Int(item.when)],
                            sentence: string(item.sentenceStart, item.sentenceLength), sentenceSpan: Self.span(item.sentenceSpan),
                            partOf: item.partOf < 0 ? nil : Int(item.partOf), word: strings[Int(item.word)],
                            isFeared: item.flags & 256 != 0)
        return DocumentFigure.Fields(documentID: documentIDs[Int(item.document)], figure: figure,
                                     readingSpan: Self.span(item.readingSpan), readingSentenceSpan: Self.span(item.readingSentenceSpan))
    }

    private func string(_ start: Int, _ length: Int32) -> String {
        bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[start..<(start + Int(length))]), as: UTF8.self) }
    }

    private static func span(_ packed: (start: Int32, length: Int32)) -> TextSpan {
        TextSpan(start: Int(packed.start), end: Int(packed.start) + Int(packed.length))
    }

    // MARK: Building

    /// Collects figures document by document, then becomes the store.
    struct Builder {
        fileprivate private(set) var documentIDs: [String] = []
        fileprivate var packed: [Packed] = []
        fileprivate var strings: [String] = []
        /// Sentences and numbers as written, each sentence of a document once.
        fileprivate var text = SentenceBytes()
        fileprivate var whole: [Int: DocumentFigure.Fields] = [:]
        private var stringPositions: [String: Int32] = [:]

        init() {}

        var count: Int { packed.count }

        /// Starts a document; the figures added next are its.
        mutating func startDocument(_ id: String) {
            documentIDs.append(id)
            text.startDocument()
        }

        /// Adds a figure of the current document (whose id it takes) and returns its position.
        mutating func add(_ figure: Figure, readingSpan: TextSpan, readingSentenceSpan: TextSpan) -> Int {
            add(figure, in: text.addSentence(figure.sentence, span: readingSentenceSpan), readingSpan: readingSpan,
                readingSentenceSpan: readingSentenceSpan)
        }

        /// A sentence in the store's bytes.
        typealias Sentence = SentenceBytes.Place

        /// Puts a sentence of the current document in the store as it is, for the figures then added with
        /// `add(_:in:readingSpan:readingSentenceSpan:)`: stored facts hand over each of a document's
        /// sentences once, as bytes, rather than a string per figure.
        mutating func addSentence(_ utf8: ArraySlice<UInt8>) -> Sentence {
            text.addSentence(utf8)
        }

        /// Adds a figure of the current document whose sentence is `sentence` (`figure.sentence` is
        /// not read) and returns its position.
        mutating func add(_ figure: Figure, in sentence: Sentence, readingSpan: TextSpan, readingSentenceSpan: TextSpan) -> Int {
            let index = packed.count
            if let item = pack(figure, in: sentence, readingSpan: readingSpan, readingSentenceSpan: readingSentenceSpan) {
                packed.append(item)
            } else {
                var figure = figure
                figure.sentence = text.string(sentence)
                whole[index] = DocumentFigure.Fields(documentID: documentIDs[documentIDs.count - 1], figure: figure,
                                                     readingSpan: readingSpan, readingSentenceSpan: readingSentenceSpan)
                packed.append(Packed(low: 0, high: 0, stated: 0, statedUpper: 0, textStart: 0, sentenceStart: 0,
                                     document: Int32(documentIDs.count - 1), textLength: 0, sentenceLength: 0, measure: 0, group: 0,
                                     word: 0, qualifier: -1, attribution: -1, when: -1,
                                     partOf: -1, span: (0, 0), sentenceSpan: (0, 0), readingSpan: (0, 0),
                                     readingSentenceSpan: (0, 0), flags: 0x80))
            }
            return index
        }

        func build() -> FigureStore { FigureStore(builder: self) }

        private mutating func pack(_ figure: Figure, in sentence: Sentence, readingSpan: TextSpan, readingSentenceSpan: TextSpan) -> Packed? {
            let quantity = figure.quantity
            guard let span = SentenceBytes.pack(quantity.span), let sentenceSpan = SentenceBytes.pack(figure.sentenceSpan),
                  let reading = SentenceBytes.pack(readingSpan), let readingSentence = SentenceBytes.pack(readingSentenceSpan),
                  let document = Int32(exactly: documentIDs.count - 1)
            else { return nil }
            var partOf: Int32 = -1
            if let whole = figure.partOf {
                guard let value = Int32(exactly: whole) else { return nil }
                partOf = value
            }
            let number = text.addText(quantity.text, within: sentence, at: readingSpan.start - readingSentenceSpan.start)
            guard let sentenceLength = Int32(exactly: sentence.length), let textLength = Int32(exactly: number.length) else { return nil }
            var flags: UInt16 = 0
            if quantity.low != nil { flags |= 1 }
            if quantity.high != nil { flags |= 2 }
            if quantity.isExact { flags |= 4 }
            if quantity.isVague { flags |= 8 }
            if quantity.isPercent { flags |= 16 }
            if quantity.statedValue != nil { flags |= 32 }
            if quantity.statedUpper != nil { flags |= 64 }
            if figure.isFeared { flags |= 256 }
            return Packed(low: quantity.low ?? 0, high: quantity.high ?? 0, stated: quantity.statedValue ?? 0,
                          statedUpper: quantity.statedUpper ?? 0, textStart: number.start, sentenceStart: sentence.start,
                          document: document, textLength: textLength, sentenceLength: sentenceLength,
                          measure: intern(figure.measure), group: intern(figure.group), word: intern(figure.word),
                          qualifier: quantity.qualifier.map { intern($0) } ?? -1,
                          attribution: figure.attribution.map { intern($0) } ?? -1, when: figure.when.map { intern($0) } ?? -1,
                          partOf: partOf, span: span, sentenceSpan: sentenceSpan, readingSpan: reading,
                          readingSentenceSpan: readingSentence, flags: flags)
        }

        private mutating func intern(_ string: String) -> Int32 {
            // `String`'s `==` takes "é" and "e\u{301}" for one string; each must come back as written.
            if let known = stringPositions[string], strings[Int(known)].utf8.elementsEqual(string.utf8) { return known }
            let position = Int32(strings.count)
            strings.append(string)
            stringPositions[string] = position
            return position
        }
    }
}
