import Browser
import Corpus

/// A pane that lives only in the tests, to show that a pane is one folder and one registration
/// line: it counts the articles it has been asked to count, and renders the count.
struct TallyPane: ContentPane {
    var counted = 0
    let total: Int

    var title: String { "Tally" }
    var keyContext: Keymap.Context { .tally }

    mutating func perform(_ action: Action, context: PaneContext) -> PaneOutcome {
        guard let own = action.paneAction(TallyAction.self) else { return .none }
        switch own {
        case .count:
            counted = min(total, counted + 1)
        case .reset:
            counted = 0
            return .message("Tally reset", isError: false)
        }
        return .none
    }

    func render(_ context: PaneContext, into buffer: inout CellBuffer, _ rect: Rect) {
        buffer.write("Counted \(counted) of \(total)", x: rect.x, y: rect.y)
    }

    func status(_ context: PaneContext) -> (position: String, hints: String) { ("tally", "c count · x reset") }

    static let bindings: [Keymap.Binding] = [
        .init(keys: [.character("c")], action: TallyAction.count.action, context: .tally, help: "Count one more article"),
        .init(keys: [.character("x")], action: TallyAction.reset.action, context: .tally, help: "Start again"),
    ]

    static let factory = PaneFactory(title: "Tally", bindings: bindings) { TallyPane(total: $0.count) }
}

/// The Tally pane's own actions.
enum TallyAction: String, PaneAction {
    case count, reset
}

extension Keymap.Context {
    static let tally = Keymap.Context(id: "tally", heading: "Tally pane")
}
