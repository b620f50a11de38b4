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
        let hints: [String?]
        var position: String
        if focus == .reader, showsReader, let layout {
            let total = layout.lines.count
            let bottom = min(total, readerTop + readerHeight)
            let percent = total == 0 ? 100 : bottom * 100 / total
            position = "line \(readerTop + 1)-\(bottom)/\(total) \(percent)%"
            hints = [context.hint(ArticlesAction.searchForward.action, "search", in: .reader),
                     context.hint(ArticlesAction.toggleRaw.action, "raw", in: .reader),
                     context.hint(.back, "back", in: .reader, preferring: .escape),
                     context.hint(.showHelp, "help", in: .reader)]
        } else {
            let count = listOrder.count
            position = count == 0 ? "no articles" : "article \(selection + 1)/\(count) · \(order.rawValue)\(reversed ? " ↓" : "")"
            hints = [context.hint(.open, "read", in: .list),
                     context.hint(ArticlesAction.cycleSort.action, "sort", in: .list),
                     context.hint(.showHelp, "help", in: .list),
                     context.hint(.quit, "quit", in: .list, preferring: .character("q"))]
        }
        if let search, showsReader { position += " · " + search.position }
        return (position, hints.compactMap { $0 }.joined(separator: " · "))
    }
}
