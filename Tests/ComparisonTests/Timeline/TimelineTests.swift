import Comparison
import Corpus
import Extraction
import XCTest

final class TimelineTests: XCTestCase {
    private static let seeds = BuiltInCorpus.load()
    private static let timeline = Timeline(seeds)

    private func store(_ texts: [(String, String)]) -> DocumentStore {
        DocumentStore(texts.map { id, text in
            DocumentParser.parse(bytes: Array(text.utf8), id: id, path: id + ".md", format: .markdown)
        })
    }

    private func entry(_ start: String, _ kind: TimelineEntry.Kind = .event, in timeline: Timeline = timeline) -> TimelineEntry? {
        timeline.entries.first { $0.startISO == start && $0.kind == kind }
    }

    func testTheSameDayInDifferentWordsIsOneEntryListingEverySource() throws {
        let timeline = Timeline(store([
            ("a", "---\ntitle: A\n---\nThe town fell on 26 February 1992, officials said."),
            ("b", "---\ntitle: B\n---\nOn February 26, 1992 the town fell.\nIn 1992 the war went on."),
        ]))
        let day = try XCTUnwrap(entry("1992-02-26", in: timeline))
        XCTAssertEqual(day.documentIDs, ["a", "b"])
        XCTAssertEqual(day.mentions.map(\.text).sorted(), ["26 February 1992", "February 26, 1992"])
        XCTAssertEqual(day.endISO, "1992-02-27")
        let year = try XCTUnwrap(entry("1992", in: timeline))
        XCTAssertEqual(year.granularity, .year)
        XCTAssertEqual(timeline.entries.map(\.startISO), ["1992", "1992-02-26"], "the year comes before the day inside it")
    }

    func testSeedsMergeTheNightOfTheMassacreAcrossSources() throws {
        let night = try XCTUnwrap(Self.timeline.entries.first { $0.startISO == "1992-02-25" && $0.endISO == "1992-02-27" })
        XCTAssertEqual(Set(night.documentIDs.map { String($0.prefix(3)) }), ["001", "003"])
        let day = try XCTUnwrap(entry("1992-02-26"))
        XCTAssertEqual(Set(day.documentIDs.map { String($0.prefix(3)) }), ["000", "002", "004"])
        XCTAssertEqual(day.mentions.count, 4)
        let century = try XCTUnwrap(Self.timeline.entries.first { $0.startISO == "1900" && $0.granularity == .century })
        XCTAssertEqual(Set(century.documentIDs.map { String($0.prefix(3)) }), ["001", "002", "004"])
    }

    func testEntriesRunInTimeOrderCoarserFirst() {
        let entries = Self.timeline.entries
        XCTAssertFalse(entries.isEmpty)
        for (earlier, later) in zip(entries, entries.dropFirst()) {
            switch (earlier.interval, later.interval) {
            case (let a?, let b?):
                XCTAssertTrue(a.start < b.start || (a.start == b.start && (a.end > b.end || (a.end == b.end && earlier.granularity <= later.granularity))),
                              "\(earlier.startISO) before \(later.startISO)")
            case (nil, _?): break  // recurring days come first
            case (_?, nil): XCTFail("a recurring day after a dated entry")
            case (nil, nil): break
            }
        }
        let starts = entries.map(\.startISO)
        XCTAssertLessThan(try XCTUnwrap(starts.firstIndex(of: "1992")), try XCTUnwrap(starts.firstIndex(of: "1992-02-25")))
        XCTAssertLessThan(try XCTUnwrap(starts.firstIndex(of: "1900")), try XCTUnwrap(starts.firstIndex(of: "1970")),
                          "the 20th century before its late part")
    }

    func testEachPublicationDateIsAnEntryWithItsDateline() throws {
        let published = Self.timeline.entries.filter { $0.kind == .published }
        XCTAssertEqual(published.map(\.startISO), ["2012-03-01", "2021-02-25", "2021-02-26"])
        let baku = try XCTUnwrap(entry("2021-02-26", .published))
        XCTAssertEqual(baku.publishedDocumentIDs.map { String($0.prefix(3)) }, ["000"])
        XCTAssertEqual(baku.mentions.map(\.text), ["26 February 2021"])
        XCTAssertEqual(baku.label, "Baku, 26 February 2021 –")
        XCTAssertNil(entry("2021-02-26", .event), "a dateline is the publication, not an event")
    }

