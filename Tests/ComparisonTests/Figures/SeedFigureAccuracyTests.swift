import Comparison
import Corpus
import Extraction
import TestSupport
import XCTest

/// Compares the extraction over the built-in seeds with the hand annotation.
final class SeedFigureAccuracyTests: XCTestCase {
    private struct Key: Hashable, CustomStringConvertible {
        var document: String
        var measure: String
        var group: String
        var value: String
        var description: String { "\(document) \(measure)/\(group) \"\(value)\"" }
    }

    private func extracted() -> [DocumentFigure] { DocumentFigure.all(in: BuiltInCorpus.load()) }

    private func key(_ found: DocumentFigure) -> Key {
        Key(document: String(found.documentID.prefix(3)), measure: found.figure.measure, group: found.figure.group,
            value: found.figure.value.lowercased())
    }

    private func key(_ annotated: AnnotatedFigure) -> Key {
        Key(document: annotated.document, measure: annotated.measure, group: annotated.group,
            value: annotated.value.lowercased())
    }

    func testPrecisionAndRecallOnDocumentMeasureGroupValue() {
        let found = Set(extracted().map(key))
        let expected = Set(SeedFigureAnnotation.figures.map(key))
        XCTAssertEqual(expected.count, SeedFigureAnnotation.figures.count, "the annotation lists each figure once")
        let score = ExtractionScore(found: found, expected: expected)
        print(score.report("figures on the seeds"))
        XCTAssertGreaterThanOrEqual(score.precision, 0.95)
        XCTAssertGreaterThanOrEqual(score.recall, 0.90)
    }

    func testAttributionAndYearOfAnnotatedFigures() {
        let found = extracted()
        var agree = 0
        for annotated in SeedFigureAnnotation.figures {
            let matches = found.filter { key($0) == key(annotated) }
            guard let match = matches.first else { continue }
            if match.figure.attribution == annotated.attribution, match.figure.when == annotated.when {
                agree += 1
            } else {
                print("  differs: \(key(annotated)) by \(match.figure.attribution ?? "nil") in \(match.figure.when ?? "nil")")
            }
        }
        let rate = Double(agree) / Double(SeedFigureAnnotation.figures.count)
        print("attribution and year agree on \(agree)/\(SeedFigureAnnotation.figures.count) annotated figures")
        XCTAssertGreaterThanOrEqual(rate, 0.90)
    }

    /// Spans map back to the original file: each figure's bytes there read as its value.
    func testSpansPointIntoTheOriginalFiles() {
        let store = BuiltInCorpus.load()
        for found in DocumentFigure.all(in: store) {
            let document = store.document(id: found.documentID)!
            XCTAssertEqual(found.figure.span.slice(of: document.original), found.figure.value, "\(key(found))")
            XCTAssertTrue(found.figure.sentenceSpan.contains(found.figure.span))
        }
    }
}
