import Browser
import Corpus
import XCTest

/// Keys that mean one thing: where a pane gives a key its own meaning the help says so, `q` and
/// `Esc` go back to where the person came from, `Q` quits, and the list shows what it is sorted by.
final class KeyMeaningTests: BrowserTestCase {
    func testQInAPaneGoesBackToThePaneItCameFromAndQuitsOnlyInTheList() {
        var model = browser(100, 30)
        press("23", on: &model)
        XCTAssertEqual(model.activePane, 2)
        XCTAssertEqual(press("q", on: &model), .none)
        XCTAssertEqual(model.activePane, 1, "from Figures back to the Timeline it was opened from")
        XCTAssertEqual(press("q", on: &model), .none)
        XCTAssertEqual(model.activePane, 0, "then to Articles")
        XCTAssertEqual(press("q", on: &model), .quit, "q in the article list quits")
        XCTAssertEqual(press("3Q", on: &model), .quit, "Q quits from a pane")
    }

    func testEscFromSearchReturnsToThePaneYouCameFrom() {
        var model = browser(100, 30)
        press("3", on: &model)
        press("5", on: &model)
        XCTAssertEqual(model.activePane, 4)
        press("<Esc>", on: &model)
        XCTAssertEqual(model.activePane, 2, "back to Figures, not to Articles")
        press("1/<Esc>", on: &model)
        XCTAssertEqual(model.activePane, 0, "opened from the list: back to the list")
    }

    func testHelpListsThePanesOwnKeysFirstAndSaysWhereAGlobalKeyDiffers() throws {
        var model = browser(120, 60)
        press("2?", on: &model)
        let lines = screen(model)
        XCTAssertEqual(lines[1].trimmingCharacters(in: .whitespaces), "Timeline pane (here)")
        let own = try XCTUnwrap(lines.firstIndex { $0.contains("Only entries the next source mentions") })
        let global = try XCTUnwrap(lines.firstIndex { $0.contains("Search every article") })
        XCTAssertLessThan(own, global, "the pane's own s comes before the global one")
        XCTAssertTrue(lines[global].contains("(not in Timeline pane, Compare pane: see there)"), lines[global])
        let q = try XCTUnwrap(lines.first { $0.hasPrefix("   q ") })
        XCTAssertTrue(q.contains("Back to the pane you came from"), q)

        var fromList = browser(120, 60)
        press("?", on: &fromList)
        XCTAssertEqual(screen(fromList)[1].trimmingCharacters(in: .whitespaces), "Article list (here)")
    }

    func testTheSortColumnShowsWhileTheListIsSortedByIt() {
        var model = model(40, 12)
        XCTAssertFalse(screen(model)[1].contains("AUTHOR"), "no author column at 40 columns")
        press("ooo", on: &model)
        XCTAssertEqual(model.articles.order, .author)
        XCTAssertTrue(screen(model)[1].contains("AUTHOR ▲"), screen(model)[1])
        XCTAssertTrue(screen(model).contains { $0.contains("Mehmood Ul Hassan") }, "the authors are shown")
        press("o", on: &model)
        XCTAssertFalse(screen(model)[1].contains("AUTHOR"), "back to corpus order, back to the usual columns")
    }
}
