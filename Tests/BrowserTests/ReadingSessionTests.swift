import Browser
import XCTest

/// Marks, search history, and the reading session a browser gives out and takes back.
final class ReadingSessionTests: BrowserTestCase {
    func testAMarkIsSetWithALetterAndReturnsToItsPlaceFromAnotherArticle() {
        var model = model(80, 24)
        press("j<Enter><PgDn>", on: &model)
        let place = model.articles.readerTop
        press("ma", on: &model)
        XCTAssertEqual(model.message?.text, "Mark a set")
        press("<Esc>jj<Enter>", on: &model)
        XCTAssertNotEqual(model.articles.selection, 1)
        press("'a", on: &model)
        XCTAssertEqual(model.articles.selection, 1)
        XCTAssertEqual(model.articles.focus, .reader)
        XCTAssertEqual(model.articles.readerTop, place, "the mark's own line")
        press("'b", on: &model)
        XCTAssertEqual(model.message?.text, "No mark b")
    }

    func testAKeyOtherThanALetterAfterMCancelsIt() {
        var model = model(80, 24)
        press("<Enter>m<Esc>", on: &model)
        XCTAssertTrue(model.articles.marks.isEmpty)
        XCTAssertEqual(model.articles.focus, .reader, "the Esc went to the mark, not back to the list")
    }

    func testUpAndDownAtThePromptBringBackEarlierSearches() {
        var model = model(80, 24)
        press("j<Enter>/killed<Enter>/people<Enter>/killed<Enter>", on: &model)
        XCTAssertEqual(model.searchHistory, ["people", "killed"], "a search typed again moves to the end")
        press("/<Up>", on: &model)
        XCTAssertEqual(model.prompt?.text, "killed")
        press("<Up><Up>", on: &model)
        XCTAssertEqual(model.prompt?.text, "people", "stops at the oldest")
        press("<Down>", on: &model)
        XCTAssertEqual(model.prompt?.text, "killed")
        press("<Down>", on: &model)
        XCTAssertEqual(model.prompt?.text, "", "past the newest: an empty line")
    }

    func testTheSessionComesBackInAFreshBrowser() {
        var first = browser(80, 24)
        press("jj<Enter><PgDn><PgDn>mz/killed<Enter>", on: &first)
        let session = first.readingSession
        XCTAssertEqual(session.selection, Self.seeds.documents[first.articles.selectedDocument!].id)
        XCTAssertTrue(session.reading)
        XCTAssertEqual(session.searches, ["killed"])
        XCTAssertNotNil(session.marks["z"])

        var second = browser(80, 24)
        second.restore(session)
        XCTAssertEqual(second.articles.selection, first.articles.selection)
        XCTAssertEqual(second.articles.focus, .reader)
        XCTAssertEqual(second.articles.layout?.anchor(ofLine: second.articles.readerTop), first.articles.layout?.anchor(ofLine: first.articles.readerTop))
        XCTAssertEqual(second.articles.marks, first.articles.marks)
        XCTAssertEqual(second.searchHistory, ["killed"])
        XCTAssertEqual(second.readingSession, session)
    }

    func testTheLastPaneComesBackAndUnknownArticlesArePassedOver() {
        var first = browser(100, 30)
        press("2", on: &first)
        var session = first.readingSession
        XCTAssertEqual(session.pane, "Timeline")
        session.positions["no-such-article"] = 40
        session.marks["q"] = ReadingSession.Place(document: "no-such-article", position: 3)
        session.selection = "no-such-article"
        var second = browser(100, 30)
        second.restore(session)
        XCTAssertEqual(second.paneTitles[second.activePane], "Timeline")
        XCTAssertTrue(second.articles.marks.isEmpty)
        XCTAssertEqual(second.articles.selection, 0)
    }

    func testAnArticleReadIsMarkedInTheListAndStaysRead() {
        var first = model(80, 24)
        XCTAssertTrue(first.articles.readDocuments.isEmpty, "nothing is read before a reader has had the keyboard")
        press("j<Enter><Esc>", on: &first)
        XCTAssertEqual(first.articles.readDocuments, [1])
        press("j", on: &first)
        XCTAssertTrue(screen(first)[3].hasPrefix("✓ "), screen(first)[3])
        XCTAssertTrue(screen(first)[2].hasPrefix("  "), "an unread article has no mark")
        let session = first.readingSession
        XCTAssertEqual(session.read, [Self.seeds.documents[1].id])
        var second = model(80, 24)
        second.restore(session)
        XCTAssertEqual(second.articles.readDocuments, [1])
    }

