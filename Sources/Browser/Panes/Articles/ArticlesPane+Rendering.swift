import Corpus

extension ArticlesPane {
    /// The list and the reader, side by side or one at a time, as `geometry` places them.
    public func render(_ context: PaneContext, into buffer: inout CellBuffer, _ rect: Rect) {
        var pane = self
        pane.area = rect
        let geometry = pane.geometry
        if let list = geometry.list { ArticleListView.render(pane, into: &buffer, list) }
        if let divider = geometry.divider {
            for row in rect.y..<rect.maxY { buffer.write("│", x: divider, y: row, style: .border) }
        }
        if let reader = geometry.reader { ReaderView.render(pane, into: &buffer, reader) }
    }

    /// Where you are (a line range in the reader, the article and order in the list) and the
    /// keys to go on with, named as they are bound now.
    public func status(_ context: PaneContext) -> (position: String, hints: String) {
        var position: String
        let hints: String
        if focus == .reader, showsReader, let layout {
            let total = layout.lines.count
            let bottom = min(total, readerTop + readerHeight)
            let percent = total == 0 ? 100 : bottom * 100 / total
            position = "line \(readerTop + 1)-\(bottom)/\(total) \(percent)%"
            hints = context.hints([.init(ArticlesAction.searchForward.action, "search"), .init(ArticlesAction.toggleRaw.action, "raw"),
                                   .init(.back, "back", preferring: .escape), .init(.showHelp, "help")], in: .reader)
        } else {
            let count = listOrder.count
            position = count == 0 ? "no articles" : "article \(selection + 1)/\(count) · \(order.rawValue)\(reversed ? " ↓" : "")"
            hints = context.hints([.init(.open, "read"), .init(ArticlesAction.cycleSort.action, "sort"), .init(.showHelp, "help"),
                                   .init(.quit, "quit", preferring: .character("q"))], in: .list)
        }
        if let search, showsReader { position += " · " + search.position }
        return (position, hints)
    }
}
