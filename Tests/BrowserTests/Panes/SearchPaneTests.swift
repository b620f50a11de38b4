import Browser
import Corpus
import Extraction
import TestSupport
import XCTest

/// The Search pane in the whole browser: typing, results, opening a hit in the reader.
final class SearchPaneTests: BrowserTestCase {
    private func browser(_ width: Int = 80, _ height: Int = 24) -> BrowserModel {
        BrowserModel(store: Self.seeds, width: width, height: height, panes: StandardPanes.all)
    }

    private func searchPane(_ model: BrowserModel) throws -> SearchPane {
        try XCTUnwrap(model.activeContentPane as? SearchPane)
    }

    /// Types text into the pane character by character (KeyNotation would read "<" and ">" as keys).
    private func type(_ text: String, on model: inout BrowserModel) {
        for character in text { _ = model.update(.character(character)) }
    }

    func testSOpensTheSearchPaneFromTheListAndTheReader() throws {
        var model = browser()
        let position = try XCTUnwrap(model.paneTitles.firstIndex(of: "Search"))
        press("s", on: &model)
        XCTAssertEqual(model.activePane, position)
        press("<Esc>", on: &model)
        XCTAssertEqual(model.activePane, 0)
        press("/", on: &model)
        XCTAssertEqual(model.activePane, position, "/ in the list opens it too")
        press("<Esc><Enter>s", on: &model)
        XCTAssertEqual(model.activePane, position, "s from the reader")
    }

    func testSWithoutTheSearchPaneSaysSo() {
        var model = model(80, 24)
        press("s", on: &model)
        XCTAssertEqual(model.activePane, 0)
        XCTAssertEqual(model.message?.text, "s does nothing here; ? shows the keys", "the key comes with the pane")
    }

    func testResultsFollowTheQueryAsItIsTyped() throws {
        var model = browser()
        press("s", on: &model)
        type("hostage", on: &model)
        XCTAssertEqual(try searchPane(model).results?.total, 3, "'taken hostages' in 002 is another word")
        type("*", on: &model)
        XCTAssertEqual(try searchPane(model).results?.total, 4)
        type(" NOT massacre", on: &model)
        XCTAssertEqual(try searchPane(model).results?.results.map(\.documentID), ["001_d00b6d768c742e6d"])
        press("<C-u>", on: &model)
        XCTAssertEqual(try searchPane(model).query, "")
        XCTAssertNil(try searchPane(model).results)
    }

    func testTypedKeysGoToTheQueryNotTheKeymap() throws {
        var model = browser()
        press("s", on: &model)
        type("q2?sj", on: &model)
        XCTAssertEqual(try searchPane(model).query, "q2?sj")
        XCTAssertNotNil(model.activeContentPane, "still in the pane: q, 2 and ? were typed")
        press("<BS><BS>", on: &model)
        XCTAssertEqual(try searchPane(model).query, "q2?")
        XCTAssertEqual(press("<C-c>", on: &model), .quit, "control keys still reach the keymap")
    }

    func testAMalformedQueryShowsAPlainMessage() throws {
        var model = browser()
        press("s", on: &model)
        type("\"taken hostage", on: &model)
        XCTAssertEqual(try searchPane(model).problem, "A quotation mark is not closed: phrases go in pairs of \" marks")
        XCTAssertTrue(screen(model)[2].contains("A quotation mark is not closed"), screen(model)[2])
        type("\"", on: &model)
        XCTAssertNil(try searchPane(model).problem)
        XCTAssertEqual(try searchPane(model).results?.total, 3)
    }

    func testEnterOpensTheReaderAtTheFirstHitWithEveryHitAsItsSearch() throws {
        var model = browser()
        press("s", on: &model)
        type("massacre", on: &model)
        let results = try XCTUnwrap(try searchPane(model).results)
        press("<Down>", on: &model)
        XCTAssertEqual(try searchPane(model).selection, 1)
        press("<Enter>", on: &model)
        let chosen = results.results[1]
        XCTAssertEqual(model.activePane, 0)
        XCTAssertEqual(model.articles.focus, .reader)
        XCTAssertEqual(model.store.documents[try XCTUnwrap(model.articles.selectedDocument)].id, chosen.documentID)
        let search = try XCTUnwrap(model.articles.search)
        XCTAssertEqual(search.matches.count, chosen.hitCount)
        XCTAssertEqual(search.current, 0)
        XCTAssertEqual(search.matches.count, 5)
        let text = model.store.documents[chosen.document].reading.text
        for match in search.matches {
            XCTAssertEqual(TextSpan(match).slice(of: text)?.lowercased(), "massacre")
        }
        XCTAssertTrue(screen(model).last!.contains("· 1/5"), screen(model).last!)
        press("n", on: &model)
        XCTAssertEqual(model.articles.search?.current, 1)
        press("nnnn", on: &model)
        XCTAssertEqual(model.articles.search?.current, 0, "wraps to the top")
        XCTAssertEqual(model.message?.text, "Search wrapped to the top")
        press("N", on: &model)
        XCTAssertEqual(model.articles.search?.current, 4)
        let layout = try XCTUnwrap(model.articles.layout)
        let line = layout.lineIndex(containing: search.matches[4].lowerBound)
        XCTAssertTrue((model.articles.readerTop..<(model.articles.readerTop + 22)).contains(line), "the current hit is on screen")
    }

