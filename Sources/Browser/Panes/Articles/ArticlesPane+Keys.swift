/// The Articles pane's own actions; moving (`lineDown`, `top`, ...), `open` and `back` are the
/// browser's shared ones.
public enum ArticlesAction: String, PaneAction {
    case cycleSort, reverseSort
    case toggleRaw
    case searchForward, searchBackward
    case nextMatch, previousMatch
    /// `m` letter: mark the reader's place; `'` letter: go back to it.
    case setMark, goToMark
    /// `|`: pipe the selected sentence (else the article) with its citation to a shell command.
    case pipeToCommand
    /// `v`: show the article's reading text in `$PAGER`.
    case openInPager
    /// `y`: copy the selected sentence with "source, title, date" to the clipboard.
    case copySentence
    /// From the reader: show the highlighted figure's row, or date's entry, in the pane that lists it.
    case showFigureInPane, showDateInPane
}

extension Keymap.Context {
    public static let list = Keymap.Context(id: "list", heading: "Article list")
    public static let reader = Keymap.Context(id: "reader", heading: "Reader")
}

extension ArticlesPane {
    /// The list's and the reader's keys: less for reading, as newsboat and lazygit for lists.
    public static let bindings: [Keymap.Binding] = {
        func list(_ keys: [Key], _ action: Action, _ help: String) -> Keymap.Binding {
            Keymap.Binding(keys: keys, action: action, context: .list, help: help)
        }
        func reader(_ keys: [Key], _ action: Action, _ help: String) -> Keymap.Binding {
            Keymap.Binding(keys: keys, action: action, context: .reader, help: help)
        }
        return [
            list([.character("j"), .down], .lineDown, "Next article"),
            list([.character("k"), .up], .lineUp, "Previous article"),
            list([.pageDown, .character(" "), .control("f")], .pageDown, "Page down"),
            list([.pageUp, .character("b"), .control("b")], .pageUp, "Page up"),
            list([.control("d")], .halfPageDown, "Half a page down"),
            list([.control("u")], .halfPageUp, "Half a page up"),
            list([.character("g"), .home], .top, "First article"),
            list([.character("G"), .end], .bottom, "Last article"),
            list([.enter, .character("l"), .right], .open, "Read the article"),
            list([.character("o")], ArticlesAction.cycleSort.action, "Sort by date, title, author, corpus order"),
            list([.character("O")], ArticlesAction.reverseSort.action, "Reverse the sort"),
            list([.character("q")], .quit, "Quit"),
            list([.character("'")], ArticlesAction.goToMark.action, "Go to a mark: ' and its letter"),
            list([.character("|")], ArticlesAction.pipeToCommand.action, "Pipe the article with its source to a shell command"),
            list([.character("v")], ArticlesAction.openInPager.action, "Show the article's reading text in $PAGER (less when unset)"),

            reader([.character("q"), .escape, .character("h"), .left], .back, "Back to the list"),
            reader([.character("j"), .down, .enter], .lineDown, "Scroll down a line"),
            reader([.character("k"), .up], .lineUp, "Scroll up a line"),
            reader([.character(" "), .pageDown, .character("f"), .control("f")], .pageDown, "Page down"),
            reader([.character("b"), .pageUp, .control("b")], .pageUp, "Page up"),
            reader([.character("d"), .control("d")], .halfPageDown, "Half a page down"),
            reader([.character("u"), .control("u")], .halfPageUp, "Half a page up"),
            reader([.character("g"), .home], .top, "Top of the article"),
            reader([.character("G"), .end], .bottom, "End of the article"),
            reader([.character("/")], ArticlesAction.searchForward.action,
                   "Search forward: a regular expression, or the text as typed if it is not one"),
            reader([.character("?")], ArticlesAction.searchBackward.action, "Search backward (F1 for help here)"),
            reader([.character("n")], ArticlesAction.nextMatch.action, "Next match"),
            reader([.character("N")], ArticlesAction.previousMatch.action, "Previous match"),
            reader([.character("r")], ArticlesAction.toggleRaw.action, "Show the raw text, page furniture included (again: back)"),
            reader([.character("F")], ArticlesAction.showFigureInPane.action,
                   "Show the highlighted figure (at the search match, else the first on screen) in Figures"),
            reader([.character("|")], ArticlesAction.pipeToCommand.action,
                   "Pipe the sentence at the match (else the article) with its source to a shell command"),
            reader([.character("v")], ArticlesAction.openInPager.action,
                   "Show the article's reading text in $PAGER (less when unset)"),
            reader([.character("y")], ArticlesAction.copySentence.action,
                   "Copy the sentence at the match, with source, title and date, to the clipboard"),
            reader([.character("m")], ArticlesAction.setMark.action, "Mark this place: m and a letter"),
            reader([.character("'")], ArticlesAction.goToMark.action, "Back to a mark: ' and its letter (marks last between runs)"),
            reader([.character("T")], ArticlesAction.showDateInPane.action,
                   "Show the highlighted date (at the search match, else the first on screen) in the Timeline"),
        ]
    }()

    /// The Articles pane's registration: first on the top bar, built at once (the first frame shows it).
    public static let factory = PaneFactory(title: "Articles", activity: "Listing the articles", bindings: bindings) { store, _ in
        ArticlesPane(store: store)
    }
}
