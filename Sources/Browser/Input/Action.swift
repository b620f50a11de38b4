/// Everything a person can ask the browser to do; the keymap binds keys to these.
public enum Action: Hashable, Sendable {
    case quit
    case back
    /// Show again the pane shown before this one (Articles when there was none).
    case returnToPreviousPane
    case showHelp
    case nextPane, previousPane
    case selectPane(Int)
    /// Show the pane with this title (a key that opens one pane wherever it sits on the top bar).
    case showPane(String)
    case lineDown, lineUp
    case pageDown, pageUp
    case halfPageDown, halfPageUp
    case top, bottom
    case open
    case cycleSort, reverseSort
    case toggleRaw
    case searchForward, searchBackward
    case nextMatch, previousMatch
    case suspend
    /// `:`: a command line (open, sort, export, set), with Tab completion.
    case commandLine
    /// `m` letter: mark the reader's place; `'` letter: go back to it.
    case setMark, goToMark
    /// `|`: pipe the selected sentence (else the article) with its citation to a shell command.
    case pipeToCommand
    /// `v`: show the article's reading text in `$PAGER`.
    case openInPager
    /// `y`: copy the selected sentence with "source, title, date" to the clipboard.
    case copySentence
    case redraw
    /// From the reader: show the highlighted figure's row, or date's entry, in the pane that lists it.
    case showFigureInPane, showDateInPane
    /// An action of one pane's own, a case of the pane's action enum (`FiguresAction.chart.action`).
    case pane(AnyPaneAction)
}

extension Action {
    /// The action's name in configuration (`[keys.reader] halfPageDown = "d"`); a pane's own
    /// actions are named by their enum's raw value, pane selection by its position (`pane3`).
    public var name: String? {
        switch self {
        case .quit: return "quit"
        case .back: return "back"
        case .returnToPreviousPane: return "returnToPreviousPane"
        case .showHelp: return "showHelp"
        case .nextPane: return "nextPane"
        case .previousPane: return "previousPane"
        case .selectPane(let index): return "pane\(index + 1)"
        case .showPane(let title): return "show" + title
        case .lineDown: return "lineDown"
        case .lineUp: return "lineUp"
        case .pageDown: return "pageDown"
        case .pageUp: return "pageUp"
        case .halfPageDown: return "halfPageDown"
        case .halfPageUp: return "halfPageUp"
        case .top: return "top"
        case .bottom: return "bottom"
        case .open: return "open"
        case .cycleSort: return "cycleSort"
        case .reverseSort: return "reverseSort"
        case .toggleRaw: return "toggleRaw"
        case .searchForward: return "searchForward"
        case .searchBackward: return "searchBackward"
        case .nextMatch: return "nextMatch"
        case .previousMatch: return "previousMatch"
        case .suspend: return "suspend"
        case .redraw: return "redraw"
        case .pipeToCommand: return "pipeToCommand"
        case .openInPager: return "openInPager"
        case .copySentence: return "copySentence"
        case .setMark: return "setMark"
        case .commandLine: return "commandLine"
        case .goToMark: return "goToMark"
        case .showFigureInPane: return "showFigureInPane"
        case .showDateInPane: return "showDateInPane"
        case .pane(let own): return own.name
        }
    }
}
