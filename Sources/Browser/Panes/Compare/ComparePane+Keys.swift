extension ComparePane {
    /// The Compare pane's keys, in its own keymap context (the quotes view shares them).
    public static let bindings: [Keymap.Binding] = {
        func bind(_ keys: [Key], _ action: Action, _ help: String) -> Keymap.Binding {
            Keymap.Binding(keys: keys, action: action, context: .compare, help: help)
        }
        func pane(_ name: String) -> Action { .pane("compare." + name) }
        return [
            bind([.character("j"), .down], .lineDown,
                 "Next claim or passage (marks: \" same quotation, # same figures, = shared wording, ≈ paraphrase, ~ paired elsewhere, + one side only)"),
            bind([.character("k"), .up], .lineUp, "Previous passage"),
            bind([.character(" "), .pageDown], .pageDown, "Page down"),
            bind([.character("b"), .pageUp], .pageUp, "Page up"),
            bind([.character("g"), .home], .top, "First passage"),
            bind([.character("G"), .end], .bottom, "Last passage"),
            bind([.character("n")], pane("nextDifference"),
                 "Next difference: a count the sources differ on, then a changed word or a pair told in other words"),
            bind([.character("N")], pane("previousDifference"), "Previous difference"),
            bind([.character("]")], pane("leftNext"), "Left source: next article"),
            bind([.character("[")], pane("leftPrevious"), "Left source: previous article"),
            bind([.character("}")], pane("rightNext"), "Right source: next article"),
            bind([.character("{")], pane("rightPrevious"), "Right source: previous article"),
            bind([.character("s")], pane("swap"), "Swap the two sources"),
            bind([.character("+")], pane("addSource"), "Claims: add the next article as a further source"),
            bind([.character("-")], pane("removeSource"), "Claims: take the last added source away"),
            bind([.character("c")], pane("claims"), "Claims summary or passages side by side (again: back)"),
            bind([.character("u")], pane("link"), "Unlink the two sides' scrolling (again: link them)"),
            bind([.character("h"), .left], pane("leftSide"), "Cursor to the left source (unlinked: it scrolls)"),
            bind([.character("l"), .right], pane("rightSide"), "Cursor to the right source (unlinked: it scrolls)"),
            bind([.enter], .open, "Read the passage under the cursor in its article"),
            bind([.character("v")], pane("quotes"),
                 "Quotes view: every quotation, its speaker, its sources and their wording (again: back)"),
        ]
    }()
}
