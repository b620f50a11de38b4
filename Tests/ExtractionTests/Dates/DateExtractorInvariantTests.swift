import Extraction
import Foundation
import TestSupport
import XCTest

/// What must hold for every input: no crash, spans slice back inside their sentence, mentions in
/// order without overlaps, the same output every time.
final class DateExtractorInvariantTests: XCTestCase {
    private func assertInvariants(_ text: String, published: PartialDate?, _ name: String) {
        let extractor = DateExtractor(publication: published)
        let mentions = extractor.mentions(in: text)
        XCTAssertEqual(mentions, extractor.mentions(in: text), "deterministic: \(name)")
        var previousEnd = 0
        for mention in mentions {
            XCTAssertNotNil(mention.span.slice(of: text), "span slices back: \(name) \(mention)")
            XCTAssertNotNil(mention.sentence.slice(of: text), "sentence slices back: \(name) \(mention)")
            XCTAssertTrue(mention.sentence.contains(mention.span), "sentence holds its date: \(name) \(mention)")
            XCTAssertFalse(mention.span.isEmpty, name)
            XCTAssertGreaterThanOrEqual(mention.span.start, previousEnd, "in order, no overlap: \(name) \(mention)")
            previousEnd = mention.span.end
            if let interval = mention.interval { XCTAssertLessThan(interval.start, interval.end, name) }
        }
    }

    func testSeedFilesKeepTheInvariants() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: PackagePaths.seeds.path).filter { $0.hasSuffix(".txt") }
        XCTAssertEqual(files.count, 5)
        for file in files {
            let text = try String(contentsOf: PackagePaths.seeds.appendingPathComponent(file), encoding: .utf8)
            assertInvariants(text, published: nil, file)
            assertInvariants(text, published: PartialDate(year: 2021, month: 2, day: 26), file)
            XCTAssertFalse(DateExtractor().mentions(in: text).isEmpty, "every seed dates something: \(file)")
        }
    }

    func testRandomTextKeepsTheInvariants() {
        let pieces = ["February", "26", "25-26", ",", "1992", "-", "–", "—", "late", "early", "mid", "the", "of",
                      "century", "20th", "centuries", "ago", "years", "after", "over", "last", "week", "€", "é",
                      "\n", "’s", "'s", "1,275", "/", ".", "No", "Vol", "62/243", "1990s", "May", "may", "Feb.",
                      "every", "year", "on", "declared", "as", "2021-02-26", "26.02.1992", "in", "from", "to",
                      "and", "between", "3rd", "twenty", "first", "today", "yesterday", "next", "month", "🙂",
                      "“", "”", "(", ")", "31", "0", "9999", "2099", "1000", "999", "’", ":", "03:13", "\t", "  "]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        for round in 0..<600 {
            var text = ""
            for _ in 0..<(next() % 40) {
                text += pieces[next() % pieces.count]
                if next() % 3 != 0 { text += " " }
            }
            assertInvariants(text, published: round % 2 == 0 ? nil : PartialDate(year: 2000 + round % 30, month: 1 + round % 12, day: 1 + round % 28),
                             "random \(round): \(text)")
        }
        // Raw bytes of every kind, decoded leniently.
        for round in 0..<200 {
            let bytes = (0..<(next() % 120)).map { _ in UInt8(truncatingIfNeeded: next()) }
            assertInvariants(String(decoding: bytes, as: UTF8.self), published: nil, "bytes \(round)")
        }
    }

    func testDatePhraseStillReadsMetadataLines() {
        XCTAssertEqual(DatePhrase.first(in: "Baku, 26 February 2021 –")?.date.iso, "2021-02-26")
        XCTAssertEqual(DatePhrase.first(in: "Vol. 5, No. 5 (March 01, 2012)")?.date.iso, "2012-03-01")
    }
}
