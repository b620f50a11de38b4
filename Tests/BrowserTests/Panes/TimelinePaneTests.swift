import Browser
import Comparison
import Corpus
import Extraction
import TestSupport
import XCTest

/// The Timeline pane on the seed corpus: headings, marks, overview, expansion, filter, zoom, links.
final class TimelinePaneTests: BrowserTestCase {
    private func timeline(_ model: BrowserModel) -> TimelinePane { model.activeContentPane as! TimelinePane }

    private func select(_ date: String, on model: inout BrowserModel) {
        press("g", on: &model)
        while TimelinePane.date(timeline(model).selectedEntry!) != date { press("j", on: &model) }
    }

    func testEntriesStandUnderYearHeadingsWithTheirSourcesAndLabels() {
        var model = browser(80, 24)
        press("2", on: &model)
        let lines = screen(model)
        XCTAssertEqual(lines[3], "  WHEN          SOURCES WHAT (in one source's words)                   by years ")
        XCTAssertEqual(lines[4], "Every year      ··C··   1 entry" + String(repeating: " ", count: 49))
        XCTAssertTrue(lines[5].hasPrefix("  every 02-26   ··C··   [every year] “On February 26 every year"), lines[5])
        select("1992-02-25–26", on: &model)
        let buffer = Screen.render(model)
        let heading = buffer.lines.first { $0.hasPrefix("1992 ") }!
        XCTAssertTrue(heading.hasPrefix("1992            ABCDE   2 entries"), heading)
        XCTAssertTrue(buffer.lines.contains { $0.hasPrefix("  1992-02-25–26 ABCDE   “On the night of February 25-26, 1992") },
                      "the night, with the days inside it, is one entry of every source")
        select("2012-03-01", on: &model)
        XCTAssertTrue(screen(model).contains { $0.hasPrefix("  2012-03-01    ·B···   [published] “Vol. 5, No. 5 (March 01, 2012)” (B)") },
                      "publication dates are told apart from events")
    }

    func testTheOverviewSpansTheYearsAndPlacesTheSelectedEntry() {
        var model = browser(80, 24)
        press("2", on: &model)
        var lines = screen(model)
        XCTAssertTrue(lines[1].hasPrefix("1800 ·") && lines[1].hasSuffix("█ 2021"), lines[1])
        XCTAssertEqual(lines[2].trimmingCharacters(in: .whitespaces), "every year")
        select("1992-02-25–26", on: &model)
        lines = screen(model)
        let place = lines[2].firstIndex(of: "▲")!
        XCTAssertTrue(lines[2].hasSuffix("▲ 1992-02-25–26" + String(repeating: " ", count: lines[2].distance(from: place, to: lines[2].endIndex) - 15)))
        // 1992 is 192 years of 222 along the strip.
        let column = lines[2].distance(from: lines[2].startIndex, to: place) - 5
        XCTAssertEqual(column, 192 * 70 / 222)
        XCTAssertNotEqual(Array(lines[1])[5 + column], "·", "1992 has entries")
    }

    func testFebruary1992HasAllFiveSourcesAtMonthZoomAndExpandsToQuotedMentions() {
        var model = browser(100, 50)
        press("2z", on: &model)
        XCTAssertEqual(timeline(model).zoom, .months)
        XCTAssertEqual(model.message?.text, "Headings by months")
        select("1992-02-25–26", on: &model)
        var lines = screen(model)
        XCTAssertTrue(lines.contains { $0.hasPrefix("February 1992   ABCDE   1 entry") }, lines.joined(separator: "\n"))
        press("<Enter>", on: &model)
        var buffer = Screen.render(model)
        lines = buffer.lines
        // The sources that name the night first, then those that date it by one of its days.
        XCTAssertTrue(lines.contains { $0.hasPrefix("              ▶ B  “On the night of February 25-26, 1992") },
                      lines.joined(separator: "\n"))
        XCTAssertTrue(lines.contains { $0.hasPrefix("                C  “According to Azerbaijan’s Government, in the night of 26") })
        var (x, y) = find("▶ B  “On the night of February 25-26, 1992", in: buffer)!
        XCTAssertEqual(buffer[x + 22, y].style, .currentMatch, "the date is highlighted in the selected mention")
        press("jjj", on: &model)
        buffer = Screen.render(model)
        (x, y) = find("February 1992 alone", in: buffer)!
        XCTAssertEqual(buffer[x, y].style, .currentMatch, "a day's mention highlights its own date")

        press("jr", on: &model)
        XCTAssertEqual(model.activePane, 0)
        let document = Self.seeds.documents[model.articles.selectedDocument!]
        XCTAssertEqual(document.id, "000_c2bfad63a1b137a7")
        XCTAssertTrue(model.articles.marked!.slice(of: document.reading.text)!.hasPrefix("The massacre of more than six hundred"))
    }

    func testZoomGroupsByDecadesAndEntriesCoarserThanTheZoomStandAlone() {
        var model = browser(160, 48)
        press("2Z", on: &model)
        XCTAssertEqual(timeline(model).zoom, .decades)
        let lines = screen(model)
        XCTAssertTrue(lines.contains { $0.hasPrefix("1990s           ABCDE   5 entries") }, lines.joined(separator: "\n"))
        XCTAssertTrue(lines.contains { $0.hasPrefix("  1900–1999     ·BC·E   “For much of the last century") })
        press("Z", on: &model)
        XCTAssertEqual(model.message?.text, "Already at decades")
    }

    func testFilterBySourceKeepsOnlyItsEntries() {
        var model = browser(160, 48)
        press("2s", on: &model)
        XCTAssertEqual(timeline(model).sourceFilter, "000_c2bfad63a1b137a7")
        XCTAssertTrue(model.message!.text.hasPrefix("Showing entries A mentions"))
        let entries = screen(model).dropFirst(5).filter { $0.hasPrefix("  ") && !$0.allSatisfy { $0 == " " } }
        XCTAssertFalse(entries.isEmpty)
        for line in entries { XCTAssertEqual(Array(line)[16], "A", line) }
        press("<Esc>", on: &model)
        XCTAssertNil(timeline(model).sourceFilter)
    }

    func testTheSelectedEntryStaysOnScreenAfterTheTerminalShrinks() {
        var model = browser(160, 48)
        press("2G", on: &model)
        _ = model.update(.resize(width: 80, height: 24))
        let lines = screen(model)
        // The last entry sits on the list's last line, above the legend of the sources.
        XCTAssertTrue(lines[18].hasPrefix("  2021-02-26    A····   [published]"), lines.joined(separator: "\n"))
        XCTAssertTrue(lines[20].hasPrefix(" A Khojaly Genocide"), lines[20])
    }

    func testTheReaderOpensTheEntryOfAHighlightedDate() {
        var model = browser(80, 24)
        press("jjjj<Enter>/February 25, 1992<Enter>T", on: &model)
        XCTAssertEqual(model.activePane, 1)
        XCTAssertEqual(timeline(model).selectedEntry?.startISO, "1992-02-25")
        XCTAssertTrue(timeline(model).isExpanded, "the entry opens at the mention the reader showed")
        XCTAssertTrue(screen(model).contains { $0.contains("▶ E  “The town of Khojaly came under intensive fire") })
    }
}
