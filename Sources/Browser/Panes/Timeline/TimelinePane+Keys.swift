extension TimelinePane {
    /// The Timeline pane's keys (help lists them under "Timeline pane").
    public static let bindings: [Keymap.Binding] = [
        .init(keys: [.character("j"), .down], action: .lineDown, context: .timeline, help: "Next entry (expanded: next mention)"),
        .init(keys: [.character("k"), .up], action: .lineUp, context: .timeline, help: "Previous entry (expanded: previous mention)"),
        .init(keys: [.pageDown, .character(" ")], action: .pageDown, context: .timeline, help: "Page down"),
        .init(keys: [.pageUp, .character("b")], action: .pageUp, context: .timeline, help: "Page up"),
        .init(keys: [.character("g"), .home], action: .top, context: .timeline, help: "First entry"),
        .init(keys: [.character("G"), .end], action: .bottom, context: .timeline, help: "Last entry"),
        .init(keys: [.enter], action: .open, context: .timeline, help: "Show the entry's mentions, each quoted with its source (again: hide)"),
        .init(keys: [.character("r")], action: .pane("timeline.reader"), context: .timeline,
              help: "Open the reader at the selected mention"),
        .init(keys: [.character("z"), .character("+")], action: .pane("timeline.zoomIn"), context: .timeline,
              help: "Zoom in: headings by decades, years, months"),
        .init(keys: [.character("Z"), .character("-")], action: .pane("timeline.zoomOut"), context: .timeline,
              help: "Zoom out"),
        .init(keys: [.character("s")], action: .pane("timeline.nextSource"), context: .timeline,
              help: "Only entries the next source mentions (all, A, B, ...)"),
        .init(keys: [.character("S")], action: .pane("timeline.previousSource"), context: .timeline,
              help: "Only entries the previous source mentions"),
        .init(keys: [.escape], action: .back, context: .timeline, help: "Hide the mentions, then show every source"),
    ]
}
