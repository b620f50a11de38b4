extension ComparePane {
    /// The Compare pane's keys, in its own keymap context (the quotes view shares them).
    public static let bindings: [Keymap.Binding] = {
        func bind(_ keys: [Key], _ action: Action, _ help: String) -> Keymap.Binding {
            Keymap.Binding(keys: keys, action: action, context: .compare, help: help)
        }
        return [
            bind([.character("j"), .down], .lineDown,
                 "Next claim or passage (marks: \" same quotation, # same figures, = shared wording, ≈ paraphrase, ~ paired elsewhere, + one side only)"),
            bind([.character("k"), .up], .lineUp, "Previous passage"),
            bind([.character(" "), .pageDown, .control("f")], .pageDown, "Page down"),
            bind([.character("b"), .pageUp, .control("b")], .pageUp, "Page up"),
            bind([.character("g"), .home], .top, "First passage"),
            bind([.character("G"), .end], .bottom, "Last passage"),
            bind([.character("n")], CompareAction.nextDifference.action,
                 "Next difference: a count the sources differ on, then a changed word or a pair told in other words"),
            bind([.character("N")], CompareAction.previousDifference.action, "Previous difference"),
            bind([.character("]")], CompareAction.leftNext.action, "Left source: next article"),
            bind([.character("[")], CompareAction.leftPrevious.action, "Left source: previous article"),
            bind([.character("}")], CompareAction.rightNext.action, "Right source: next article"),
            bind([.character("{")], CompareAction.rightPrevious.action, "Right source: previous article"),
            bind([.character("s")], CompareAction.swap.action, "Swap the two sources"),
            bind([.character("+")], CompareAction.addSource.action, "Claims: add the next article as a further source"),
            bind([.character("-")], CompareAction.removeSource.action, "Claims: take the last added source away"),
            bind([.character("c")], CompareAction.claims.action, "Claims summary or passages side by side (again: back)"),
            bind([.character("u")], CompareAction.link.action, "Unlink the two sides' scrolling (again: link them)"),
            bind([.character("h"), .left], CompareAction.leftSide.action, "Cursor to the left source (unlinked: it scrolls)"),
            bind([.character("l"), .right], CompareAction.rightSide.action, "Cursor to the right source (unlinked: it scrolls)"),
            bind([.enter], .open, "Read the passage under the cursor in its article"),
            bind([.character("v")], CompareAction.quotes.action,
                 "Quotes view: every quotation, its speaker, its sources and their wording (again: back)"),
        ]
    }()
}

/// The Compare pane's own actions (configuration names them by these names).
public enum CompareAction: String, PaneAction {
    case nextDifference, previousDifference
    case leftNext, leftPrevious, rightNext, rightPrevious
    case swap, addSource, removeSource
    case claims, link, leftSide, rightSide, quotes
}

extension Keymap.Context {
    /// The Compare pane's keys (its quotes view shares them).
    public static let compare = Keymap.Context(id: "compare", heading: "Compare pane")
}
