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

    /// The timeline reads the article the reader shows: a date in a reader's comment is no event.
    func testADateInReadersCommentsIsNotOnTheTimeline() throws {
        let text = """
            Bridge reopens in Talmora

            The bridge over the river reopened on 14 March 2019 after two years of repairs, the council said in a statement.

            Engineers said the new deck would carry twice the traffic of the old one, and the work came in under budget.

            Comments

            Pat: I drove over it on 2 April 2019 and it already shakes, whatever the council says about the repairs.

            """
        let document = DocumentParser.parse(bytes: Array(text.utf8), id: "bridge", path: "bridge.txt", format: .plainText)
        let timeline = Timeline(DocumentStore([document]))
        XCTAssertNotNil(entry("2019-03-14", in: timeline))
        XCTAssertNil(entry("2019-04-02", in: timeline), "\(timeline.entries.map(\.startISO))")
    }

    func testSeedsMergeTheNightOfTheMassacreAcrossSourcesIntoOneEntry() throws {
        let night = try XCTUnwrap(Self.timeline.entries.first { $0.startISO == "1992-02-25" && $0.endISO == "1992-02-27" })
        XCTAssertEqual(Set(night.documentIDs.map { String($0.prefix(3)) }), ["000", "001", "002", "003", "004"])
        // The sources that name the night first; then the days inside it, each mention with its own date.
        XCTAssertEqual(Set(night.mentions.prefix(night.ownMentionCount).map { String($0.documentID.prefix(3)) }), ["001", "003"])
        let days = night.mentions.dropFirst(night.ownMentionCount)
        XCTAssertEqual(days.count, 5, "four of February 26 and one of February 25")
        XCTAssertTrue(days.allSatisfy { $0.date.interval.map { $0.days == 1 } ?? false })
        let inFebruary1992 = Self.timeline.entries.filter { $0.kind == .event && $0.startISO.hasPrefix("1992-02") }
        XCTAssertEqual(inFebruary1992.count, 1, "one entry for the night: \(inFebruary1992.map(\.startISO))")
        let century = try XCTUnwrap(Self.timeline.entries.first { $0.startISO == "1900" && $0.granularity == .century })
        XCTAssertEqual(Set(century.documentIDs.map { String($0.prefix(3)) }), ["001", "002", "004"])
    }

    func testSeedsKeepDatesOfReferencesApartFromTheEvents() throws {
        let all = Self.timeline.entries
        XCTAssertNil(all.first { $0.startISO == "2012-02-28" }, "an access date is not an event")
        XCTAssertNil(all.first { $0.startISO == "1993" }, "the year of a resolution in a table is not an event")
        XCTAssertFalse(all.contains { $0.mentions.contains { $0.date.role == .citation } })
        let citations = Self.timeline.citations
        XCTAssertEqual(Set(citations.map(\.startISO)), ["1993", "2008", "2012-02-28"])
        XCTAssertTrue(citations.allSatisfy { $0.kind == .citation })
        let accessed = try XCTUnwrap(citations.first { $0.startISO == "2012-02-28" })
        XCTAssertEqual(accessed.mentionCount, 6, "six notes, each accessed 28 February 2012")
        XCTAssertTrue(Self.timeline.entries(from: nil, to: nil, citations: true).contains { $0.kind == .citation })
    }

    func testRelativeSpansOfCenturiesAreMarkedVague() throws {
        let centuries = try XCTUnwrap(Self.timeline.entries.first { $0.startISO == "1800" })
        XCTAssertTrue(centuries.mentions.first!.sentence.contains("the last two centuries"))
        XCTAssertTrue(centuries.isVague)
        let stated = try XCTUnwrap(Self.timeline.entries.first { $0.startISO == "1970" })
        XCTAssertFalse(stated.isVague, "the late 20th century is stated, not reckoned from the time of writing")
    }

    func testOnlyShortSpansTakeInTheDaysInsideThem() throws {
        let timeline = Timeline(store([
            ("a", "---\ntitle: A\n---\nOn the night of March 3-4, 2019 the river flooded."),
            ("b", "---\ntitle: B\n---\nThe flood of 4 March 2019 reached the bridge."),
            ("c", "---\ntitle: C\n---\nThe fair ran from May 1 to May 20, 2019. On 5 May 2019 it rained."),
        ]))
        let night = try XCTUnwrap(timeline.entries.first { $0.startISO == "2019-03-03" })
        XCTAssertEqual(night.documentIDs, ["a", "b"])
        XCTAssertEqual(night.ownMentionCount, 1)
        XCTAssertNil(timeline.entries.first { $0.startISO == "2019-03-04" })
        XCTAssertNotNil(timeline.entries.first { $0.startISO == "2019-05-05" }, "a day in a long span stays an entry")
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
