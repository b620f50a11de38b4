import Browser
import Comparison
import Corpus
import TestSupport
import XCTest

/// The Figures and Timeline panes with more sources than columns fit: 40 generated reports of one
/// event (`ManySourcesCorpus`). Of every 20 reports, 9 say 613 were killed, 4 "more than 600",
/// 3 "about 500" and 2 "1,000".
final class ManySourcesPaneTests: BrowserTestCase {
    static let reports = ManySourcesCorpus.store()

    private func many(_ width: Int = 80, _ height: Int = 24) -> BrowserModel {
        BrowserModel(store: Self.reports, width: width, height: height, panes: StandardPanes.all)
    }

    private func figures(_ model: BrowserModel) -> FiguresPane { model.activeContentPane as! FiguresPane }
    private func timeline(_ model: BrowserModel) -> TimelinePane { model.activeContentPane as! TimelinePane }

    /// The screen's lines without their trailing blanks.
    private func trimmed(_ model: BrowserModel) -> [String] {
        screen(model).map { String($0.reversed().drop { $0 == " " }.reversed()) }
    }

    // MARK: Figures: which view

    func testManySourcesShowFrequenciesAndTheSeedsKeepTheirColumns() {
        var model = many()
        press("3", on: &model)
        XCTAssertEqual(figures(model).sourcesView(for: 80), .frequencies)
        XCTAssertEqual(figures(model).sourcesView(for: 120), .frequencies)
        XCTAssertEqual(figures(model).sourcesView(for: 200), .columns, "half of the 40 columns fit at 200 columns")
        XCTAssertTrue(screen(model).last!.hasPrefix(" frequencies · row 1/4 · 4 values, 36 sources · disputed"))

        var seeds = browser(80, 24)
        press("3", on: &seeds)
        for width in [40, 60, 80, 160] {
            XCTAssertEqual(figures(seeds).sourcesView(for: width), .columns, "five sources at \(width) columns")
        }
        XCTAssertEqual(figures(model).sourcesView(for: 40), .columns, "too narrow for values: the columns scroll instead")
    }

    func testEachRowListsItsValuesMostStatedFirstWithHowManySourcesStateEach() {
        var model = many(120, 40)
        press("3", on: &model)
        let lines = screen(model)
        XCTAssertEqual(lines[1].trimmingCharacters(in: .whitespaces),
                       "MEASURE GROUP    WHEN STATUS   SOURCES  VALUES (×N: N sources state it)")
        XCTAssertTrue(lines[2].hasPrefix("! killed  people   -    disputed      36  613 ×18 · more than 600 ×8 · about 500 ×6 · 1,000 ×4"),
                      lines[2])
        XCTAssertTrue(lines[3].hasPrefix("! killed  children -    disputed      27  63 ×16 · 83 ×11"), lines[3])
        XCTAssertTrue(lines[4].hasPrefix("  wounded people   -    agreed        20  nearly 500 ×10 · 487 ×10"), lines[4])
        XCTAssertTrue(lines[5].hasPrefix("  missing people   -    single         1  12 ×1"), lines[5])
    }

    func testExportInTheFrequencyViewWritesALinePerValueAsShown() throws {
        let folder = try TemporaryFolder()
        var model = BrowserModel(store: Self.reports, width: 120, height: 40, panes: figuresExporting(to: folder.path))
        press("2e", on: &model)
        let path = folder.path + "/crossread-figure-values.csv"
        XCTAssertEqual(model.message?.text, "Wrote 9 values of 4 rows to \(path)")
        let csv = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
        XCTAssertEqual(csv[0], "measure,group,when,status,value,low,high,sources,of,documents,note")
        let killed = csv.filter { $0.hasPrefix("killed,people,") }
        XCTAssertEqual(killed.count, 4)
        for (line, expected) in zip(killed, ["613,613,613,18,36,", "more than 600,600,,8,36,", "about 500,450,550,6,36,",
                                             "\"1,000\",1000,1000,4,36,"]) {
            XCTAssertTrue(line.hasPrefix("killed,people,,disputed," + expected), line)
        }
        let ids = Self.reports.documents.map(\.id)
        XCTAssertTrue(killed[0].contains(",\(ids[0]) \(ids[1]) "), killed[0])
        XCTAssertEqual(csv.count, 10)
        press("f", on: &model)
        press("e", on: &model)
        XCTAssertEqual(model.message?.text, "Wrote 4 rows to \(folder.path)/crossread-figures.csv", "f: a column per source again")
        press("fE", on: &model)
        let markdown = try String(contentsOfFile: folder.path + "/crossread-figure-values.md", encoding: .utf8)
        XCTAssertTrue(markdown.contains("| killed | children |  | disputed | 63 | 63 | 63 | 16 | 27 | "), markdown)
    }

