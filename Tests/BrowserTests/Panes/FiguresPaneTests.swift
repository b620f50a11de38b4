import Browser
import Comparison
import Corpus
import Extraction
import Foundation
import TestSupport
import XCTest

/// The Figures pane on the seed corpus: marks, chart, sentences, filters, export, cross links.
final class FiguresPaneTests: BrowserTestCase {
    private func figures(_ model: BrowserModel) -> FiguresPane { model.activeContentPane as! FiguresPane }

    /// Selects the killed/children row with `j`s, as a person would.
    private func openKilledChildren(_ width: Int = 80, _ height: Int = 24) -> BrowserModel {
        var model = browser(width, height)
        press("3", on: &model)
        while let row = figures(model).selectedRow, row.key != .init(measure: "killed", group: "children", when: nil) {
            press("j", on: &model)
        }
        return model
    }

    func testTheKilledChildrenRowIsMarkedDisputedAndOnlyEightyThreeDiffers() {
        let model = openKilledChildren()
        let buffer = Screen.render(model)
        let line = buffer.lines.first { $0.contains("child") && $0.contains("83") }!
        XCTAssertTrue(line.hasPrefix("! killed  child… -     63          63          ·        63          *83"), line)
        let (x, y) = find("*83", in: buffer)!
        XCTAssertEqual(buffer[x, y].style, .differs)
        let sixtyThree = find("63", in: buffer)!
        XCTAssertEqual(buffer[0, sixtyThree.y].style, .disputed, "the row's mark is coloured too")
        XCTAssertNotEqual(buffer[sixtyThree.x, sixtyThree.y].style, .differs, "63 is what most sources state")
        let agreed = buffer.lines.firstIndex { $0.contains("killed  women  -") }!
        XCTAssertEqual(buffer[0, agreed].character, " ", "agreed rows stay quiet")
        XCTAssertTrue(buffer.lines.contains { $0.contains("! disputed row  * differs from most sources") }, "legend of the marks")
        XCTAssertTrue(buffer.lines.contains { $0.contains("E  Khojaly Genocide and Nagorno-Karabakh Conflict Resolution") })
    }

    func testEnterShowsTheSentenceWithTheFigureAndItsAttributionAndRJumpsToIt() {
        var model = openKilledChildren()
        press("llll<Enter>", on: &model)
        let buffer = Screen.render(model)
        let lines = buffer.lines
        XCTAssertTrue(lines.contains { $0.hasPrefix("── E · killed · children: 83 · 1 sentence") }, lines.joined(separator: "\n"))
        XCTAssertTrue(lines.contains { $0.contains("    women, 70 elderly and 83 children, and a total of 1,000") }, "wrapped at words")
        XCTAssertTrue(lines.contains { $0.contains("Attributed in the sentence to an official report") })
        let (x, y) = find("83 children", in: buffer)!
        XCTAssertEqual(buffer[x, y].style, .currentMatch, "the figure is highlighted in its sentence")
        XCTAssertEqual(buffer[x + 3, y].style, .normal)

        press("r", on: &model)
        XCTAssertEqual(model.activePane, 0)
        XCTAssertEqual(model.articles.focus, .reader)
        let document = Self.seeds.documents[model.articles.selectedDocument!]
        XCTAssertEqual(document.id, "004_5a7819dd0ca3e947")
        let marked = model.articles.marked!.slice(of: document.reading.text)!
        XCTAssertTrue(marked.hasPrefix("According to an official report, 613 civilians were killed"), marked)
        XCTAssertTrue(screen(model).contains { $0.contains("83 children") }, "the sentence is on screen")
    }

    func testNarrowTerminalsScrollTheSourceColumns() {
        var model = browser(60, 20)
        press("3", on: &model)
        var header = screen(model)[1]
        XCTAssertTrue(header.hasSuffix("WHEN  A             B            C        ›"), header)
        press("llll", on: &model)
        header = screen(model)[1]
        XCTAssertTrue(header.contains("WHEN‹ C        D             E"), header)
        XCTAssertFalse(header.contains(" A "), header)
    }

