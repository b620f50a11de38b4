import Corpus
import Extraction
import TestSupport
import XCTest

/// The offset invariant, over every seed and every fixture: what the reading text shows can always
/// be traced to the original bytes it came from.
final class ReadingTextOffsetTests: XCTestCase {
    private let documents = BuiltInCorpus.load().documents + ArticleFixtures.all.map { $0.parse() }

    func testCopiedRunsSliceBackExactly() {
        for document in documents {
            for (name, text) in [("reading", document.reading), ("raw", document.rawDisplay)] {
                let reading = Array(text.text.utf8), original = Array(document.original.utf8)
                for segment in text.map.segments where segment.isCopy {
                    XCTAssertEqual(String(decoding: reading[segment.reading], as: UTF8.self),
                                   String(decoding: original[segment.source], as: UTF8.self),
                                   "\(document.id) \(name): \(segment)")
                }
            }
        }
    }

    func testSegmentsAreInOrderWithinBoundsAndNeverOverlap() {
        for document in documents {
            let readingLength = document.reading.text.utf8.count, originalLength = document.original.utf8.count
            var previous: OffsetMap.Segment?
            for segment in document.reading.map.segments {
                XCTAssertLessThanOrEqual(segment.reading.upperBound, readingLength, document.id)
                XCTAssertLessThanOrEqual(segment.source.upperBound, originalLength, document.id)
                if let previous {
                    XCTAssertLessThanOrEqual(previous.reading.upperBound, segment.reading.lowerBound, "\(document.id) \(segment)")
                    XCTAssertLessThanOrEqual(previous.source.upperBound, segment.source.lowerBound, "\(document.id) \(segment)")
                }
                previous = segment
            }
        }
    }

    /// Every paragraph and sentence maps to a span of the original that starts and ends on a
    /// character boundary, and every word in it maps inside that span, in order; a word copied as it
    /// was slices back to itself. Plain-text documents (no markup to strip) map to original text with
    /// exactly the same words.
    func testParagraphsAndSentencesMapToOriginalTextWithTheirWords() {
        for document in documents {
            let reading = document.reading
            let readingBytes = Array(reading.text.utf8)
            for paragraph in reading.paragraphs {
                let text = String(decoding: readingBytes[paragraph.range], as: UTF8.self)
                let sentences = SentenceSplitter.sentences(in: text).map { $0.shifted(by: paragraph.start) }
                for span in [paragraph] + sentences {
                    check(span, of: document, readingBytes: readingBytes)
                }
            }
        }
    }

    private func check(_ span: TextSpan, of document: Document, readingBytes: [UInt8]) {
        let reading = document.reading
        let shown = String(decoding: readingBytes[span.range], as: UTF8.self)
        let source = reading.sourceSpan(span)
        guard let sourceText = source.slice(of: document.original) else {
            return XCTFail("\(document.id): \(span) → \(source) does not slice the original: \(shown)")
        }
        var previousEnd = source.start
        for word in words(in: span, readingBytes) {
            let wordSource = reading.sourceSpan(word)
            let wordText = String(decoding: readingBytes[word.range], as: UTF8.self)
            XCTAssertTrue(source.contains(wordSource), "\(document.id): \(wordText) maps outside \(shown)")
            XCTAssertGreaterThanOrEqual(wordSource.start, previousEnd, "\(document.id): \(wordText) maps out of order")
            previousEnd = wordSource.end
            let isCopied = reading.map.segments.contains { $0.isCopy && $0.reading.contains(word.start) && $0.reading.upperBound >= word.end }
            if isCopied { XCTAssertEqual(wordSource.slice(of: document.original), wordText, document.id) }
        }
        if document.format == .plainText {
            let original = TerminalSafe.sanitize(sourceText.replacingOccurrences(of: "\r\n", with: "\n"), keepingNewlines: true)
            XCTAssertEqual(original.split(whereSeparator: \.isWhitespace), shown.split(whereSeparator: \.isWhitespace),
                           "\(document.id): \(span) → \(source)")
        }
    }

    private func words(in span: TextSpan, _ bytes: [UInt8]) -> [TextSpan] {
        var result: [TextSpan] = []
        var start: Int?
        for index in span.start...span.end {
            let isSpace = index == span.end || bytes[index] == 0x20 || bytes[index] == 0x0A
            if isSpace, let wordStart = start {
                result.append(TextSpan(start: wordStart, end: index))
                start = nil
            } else if !isSpace, start == nil {
                start = index
            }
        }
        return result
    }

    func testAReplacementMapsAsAWholeToTheBytesItReplaced() throws {
        let document = ArticleFixtures.html.parse()
        let text = document.reading.text
        let dash = try XCTUnwrap(text.range(of: "—"))
        let span = TextSpan(start: text.utf8.distance(from: text.startIndex, to: dash.lowerBound),
                            end: text.utf8.distance(from: text.startIndex, to: dash.upperBound))
        XCTAssertEqual(document.reading.sourceSpan(span).slice(of: document.original), "&mdash;")
    }
}
