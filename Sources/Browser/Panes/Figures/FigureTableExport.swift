import Comparison
import Foundation

/// Writes the rows of the figure table a person sees to a file, as CSV or Markdown.
///
/// Columns are those of `crossread table --format csv`: measure, group, when, status, one column
/// per document (named by id), note. A file of the same name is never overwritten: a number is
/// added instead (`crossread-figures-2.csv`).
enum FigureTableExport {
    enum Format: String, Sendable { case csv, markdown }

    static func lines(_ rows: [FigureTable.Row], documents: [String], format: Format) -> [String] {
        let header = ["measure", "group", "when", "status"] + documents + ["note"]
        let body = rows.map { row in
            [row.key.measure, row.key.group, row.key.when ?? "", row.status.rawValue]
                + documents.map { id in row.cells[id]?.map(\.text).joined(separator: " / ") ?? "" }
                + [row.note ?? ""]
        }
        switch format {
        case .csv:
            return ([header] + body).map { $0.map(csvField).joined(separator: ",") }
        case .markdown:
            func line(_ fields: [String]) -> String {
                "| " + fields.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |"
            }
            return [line(header), "|" + String(repeating: " --- |", count: header.count)] + body.map(line)
        }
    }

    /// Writes the file and returns its path.
    static func write(_ rows: [FigureTable.Row], documents: [String], format: Format, in directory: String) throws -> String {
        let fileExtension = format == .csv ? "csv" : "md"
        let folder = URL(fileURLWithPath: directory, isDirectory: true)
        var url = folder.appendingPathComponent("crossread-figures.\(fileExtension)")
        var number = 2
        while FileManager.default.fileExists(atPath: url.path) {
            url = folder.appendingPathComponent("crossread-figures-\(number).\(fileExtension)")
            number += 1
        }
        let text = lines(rows, documents: documents, format: format).joined(separator: "\n") + "\n"
        try Data(text.utf8).write(to: url, options: .withoutOverwriting)
        return url.path
    }

    /// RFC 4180: quoted when it holds a comma, a quote or a line break; quotes doubled.
    private static func csvField(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
