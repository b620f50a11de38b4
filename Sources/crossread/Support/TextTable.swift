import Corpus
import Glibc

/// Plain-text and Markdown tables for command output, sized by display width.
struct TextTable {
    var headers: [String]
    var rows: [[String]]
    /// Columns allowed to shrink (with an ellipsis) to keep lines within `maxWidth`.
    var flexibleColumn: Int?
    /// The widest a line may be, or nil for no limit: the terminal's width when standard output is
    /// one, so rows do not wrap; no limit into a pipe or file, where a cut value would be lost.
    var maxWidth: Int? = TextTable.outputWidth

    /// The terminal's width when standard output is a terminal, nil otherwise.
    static var outputWidth: Int? {
        guard isatty(STDOUT_FILENO) != 0 else { return nil }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 160 }
        return max(60, Int(size.ws_col) - 1)
    }

    func text() -> String {
        var widths = headers.indices.map { column in
            ([headers[column]] + rows.map { $0[column] }).map(DisplayWidth.of).max() ?? 0
        }
        if let flexible = flexibleColumn, let maxWidth {
            let total = widths.reduce(0, +) + 2 * (widths.count - 1)
            if total > maxWidth { widths[flexible] = max(8, widths[flexible] - (total - maxWidth)) }
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
