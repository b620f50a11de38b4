import Browser
import Comparison
import Corpus
import Extraction
import XCTest

/// The pane machinery, with a small pane of the tests' own: one row per document; Enter asks the
/// browser to open the reader at the document's second paragraph.
final class ContentPaneTests: BrowserTestCase {
    struct DocumentsPane: ContentPane {
        var row = 0
        let ids: [String]
        var title: String { "Docs" }
        var keyContext: Keymap.Context { .timeline }

        mutating func perform(_ action: Action, context: PaneContext) -> PaneOutcome {
            switch action {
            case .lineDown: row = min(ids.count - 1, row + 1)
            case .lineUp: row = max(0, row - 1)
            case .open:
                let document = context.store.document(id: ids[row])!
                return .openReader(documentID: ids[row], span: document.reading.paragraphs[1])
            case DocumentsAction.shout.action: return .message("shouted \(ids[row])", isError: false)
            default: break
            }
            return .none
        }

        func render(_ context: PaneContext, into buffer: inout CellBuffer, _ rect: Rect) {
            for (index, id) in ids.enumerated() where index < rect.height {
                buffer.write((index == row ? "> " : "  ") + (context.labels.label(of: id) ?? "?") + " " + id,
                             x: rect.x, y: rect.y + index)
            }
        }

        func status(_ context: PaneContext) -> (position: String, hints: String) {
            ("doc \(row + 1)/\(ids.count)", "Enter read")
        }
    }

    enum DocumentsAction: String, PaneAction { case shout }

    static let keymap = Keymap(bindings: Keymap.browserBindings + ArticlesPane.bindings + [
        .init(keys: [.character("j")], action: .lineDown, context: .timeline, help: "Down"),
        .init(keys: [.character("k")], action: .lineUp, context: .timeline, help: "Up"),
        .init(keys: [.enter], action: .open, context: .timeline, help: "Open"),
        .init(keys: [.character("s")], action: DocumentsAction.shout.action, context: .timeline, help: "Shout"),
    ])

    private func browser() -> BrowserModel {
        let factory = PaneFactory(title: "Docs") { store in DocumentsPane(ids: store.documents.map(\.id)) }
        return BrowserModel(store: Self.seeds, width: 80, height: 24, keymap: Self.keymap, panes: [ArticlesPane.factory, factory])
    }

    func testTopBarNamesEveryPaneAndTabCyclesThem() {
        var model = browser()
        XCTAssertTrue(screen(model)[0].hasPrefix(" Crossread   1 Articles   2 Docs "))
        press("<Tab>", on: &model)
        XCTAssertEqual(model.activePane, 1)
        XCTAssertEqual(screen(model)[1], "> A 000_c2bfad63a1b137a7" + String(repeating: " ", count: 56))
        press("<Tab>", on: &model)
        XCTAssertEqual(model.activePane, 0)
        press("<S-Tab>", on: &model)
        XCTAssertEqual(model.activePane, 1)
        press("1", on: &model)
        XCTAssertEqual(model.activePane, 0)
        press("3", on: &model)
        XCTAssertEqual(model.message?.text, "There is no pane 3 yet")
    }

    func testKeysGoToTheActivePaneInItsOwnContext() {
        var model = browser()
        press("2jjs", on: &model)
        XCTAssertEqual(model.message?.text, "shouted 002_6c08b088e53c302e")
        XCTAssertTrue(screen(model).last!.hasPrefix(" doc 3/5"))
        XCTAssertEqual(model.articles.selection, 0, "the article list did not move")
        XCTAssertEqual(press("q", on: &model), .none, "q in a pane goes back to the pane it came from")
        XCTAssertEqual(model.activePane, 0)
        XCTAssertEqual(press("2Q", on: &model), .quit, "Q quits from any pane")
    }

    func testAPaneOpensTheReaderAtASpanAndMarksIt() {
        var model = browser()
        press("2jj<Enter>", on: &model)
        XCTAssertEqual(model.activePane, 0)
        XCTAssertEqual(model.articles.focus, .reader)
        XCTAssertEqual(model.articles.selectedDocument, 2)
        let span = Self.seeds.documents[2].reading.paragraphs[1]
        XCTAssertEqual(model.articles.marked, span)
        let buffer = Screen.render(model)
        XCTAssertTrue(buffer.cells.contains { $0.style == .currentMatch }, "the span is marked on screen")
        press("<Esc>j", on: &model)
        XCTAssertNil(model.articles.marked, "moving to another article clears the mark")
    }

    func testTheWheelMovesTheActivePaneNotTheHiddenList() {
        var model = browser()
        press("2", on: &model)
        _ = model.update(.mouse(MouseEvent(.wheelDown, x: 10, y: 10)))
        XCTAssertTrue(screen(model).last!.hasPrefix(" doc 4/5"), "three lines down in the pane")
        XCTAssertEqual(model.articles.selection, 0, "the article list did not move")
    }

    func testTheReaderAsksEachPaneToRevealAHighlightAndSaysWhenNoneDoes() {
        var model = browser()
        press("j<Enter>F", on: &model)
        XCTAssertEqual(model.activePane, 0)
        XCTAssertEqual(model.message?.text, "No pane lists this figure", "the Docs pane reveals nothing")
        XCTAssertEqual(model.articles.highlightOnScreen(.figure).map { $0.span.slice(of: Self.seeds.documents[1].reading.text) }, "hundreds",
                       "the first figure on the screen")
        press("T", on: &model)
        XCTAssertEqual(model.message?.text, "No pane lists this date")
        press("r", on: &model)
        press("F", on: &model)
        XCTAssertEqual(model.message?.text, "No figure highlighted on screen", "the raw text has no highlights")
    }

    func testHelpListsThePaneBindingsUnderThePane() {
        let lines = Self.keymap.helpLines()
        let heading = lines.firstIndex { $0.isHeading && $0.keys == "Timeline pane" }
        XCTAssertNotNil(heading)
        XCTAssertEqual(lines[heading! + 4].help, "Shout")
    }
}