    func testHitsSurviveAResizeAndLeaveWithTheRawView() throws {
        var model = browser()
        press("s", on: &model)
        type("hostag*", on: &model)
        press("<Enter>", on: &model)
        let matches = try XCTUnwrap(model.articles.search?.matches)
        _ = model.update(.resize(width: 60, height: 20))
        XCTAssertEqual(model.articles.search?.matches, matches, "reading-text ranges hold at any width")
        press("r", on: &model)
        XCTAssertNil(model.articles.search, "the raw view is another text")
    }

    func testTheQueryStaysWhenThePaneIsShownAgain() throws {
        var model = browser()
        press("s", on: &model)
        type("Khojaly", on: &model)
        press("<Enter>q", on: &model)
        XCTAssertEqual(model.articles.focus, .list)
        press("s", on: &model)
        XCTAssertEqual(try searchPane(model).query, "Khojaly")
        XCTAssertEqual(try searchPane(model).results?.total, 5)
    }

    func testPagingKeepsTheSelectionOnScreen() throws {
        var model = browser(80, 9)  // room for two results
        press("s", on: &model)
        type("Khojaly", on: &model)
        press("<Down><Down><Down>", on: &model)
        let pane = try searchPane(model)
        XCTAssertEqual(pane.selection, 3)
        XCTAssertEqual(pane.top, 2)
        XCTAssertTrue(screen(model).contains { $0.hasPrefix("▸ ") }, "the selected result is drawn")
        press("<End>", on: &model)
        XCTAssertEqual(try searchPane(model).selection, 4)
        press("<Home>", on: &model)
        XCTAssertEqual(try searchPane(model).top, 0)
    }

    func testTheListGrowsWhenTheSelectionPassesItsEnd() throws {
        let folder = try TemporaryFolder()
        // At 80x24 the pane shows (22 - 3) / 2 = 9 results: a screenful is fetched at a time.
        let screenful = 9
        let count = screenful * 3 + 5
        for index in 0..<count {
            try folder.write("a\(index).txt", "Report \(index)\n\n" + String(repeating: "The ceasefire held. ", count: 1 + index % 7) + "\n")
        }
        let store = try CorpusLoader().load(paths: [folder.path]).store
        var model = BrowserModel(store: store, width: 80, height: 24, panes: StandardPanes.all)
        press("s", on: &model)
        type("ceasefire", on: &model)
        XCTAssertEqual(try searchPane(model).results?.results.count, screenful, "the first screenful only")
        XCTAssertEqual(try searchPane(model).results?.total, count)
        for _ in 0..<screenful { press("<Down>", on: &model) }
        var pane = try searchPane(model)
        XCTAssertEqual(pane.selection, screenful)
        XCTAssertEqual(pane.results?.results.count, screenful * 2, "the next screenful was fetched")
        XCTAssertTrue(screen(model).last!.hasPrefix(" result \(screenful + 1)/\(count)"), screen(model).last!)
        press("<End>", on: &model)
        pane = try searchPane(model)
        XCTAssertEqual(pane.selection, count - 1, "End goes to the last result, fetching the rest")
        XCTAssertEqual(pane.results?.results.count, count)
        let scores = try XCTUnwrap(pane.results).results.map(\.score)
        XCTAssertEqual(scores, scores.sorted(by: >), "still best first")
        let all = try SearchIndex(store).search(SearchQuery("ceasefire"), limit: count).results.map(\.documentID)
        XCTAssertEqual(pane.results?.results.map(\.documentID), all, "fetched in pieces, the same list as at once")
    }

    func testHitsInSnippetsAreStyled() throws {
        var model = browser()
        press("s", on: &model)
        type("genocide", on: &model)
        let buffer = Screen.render(model)
        let snippetRow = 5  // top bar, query, summary, blank, first title line
        let styled = (0..<buffer.width).filter { buffer[$0, snippetRow].style == .searchMatch }
        let word = String(styled.map { buffer[$0, snippetRow].character })
        XCTAssertEqual(word.lowercased().filter(\.isLetter).count % "genocide".count, 0, word)
        XCTAssertTrue(word.lowercased().hasPrefix("genocide"), word)
    }

    func testScreens() {
        for (width, height) in [(80, 24), (120, 40), (40, 12)] {
            var empty = browser(width, height)
            press("s", on: &empty)
            assertScreen(screen(empty), matches: "search-pane-empty-\(width)x\(height)")
            var typed = empty
            type("hostag* OR \"human rights\"", on: &typed)
            press("<Down>", on: &typed)
            assertScreen(screen(typed), matches: "search-pane-results-\(width)x\(height)")
            var reader = typed
            press("<Enter>n", on: &reader)
            assertScreen(screen(reader), matches: "search-pane-opened-\(width)x\(height)")
            var malformed = empty
            type("hostages AND", on: &malformed)
            assertScreen(screen(malformed), matches: "search-pane-malformed-\(width)x\(height)")
        }
    }
}
