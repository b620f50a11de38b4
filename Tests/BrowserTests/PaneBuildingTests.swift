import Browser
import Corpus
import Dispatch
import XCTest

/// Panes built in the background: their progress on screen, keys that keep working meanwhile, the
/// pane taken in once built. The builds here wait on gates the test opens, so every assertion is
/// about a state, never a duration.
final class PaneBuildingTests: BrowserTestCase {
    /// A door the build waits at until the test opens it; `reached` tells the test it is waiting.
    final class Gate: Sendable {
        private let door = DispatchSemaphore(value: 0)
        private let arrival = DispatchSemaphore(value: 0)

        /// Called by the build: says it has arrived, then waits for the door (never for ever, so
        /// a failed test leaves no thread behind it stuck).
        func pass() {
            arrival.signal()
            _ = door.wait(timeout: .now() + 60)
        }

        /// Waits until the build has arrived at the gate; a build that never comes (a key that
        /// no longer shows the pane, say) fails the test instead of hanging it.
        func waitForArrival(file: StaticString = #filePath, line: UInt = #line) {
            if arrival.wait(timeout: .now() + 30) == .timedOut {
                XCTFail("the pane's build never reached the gate", file: file, line: line)
            }
        }

        func open() { door.signal() }
    }

    /// A pane as slow as the test wants: it reads one article, then waits at `first`, reads two
    /// more, waits at `second`, then reads the rest.
    private func slowFactory(_ first: Gate, _ second: Gate, title: String = "Slow") -> PaneFactory {
        PaneFactory(title: title, activity: "Reading slowly") { store, progress in
            progress.start(total: store.count)
            progress.advance()
            first.pass()
            progress.advance(by: 2)
            second.pass()
            progress.advance(by: store.count - 3)
            return ContentPaneTests.DocumentsPane(ids: store.documents.map(\.id))
        }
    }

    private func backgroundBrowser(_ panes: [PaneFactory], width: Int = 80, height: Int = 24) -> BrowserModel {
        BrowserModel(store: Self.seeds, width: width, height: height, keymap: ContentPaneTests.keymap, panes: [ArticlesPane.factory] + panes,
                     paneBuilding: .background)
    }

    func testABuildingPaneShowsItsProgressAndAppearsWhenBuilt() {
        let first = Gate(), second = Gate()
        var model = backgroundBrowser([slowFactory(first, second)])
        press("2", on: &model)
        first.waitForArrival()
        XCTAssertTrue(model.hasPendingWork)
        XCTAssertNil(model.activeContentPane)
        XCTAssertEqual(model.activePaneBuild?.count, BuildProgress.Count(done: 1, total: 5))
        var lines = screen(model)
        XCTAssertEqual(lines[2], "  Reading slowly: 1 of 5 articles" + String(repeating: " ", count: 47))
        XCTAssertEqual(lines[4].trimmingCharacters(in: .whitespaces),
                       String(repeating: "█", count: 12) + String(repeating: "░", count: 48) + "  20%")
        XCTAssertTrue(lines[23].hasPrefix(" Slow: reading slowly, 20%"), lines[23])
        XCTAssertTrue(lines[23].hasSuffix("1 articles · Tab next pane · Q quit "), "the keys that work, as bound: \(lines[23])")
        XCTAssertTrue(lines[6].contains("Keys work meanwhile: 1 goes back to the articles, Tab to the next pane, Q qu"), lines[6])

        first.open()
        second.waitForArrival()
        XCTAssertFalse(model.finishPendingWork(), "nothing to take in while it builds")
        lines = screen(model)
        XCTAssertTrue(lines[2].hasPrefix("  Reading slowly: 3 of 5 articles"), "the progress is redrawn without a key")

        second.open()
        waitUntilTakenIn(&model)
        XCTAssertFalse(model.hasPendingWork)
        XCTAssertNotNil(model.activeContentPane)
        XCTAssertEqual(screen(model)[1], "> A 000_c2bfad63a1b137a7" + String(repeating: " ", count: 56))
    }