    func testADatelineIsAPublicationEvenWhenTheMetadataHasNoDate() throws {
        let timeline = Timeline(store([("a", "---\ntitle: A\n---\nBrenvik, 26 December 1999 – The town was quiet.")]))
        let published = try XCTUnwrap(entry("1999-12-26", .published, in: timeline))
        XCTAssertEqual(published.documentIDs, ["a"])
        // The loader reads an opening dateline as the publication date, so the list agrees.
        XCTAssertEqual(published.publishedDocumentIDs, ["a"], "the metadata takes the dateline's date")
        XCTAssertNil(entry("1999-12-26", .event, in: timeline))
    }

    func testAPublicationDateNoLineStatesIsStillAnEntry() throws {
        let timeline = Timeline(store([("a", "---\ntitle: A\ndate: 2020-05-01\n---\nNothing dated here.")]))
        let published = try XCTUnwrap(entry("2020-05-01", .published, in: timeline))
        XCTAssertEqual(published.publishedDocumentIDs, ["a"])
        XCTAssertTrue(published.mentions.isEmpty)
        XCTAssertEqual(published.label, "published")
    }

    func testRecurringDaysAreOneEntryMarkedRecurring() throws {
        let recurring = try XCTUnwrap(entry("--02-26", .recurring))
        XCTAssertEqual(recurring.mentions.count, 3)
        XCTAssertEqual(recurring.endISO, "--02-27")
        XCTAssertEqual(Self.timeline.entries.first?.kind, .recurring)
    }

    func testLabelsAreQuotedFromASourceAndPreferPlainWording() throws {
        for entry in Self.timeline.entries where !entry.mentions.isEmpty {
            let source = try XCTUnwrap(entry.mentions.first)
            XCTAssertEqual(entry.labelDocumentID, source.documentID)
            let words = entry.label.replacingOccurrences(of: "…", with: "")
            XCTAssertTrue(source.sentence.contains(words), "label \(entry.label) is quoted from \(source.sentence)")
            XCTAssertTrue(entry.label.contains(source.text), "label holds the date: \(entry.label)")
        }
        let timeline = Timeline(store([
            ("a", "---\ntitle: A\n---\nThe bloody genocide of 26 February 1992 was a horrific massacre."),
            ("b", "---\ntitle: B\n---\nThe town of Khojaly fell on 26 February 1992, officials said."),
        ]))
        let day = try XCTUnwrap(entry("1992-02-26", in: timeline))
        XCTAssertEqual(day.labelDocumentID, "b")
        XCTAssertEqual(day.label, "The town of Khojaly fell on 26 February 1992, officials said.")
    }

    func testMentionSpansPointIntoTheOriginalText() throws {
        for mention in Self.timeline.entries.flatMap(\.mentions) + Self.timeline.unplaced {
            let document = try XCTUnwrap(Self.seeds.document(id: mention.documentID))
            XCTAssertEqual(mention.span.slice(of: document.original), mention.text, "\(mention.documentID) \(mention.span)")
        }
        // Through the offset map: an entity before the date, markup around it.
        let html = "<html><body><h1>A</h1><p>It&nbsp;fell on <b>26&#32;February 1992</b> at night.</p></body></html>"
        let document = DocumentParser.parse(bytes: Array(html.utf8), id: "a", path: "a.html", format: .html)
        let mention = try XCTUnwrap(TimelineMention.all(in: document).first)
        XCTAssertEqual(mention.text, "26 February 1992")
        XCTAssertEqual(mention.span.slice(of: document.original), "26&#32;February 1992")
    }

    func testUnresolvedRelativeDatesAreKeptApart() {
        XCTAssertEqual(Self.timeline.unplaced.map(\.text), ["after 25 years", "today", "Last year"])
        XCTAssertTrue(Self.timeline.unplaced.allSatisfy { $0.documentID.hasPrefix("004") })
    }

    func testFilteringKeepsWhatOverlapsTheRange() {
        let in1992 = Self.timeline.entries(from: PartialDate(year: 1992), to: PartialDate(year: 1992))
        XCTAssertTrue(in1992.contains { $0.startISO == "1992-02-25" })
        XCTAssertTrue(in1992.contains { $0.startISO == "1900" }, "the 20th century overlaps 1992")
        XCTAssertFalse(in1992.contains { $0.startISO == "1993" })
        let february = Self.timeline.entries(from: PartialDate(year: 2021, month: 2, day: 20), to: PartialDate(year: 2021, month: 3))
        XCTAssertEqual(february.map(\.startISO), ["--02-26", "2021-02-15", "2021-02-25", "2021-02-26"], "last week overlaps")
    }
}
