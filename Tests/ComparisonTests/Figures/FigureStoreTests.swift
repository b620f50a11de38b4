@testable import Comparison
import Corpus
import Extraction
import TestSupport
import XCTest

/// Figures packed in a store give back exactly the figures put in, whichever way they are read.
final class FigureStoreTests: XCTestCase {
    /// Each document's figures as the extractor gives them, as plain values.
    private func extracted(_ store: DocumentStore) -> [DocumentFigure.Fields] {
        store.documents.flatMap { document in
            FigureExtractor.figures(in: document.reading.text).map { found in
                var figure = found
                figure.quantity.span = document.reading.sourceSpan(found.quantity.span)
                figure.sentenceSpan = document.reading.sourceSpan(found.sentenceSpan)
                return DocumentFigure.Fields(documentID: document.id, figure: figure, readingSpan: found.quantity.span,
                                             readingSentenceSpan: found.sentenceSpan)
            }
        }
    }

    private func check(_ figures: [DocumentFigure], _ expected: [DocumentFigure.Fields], file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(figures.map(\.fields), expected, file: file, line: line)
        XCTAssertEqual(figures.map(\.documentID), expected.map(\.documentID), file: file, line: line)
        XCTAssertEqual(figures.map(\.figure), expected.map(\.figure), file: file, line: line)
        XCTAssertEqual(figures.map(\.quantity), expected.map(\.figure.quantity), file: file, line: line)
        XCTAssertEqual(figures.map(\.measure), expected.map(\.figure.measure), file: file, line: line)
        XCTAssertEqual(figures.map(\.group), expected.map(\.figure.group), file: file, line: line)
        XCTAssertEqual(figures.map(\.when), expected.map(\.figure.when), file: file, line: line)
        XCTAssertEqual(figures.map(\.partOf), expected.map(\.figure.partOf), file: file, line: line)
        XCTAssertEqual(figures.map(\.readingSpan), expected.map(\.readingSpan), file: file, line: line)
        XCTAssertEqual(figures.map(\.readingSentenceSpan), expected.map(\.readingSentenceSpan), file: file, line: line)
    }

    func testEveryFigureOfTheSeedsAndOfManySourcesComesBackExactly() {
        for store in [BuiltInCorpus.load(), ManySourcesCorpus.store()] {
            let expected = extracted(store)
            XCTAssertGreaterThan(expected.count, 40)
            check(DocumentFigure.all(in: store), expected)
            check(store.documents.flatMap(DocumentFigure.figures(of:)), expected)
            check(expected.map { DocumentFigure(documentID: $0.documentID, figure: $0.figure, readingSpan: $0.readingSpan,
                                                readingSentenceSpan: $0.readingSentenceSpan) }, expected)
        }
    }

    func testFiguresThatDoNotNestOrDoNotFitComeBackExactly() {
        let sentence = "More than 600 people were killed, including 106 women."
        let quantity = Quantity(text: "More than 600", low: 600, high: nil, isExact: false, span: TextSpan(start: 100, end: 113))
        let plain = Figure(quantity: quantity, measure: "killed", group: "people", sentence: sentence,
                           sentenceSpan: TextSpan(start: 100, end: 154))
        var part = plain
        part.quantity = Quantity(text: "106", low: 106, high: 106, isExact: true, isVague: true, isPercent: true,
                                 span: TextSpan(start: 144, end: 147))
        part.group = "women"
        part.partOf = 0
        part.attribution = "the ministry"
        part.when = "1992"
        var reworded = plain
        reworded.quantity.text = "over six hundred"  // not the sentence's bytes at its place
        var far = plain
        far.quantity.span = TextSpan(start: 1 << 40, end: (1 << 40) + 13)
        var nan = plain
        nan.quantity.low = .nan
        nan.quantity.high = -.infinity
        var otherSentence = plain
        otherSentence.sentence = "A different sentence at the same place."
        let reading = TextSpan(start: 0, end: 13), readingSentence = TextSpan(start: 0, end: 54)
        let figures = [plain, part, reworded, far, nan, otherSentence]
        let expected = figures.enumerated().map { number, figure in
            DocumentFigure.Fields(documentID: "a", figure: figure,
                                  readingSpan: number == 1 ? TextSpan(start: 44, end: 47) : number == 2 ? TextSpan(start: 60, end: 76) : reading,
                                  readingSentenceSpan: readingSentence)
        }
        var builder = FigureStore.Builder()
        builder.startDocument("a")
        for fields in expected { _ = builder.add(fields.figure, readingSpan: fields.readingSpan, readingSentenceSpan: fields.readingSentenceSpan) }
        let store = builder.build()
        let packed = (0..<store.count).map { DocumentFigure(store: store, index: $0) }
        // NaN is not equal to itself: compare its bits.
        XCTAssertEqual(packed[4].quantity.low?.bitPattern, Double.nan.bitPattern)
        XCTAssertEqual(packed[4].quantity.high, -.infinity)
        check(Array(packed[0..<4] + packed[5...]), Array(expected[0..<4] + expected[5...]))
    }

    func testAChangedFieldMakesAFigureOfItsOwn() {
        let figures = DocumentFigure.all(in: BuiltInCorpus.load())
        var changed = figures[1]
        changed.documentID = "elsewhere"
        changed.readingSpan = TextSpan(start: 1, end: 2)
        XCTAssertEqual(changed.documentID, "elsewhere")
        XCTAssertEqual(changed.readingSpan, TextSpan(start: 1, end: 2))
        XCTAssertEqual(changed.figure, figures[1].figure)
        XCTAssertEqual(figures[1].documentID, DocumentFigure.all(in: BuiltInCorpus.load())[1].documentID, "the store is left as it was")
        XCTAssertNotEqual(changed, figures[1])
    }

    func testWordsEqualAsStringsComeBackWithTheirOwnBytes() {
        // "é" precomposed and decomposed: `String`'s `==` takes them for one word.
        let measures = ["caf\u{E9}s", "cafe\u{301}s", "caf\u{E9}s"]
        var builder = FigureStore.Builder()
        builder.startDocument("a")
        for measure in measures {
            let quantity = Quantity(text: "5", low: 5, high: 5, isExact: true, isVague: false, isPercent: false,
                                    span: TextSpan(start: 0, end: 1))
            let figure = Figure(quantity: quantity, measure: measure, group: measure, when: measure, sentence: "5 " + measure,
                                sentenceSpan: TextSpan(start: 0, end: 2 + measure.utf8.count))
            _ = builder.add(figure, readingSpan: figure.span, readingSentenceSpan: figure.sentenceSpan)
        }
        let store = builder.build()
        let figures = (0..<store.count).map { DocumentFigure(store: store, index: $0) }
        let written = measures.map { Array($0.utf8) }
        XCTAssertEqual(figures.map { Array($0.measure.utf8) }, written)
        XCTAssertEqual(figures.map { Array($0.figure.group.utf8) }, written)
        XCTAssertEqual(figures.map { $0.when.map { Array($0.utf8) } }, written)
    }
}
