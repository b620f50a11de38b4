import Browser
import Corpus
import Extraction
import TestSupport
import XCTest

final class BrowserModelTests: BrowserTestCase {
    func testListMovesAndClampsAtBothEnds() {
        var browser = model(80, 24)
        press("k", on: &browser)
        XCTAssertEqual(browser.articles.selection, 0)
        press("jjjjjjjj", on: &browser)
        XCTAssertEqual(browser.articles.selection, 4)
        press("g", on: &browser)
        XCTAssertEqual(browser.articles.selection, 0)
        press("G", on: &browser)
        XCTAssertEqual(browser.articles.selection, 4)
    }

    func testNarrowTerminalOpensTheReaderAndGoesBack() {
        var browser = model(80, 24)
        XCTAssertFalse(browser.articles.isSideBySide)
        press("j<Enter>", on: &browser)
        XCTAssertEqual(browser.articles.focus, .reader)
        XCTAssertTrue(browser.articles.showsReader)
        XCTAssertFalse(browser.articles.showsList)
        press("<Esc>", on: &browser)
        XCTAssertEqual(browser.articles.focus, .list)
        press("<Enter>h", on: &browser)
        XCTAssertEqual(browser.articles.focus, .list)
        press("<Enter>q", on: &browser)
        XCTAssertEqual(browser.articles.focus, .list, "q in the reader goes back, as in newsboat")
    }

    func testQuitsWithQFromTheListAndWithCtrlCAnywhere() {
        var browser = model(80, 24)
        XCTAssertEqual(press("q", on: &browser), .quit)
        browser = model(80, 24)
        XCTAssertEqual(press("<Enter><C-c>", on: &browser), .quit)
        browser = model(80, 24)
        XCTAssertEqual(press("<Enter>Q", on: &browser), .quit)
    }

    func testEscapeClosesHelpBeforeAnythingElse() {
        var browser = model(80, 24)
        press("<Enter>", on: &browser)
        press("<F1>", on: &browser)
        XCTAssertNotNil(browser.helpTop)
        press("<Esc>", on: &browser)
        XCTAssertNil(browser.helpTop)
        XCTAssertEqual(browser.articles.focus, .reader, "Esc closed the help only")
        press("<Esc>?", on: &browser)
        XCTAssertNotNil(browser.helpTop, "? opens the help from the list")
        XCTAssertEqual(press("q", on: &browser), .none, "q closes the help, it does not quit")
        XCTAssertNil(browser.helpTop)
    }

    func testReaderScrollsByLinePageAndEnds() {
        var browser = model(80, 24)
        press("<Enter>", on: &browser)
        press("jjj", on: &browser)
        XCTAssertEqual(browser.articles.readerTop, 3)
        press("k", on: &browser)
        XCTAssertEqual(browser.articles.readerTop, 2)
        press("<Space>", on: &browser)
        XCTAssertEqual(browser.articles.readerTop, 2 + 21, "a page is the reader's height less one line")
        press("b", on: &browser)
        XCTAssertEqual(browser.articles.readerTop, 2)
        press("G", on: &browser)
        let lines = browser.articles.layout!.lines.count
        XCTAssertEqual(browser.articles.readerTop, lines - 22, "the last line sits at the bottom")
        press("j", on: &browser)
        XCTAssertEqual(browser.articles.readerTop, lines - 22)
        press("g", on: &browser)
        XCTAssertEqual(browser.articles.readerTop, 0)
    }

    func testReadingPositionIsKeptPerArticle() {
        var browser = model(120, 40)
        press("<Enter><PgDn><PgDn>", on: &browser)
        let first = browser.articles.readerTop
        XCTAssertGreaterThan(first, 0)
        press("<Esc>j", on: &browser)
        XCTAssertEqual(browser.articles.readerTop, 0, "another article opens at its top")
        press("k", on: &browser)
        XCTAssertEqual(browser.articles.readerTop, first, "coming back restores where we were")
    }

    func testReadingPositionSurvivesAResizeThatRewrapsTheText() {
        var browser = model(80, 24)
        press("<Enter><PgDn><PgDn>", on: &browser)
        let anchor = browser.articles.layout!.anchor(ofLine: browser.articles.readerTop)
        press("<Resize:50x20>", on: &browser)
        let after = browser.articles.layout!.anchor(ofLine: browser.articles.readerTop)
        XCTAssertLessThanOrEqual(after, anchor)
        XCTAssertLessThan(anchor - after, 80, "the top line still shows the text we were reading")
    }

