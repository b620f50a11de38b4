@testable import Browser
import Comparison
import Corpus
import XCTest

/// Every action the Compare keys can reach does something in every view of the pane (summary,
/// passages, quotes): it changes what the pane shows, or it says in a message why it does not. An
/// action some view forgot would do nothing, silently, and fail here.
final class ComparePaneActionTests: BrowserTestCase {
    private let context = PaneContext(store: BrowserTestCase.seeds, labels: SourceLabels(BrowserTestCase.seeds),
                                      area: Rect(x: 0, y: 1, width: 120, height: 38), keymap: .standard)

    /// The actions the Compare pane can be given: its own, and every one its keys are bound to.
    private var reachable: [Action] {
        var actions: [Action] = []
        for action in CompareAction.allCases.map(\.action) + ComparePane.bindings.map(\.action) where !actions.contains(action) {
            actions.append(action)
        }
        return actions
    }

    /// What a person sees of the pane: every cell of its area, styles too, and its status line.
    private func seen(_ pane: ComparePane) -> [String] {
        var buffer = CellBuffer(width: context.area.width, height: context.area.maxY)
        pane.render(context, into: &buffer, context.area)
        let status = pane.status(context)
        return [status.position, status.hints] + buffer.lines + [(0..<buffer.height).map { y in
            (0..<buffer.width).map { x in "\(buffer[x, y].style)" }.joined(separator: ",")
        }.joined(separator: "\n")]
    }

    /// The pane in `view`, as it is first shown there and after the cursor has moved and gone to
    /// the right side, so a move that cannot go further from one state can from the other.
    private func starts(in view: ComparePane.View) -> [ComparePane] {
        var pane = ComparePane(store: Self.seeds)
        switch view {
        case .summary: break
        case .passages: _ = pane.perform(CompareAction.claims.action, context: context)
        case .quotes: _ = pane.perform(CompareAction.quotes.action, context: context)
        }
        XCTAssertEqual(pane.view, view)
        var moved = pane
        for action in [CompareAction.rightSide.action, .lineDown, .lineDown, .lineDown] {
            _ = moved.perform(action, context: context)
        }
        return [pane, moved]
    }

    /// Whether `action` changes what is seen, or gives a message, from one of the starts.
    private func isHandled(_ action: Action, in view: ComparePane.View) -> Bool {
        starts(in: view).contains { start in
            var pane = start
            let outcome = pane.perform(action, context: context)
            if case .message(let text, _) = outcome, !text.isEmpty { return true }
            return outcome != .none || seen(pane) != seen(start)
        }
    }

    func testEveryActionDoesSomethingInEveryView() {
        for view in [ComparePane.View.summary, .passages, .quotes] {
            for action in reachable {
                XCTAssertTrue(isHandled(action, in: view), "\(action) does nothing in the \(view) view")
            }
        }
    }

    func testTheCheckSeesAnActionNoViewHandles() {
        // Half a page is bound in the list and the reader, not here: nothing in Compare does it.
        XCTAssertFalse(ComparePane.bindings.contains { $0.action == .halfPageDown })
        for view in [ComparePane.View.summary, .passages, .quotes] {
            XCTAssertFalse(isHandled(.halfPageDown, in: view), "\(view)")
        }
    }

    func testAnActionOfTheOtherViewsSaysWhatTheQuotesViewTakes() throws {
        var pane = try XCTUnwrap(starts(in: .quotes).first)
        let keymap = try Keymap.standard.remapping(context: "compare", action: "nextDifference", to: [.character("x")])
        let remapped = PaneContext(store: context.store, labels: context.labels, area: context.area, keymap: keymap)
        XCTAssertEqual(pane.perform(CompareAction.swap.action, context: remapped),
                       .message("In the quotes view: j k move, Enter reads, x the next differing wording, v back", isError: false))
    }
}