    func testValuesThatDoNotFitAreCountedNotCut() {
        var model = many(80, 24)
        press("3", on: &model)
        let row = trimmed(model)[2]
        XCTAssertTrue(row.hasSuffix("36  613 ×18 · more than 600 ×8 · +2 more"), row)
    }

    func testSortingByDisagreementPutsTheMostDividedRowFirst() {
        var model = many(120, 40)
        press("3o", on: &model)
        let lines = screen(model)
        // 83 (11 of 27 sources) contradicts most others; on killed/people only "about 500" and
        // "1,000" do (10 of 36).
        XCTAssertTrue(lines[2].hasPrefix("! killed  children"), lines[2])
        XCTAssertTrue(lines[3].hasPrefix("! killed  people"), lines[3])
        XCTAssertTrue(lines[4].hasPrefix("  wounded"), lines[4])
    }

    func testFSwitchesToAColumnPerSourceAndBack() {
        var model = many(80, 24)
        press("3f", on: &model)
        XCTAssertEqual(figures(model).sourcesView(for: 80), .columns)
        XCTAssertEqual(model.message?.text, "A column per source")
        let lines = screen(model)
        XCTAssertTrue(lines[1].contains("WHEN  A   B"), lines[1])
        XCTAssertTrue(lines.contains { $0.hasPrefix(" A The Ma…  B The Ma…") }, "40 sources packed into the legend")
        XCTAssertTrue(lines.contains { $0.contains(" AN The M…") }, "the last source too")
        XCTAssertTrue(lines[5].hasPrefix("  missing"), "the legend of 40 sources leaves room for every row")

        var seeds = browser(80, 14)
        press("3", on: &seeds)
        let legend = screen(seeds).filter { $0.hasPrefix(" A Khojaly") || $0.hasPrefix(" C Khojaly") || $0.hasPrefix(" E Khojaly") }
        XCTAssertEqual(legend.count, 3, "five sources keep their names, two to a line")
        press("f", on: &model)
        XCTAssertEqual(figures(model).sourcesView(for: 80), .frequencies)
    }

    // MARK: Figures: the frequency sheet

    func testEnterOpensTheRowsSheetWithCountsBarsAndTheSourcesStatingEachValue() {
        var model = many(80, 24)
        press("3<Enter>", on: &model)
        XCTAssertTrue(figures(model).showsSheet)
        let lines = trimmed(model)
        XCTAssertTrue(lines[1].hasPrefix("! killed · people  disputed · 36 sources state 4 values"), lines[1])
        XCTAssertTrue(lines[3].hasPrefix("▶ 613                18  "), lines[3])
        XCTAssertTrue(lines[3].hasSuffix("A B C D E F G H I U V W +6"), lines[3])
        XCTAssertTrue(lines[4].hasSuffix("J K L M AD AE AF AG"), lines[4])
        // Bars to scale: 18, 8, 6 and 4 of the 36 sources, on a bar 27 cells wide.
        let bars = (3...6).map { line in lines[line].filter { "█▏▎▍▌▋▊▉".contains($0) }.count }
        XCTAssertEqual(bars, [14, 6, 5, 3])
        XCTAssertTrue(lines[7].hasPrefix("── 613 · stated by 18 of the 36 sources · Enter: their sentences"), lines[7])
        XCTAssertTrue(lines[8].hasPrefix(" A   The Marrowby dam flood, report 1"), lines[8])
        XCTAssertTrue(lines.contains { $0.hasPrefix(" … and 4 more: Enter lists every one with its sentence") })

        press("j", on: &model)
        XCTAssertTrue(trimmed(model).contains(" M   “over 600”  The Marrowby dam flood, report 13"),
                      "a source wording the value its own way says so")
        press("j", on: &model)
        XCTAssertTrue(screen(model)[5].hasPrefix("▶ about 500"))
        XCTAssertTrue(screen(model).last!.hasPrefix(" frequency sheet · value 3/4 · about 500 ×6"), screen(model).last!)
        press("<Esc>", on: &model)
        XCTAssertFalse(figures(model).showsSheet)
        XCTAssertEqual(figures(model).row, 0, "the row stays selected")
    }

