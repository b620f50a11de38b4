/// ANSI SGR parameters for each style, for `crossread snapshot --color` (the curses front end has
/// its own mapping to curses colours; the two are kept alike).
public enum AnsiPalette {
    public static func sgr(_ style: Style) -> String {
        let code: String
        switch style {
        case .normal: return ""
        case .dim: code = "2"
        case .heading: code = "1;36"
        case .topBar: code = "37;44"
        case .activeTab: code = "1;30;46"
        case .statusBar: code = "30;47"
        case .statusMessage: code = "1;34;47"
        case .statusError: code = "1;37;41"
        case .selection: code = "30;46"
        case .selectionInactive: code = "30;47"
        case .figure: code = "1;33"
        case .date: code = "32"
        case .searchMatch: code = "30;43"
        case .currentMatch: code = "1;30;45"
        case .border: code = "34"
        case .key: code = "1;32"
        case .controlMark: code = "1;35"
        case .difference: code = "4;30;43"
        case .currentDifference: code = "1;4;30;45"
        case .pairMark: code = "1;36"
        case .disputed: code = "1;31"
        case .differs: code = "1;4;31"
        case .bar: code = "36"
        }
        return "\u{1B}[\(code)m"
    }
}
