extension FiguresPane {
    /// The pane's registration (`StandardPanes.all`).
    public static let factory = PaneFactory(title: "Figures", activity: "Reading figures", bindings: bindings) {
        FiguresPane(store: $0, progress: $1)
    }

    /// The Figures pane's keys (help lists them under "Figures pane").
    public static let bindings: [Keymap.Binding] = [
        .init(keys: [.character("j"), .down], action: .lineDown, context: .figures, help: "Next row (sentences: next sentence)"),
        .init(keys: [.character("k"), .up], action: .lineUp, context: .figures, help: "Previous row (sentences: previous)"),
        .init(keys: [.character("l"), .right], action: FiguresAction.right.action, context: .figures, help: "Next source"),
        .init(keys: [.character("h"), .left], action: FiguresAction.left.action, context: .figures, help: "Previous source"),
        .init(keys: [.pageDown, .character(" "), .control("f")], action: .pageDown, context: .figures, help: "Page down"),
        .init(keys: [.pageUp, .character("b"), .control("b")], action: .pageUp, context: .figures, help: "Page up"),
        .init(keys: [.character("g"), .home], action: .top, context: .figures, help: "First row"),
        .init(keys: [.character("G"), .end], action: .bottom, context: .figures, help: "Last row"),
        .init(keys: [.enter], action: .open, context: .figures,
              help: "Show the sentences behind the cell, figure highlighted, with attribution (frequencies: the row's values, then a value's sentences)"),
        .init(keys: [.character("r")], action: FiguresAction.reader.action, context: .figures,
              help: "Open the reader at the cell's (selected) sentence"),
        .init(keys: [.character("c")], action: FiguresAction.chart.action, context: .figures,
              help: "Chart of the selected row: a bar per source, to scale (again: table)"),
        .init(keys: [.character("f")], action: FiguresAction.view.action, context: .figures,
              help: "Per row, the values and how many sources state each / a column per source (by default: by width)"),
        .init(keys: [.character("m")], action: FiguresAction.nextMeasure.action, context: .figures,
              help: "Only the next measure (all, killed, wounded, ...)"),
        .init(keys: [.character("M")], action: FiguresAction.previousMeasure.action, context: .figures,
              help: "Only the previous measure"),
        .init(keys: [.character("a")], action: FiguresAction.allCounts.action, context: .figures,
              help: "Show or hide counts that are not casualties (a town's population, marchers)"),
        .init(keys: [.character("o")], action: FiguresAction.sort.action, context: .figures,
              help: "Sort by disagreement, disputed rows first (again: by measure)"),
        .init(keys: [.character("e")], action: FiguresAction.exportCSV.action, context: .figures,
              help: "Export the rows shown to a CSV file in the current folder (in the frequency view, a line per value)"),
        .init(keys: [.character("E")], action: FiguresAction.exportMarkdown.action, context: .figures,
              help: "Export the rows shown to a Markdown file in the current folder (likewise)"),
        .init(keys: [.escape], action: .back, context: .figures,
              help: "Close the sentences, then the values or the chart, then show every measure"),
    ]
}

/// The Figures pane's own actions (configuration names them by these names).
public enum FiguresAction: String, PaneAction {
    case left, right, reader, chart, view, nextMeasure, previousMeasure, allCounts, sort, exportCSV, exportMarkdown
}

extension Keymap.Context {
    /// The Figures pane's keys.
    public static let figures = Keymap.Context(id: "figures", heading: "Figures pane")
}