    /// A place at a paragraph's first line comes back as that line, not the blank line above it.
    func testAPlaceAtAParagraphsFirstLineComesBackExactly() throws {
        var model = model(80, 24)
        press("j<Enter>", on: &model)
        let lines = try XCTUnwrap(model.articles.layout).lines
        let start = try XCTUnwrap((6..<lines.count).first { index in
            if case .body = lines[index], case .blank = lines[index - 1], index < lines.count - 30 { return true }
            return false
        })
        for _ in 0..<start { press("j", on: &model) }
        XCTAssertEqual(model.articles.readerTop, start)
        var again = self.model(80, 24)
        again.restore(model.readingSession)
        XCTAssertEqual(again.articles.focus, .reader)
        XCTAssertEqual(again.articles.readerTop, start)
    }

    /// Each pane keeps its own place between runs: the timeline's entry, the figure row and
    /// source, the search typed, the sources compared; a pane first shown later in the next run
    /// still finds its place.
    func testEachPaneComesBackToItsOwnPlace() throws {
        var first = browser(120, 30)
        let key = { (title: String) in String(first.paneTitles.firstIndex(of: title)! + 1) }
        press(key("Timeline") + "jjj", on: &first)
        let entry = try XCTUnwrap(first.pane(TimelinePane.self)?.selectedEntry)
        press(key("Figures") + "jj<Right>", on: &first)
        let figures = try XCTUnwrap(first.pane(FiguresPane.self))
        let row = try XCTUnwrap(figures.selectedRow?.key)
        XCTAssertNotEqual(figures.row, 0)
        press(key("Compare") + ":sources C A<Enter>", on: &first)
        press(key("Search") + "massacre", on: &first)
        let session = first.readingSession
        XCTAssertEqual(session.pane, "Search")
        XCTAssertEqual(session.panePlaces["Search"], "massacre")

        var second = browser(120, 30)
        second.restore(session)
        XCTAssertEqual(second.pane(SearchPane.self)?.query, "massacre")
        XCTAssertNotNil(second.pane(SearchPane.self)?.results, "the search is run again")
        XCTAssertNil(second.pane(TimelinePane.self), "panes not shown are not built at start")
        press("<Esc>", on: &second)  // Search takes digits as text; Esc leaves it
        press(key("Timeline"), on: &second)
        XCTAssertEqual(second.pane(TimelinePane.self)?.selectedEntry, entry)
        press(key("Figures"), on: &second)
        XCTAssertEqual(second.pane(FiguresPane.self)?.selectedRow?.key, row)
        XCTAssertEqual(second.pane(FiguresPane.self)?.selectedDocument, figures.selectedDocument)
        press(key("Compare"), on: &second)
        let compare = try XCTUnwrap(second.pane(ComparePane.self))
        XCTAssertEqual([compare.leftDocument, compare.rightDocument], [2, 0])
    }

    /// What is typed into Search while it is being built wins over the query the last run left.
    func testTypingIntoABuildingSearchReplacesTheRestoredQuery() {
        var session = ReadingSession()
        session.panePlaces["Search"] = "hostages"
        var model = BrowserModel(store: Self.seeds, width: 100, height: 30, panes: StandardPanes.all, paneBuilding: .background)
        model.restore(session)
        press(String(model.paneTitles.firstIndex(of: "Search")! + 1) + "killed", on: &model)
        model.waitForPendingWork()
        XCTAssertEqual(model.pane(SearchPane.self)?.query, "killed")
    }

    /// The last run's query stands selected: typing starts a new query rather than adding to it.
    func testTypingIntoARestoredSearchStartsANewQuery() {
        var session = ReadingSession()
        session.panePlaces["Search"] = "hostages"
        var model = browser(100, 30)
        model.restore(session)
        let search = String(model.paneTitles.firstIndex(of: "Search")! + 1)
        press(search, on: &model)
        XCTAssertEqual(model.pane(SearchPane.self)?.query, "hostages")
        press("killed", on: &model)
        XCTAssertEqual(model.pane(SearchPane.self)?.query, "killed")
        press("<Esc>" + search + "<BS>", on: &model)
        XCTAssertEqual(model.pane(SearchPane.self)?.query, "kille", "a query typed in this run is edited as usual")
    }
}
