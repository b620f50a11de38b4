import ArgumentParser
import Browser

/// How the figure commands print: like `OutputFormat`, plus CSV for spreadsheets.
enum TableFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, csv, markdown

    /// Rows as an aligned text table, or as CSV or Markdown through `ExportTable` (headings lower
    /// case, every cell as words). Not for JSON. Text is cut to `maxWidth` only on a terminal:
    /// into a pipe or file every value is whole.
    static func render(headers: [String], rows: [[String]], format: TableFormat, flexibleColumn: Int?,
                       maxWidth: Int = 160) -> String {
        switch format {
        case .csv, .markdown:
            let table = ExportTable(columns: headers.map { .named($0.lowercased().replacingOccurrences(of: " ", with: "_")) },
                                    rows: rows.map { $0.map { .text($0) } })
            return format == .csv ? table.csv() : table.markdown()
        case .text, .json:
            let maxWidth = TextTable.outputWidth == nil ? nil : maxWidth
            return TextTable(headers: headers, rows: rows, flexibleColumn: flexibleColumn, maxWidth: maxWidth).text()
        }
    }
}
