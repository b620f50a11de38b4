/// Everything a person can ask the browser to do; the keymap binds keys to these. What only one
/// pane does is that pane's own (`.pane`, a case of its action enum).
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
    /// Open what is selected (an article, an entry's mentions, a passage).
    case open
    case suspend
    /// `:`: a command line (open, sort, export, set), with Tab completion.
    case commandLine
    case redraw
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
        case .suspend: return "suspend"
        case .redraw: return "redraw"
        case .commandLine: return "commandLine"
        case .pane(let own): return own.name
        }
    }
}