    func testTheSelectedRowStaysOnScreenAfterTheTerminalShrinks() {
        var model = browser(160, 48)
        press("3G", on: &model)
        _ = model.update(.resize(width: 80, height: 24))
        let lines = screen(model)
        XCTAssertTrue(lines.contains { $0.hasPrefix("  wounde… people") }, lines.joined(separator: "\n"))
        XCTAssertTrue(lines.last!.hasPrefix(" row 17/17"), "casualty rows only, until a shows the rest")
    }

    func testACellWithNothingSaysSoAndStaysInTheTable() {
        var model = openKilledChildren()
        press("ll<Enter>", on: &model)
        XCTAssertEqual(model.message?.text, "C states no value in this row")
        XCTAssertFalse(figures(model).showsSentences)
    }

    func testTheChartDrawsEachSourceToScaleAndRangesAsRanges() {
        var model = openKilledChildren(160, 48)
        press("c", on: &model)
        var lines = screen(model)
        func bar(_ label: String) -> String { lines.first { $0.hasPrefix(label) }! }
        let sixtyThree = bar(" A ").filter { $0 == "█" }.count, eightyThree = bar("*E ").filter { $0 == "█" }.count
        XCTAssertEqual(Double(sixtyThree) / Double(eightyThree), 63.0 / 83.0, accuracy: 0.03)
        XCTAssertTrue(bar(" C ").contains("states no value"))
        XCTAssertTrue(lines.contains { $0.contains("0") && $0.contains("100") }, "the scale is written")

        while figures(model).selectedRow?.key.measure != "victims" { press("j", on: &model) }
        lines = screen(model)
        let thousands = bar("*A "), hundreds = bar("*B ")
        XCTAssertTrue(thousands.contains("├") && thousands.contains("┤") && thousands.contains("Thousands (2000–9999)"), thousands)
        XCTAssertTrue(hundreds.contains("hundreds (200–999)"), hundreds)
        XCTAssertLessThan(hundreds.firstIndex(of: "├")!, thousands.firstIndex(of: "├")!, "ranges start at their low bound")

        press("gc", on: &model)
        XCTAssertEqual(figures(model).mode, .table)
        press("c", on: &model)
        lines = screen(model)
        XCTAssertTrue(bar(" A ").contains("→"), "more than six hundred is open to the axis's end: \(bar(" A "))")
    }

    func testCountsThatAreNotCasualtiesShowOnlyWhenAsked() {
        var model = browser(120, 40)
        press("3", on: &model)
        let measures = { (model: BrowserModel) in Set(self.figures(model).visibleRows.map { self.figures(model).table.rows[$0].key.measure }) }
        XCTAssertFalse(measures(model).contains("marched"), "the 60,000 marchers are not a casualty row")
        XCTAssertFalse(screen(model).contains { $0.contains("population") })
        let casualties = figures(model).visibleRows.count
        press("a", on: &model)
        XCTAssertTrue(figures(model).showsAllCounts)
        XCTAssertTrue(measures(model).isSuperset(of: ["marched", "population", "killed"]))
        XCTAssertEqual(figures(model).visibleRows.count, figures(model).table.rows.count)
        XCTAssertTrue(model.message!.text.hasPrefix("Showing every count"), model.message!.text)
        press("a", on: &model)
        XCTAssertEqual(figures(model).visibleRows.count, casualties)
        XCTAssertTrue(model.message!.text.hasPrefix("Showing casualties only"), model.message!.text)
        var options: Set<String> = []
        for _ in 0..<12 { press("m", on: &model); if let measure = figures(model).measureFilter { options.insert(measure) } }
        XCTAssertFalse(options.contains("marched"), "m steps through the measures shown only")
    }

