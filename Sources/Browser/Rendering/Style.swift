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