    func testSearchCountsMatchesAndStepsThroughThemBothWays() {
        var browser = model(80, 24)
        press("jj<Enter>/according<Enter>", on: &browser)
        let search = try! XCTUnwrap(browser.articles.search)
        XCTAssertEqual(search.matches.count, 3, "“According” opens three sentences of seed 002 (smart case: any case)")
        XCTAssertEqual(search.position, "1/3")
        press("n", on: &browser)
        XCTAssertEqual(browser.articles.search?.position, "2/3")
        press("N", on: &browser)
        XCTAssertEqual(browser.articles.search?.position, "1/3")
        press("N", on: &browser)
        XCTAssertEqual(browser.articles.search?.position, "3/3")
        XCTAssertEqual(browser.message?.text, "Search wrapped to the bottom")
        XCTAssertTrue(screen(browser).last!.contains("3/3"))
    }

    func testAnEmptyPatternRepeatsTheLastOneTypedAsInLess() {
        var browser = model(80, 24)
        press("jj<Enter>/<Enter>", on: &browser)
        XCTAssertNil(browser.articles.search)
        XCTAssertEqual(browser.message?.text, "No previous search: type a pattern after / or ?")

        press("/according<Enter>", on: &browser)
        XCTAssertEqual(browser.articles.search?.position, "1/3")
        press("/<Enter>", on: &browser)
        XCTAssertEqual(browser.articles.search?.query, "according")
        XCTAssertEqual(browser.articles.search?.position, "2/3", "on from the current match")
        press("?<Enter>", on: &browser)
        XCTAssertEqual(browser.articles.search?.position, "1/3", "? repeats it backward")
        XCTAssertEqual(browser.articles.search?.forward, false)

        press("<Esc>jj<Enter>/<Enter>", on: &browser)
        XCTAssertEqual(browser.articles.search?.query, "according", "the pattern is kept across articles")
        XCTAssertEqual(browser.articles.search?.matches.isEmpty, false)
    }

    func testAnEmptyPatternAfterACorpusSearchDoesNotSearchForTheQueryAsText() {
        var browser = browser(100, 30)
        press("smassacre<Enter>", on: &browser)
        let corpusSearch = try! XCTUnwrap(browser.articles.search)
        XCTAssertTrue(corpusSearch.isReadingTextSearch)
        press("/<Enter>", on: &browser)
        XCTAssertEqual(browser.message?.text, "No previous search: type a pattern after / or ?")
        XCTAssertEqual(browser.articles.search?.matches, corpusSearch.matches, "the corpus search's hits stay")
        XCTAssertTrue(browser.articles.search?.isReadingTextSearch == true)

        press("s<C-u>massacre OR killed<Enter>/kill<Enter>s<Esc><Enter>", on: &browser)
        XCTAssertEqual(browser.articles.search?.query, "kill")
        press("/<Enter>", on: &browser)
        XCTAssertEqual(browser.articles.search?.query, "kill", "the last pattern typed, not the corpus query")
    }

    func testSmartCaseMakesCapitalsMatter() {
        var browser = model(80, 24)
        press("jj<Enter>", on: &browser)
        let text = browser.articles.layout!.text
        let capitalized = text.components(separatedBy: "The").count - 1
        let anyCase = text.lowercased().components(separatedBy: "the").count - 1
        XCTAssertLessThan(capitalized, anyCase)
        press("/The<Enter>", on: &browser)
        XCTAssertEqual(browser.articles.search?.matches.count, capitalized)
        press("/the<Enter>", on: &browser)
        XCTAssertEqual(browser.articles.search?.matches.count, anyCase)
    }

    func testBackwardSearchStartsAboveTheTopLine() {
        var browser = model(80, 24)
        press("jj<Enter>G?According<Enter>", on: &browser)
        // At the end, the last match is on screen below the top line; as in less, a backward
        // search starts above the top line.
        XCTAssertEqual(browser.articles.search?.current, 1, "the last match above the top line")
        press("n", on: &browser)
        XCTAssertEqual(browser.articles.search?.current, 0, "n keeps going backward")
    }

    func testEveryMatchIsOnScreenWhenItIsCurrent() {
        var browser = model(80, 24)
        press("jj<Enter>/the<Enter>", on: &browser)
        let count = browser.articles.search!.matches.count
        XCTAssertGreaterThan(count, 20)
        for _ in 0..<count {
            let match = browser.articles.search!.matches[browser.articles.search!.current!]
            let line = browser.articles.layout!.lineIndex(containing: match.lowerBound)
            XCTAssertTrue((browser.articles.readerTop..<(browser.articles.readerTop + 22)).contains(line))
            press("n", on: &browser)
        }
    }

