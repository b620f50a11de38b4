/// What a cell means on screen; the front end turns each role into colours or, in monochrome,
/// into bold, underline and reverse video, so every distinction survives without colour.
public enum Style: UInt8, Hashable, Sendable, CaseIterable {
    case normal
    case dim
    case heading
    case topBar
    case activeTab
    case statusBar
    case statusMessage
    case statusError
    case selection
    case selectionInactive
    case figure
    case date
    case searchMatch
    case currentMatch
    case border
    case key
    case controlMark
    /// Words that differ between two aligned passages.
    case difference
    /// The difference last stepped to.
    case currentDifference
    /// The mark beside a passage that is aligned with one in the other source.
    case pairMark
    /// A figure row whose sources state values that cannot all hold (the row's mark and name).
    case disputed
    /// A cell whose values differ from most other sources' in a disputed row.
    case differs
    /// A bar of the figures chart, or a density mark of the timeline's overview.
    case bar
}

extension Style {
    /// The role's name in configuration (`[theme] topBar = ...`): the case's name, spelt out,
    /// because getting it by reflection (`"\(style)"`) cost start-up over half a millisecond.
    public var name: String {
        switch self {
        case .normal: return "normal"
        case .dim: return "dim"
        case .heading: return "heading"
        case .topBar: return "topBar"
        case .activeTab: return "activeTab"
        case .statusBar: return "statusBar"
        case .statusMessage: return "statusMessage"
        case .statusError: return "statusError"
        case .selection: return "selection"
        case .selectionInactive: return "selectionInactive"
        case .figure: return "figure"
        case .date: return "date"
        case .searchMatch: return "searchMatch"
        case .currentMatch: return "currentMatch"
        case .border: return "border"
        case .key: return "key"
        case .controlMark: return "controlMark"
        case .difference: return "difference"
        case .currentDifference: return "currentDifference"
        case .pairMark: return "pairMark"
        case .disputed: return "disputed"
        case .differs: return "differs"
        case .bar: return "bar"
        }
    }

    /// The role called `name` in configuration, if there is one.
    public init?(name: String) {
        guard let style = Style.allCases.first(where: { $0.name == name }) else { return nil }
        self = style
    }
}
