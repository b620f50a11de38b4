import Extraction
import Foundation
import TestSupport
import XCTest

/// Properties that hold for every input: no crash, spans slice back to their own text, numbers do
/// not overlap, and the same input gives the same output.
final class FigureInvariantTests: XCTestCase {
    private func checkInvariants(_ text: String, _ name: String, file: StaticString = #filePath, line: UInt = #line) {
        let figures = FigureExtractor.figures(in: text)
        XCTAssertEqual(figures, FigureExtractor.figures(in: text), "deterministic: \(name)", file: file, line: line)
        var previousEnd = 0
        for (index, figure) in figures.enumerated() {
            XCTAssertEqual(figure.span.slice(of: text), figure.value, "\(name) figure \(index)", file: file, line: line)
            XCTAssertEqual(figure.sentenceSpan.slice(of: text), figure.sentence, "\(name) figure \(index)", file: file, line: line)
            XCTAssertTrue(figure.sentenceSpan.contains(figure.span), "\(name) figure \(index)", file: file, line: line)
            XCTAssertGreaterThanOrEqual(figure.span.start, previousEnd, "no overlaps, in order: \(name)", file: file, line: line)
            previousEnd = figure.span.end
            if let parent = figure.partOf { XCTAssertLessThan(parent, index, "parts refer back", file: file, line: line) }
            if let low = figure.quantity.low, let high = figure.quantity.high {
                XCTAssertLessThanOrEqual(low, high, "\(name) figure \(index)", file: file, line: line)
            }
        }
        for quantity in NumberReader.quantities(in: text) {
            XCTAssertEqual(quantity.span.slice(of: text), quantity.text, name, file: file, line: line)
        }
    }

    func testSeedFilesAsWritten() throws {
        let files = try FileManager.default.contentsOfDirectory(at: PackagePaths.seeds, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }
        XCTAssertEqual(files.count, 5)
        var total = 0
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            checkInvariants(text, file.lastPathComponent)
            total += FigureExtractor.figures(in: text).count
        }
        XCTAssertGreaterThan(total, 40, "the raw seeds hold the annotated figures and more (the related-articles tail)")
    }

    /// Random mixes of words, number words, digits, separators, punctuation and non-ASCII text.
    func testRandomText() {
        var generator = SplitMix64(seed: 0xC0FFEE)
        let pieces = ["people", "were", "killed", "including", "women", "and", "children", "of", "them", "more", "than",
                      "over", "about", "between", "hundreds", "thousands", "six", "hundred", "a", "dozen", "million",
                      "1,275", "1 275", "613", "1992", "62/243", "20th", "03:13", "5", ",", ".", "-", "–", "%", "(",
                      ")", "[", "]", "’", "“", "Among", "the", "fate", "According", "to", "said", "Azerbaijanis",
                      "ə", "日本", "\u{00A0}", "\n", "  ", "+", "No.", "Vol.", "per", "cent", "1.5", "0", "99999999",
                      "tens", "elderly", "taken", "hostage", "missing", "in", "2020", "February", "26,", "'", "\""]
        for round in 0..<400 {
            var text = ""
            for _ in 0..<Int(generator.next() % 60) {
                text += pieces[Int(generator.next() % UInt64(pieces.count))]
                if generator.next() % 3 != 0 { text += " " }
            }
            checkInvariants(text, "random \(round)")
        }
        for round in 0..<200 {
            let bytes = (0..<Int(generator.next() % 300)).map { _ in UInt8(truncatingIfNeeded: generator.next() % 128 + 32 * (generator.next() % 2)) }
            checkInvariants(String(decoding: bytes, as: UTF8.self), "bytes \(round)")
        }
    }

    func testEdgeCases() {
        for text in ["", " ", "1", "one", "a", "hundreds", "more than", "1,", "1,00", ",000", "between 5 and", "5-",
                     "-5", "of them", "Among the killed were", "\u{00A0}5 people were killed\u{00A0}", "1.", "5 %"] {
            checkInvariants(text, "edge \(text.debugDescription)")
        }
    }
}
