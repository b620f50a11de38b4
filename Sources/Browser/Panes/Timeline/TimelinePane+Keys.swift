extension TimelinePane {
    /// The pane's registration (`StandardPanes.all`).
    public static let factory = PaneFactory(title: "Timeline", activity: "Reading dates", bindings: bindings) {
        TimelinePane(store: $0, progress: $1)
    }

    /// The Timeline pane's keys (help lists them under "Timeline pane").
    public static let bindings: [Keymap.Binding] = [
        .init(keys: [.character("j"), .down], action: .lineDown, context: .timeline, help: "Next entry (expanded: next mention)"),
        .init(keys: [.character("k"), .up], action: .lineUp, context: .timeline, help: "Previous entry (expanded: previous mention)"),
        .init(keys: [.pageDown, .character(" "), .control("f")], action: .pageDown, context: .timeline, help: "Page down"),
        .init(keys: [.pageUp, .character("b"), .control("b")], action: .pageUp, context: .timeline, help: "Page up"),
        .init(keys: [.character("g"), .home], action: .top, context: .timeline, help: "First entry"),
        .init(keys: [.character("G"), .end], action: .bottom, context: .timeline, help: "Last entry"),
        .init(keys: [.enter], action: .open, context: .timeline, help: "Show the entry's mentions, each quoted with its source (again: hide)"),
        .init(keys: [.character("r")], action: TimelineAction.reader.action, context: .timeline,
              help: "Open the reader at the selected mention"),
        .init(keys: [.character("z"), .character("+")], action: TimelineAction.zoomIn.action, context: .timeline,
              help: "Zoom in: headings by decades, years, months"),
        .init(keys: [.character("Z"), .character("-")], action: TimelineAction.zoomOut.action, context: .timeline,
              help: "Zoom out"),
        .init(keys: [.character("s")], action: TimelineAction.nextSource.action, context: .timeline,
              help: "Only entries the next source mentions (all, A, B, ...)"),
        .init(keys: [.character("S")], action: TimelineAction.previousSource.action, context: .timeline,
              help: "Only entries the previous source mentions"),
        .init(keys: [.escape], action: .back, context: .timeline, help: "Hide the mentions, then show every source"),
    ]
}

/// The Timeline pane's own actions (configuration names them by these names).
public enum TimelineAction: String, PaneAction {
    case reader, zoomIn, zoomOut, nextSource, previousSource
}

extension Keymap.Context {
    /// The Timeline pane's keys.
    public static let timeline = Keymap.Context(id: "timeline", heading: "Timeline pane")
}
