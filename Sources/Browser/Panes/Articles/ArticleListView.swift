import Corpus

/// The article list: a header row, then one row per article with the columns that fit.
enum ArticleListView {
    struct Column {
        var title: String
        var width: Int
        var value: (Document) -> String
        var rightAligned = false
    }

    /// The columns beside the title at a width. The column the list is sorted by is always among
    /// them, so the order can be seen: it takes the place of the others, last first, when the
    /// width would not show it.
    static func columns(for width: Int, sortedBy order: ArticleOrder = .corpus) -> (title: Int, others: [Column]) {
        var others: [Column] = []
        let date = Column(title: "DATE", width: 10) { $0.metadata.published?.iso ?? "-" }
        let author = Column(title: "AUTHOR", width: 18) { $0.metadata.author ?? "-" }
        let outlet = Column(title: "OUTLET", width: 14) { $0.metadata.outlet ?? "-" }
        let words = Column(title: "WORDS", width: 6, value: { String($0.wordCount) }, rightAligned: true)
        if width >= 36 { others.append(date) }
        if width >= 64 { others.append(author) }
        if width >= 96 { others.append(outlet) }
        if width >= 74 { others.append(words) }
        let sortColumn: Column? = order == .date ? date : order == .author ? author : nil
        if let sortColumn, !others.contains(where: { $0.title == sortColumn.title }) {
            let needed = sortColumn.width + 1 + minimumTitle + 2
            while !others.isEmpty, others.reduce(needed, { $0 + $1.width + 1 }) > width { others.removeLast() }
            others.insert(sortColumn, at: 0)
        }
        let used = others.reduce(0) { $0 + $1.width + 1 }
        return (max(8, width - used - 2), others)
    }

    /// The narrowest the title column gets to make room for the sort column.
    static let minimumTitle = 12

    static func render(_ model: ArticlesPane, into buffer: inout CellBuffer, _ rect: Rect) {
        guard rect.height > 0 else { return }
        let (titleWidth, others) = columns(for: rect.width, sortedBy: model.order)
        var column = buffer.write("  " + DisplayWidth.pad(header("TITLE", .title, model), to: titleWidth), x: rect.x, y: rect.y,
                                  style: .heading, limit: rect.width)
        for other in others {
            let key: ArticleOrder? = other.title == "DATE" ? .date : other.title == "AUTHOR" ? .author : nil
            let text = header(other.title, key, model)
            column = buffer.write(" " + (other.rightAligned ? pad(left: text, other.width) : DisplayWidth.pad(text, to: other.width)),
                                  x: column, y: rect.y, style: .heading, limit: rect.maxX - column)
        }
        buffer.restyle(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), style: .heading)

        let rows = rect.height - 1
        for row in 0..<rows {
            let position = model.listTop + row
            guard position < model.listOrder.count else { break }
            let document = model.store.documents[model.listOrder[position]]
            let y = rect.y + 1 + row
            let selected = position == model.selection
            let style: Style = selected ? (model.focus == .list || !model.isSideBySide ? .selection : .selectionInactive) : .normal
            if selected { buffer.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: style) }
            let read = model.readDocuments.contains(model.listOrder[position])
            var x = buffer.write(selected ? "▸ " : read ? "✓ " : "  ", x: rect.x, y: y, style: selected ? style : read ? .dim : style)
            x = buffer.write(DisplayWidth.pad(DisplayWidth.truncate(document.displayTitle, to: titleWidth), to: titleWidth),
                             x: x, y: y, style: style, limit: rect.maxX - x)
            for other in others {
                let value = DisplayWidth.truncate(other.value(document), to: other.width)
                x = buffer.write(" " + (other.rightAligned ? pad(left: value, other.width) : DisplayWidth.pad(value, to: other.width)),
                                 x: x, y: y, style: style == .normal ? .dim : style, limit: rect.maxX - x)
            }
        }
    }

    private static func header(_ title: String, _ order: ArticleOrder?, _ model: ArticlesPane) -> String {
        guard let order, order == model.order else { return title }
        return title + (model.reversed ? " ▼" : " ▲")
    }

    private static func pad(left text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - DisplayWidth.of(text))) + text
    }
}
