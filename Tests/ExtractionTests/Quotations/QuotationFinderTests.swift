import Extraction
import Foundation
import TestSupport
import XCTest

final class QuotationFinderTests: XCTestCase {
    /// Each quotation as one line: its content with span, then its speaker with span and cue.
    private func dump(_ text: String) -> [String] {
        QuotationFinder.quotations(in: text).map { quote in
            var line = "\(quote.content.slice(of: text)!) \(quote.content)"
            if !quote.isClosed { line += " (unclosed)" }
            if let speaker = quote.speaker { line += " — \(speaker.span.slice(of: text)!) \(speaker.span) [\(speaker.cue)]" }
            return line
        }
    }

    /// Like `dump`, with each quotation cut to its first six words, for whole articles.
    private func shortDump(_ text: String) -> [String] {
        QuotationFinder.quotations(in: text).map { quote in
            let words = quote.content.slice(of: text)!.split(whereSeparator: \.isWhitespace)
            var line = words.prefix(6).joined(separator: " ") + (words.count > 6 ? " …" : "") + " \(quote.content)"
            if !quote.isClosed { line += " (unclosed)" }
            if let speaker = quote.speaker { line += " — \(speaker.name) \(speaker.span) [\(speaker.cue)]" }
            return line
        }
    }

    // MARK: Forms

    func testCurlyDoubleQuotes() {
        XCTAssertEqual(dump("Mayor Anna Costa said “We will rebuild.” Then she left."),
                       ["We will rebuild. @25-41 — Mayor Anna Costa @0-16 [said]"])
    }