    func testPromptEditsAndCancels() {
        var browser = model(80, 24)
        press("<Enter>/kil", on: &browser)
        XCTAssertEqual(browser.prompt?.text, "kil")
        XCTAssertTrue(screen(browser).last!.hasPrefix("/kil█"))
        press("<BS><BS><BS><BS>", on: &browser)
        XCTAssertNil(browser.prompt, "backspace on an empty prompt closes it")
        press("/abc<Esc>", on: &browser)
        XCTAssertNil(browser.prompt)
        XCTAssertNil(browser.articles.search)
        press("n", on: &browser)
        XCTAssertEqual(browser.message?.text, "No search yet: / searches forward, ? backward")
        press("/zzzz<Enter>", on: &browser)
        XCTAssertEqual(browser.message?.text, "Pattern not found: zzzz")
    }

    func testRawToggleShowsTheFurnitureAndComesBack() {
        var browser = model(100, 30)
        press("<Enter>", on: &browser)
        XCTAssertFalse(browser.articles.layout!.text.contains("Line Spacing+-"))
        press("r", on: &browser)
        XCTAssertTrue(browser.articles.isRaw)
        XCTAssertTrue(browser.articles.layout!.text.contains("Line Spacing+- AFont Size+- Print"))
        press("r", on: &browser)
        XCTAssertFalse(browser.articles.layout!.text.contains("Line Spacing+-"))
    }

    func testSortCyclesThroughDateTitleAuthorAndReverses() {
        var browser = model(120, 30)
        func titles() -> [String] { browser.articles.listOrder.map { browser.store.documents[$0].id.prefix(3).description } }
        XCTAssertEqual(titles(), ["000", "001", "002", "003", "004"])
        press("o", on: &browser)
        XCTAssertEqual(browser.articles.order, .date)
        XCTAssertEqual(titles(), ["001", "002", "000", "003", "004"], "by date, unknown dates last")
        press("O", on: &browser)
        XCTAssertEqual(titles(), ["000", "002", "001", "003", "004"], "reversed, unknown dates still last")
        press("o", on: &browser)
        XCTAssertEqual(browser.articles.order, .title)
        XCTAssertEqual(titles(), ["001", "004", "000", "002", "003"])
        press("o", on: &browser)
        XCTAssertEqual(browser.articles.order, .author)
        XCTAssertEqual(titles(), ["004", "001", "003", "002", "000"])
        press("o", on: &browser)
        XCTAssertEqual(browser.articles.order, .corpus)
    }

    func testSortKeepsTheSelectedArticleSelected() {
        var browser = model(120, 30)
        press("jj", on: &browser)
        let selected = browser.articles.selectedDocument
        press("o", on: &browser)
        XCTAssertEqual(browser.articles.selectedDocument, selected)
    }

    func testMouseWheelScrollsAndClickSelects() {
        var browser = model(120, 30)
        let reader = browser.articles.geometry.reader!
        _ = browser.update(.mouse(MouseEvent(.wheelDown, x: reader.x + 5, y: reader.y + 5)))
        XCTAssertEqual(browser.articles.readerTop, 3)
        let list = browser.articles.geometry.list!
        _ = browser.update(.mouse(MouseEvent(.click, x: list.x + 3, y: list.y + 3)))
        XCTAssertEqual(browser.articles.selection, 2, "row 3 of the list, under its header")
        _ = browser.update(.mouse(MouseEvent(.doubleClick, x: list.x + 3, y: list.y + 2)))
        XCTAssertEqual(browser.articles.selection, 1)
        XCTAssertEqual(browser.articles.focus, .reader)
    }

    func testResizingToTinySizesAndBackNeverLosesState() {
        var browser = model(80, 24)
        press("j<Enter>jj", on: &browser)
        for (width, height) in [(12, 4), (1, 1), (0, 0), (19, 5), (20, 6), (200, 60), (40, 12), (80, 24)] {
            press("<Resize:\(width)x\(height)>", on: &browser)
            let lines = screen(browser)
            XCTAssertEqual(lines.count, height)
            XCTAssertTrue(lines.allSatisfy { DisplayWidth.of($0) == width })
        }
        XCTAssertEqual(browser.articles.selection, 1)
        XCTAssertEqual(browser.articles.focus, .reader)
    }

    func testUnboundKeysSaySoInTheStatusLine() {
        var browser = model(80, 24)
        press("z", on: &browser)
        XCTAssertEqual(browser.message?.text, "z does nothing here; ? shows the keys")
        XCTAssertTrue(browser.message!.isError)
    }

    func testHelpListsEveryBindingOfTheKeymap() {
        let lines = Keymap.standard.helpLines()
        for binding in Keymap.standard.bindings {
            // A global key a pane gives its own meaning carries a note saying where.
            XCTAssertTrue(lines.contains { $0.help == binding.help || $0.help.hasPrefix(binding.help + " (not in ") },
                          "help shows \(binding.help)")
        }
    }
}
