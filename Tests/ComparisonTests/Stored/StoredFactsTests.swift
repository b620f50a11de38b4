@testable import Comparison
import Corpus
import Extraction
import Foundation
import TestSupport
import XCTest

/// Facts kept in an index file are the facts the extractors give, read back exactly, and their
/// kinds' versions change whenever the extractors' output does.
final class StoredFactsTests: XCTestCase {
    /// Kind name → fingerprint of the packed facts of the seeds. Add a line when a version
    /// changes; never edit an old one.
    private let recorded: [String: String] = [
        "figures@1": "51f457f42274cf6d",
        "dates@1": "5342613ef76f770b",
        "figures@2": "5acb210b5f483ee4",
        "dates@2": "a6a327a5f4ade80c",
        "dates@3": "22ae9e6688aaf0be",
        "figures@3": "6f29381ed7ee18ff",
    ]

    private func seedFolder() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        for seed in try FileManager.default.contentsOfDirectory(atPath: PackagePaths.seeds.path) {
            try folder.write("seeds/\(seed)", bytes: Array(try Data(contentsOf: PackagePaths.seeds.appendingPathComponent(seed))))
        }
        return folder
    }

    func testAnIndexedCorpusGivesTheFiguresAndTimelineOfTheLoadedOne() throws {
        let folder = try seedFolder()
        let corpus = folder.url.appendingPathComponent("seeds").path
        let index = folder.url.appendingPathComponent("index.sqlite").path
        let loaded = try CorpusLoader().load(paths: [corpus]).store
        _ = try CorpusIndex.open(paths: [corpus], file: index, facts: StoredFacts.all)
        let indexed = try CorpusIndex.open(paths: [corpus], file: index, facts: StoredFacts.all).store
        for document in indexed.documents {
            XCTAssertNotNil(document.storedFacts(StoredFacts.figures.name), "\(document.id): figures are read from the index")
            XCTAssertNotNil(document.storedFacts(StoredFacts.dates.name), "\(document.id): dates are read from the index")
        }
        XCTAssertEqual(DocumentFigure.all(in: indexed), DocumentFigure.all(in: loaded))
        XCTAssertGreaterThan(DocumentFigure.all(in: indexed).count, 40)
        XCTAssertEqual(Timeline(indexed).entries, Timeline(loaded).entries)
        XCTAssertEqual(indexed.documents.flatMap(TimelineMention.all(in:)), loaded.documents.flatMap(TimelineMention.all(in:)))
        XCTAssertEqual(Timeline(indexed).unplaced, Timeline(loaded).unplaced)
    }

    func testPackedFactsComeBackExactlyAndDamagedOnesAreRefused() throws {
        let store = BuiltInCorpus.load()
        for document in store.documents {
            let figures = DocumentFigure.extracted(from: document)
            let packedFigures = StoredFacts.encode(figures)
            XCTAssertEqual(StoredFacts.decodeFigures(packedFigures, documentID: document.id), figures)
            XCTAssertNil(StoredFacts.decodeFigures(Array(packedFigures.dropLast()), documentID: document.id))
            XCTAssertNil(StoredFacts.decodeFigures(packedFigures + [0], documentID: document.id), "trailing bytes")

            let mentions = TimelineMention.extracted(in: document)
            let packedMentions = StoredFacts.encode(mentions)
            XCTAssertEqual(StoredFacts.decodeMentions(packedMentions, documentID: document.id), mentions)
            XCTAssertNil(StoredFacts.decodeMentions(Array(packedMentions.dropLast()), documentID: document.id))
            XCTAssertNil(StoredFacts.decodeMentions(packedMentions + [0], documentID: document.id), "trailing bytes")
        }
    }

    func testPackedFactsKeepTheBytesOfEachSentenceAndWord() {
        // "é" written precomposed and decomposed: equal as `String`s, but each must come back as written.
        let sentences = ["Caf\u{E9} 5 was shut.", "Cafe\u{301} 5 was shut."]
        var figures: [DocumentFigure] = []
        var mentions: [TimelineMention] = []
        for (place, sentence) in sentences.enumerated() {
            let start = place * 40, length = sentence.utf8.count
            let number = TextSpan(start: start + length - 11, end: start + length - 10)
            let quantity = Quantity(text: "5", low: 5, high: 5, isExact: true, isVague: false, isPercent: false, span: number)
            let figure = Figure(quantity: quantity, measure: sentence, group: "", sentence: sentence,
                                sentenceSpan: TextSpan(start: start, end: start + length))
            figures.append(DocumentFigure(documentID: "a", figure: figure))
            let date = DateMention(span: number, sentence: figure.sentenceSpan, value: .unresolved, granularity: .day,
                                   role: .event, isInferred: false, isRelative: false)
            mentions.append(TimelineMention(documentID: "a", text: "5", sentence: sentence, span: number, date: date))
        }
        let figuresBack = StoredFacts.decodeFigures(StoredFacts.encode(figures), documentID: "a")
        XCTAssertEqual(figuresBack?.map { Array($0.figure.sentence.utf8) }, sentences.map { Array($0.utf8) })
        XCTAssertEqual(figuresBack?.map { Array($0.figure.measure.utf8) }, sentences.map { Array($0.utf8) })
        let mentionsBack = StoredFacts.decodeMentions(StoredFacts.encode(mentions), documentID: "a")
        XCTAssertEqual(mentionsBack?.map { Array($0.sentence.utf8) }, sentences.map { Array($0.utf8) })
    }

    func testBoundsComeBackBitForBit() {
        let sentence = "About 5 of them."
        let bounds: [(Double?, Double?)] = [(5, 5), (-0.0, 0), (2.5, 1e300), (nil, 7), (3, nil), (.nan, .infinity),
                                            (-0x1p62, 0x1p63), (nil, nil)]
        let figures = bounds.map { low, high in
            let quantity = Quantity(text: "5", low: low, high: high, isExact: false, isVague: true, isPercent: false,
                                    span: TextSpan(start: 6, end: 7))
            return DocumentFigure(documentID: "a", figure: Figure(quantity: quantity, measure: "", group: "", sentence: sentence,
                                                                   sentenceSpan: TextSpan(start: 0, end: 16)))
        }
        let back = StoredFacts.decodeFigures(StoredFacts.encode(figures), documentID: "a")
        XCTAssertEqual(back?.map { $0.quantity.low?.bitPattern }, bounds.map { $0.0?.bitPattern })
        XCTAssertEqual(back?.map { $0.quantity.high?.bitPattern }, bounds.map { $0.1?.bitPattern })
    }

    func testFiguresBeyondWhatAStorePacksComeBackWhole() {
        let sentence = "Some 5 people."
        let start = 1 << 32
        let quantity = Quantity(text: "5", low: 5, high: 5, isExact: true, isVague: false, isPercent: false,
                                span: TextSpan(start: start + 5, end: start + 6))
        let figure = Figure(quantity: quantity, measure: "people", group: "", sentence: sentence,
                            sentenceSpan: TextSpan(start: start, end: start + 14))
        let figures = [DocumentFigure(documentID: "a", figure: figure),
                       DocumentFigure(documentID: "a", figure: figure, readingSpan: TextSpan(start: 5, end: 6),
                                      readingSentenceSpan: TextSpan(start: 0, end: 14))]
        let back = StoredFacts.decodeFigures(StoredFacts.encode(figures), documentID: "a")
        XCTAssertEqual(back, figures)
        XCTAssertEqual(back?.map(\.figure.sentence), [sentence, sentence])
    }

    /// One figure, packed by hand the way `encode` lays it out: "5" in "Some 5 people.", measure "people".
    private func handPackedFigure(flags: Int = 1 << 8 | 1 << 17, sentence: Int = 0, textLength: Int = 1, measure: Int = 0) -> [UInt8] {
        var writer = PackedWriter()
        writer.write(1)
        writer.write("Some 5 people.")
        writer.write(2)
        writer.write("people")
        writer.write("")
        writer.write(1)
        writer.write(flags)
        writer.write(sentence)
        for (start, length) in [(0, 14), (5, 1), (0, 14), (5, 1)] {  // reading sentence and number, sentence and number
            writer.writeSigned(start)
            writer.write(length)
        }
        writer.write(textLength)
        writer.write(measure)
        writer.write(1)
        return writer.bytes
    }

    /// One mention, packed by hand the way `encode` lays it out: "5 May 2020" in "On 5 May 2020.".
    private func handPackedMention(sentence: Int = 0, textLength: Int = 10, kind: Int = 2, granularity: Int = 4, role: Int = 0) -> [UInt8] {
        var writer = PackedWriter()
        writer.write(1)
        writer.write("On 5 May 2020.")
        writer.write(1)
        writer.write(1 << 2)
        writer.write(sentence)
        for (start, length) in [(0, 14), (3, 10), (3, 10)] {  // sentence, date in it, expression in the original
            writer.writeSigned(start)
            writer.write(length)
        }
        writer.write(textLength)
        writer.write(kind)
        writer.write(granularity)
        writer.write(role)
        return writer.bytes
    }

    func testHandPackedFactsReadAsLaidOutAndOutOfRangeNumbersAreRefused() throws {
        let figure = try XCTUnwrap(StoredFacts.decodeFigures(handPackedFigure(), documentID: "a")?.first?.figure)
        XCTAssertEqual(figure.value, "5")
        XCTAssertEqual(figure.sentence, "Some 5 people.")
        XCTAssertEqual(figure.measure, "people")
        XCTAssertEqual(figure.span, TextSpan(start: 5, end: 6))
        XCTAssertNil(StoredFacts.decodeFigures(handPackedFigure(sentence: 1), documentID: "a"), "no second sentence")
        XCTAssertNil(StoredFacts.decodeFigures(handPackedFigure(textLength: 10), documentID: "a"), "text past its sentence")
        XCTAssertNil(StoredFacts.decodeFigures(handPackedFigure(measure: 2), documentID: "a"), "no third word")
        XCTAssertNil(StoredFacts.decodeFigures(handPackedFigure(flags: 1 << 18), documentID: "a"), "unknown flag")
        XCTAssertNil(StoredFacts.decodeFigures(handPackedFigure(flags: 1 << 8 | 1 << 1 | 1 << 11 | 1 << 17), documentID: "a"),
                     "a high bound said to be the low one, with no low one")

        let mention = try XCTUnwrap(StoredFacts.decodeMentions(handPackedMention(), documentID: "a")?.first)
        XCTAssertEqual(mention.text, "5 May 2020")
        XCTAssertEqual(mention.sentence, "On 5 May 2020.")
        XCTAssertEqual(mention.date.granularity, .day)
        XCTAssertNil(StoredFacts.decodeMentions(handPackedMention(sentence: 1), documentID: "a"), "no second sentence")
        XCTAssertNil(StoredFacts.decodeMentions(handPackedMention(textLength: 12), documentID: "a"), "text past its sentence")
        XCTAssertNil(StoredFacts.decodeMentions(handPackedMention(kind: 3), documentID: "a"), "unknown kind of date")
        XCTAssertNil(StoredFacts.decodeMentions(handPackedMention(granularity: 5), documentID: "a"), "unknown granularity")
        XCTAssertNil(StoredFacts.decodeMentions(handPackedMention(role: 3), documentID: "a"), "unknown role")
    }

    func testAnyByteChangedDecodesOrIsRefusedWithoutTrapping() throws {
        let store = BuiltInCorpus.load()
        let document = try XCTUnwrap(store.documents.max { DocumentFigure.extracted(from: $0).count < DocumentFigure.extracted(from: $1).count })
        let packedFigures = StoredFacts.encode(DocumentFigure.extracted(from: document))
        let packedMentions = StoredFacts.encode(TimelineMention.extracted(in: document))
        for value: UInt8 in [0x00, 0x01, 0x7F, 0x80, 0xFF] {
            for position in packedFigures.indices {
                var damaged = packedFigures
                damaged[position] = value
                _ = StoredFacts.decodeFigures(damaged, documentID: document.id)
            }
            for position in packedMentions.indices {
                var damaged = packedMentions
                damaged[position] = value
                _ = StoredFacts.decodeMentions(damaged, documentID: document.id)
            }
        }
    }

    func testExtractorOutputIsTheOneRecordedForEachKindsVersion() {
        let store = BuiltInCorpus.load()
        for kind in StoredFacts.all {
            var fingerprint = Fingerprint()
            for document in store.documents { fingerprint.add(kind.extract(document)) }
            XCTAssertEqual(recorded[kind.name], fingerprint.text, """
                What \(kind.name) gives for the seeds has changed, so index files made before would show \
                old facts. Give the kind a new version in StoredFacts and record \(fingerprint.text) for it here.
                """)
        }
    }
}