    func testStraightDoubleQuotes() {
        XCTAssertEqual(dump(#"He was clear: "We will rebuild," Costa said."#),
                       ["We will rebuild, @15-31 — Costa @33-38 [said]"])
    }

    func testCurlySingleQuotes() {
        XCTAssertEqual(dump("‘We will rebuild,’ the mayor said."),
                       ["We will rebuild, @3-19 — the mayor @23-32 [said]"])
    }

    func testStraightSingleQuotes() {
        XCTAssertEqual(dump("'We will rebuild,' said Anna Costa, the mayor."),
                       ["We will rebuild, @1-17 — Anna Costa @24-34 [said]"])
    }

    func testGuillemets() {
        XCTAssertEqual(dump("Le maire a dit : « Nous reconstruirons. » Puis il est parti."),
                       ["Nous reconstruirons. @20-40"])
    }

    func testMarksOpenedWithOneShapeAndClosedWithAnother() {
        let text = #"This should be the "Holocaust moment” of the conflict, and „the end“ of it. "Before Khojalu, they thought so. And that’s what happened''."#
        XCTAssertEqual(dump(text), [
            "Holocaust moment @20-36",
            "the end @64-71",
            "Before Khojalu, they thought so. And that’s what happened @83-142",
        ])
    }

    func testQuotationRunsAcrossSentences() {
        let text = "Sargsyan said: “Before Khojaly, they thought so. We were able to break that. And that’s what happened.” Others disagree."
        XCTAssertEqual(dump(text), [
            "Before Khojaly, they thought so. We were able to break that. And that’s what happened. @18-106 — Sargsyan @0-8 [said]",
        ])
    }

    // MARK: Nested and unbalanced marks

    func testNestedQuotationsStayInsideTheOuterOne() {
        let text = "Aliyev observed that “nationalists pursued ‘a Greater Armenia’ and “more land” for years.” Then he left."
        XCTAssertEqual(dump(text), [
            "nationalists pursued ‘a Greater Armenia’ and “more land” for years. @24-99 — Aliyev @0-6 [observed]",
        ])
    }

    func testAnOpeningMarkWithoutItsCloserEndsWithItsParagraph() {
        let text = "He said: “ Before Khojaly, they thought so. And that’s what happened.\nThe next paragraph has \"a quote\" of its own."
        XCTAssertEqual(dump(text), [
            "Before Khojaly, they thought so. And that’s what happened. @13-73 (unclosed)",
            "a quote @98-105",
        ])
    }

    func testAStrayClosingMarkIsIgnored() {
        XCTAssertEqual(dump("The talks ended” without a deal. Then “a new round” began."), ["a new round @43-54"])
    }

    func testUnbalancedMarksInsideAQuotationDoNotSwallowTheText() {
        let text = "“One ‘two three,” she said. After that, nothing. “Four five.”"
        XCTAssertEqual(dump(text), ["One ‘two three, @3-20", "Four five. @58-68"])
    }

    func testAnApostropheBeforeAQuotationDoesNotHideIt() {
        XCTAssertEqual(dump("Fans of rock 'n roll said “we will dance.”"), ["we will dance. @29-43"])
    }

    func testApostrophesAreNotQuotationMarks() {
        XCTAssertEqual(dump("Armenia’s claims, the Armenians’ lands, don't and the ’90s: no quotes here."), [])
    }

    func testAQuotationReopenedAtEachParagraphContinues() {
        let text = "She said: “The first part.\n“The second part.”\nNot quoted."
        XCTAssertEqual(dump(text), ["The first part.\n“The second part. @13-48"])
    }

    func testAQuotationClosedSomeParagraphsLaterContinues() {
        let text = "Goltz described the scene, saying, “The cars rattled.\nPeople ran.\nSheep fled. ”\nNot quoted."
        XCTAssertEqual(dump(text), ["The cars rattled.\nPeople ran.\nSheep fled. @38-79 — Goltz @0-5 [saying]"])
    }

    func testEmptyMarksAreNotQuotations() {
        XCTAssertEqual(dump(#"An empty "" pair and “ ” another."#), [])
    }

    // MARK: Speakers

    func testSpeakerAfterTheQuotation() {
        XCTAssertEqual(dump(#""It failed," said Dmitri Panin, a diplomat. "We hope," Mr. Dmitri added. "A plan," PM Pashinyan said in May."#), [
            "It failed, @1-11 — Dmitri Panin @18-30 [said]",
            "We hope, @45-53 — Mr. Dmitri @55-65 [added]",
            "A plan, @74-81 — PM Pashinyan @83-95 [said]",
        ])
    }

    func testSpeakerNamedByAccordingTo() {
        XCTAssertEqual(dump("According to the ministry, “the town fell.” It was “a rout” according to Human Rights Watch."), [
            "the town fell. @30-44 — the ministry @13-25 [according to]",
            "a rout @58-64 — Human Rights Watch @81-99 [according to]",
        ])
    }

    func testSpeakerBeforeAnAside() {
        let text = "Sargsyan, who was the commander in 1992, told Thomas de Waal, a writer, in an interview that \"Before Khojaly, they joked.\""
        XCTAssertEqual(dump(text), ["Before Khojaly, they joked. @94-121 — Sargsyan @0-8 [told]"])
    }

    func testSpeakerBeforeTheVerbWithAnAdverbOrATitle() {
        XCTAssertEqual(dump("President Aliyev then observed that “it was a crime.” Finally, the president concluded that, “it is known.”"), [
            "it was a crime. @39-54 — President Aliyev @0-16 [observed]",
            "it is known. @100-112 — the president @67-80 [concluded]",
        ])
    }

    func testPronounsGiveNoSpeaker() {
        XCTAssertEqual(dump("He said, but everyone should know that “we want justice.”"), ["we want justice. @42-58"])
    }

    func testNoReportingVerbGivesNoSpeaker() {
        XCTAssertEqual(dump("The Minnesota declaration reads “the community is proud.”"), ["the community is proud. @35-58"])
    }

    // MARK: Invariants on the seeds

    func testSeedQuotationsSliceBackAndNeverOverlap() throws {
        for text in try seedTexts() {
            let quotes = QuotationFinder.quotations(in: text)
            XCTAssertEqual(quotes, QuotationFinder.quotations(in: text), "same input, same output")
            for quote in quotes {
                XCTAssertNotNil(quote.span.slice(of: text))
                XCTAssertNotNil(quote.content.slice(of: text))
                XCTAssertTrue(quote.span.contains(quote.content))
                if let speaker = quote.speaker {
                    XCTAssertEqual(speaker.span.slice(of: text), speaker.name)
                    XCTAssertFalse(speaker.span.overlaps(quote.span))
                }
            }
            for (first, second) in zip(quotes, quotes.dropFirst()) { XCTAssertLessThanOrEqual(first.span.end, second.span.start) }
        }
    }

    func testAnyMixOfMarksGivesValidNonOverlappingSpans() {
        let pieces = ["“", "”", "\"", "'", "‘", "’", "«", "»", "''", "„", " ", " ", "word", "Anna Costa", ".", ",",
                      "\n", "said", "according to", "é", "\u{00A0}", "\u{2003}"]
        var state = SeededGenerator(state: 7)
        for _ in 0..<2_000 {
            var text = ""
            for _ in 0..<Int.random(in: 0..<40, using: &state) { text += pieces[Int.random(in: 0..<pieces.count, using: &state)] }
            let quotes = QuotationFinder.quotations(in: text)
            for quote in quotes {
                XCTAssertNotNil(quote.span.slice(of: text), text)
                XCTAssertNotNil(quote.content.slice(of: text), text)
                XCTAssertTrue(quote.span.contains(quote.content), text)
                if let speaker = quote.speaker { XCTAssertEqual(speaker.span.slice(of: text), speaker.name, text) }
            }
            for (first, second) in zip(quotes, quotes.dropFirst()) { XCTAssertLessThanOrEqual(first.span.end, second.span.start, text) }
        }
    }

    func testSeed000Whole() throws {
        XCTAssertEqual(shortDump(try seedTexts()[0]), [
            "Holocaust moment @1102-1118",
            "Before Khojalu, the Azerbaijanis thought that … @2631-2874 — Sargsyan @2355-2363 [told]",
            "the largest massacre to date in … @3532-3576 — Human Rights Watch @3509-3527 [described]",
            "resolved @4883-4891",
            "We have entered the process of … @5344-5454 — Azerbaijan’s Foreign Minister Ceyhun Bayromov @5458-5505 [announced]",
            "A constructive, mutually beneficial solution to … @5941-6099 — PM Pashinyan @6103-6115 [said]",
            "Armenia-Azerbaijan conflict @6426-6453",
        ])
    }

    func testSeed002Whole() throws {
        XCTAssertEqual(shortDump(try seedTexts()[2]), [
            "Before Khojaly, the Azerbaijanis thought that … @2071-2319 (unclosed) — Armenian President Serzh Sargsyan @1953-1986 [said]",
            "The battered cars with wheels but … @2384-3003 — Thomas Goltz @2339-2351 [saying]",
            "Justice for Khojaly @3176-3195",
            "Azerbaijani Day @3866-3881 — Minnesota @3827-3836 [declared]",
            "The majority of Azerbaijani Minnesotan community … @3921-4022",
            "the Azerbaijanis living in Minnesota, preserving … @4168-4340",
            "Unfortunately, the perpetrators of the Khojaly … @4789-4870 — Dmitri Panin @4877-4889 [said]",
            "However we hope that after Azerbaijani … @5260-5405 — Mr.\u{00A0}Dmitri @5407-5418 [added]",
        ])
    }

    func testTheSargsyanRemarkIsFoundInBothSeedsThatCarryIt() throws {
        let texts = try seedTexts()
        for index in [0, 2] {
            let quotes = QuotationFinder.quotations(in: texts[index])
            let remark = try XCTUnwrap(quotes.first { $0.content.slice(of: texts[index])!.hasPrefix("Before Khojal") })
            XCTAssertTrue(remark.content.slice(of: texts[index])!.hasSuffix("And that’s what happened") ||
                          remark.content.slice(of: texts[index])!.hasSuffix("And that’s what happened."))
            XCTAssertEqual(remark.speaker?.name.hasSuffix("Sargsyan"), true, "seed \(index)")
        }
    }

    private func seedTexts() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: PackagePaths.seeds.path).sorted().map {
            try String(contentsOf: PackagePaths.seeds.appendingPathComponent($0), encoding: .utf8)
        }
    }
}

/// A deterministic generator for the mixed-marks test (an LCG: the same text every run).
private struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return state
    }
}
