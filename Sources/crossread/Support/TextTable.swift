import Corpus

/// Plain-text and Markdown tables for command output, sized by display width.
struct TextTable {
    var headers: [String]
    var rows: [[String]]
    /// Columns allowed to shrink (with an ellipsis) to keep lines within `maxWidth`.
    var flexibleColumn: Int?
    var maxWidth = 160

    func text() -> String {
        var widths = headers.indices.map { column in
            ([headers[column]] + rows.map { $0[column] }).map(DisplayWidth.of).max() ?? 0
        }
        if let flexible = flexibleColumn {
            let total = widths.reduce(0, +) + 2 * (widths.count - 1)
            if total > maxWidth { widths[flexible] = max(12, widths[flexible] - (total - maxWidth)) }
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { column, cell in
                let fitted = DisplayWidth.truncate(cell, to: widths[column])
                return column == cells.count - 1 ? fitted : DisplayWidth.pad(fitted, to: widths[column])
            }.joined(separator: "  ")
        }
        return ([line(headers)] + rows.map(line)).joined(separator: "\n") + "\n"
    }

    func markdown() -> String {
        func escape(_ cell: String) -> String { cell.replacingOccurrences(of: "|", with: "\\|") }
        var lines = ["| " + headers.map(escape).joined(separator: " | ") + " |"]
        lines.append("|" + headers.map { _ in " --- " }.joined(separator: "|") + "|")
        lines += rows.map { "| " + $0.map(escape).joined(separator: " | ") + " |" }
        return lines.joined(separator: "\n") + "\n"
    }
}