    func testKeysWorkWhileAPaneIsBeingBuilt() {
        let first = Gate(), second = Gate()
        var model = backgroundBrowser([slowFactory(first, second)])
        press("2", on: &model)
        first.waitForArrival()

        press("j", on: &model)
        XCTAssertEqual(model.message?.text, "Slow is still being prepared; 1 goes back to Articles")
        XCTAssertEqual(model.articles.selection, 0, "the list behind does not move")

        press("1jj", on: &model)
        XCTAssertEqual(model.activePane, 0)
        XCTAssertEqual(model.articles.selection, 2, "the list moves while the pane is built")
        press("<Enter>", on: &model)
        XCTAssertEqual(model.articles.focus, .reader)
        XCTAssertTrue(screen(model).last!.hasPrefix(" line 1-"), "and the reader reads")

        press("<Tab>", on: &model)
        XCTAssertEqual(model.activePane, 1)
        XCTAssertNotNil(model.activePaneBuild, "back on the pane, still being built")
        press("<Esc>", on: &model)
        XCTAssertEqual(model.activePane, 0, "Esc goes back to Articles")

        press("2", on: &model)
        first.open()
        second.open()
        waitUntilTakenIn(&model)
        press("jj", on: &model)
        XCTAssertTrue(screen(model).last!.hasPrefix(" doc 3/5"), "the built pane takes its keys")
    }

    func testQuittingWhileAPaneIsBeingBuiltQuitsAtOnce() {
        let first = Gate(), second = Gate()
        var model = backgroundBrowser([slowFactory(first, second)])
        press("2", on: &model)
        first.waitForArrival()
        XCTAssertEqual(press("Q", on: &model), .quit)
        XCTAssertEqual(press("<C-c>", on: &model), .quit)
        first.open()
        second.open()
    }

    func testAPaneBuiltWhileAnotherIsShownWaitsQuietly() {
        let first = Gate(), second = Gate()
        var model = backgroundBrowser([slowFactory(first, second)])
        press("2", on: &model)
        first.waitForArrival()
        press("1", on: &model)
        first.open()
        second.open()
        model.waitForPendingWork()
        XCTAssertEqual(model.activePane, 0, "finishing a build does not switch panes")
        press("2", on: &model)
        XCTAssertNil(model.activePaneBuild, "built once, shown at once")
        XCTAssertNotNil(model.activeContentPane)
    }

    func testTextTypedIntoASearchPaneBeingBuiltIsKeptForIt() {
        let gate = Gate()
        let factory = PaneFactory(title: SearchPane.title, activity: "Indexing articles", takesTyping: true,
                                  bindings: SearchPane.bindings) { store, progress in
            gate.pass()
            return SearchPane(store: store, progress: progress)
        }
        var model = BrowserModel(store: Self.seeds, width: 100, height: 30, panes: [ArticlesPane.factory, factory],
                                 paneBuilding: .background)
        press("s", on: &model)
        gate.waitForArrival()
        XCTAssertEqual(press("massacrq<BS>e", on: &model), .none, "q is text here, not quit")
        XCTAssertEqual(model.activePane, 1)
        gate.open()
        waitUntilTakenIn(&model)
        let pane = model.activeContentPane as? SearchPane
        XCTAssertEqual(pane?.query, "massacre")
        XCTAssertEqual(pane?.results?.total, 4)
    }

    func testTheReadersCrossLinkWaitsForThePanesItAsks() {
        var immediate = browser(200, 50)
        press("j<Enter>F", on: &immediate)
        var background = BrowserModel(store: Self.seeds, width: 200, height: 50, panes: StandardPanes.all,
                                      paneBuilding: .background)
        press("j<Enter>F", on: &background)
        background.waitForPendingWork()
        XCTAssertEqual(immediate.activePane, 2, "F opens Figures")
        XCTAssertEqual(background.activePane, 2)
        XCTAssertEqual(screen(background), screen(immediate))
    }

    func testImmediateBuildingNeverLeavesWorkPending() {
        var model = browser(100, 30)
        press("2", on: &model)
        XCTAssertFalse(model.hasPendingWork)
        XCTAssertNil(model.activePaneBuild)
        XCTAssertNotNil(model.activeContentPane)
    }

    /// Calls `finishPendingWork` as the front end does between keys until the build is taken in.
    /// The build has passed its last gate, so this ends; the deadline only turns a bug into a
    /// failure rather than a hung test.
    private func waitUntilTakenIn(_ model: inout BrowserModel, file: StaticString = #filePath, line: UInt = #line) {
        let deadline = DispatchTime.now() + .seconds(60)
        while model.hasPendingWork, DispatchTime.now() < deadline {
            if model.finishPendingWork() { break }
            usleep(1000)
        }
        XCTAssertFalse(model.hasPendingWork, "the pane was taken in", file: file, line: line)
    }
}
