import ArgumentParser

/// How the figure commands print: like `OutputFormat`, plus CSV for spreadsheets.
enum TableFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, csv, markdown

    /// Rows as an aligned text table, a Markdown table or CSV (RFC 4180 quoting). Not for JSON.
    /// Text is cut to `maxWidth` only on a terminal: into a pipe or file every value is whole.
    static func render(headers: [String], rows: [[String]], format: TableFormat, flexibleColumn: Int?,
                       maxWidth: Int = 160) -> String {
        let maxWidth = TextTable.outputWidth == nil ? nil : maxWidth
        switch format {
        case .csv:
            return ([headers] + rows).map { $0.map(csvField).joined(separator: ",") }.joined(separator: "\n") + "\n"
        case .markdown:
            return TextTable(headers: headers, rows: rows, flexibleColumn: flexibleColumn).markdown()
        case .text, .json:
            return TextTable(headers: headers, rows: rows, flexibleColumn: flexibleColumn, maxWidth: maxWidth).text()
        }
    }

    static func csvField(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
