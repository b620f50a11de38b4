import Browser
import XCTest

/// Panes come from one registry: the top bar's labels, the keys that select them and their own
/// keys all follow from a `PaneFactory`.
final class PaneRegistryTests: BrowserTestCase {
    /// The one registration line a new pane needs.
    static let panes = StandardPanes.all + [TallyPane.factory]

    func testARegisteredPaneIsOnTheTopBarWithItsKeyAndTakesItsOwnKeys() {
        var model = browser(120, 20, panes: Self.panes)
        XCTAssertTrue(screen(model)[0].contains(" 6 Tally "), screen(model)[0])
        press("6", on: &model)
        XCTAssertEqual(model.paneTitles[model.activePane], "Tally")
        XCTAssertTrue(screen(model)[1].hasPrefix("Counted 0 of \(Self.seeds.count)"))
        press("ccc", on: &model)
        XCTAssertTrue(screen(model)[1].hasPrefix("Counted 3 of \(Self.seeds.count)"))
        press("x", on: &model)
        XCTAssertTrue(screen(model)[1].hasPrefix("Counted 0 of"))
        XCTAssertTrue(screen(model).last!.contains("Tally reset"))
    }

    func testHelpListsTheRegisteredPanesKeysUnderItsHeading() {
        let lines = Keymap.forPanes(Self.panes).helpLines()
        let heading = lines.firstIndex { $0.isHeading && $0.keys == "Tally pane" }
        XCTAssertNotNil(heading)
        XCTAssertTrue(lines.contains { $0.keys == "6" && $0.help == "Tally pane" })
        XCTAssertEqual(lines.last { $0.isHeading }?.keys, "Help", "help's own keys stay last")
    }

    func testTheTopBarShowsTheKeyTheKeymapBinds() {
        var bindings = Keymap.forPanes(StandardPanes.all).bindings
        let index = bindings.firstIndex { $0.action == .selectPane(1) }!
        bindings[index].keys = [.character("t")]
        var model = BrowserModel(store: Self.seeds, width: 120, height: 20, keymap: Keymap(bindings: bindings),
                                 panes: StandardPanes.all)
        XCTAssertTrue(screen(model)[0].contains(" t Timeline "), screen(model)[0])
        press("t", on: &model)
        XCTAssertEqual(model.paneTitles[model.activePane], "Timeline")
    }

    func testAPaneActionIsOnlyItsOwnPanes() {
        XCTAssertEqual(TallyAction.count.action.paneAction(TallyAction.self), .count)
        XCTAssertNil(TallyAction.count.action.paneAction(FiguresAction.self))
        XCTAssertNotEqual(FiguresAction.reader.action, TimelineAction.reader.action)
        XCTAssertNil(Action.lineDown.paneAction(TallyAction.self))
    }

    /// Articles is registered like any other pane: put after Tally, Tally is shown at start and
    /// 2 brings the articles, with their own keys.
    func testArticlesIsARegisteredPaneLikeTheOthers() {
        var model = browser(120, 20, panes: [TallyPane.factory, ArticlesPane.factory])
        XCTAssertTrue(screen(model)[0].hasPrefix(" Crossread   1 Tally   2 Articles "), screen(model)[0])
        XCTAssertTrue(screen(model)[1].hasPrefix("Counted 0 of"))
        press("2", on: &model)
        XCTAssertEqual(model.paneTitles[model.activePane], "Articles")
        press("j<Enter>", on: &model)
        XCTAssertEqual(model.articles.selection, 1)
        XCTAssertEqual(model.articles.focus, .reader)
        XCTAssertTrue(screen(model).last!.hasPrefix(" line 1-"), screen(model).last!)
    }

    /// A pane that asks for an article when no pane reads articles gets a message, not a crash.
    func testAnArticleAskedForWithoutAnArticlesPaneSaysSo() {
        var model = BrowserModel(store: Self.seeds, width: 80, height: 24, keymap: ContentPaneTests.keymap,
                                 panes: [PaneFactory(title: "Docs") { ContentPaneTests.DocumentsPane(ids: $0.documents.map(\.id)) }])
        press("<Enter>", on: &model)
        XCTAssertEqual(model.activePane, 0)
        XCTAssertEqual(model.message?.text, "No pane shows articles")
    }
}
