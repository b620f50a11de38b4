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