    func testFilterByMeasureAndSortByDisagreement() {
        var model = browser(80, 24)
        press("3m", on: &model)
        XCTAssertEqual(figures(model).measureFilter, "killed")
        XCTAssertEqual(figures(model).visibleRows.count, 6)
        XCTAssertTrue(model.message!.text.hasPrefix("Showing killed only (6 rows)"))
        XCTAssertFalse(screen(model).contains { $0.contains("wounded    people") })
        press("m", on: &model)
        XCTAssertEqual(figures(model).measureFilter, "wounded")
        press("<Esc>", on: &model)
        XCTAssertNil(figures(model).measureFilter)

        press("o", on: &model)
        let rows = figures(model).visibleRows.map { figures(model).table.rows[$0] }
        XCTAssertEqual(rows.prefix(2).map(\.status), [.disputed, .disputed])
        XCTAssertEqual(rows[0].key.measure, "victims", "both victims values differ (hundreds against thousands); one of four differs for children")
        XCTAssertEqual(rows.last?.status, .single)
        XCTAssertTrue(screen(model)[2].hasPrefix("! victims"), screen(model)[2])
    }

    func testExportWritesTheVisibleRowsAndNamesThePath() throws {
        let folder = try TemporaryFolder()
        var model = browser(80, 24, panes: figuresExporting(to: folder.path))
        press("2me", on: &model)
        let path = folder.path + "/crossread-figures.csv"
        XCTAssertEqual(model.message?.text, "Wrote 6 rows (killed only) to \(path)")
        let csv = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        XCTAssertTrue(csv[0].hasPrefix("measure,group,when,status,Khojaly Genocide: Why There Is No Alternative"), String(csv[0]))
        XCTAssertTrue(csv[0].contains(",1992 Khojaly genocide remembered around the world (low),"), String(csv[0]))
        XCTAssertEqual(csv[1], ",,,," + Self.seeds.documents.map { Array(repeating: $0.id, count: 4).joined(separator: ",") }
            .joined(separator: ",") + ",", "the second heading row names each source column's document")
        XCTAssertEqual(csv[4], "killed,children,,disputed,63,63,63,63,63,63,63,63,,,,,63,63,63,63,83,83,83,83,",
                       "words, then the number stated, low and high")
        XCTAssertEqual(csv.count, 8)
        press("e", on: &model)
        XCTAssertEqual(model.message?.text, "Wrote 6 rows (killed only) to \(folder.path)/crossread-figures-2.csv", "never overwrites")
        press("E", on: &model)
        let markdown = try String(contentsOfFile: folder.path + "/crossread-figures.md", encoding: .utf8)
        XCTAssertTrue(markdown.contains("| killed | children |  | disputed | 63 | 63 |  | 63 | 83 |  |"), markdown)
        XCTAssertTrue(markdown.hasPrefix("| measure | group | when | status | Khojaly Genocide: Why"), markdown)
    }

    func testTheReaderOpensTheRowOfAHighlightedFigure() {
        var model = browser(80, 24)
        press("jjjj<Enter>/83 children<Enter>F", on: &model)
        XCTAssertEqual(model.activePane, 2)
        XCTAssertEqual(figures(model).selectedRow?.key, .init(measure: "killed", group: "children", when: nil))
        XCTAssertEqual(figures(model).selectedDocument, "004_5a7819dd0ca3e947")

        // Without a search match (another article clears it), the first figure on the reader's screen.
        press("1<Esc>kj<Enter>F", on: &model)
        XCTAssertEqual(model.activePane, 2)
        XCTAssertEqual(figures(model).selectedDocument, "004_5a7819dd0ca3e947")
        XCTAssertEqual(figures(model).selectedRow?.key, .init(measure: "killed", group: "people", when: nil))

        press("1r", on: &model)
        press("F", on: &model)
        XCTAssertEqual(model.activePane, 0, "the raw text has no highlights")
        XCTAssertEqual(model.message?.text, "No figure highlighted on screen")
    }

    func testHelpListsTheFiguresKeys() {
        let lines = Keymap.standard.helpLines()
        let heading = lines.firstIndex { $0.isHeading && $0.keys == "Figures pane" }!
        let keys = lines[heading...].prefix { !$0.keys.isEmpty || $0.isHeading }.map(\.keys)
        for key in ["c", "m", "o", "e", "E", "r", "Enter"] { XCTAssertTrue(keys.contains { $0.split(separator: " ").contains(Substring(key)) }, key) }
    }
}
