import Browser
import Corpus
import TestSupport
import XCTest

/// Whole screens at fixed sizes, compared with the snapshot files in `__Snapshots__/`
/// (re-record on purpose with CROSSREAD_RECORD_SNAPSHOTS=1).
final class ScreenTests: BrowserTestCase {
    private let sizes = [(80, 24), (120, 40), (40, 12)]

    private func check(_ keys: String, _ name: String, keymap: Keymap? = nil, file: StaticString = #filePath,
                       line: UInt = #line)
    {
        for (width, height) in sizes {
            var browser = BrowserModel(store: Self.seeds, width: width, height: height, keymap: keymap)
            press(keys, on: &browser)
            assertScreen(screen(browser), matches: "\(name)-\(width)x\(height)", file: file, line: line)
        }
    }

    func testArticleList() { check("", "list") }
    func testArticleListSortedByDate() { check("o", "list-by-date") }
    func testReader() { check("j<Enter>", "reader") }
    func testReaderScrolled() { check("j<Enter><PgDn>", "reader-page-2") }
    /// The help of every standard key (a browser without panes has only its own keys).
    func testHelp() { check("?", "help", keymap: .standard) }
    func testSearchPrompt() { check("jj<Enter>/genoc", "search-prompt") }
    func testSearchResult() { check("jj<Enter>/genocide<Enter>n", "search-result") }

    func testTooSmallNotice() {
        for (width, height) in [(19, 10), (12, 4), (60, 5)] {
            let lines = screen(model(width, height))
            assertScreen(lines, matches: "too-small-\(width)x\(height)")
            XCTAssertTrue(lines[0].lowercased().contains("too small"), lines[0])
        }
    }

    func testSearchMatchesAreStyledAndTheCurrentOneStandsOut() {
        var browser = model(80, 24)
        press("jj<Enter>/genocide<Enter>", on: &browser)
        let buffer = Screen.render(browser)
        let styles = Set(buffer.cells.map(\.style))
        XCTAssertTrue(styles.contains(.currentMatch))
        XCTAssertTrue(styles.contains(.searchMatch))
    }

    func testFiguresAndDatesAreHighlightedInTheReader() {
        var browser = model(200, 60)
        press("j<Enter>", on: &browser)
        let buffer = Screen.render(browser)
        func style(of word: String) -> Style? {
            for (row, line) in buffer.lines.enumerated() {
                guard let range = line.range(of: word) else { continue }
                let column = line.distance(from: line.startIndex, to: range.lowerBound)
                return buffer[column, row].style
            }
            return nil
        }
        XCTAssertEqual(style(of: "613 people"), .figure)
        XCTAssertEqual(style(of: "1,275 people"), .figure)
        XCTAssertEqual(style(of: "February 25-26, 1992"), .date)
        XCTAssertEqual(style(of: "Armenian military"), .normal)
    }

    func testDeferredHighlightsArriveWithThePendingWork() {
        var browser = BrowserModel(store: Self.seeds, width: 120, height: 40, defersHighlights: true)
        press("j", on: &browser)
        XCTAssertEqual(browser.articles.highlights, [], "the first frame does not wait for the extractors")
        XCTAssertTrue(browser.finishPendingWork(), "the screen changes once they are found")
        XCTAssertEqual(browser.articles.highlights, ReaderHighlights.figuresAndDates(Self.seeds.documents[1]))
        XCTAssertFalse(browser.finishPendingWork(), "nothing left to do")
        press("kj", on: &browser)
        XCTAssertFalse(browser.articles.highlights.isEmpty, "found highlights are kept per article")
    }

    func testWideCharactersTakeTwoColumnsAndNeverSplit() throws {
        let folder = try TemporaryFolder()
        try folder.write("wide.txt", "東京の記事 Title\n\n漢字と絵文字 😀 がある段落です。This paragraph mixes scripts and keeps going for a while.")
        let (store, _) = try CorpusLoader().load(paths: [folder.path])
        var browser = BrowserModel(store: store, width: 41, height: 12)
        press("<Enter>", on: &browser)
        let buffer = Screen.render(browser)
        for (row, line) in buffer.lines.enumerated() {
            XCTAssertEqual(DisplayWidth.of(line), 41, "row \(row) fills the width exactly: \(line)")
        }
        XCTAssertTrue(buffer.lines.contains { $0.contains("😀") })
    }
}