    func testAValuesSentencesAreEverySourceStatingItAndOpenInTheReader() {
        var model = many(80, 24)
        press("3<Enter>j<Enter>", on: &model)
        var lines = screen(model)
        XCTAssertTrue(lines.contains { $0.hasPrefix("── killed · people: more than 600 · 8 sources · 8 sentences") },
                      lines.joined(separator: "\n"))
        XCTAssertTrue(lines.contains { $0.hasPrefix("▶ J  The Marrowby dam flood, report 10") })
        XCTAssertTrue(lines.contains { $0.hasPrefix("    “According to the regional government, more than 600 people were killed") },
                      lines.joined(separator: "\n"))

        press("jjjjj", on: &model)  // the sixth of J K L M AD AE AF AG
        lines = screen(model)
        XCTAssertTrue(lines.contains { $0.hasPrefix("▶ AE  The Marrowby dam flood, report 31") }, lines.joined(separator: "\n"))
        XCTAssertTrue(lines.last!.contains("sentence 6/8"), lines.last!)
        press("r", on: &model)
        XCTAssertEqual(model.articles.focus, .reader)
        let document = Self.reports.documents[model.articles.selectedDocument!]
        XCTAssertEqual(document.id, "report-31")
        let marked = model.articles.marked!.slice(of: document.reading.text)!
        XCTAssertTrue(marked.contains("more than 600 people were killed"), marked)
    }

    func testEveryCountedSourceHasASentenceStatingTheValue() {
        let table = FiguresPane(store: Self.reports).table
        for frequencies in table.frequencies() {
            for frequency in frequencies.values {
                for (source, stated) in zip(frequency.sources, frequency.values) {
                    let document = Self.reports.documents[source]
                    XCTAssertEqual(stated.figure.documentID, document.id)
                    XCTAssertEqual(stated.figure.figure.span.slice(of: document.original), stated.text, "the value's exact bytes")
                    XCTAssertEqual(stated.quantity.low, frequency.quantity.low)
                    XCTAssertEqual(stated.quantity.high, frequency.quantity.high)
                }
            }
        }
    }

    func testTheChartDrawsABarPerValueNotPerSource() {
        var model = many(80, 24)
        press("3c", on: &model)
        let lines = trimmed(model)
        XCTAssertTrue(lines[1].contains("disputed · a bar per value · row 1/4"), lines[1])
        XCTAssertTrue(lines[3].hasPrefix("×18  ███"), lines[3])
        XCTAssertTrue(lines[3].hasSuffix("613"), lines[3])
        XCTAssertTrue(lines[4].hasPrefix("×8 ") && lines[4].contains("├") && lines[4].hasSuffix("more than 600 (≥600)"), lines[4])
        XCTAssertTrue(lines[5].hasPrefix("×6 ") && lines[5].hasSuffix("about 500 (450–550)"), lines[5])
        XCTAssertTrue(lines[6].hasPrefix("×4 ") && lines[6].hasSuffix("1,000"), lines[6])
        XCTAssertFalse(lines.contains { $0.hasPrefix("AA") }, "no line per source")
    }

    // MARK: Timeline

    func testTimelineEntriesAndHeadingsCountTheirSources() {
        var model = many(80, 24)
        press("2", on: &model)
        let lines = screen(model)
        XCTAssertEqual(lines[3].trimmingCharacters(in: .whitespaces), "WHEN       SOURCES    WHAT (in one source's words)                   by years")
        XCTAssertTrue(lines[4].hasPrefix("1991          7 sources 1 entry"), lines[4])
        XCTAssertTrue(lines[6].hasPrefix("1992         40 sources 11 entries"), lines[6])
        XCTAssertTrue(lines[8].hasPrefix("  1992-02-26 40 sources “The dam above Marrowby"), lines[8])
        XCTAssertTrue(lines[9].hasPrefix("  1992-03-01  5 sources [published]"), lines[9])

        var seeds = browser(80, 24)
        press("2", on: &seeds)
        XCTAssertTrue(screen(seeds)[5].hasPrefix("  every 02-26   ··C··"), "five sources keep their letters")
    }

    func testTheMentionsOfAnEntryScrollAndEachOpensInTheReader() {
        var model = many(80, 24)
        press("2jj<Enter>", on: &model)
        XCTAssertEqual(timeline(model).selectedEntry?.mentions.count, 40)
        press(String(repeating: "j", count: 30), on: &model)
        let lines = screen(model)
        XCTAssertTrue(lines.contains { $0.hasPrefix("           ▶ AE  “The dam above Marrowby") }, lines.joined(separator: "\n"))
        XCTAssertTrue(lines.last!.contains("mention 31/40"), lines.last!)
        press("r", on: &model)
        XCTAssertEqual(Self.reports.documents[model.articles.selectedDocument!].id, "report-31")
    }
}
