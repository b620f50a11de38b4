import Foundation

/// A table as Crossread writes it for spreadsheets and documents: CSV (RFC 4180) or Markdown.
///
/// The one writer behind `figures`, `table`, `timeline` and `search` with `--format csv` or
/// `markdown`, and the Figures pane's `e`/`E`, so every export looks alike:
///
/// - headings are lower case with underscores (`span_start`); a column of one source is headed
///   by the source's title, and in CSV a second heading row gives each such column's document id
///   (only tables with source columns have it); in Markdown the id follows the title in brackets;
/// - numbers are written as numbers (`613`, `0.5`, never `1,275`), beside the words they were
///   read from, so a spreadsheet can sum them;
/// - anything unknown or missing is an empty cell, never `-`.
///
///     let table = ExportTable(columns: [.named("measure"), .number("low")], rows: [[.text("killed"), .number(613)]])
///     table.csv()  // "measure,low\nkilled,613\n"
public struct ExportTable: Sendable {
    /// A column: its heading, and the document it belongs to, if it is a source's.
    public struct Column: Sendable {
        public var heading: String
        public var documentID: String?

        /// A column of Crossread's own, headed `heading` (lower case, words joined by `_`).
        public static func named(_ heading: String) -> Column { Column(heading: heading, documentID: nil) }
        /// A numeric column of Crossread's own.
        public static func number(_ heading: String) -> Column { Column(heading: heading, documentID: nil) }

        /// A column of one source, headed by its title (and `suffix`, as in "… (low)").
        public static func source(_ title: String, id: String, suffix: String? = nil) -> Column {
            Column(heading: suffix.map { "\(title) (\($0))" } ?? title, documentID: id)
        }
    }

    /// A cell: words, a number or a yes/no; `empty` for unknown.
    public enum Cell: Sendable, Equatable {
        case text(String)
        case number(Double)
        case flag(Bool)
        case empty

        /// A number when there is one, else empty.
        public static func number(_ value: Double?) -> Cell { value.map { .number($0) } ?? .empty }
        /// Words when there are some, else empty.
        public static func text(_ value: String?) -> Cell { value.map { $0.isEmpty ? .empty : .text($0) } ?? .empty }

        /// As written in a file: numbers in plain decimal, whole numbers without a point.
        var written: String {
            switch self {
            case .text(let text): return text
            case .number(let value): return ExportTable.decimal(value)
            case .flag(let value): return value ? "true" : "false"
            case .empty: return ""
            }
        }
    }

    public var columns: [Column]
    public var rows: [[Cell]]

    public init(columns: [Column], rows: [[Cell]]) {
        self.columns = columns
        self.rows = rows
    }

    /// Whether some column is a source's: CSV then has a second heading row of document ids.
    public var hasSourceColumns: Bool { columns.contains { $0.documentID != nil } }

    /// The lines of the CSV file, without line ends: one heading row (two with source columns),
    /// then a line per row.
    public func csvLines() -> [String] {
        var lines = [columns.map { Self.csvField($0.heading) }.joined(separator: ",")]
        if hasSourceColumns { lines.append(columns.map { Self.csvField($0.documentID ?? "") }.joined(separator: ",")) }
        for row in rows { lines.append(row.map { Self.csvField($0.written) }.joined(separator: ",")) }
        return lines
    }

    public func csv() -> String { csvLines().joined(separator: "\n") + "\n" }

    /// The lines of the Markdown table: headings (a source's title with its id in brackets), the
    /// rule, a line per row. Pipes are escaped and line breaks become spaces.
    public func markdownLines() -> [String] {
        func line(_ fields: [String]) -> String {
            "| " + fields.map { Self.markdownField($0) }.joined(separator: " | ") + " |"
        }
        let headings = columns.map { column in column.documentID.map { "\(column.heading) [\($0)]" } ?? column.heading }
        return [line(headings), "|" + String(repeating: " --- |", count: columns.count)] + rows.map { line($0.map(\.written)) }
    }

    public func markdown() -> String { markdownLines().joined(separator: "\n") + "\n" }

    /// RFC 4180: quoted when it holds a comma, a quote or a line break; quotes doubled.
    public static func csvField(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func markdownField(_ field: String) -> String {
        field.replacingOccurrences(of: "|", with: "\\|").split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    /// "613", "0.5", "1275", "1e+20": whole numbers without a point, others as Swift writes them.
    public static func decimal(_ value: Double) -> String {
        guard value.isFinite else { return "" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }
}

extension ExportTable {
    /// Writes `text` to `path` for a pane's export command; the outcome says where, or why not.
    static func write(_ text: String, to path: String) -> PaneOutcome {
        do {
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            return .message("Wrote \(path)", isError: false)
        } catch {
            return .message("Cannot write \(path): \(error.localizedDescription)", isError: true)
        }
    }
}
