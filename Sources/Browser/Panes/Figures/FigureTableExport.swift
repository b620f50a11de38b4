import Comparison
import Foundation

/// Writes the rows of the figure table a person sees to a file, as CSV or Markdown.
///
/// Columns are those of `crossread table --format csv`: measure, group, when, status, one column
/// per document (named by id), note. With more sources than columns fit, the frequency view is
/// written as it is shown, a line per distinct value of a row (`frequencyLines`). A file of the
/// same name is never overwritten: a number is added instead (`crossread-figures-2.csv`).
enum FigureTableExport {
    enum Format: String, Sendable { case csv, markdown }

    static func lines(_ rows: [FigureTable.Row], documents: [String], format: Format) -> [String] {
        let header = ["measure", "group", "when", "status"] + documents + ["note"]
        let body = rows.map { row in
            [row.key.measure, row.key.group, row.key.when ?? "", row.status.rawValue]
                + documents.map { id in row.cells[id]?.map(\.text).joined(separator: " / ") ?? "" }
                + [row.note ?? ""]
        }
        return table([header] + body, format: format)
    }

    /// The frequency view: per row, a line per distinct value, most stated first, with how many
    /// sources state it, how many state any value of the row, and the ids of those stating it.
    static func frequencyLines(_ rows: [FigureTable.Row], _ frequencies: [FigureTable.RowFrequencies], documents: [String],
                               format: Format) -> [String]
    {
        let header = ["measure", "group", "when", "status", "value", "sources", "of", "documents", "note"]
        var body: [[String]] = []
        for (row, counted) in zip(rows, frequencies) {
            let key = [row.key.measure, row.key.group, row.key.when ?? "", row.status.rawValue]
            let of = String(counted.sourceCount)
            if counted.values.isEmpty { body.append(key + ["", "0", of, "", row.note ?? ""]) }
            for value in counted.values {
                body.append(key + [value.text, String(value.count), of, value.sources.map { documents[$0] }.joined(separator: " "),
                                   row.note ?? ""])
            }
        }
        return table([header] + body, format: format)
    }

    private static func table(_ lines: [[String]], format: Format) -> [String] {
        switch format {
        case .csv:
            return lines.map { $0.map(csvField).joined(separator: ",") }
        case .markdown:
            func line(_ fields: [String]) -> String {
                "| " + fields.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |"
            }
            guard let header = lines.first else { return [] }
            return [line(header), "|" + String(repeating: " --- |", count: header.count)] + lines.dropFirst().map(line)
        }
    }

    /// Writes `lines` to `NAME.csv` (or `.md`) in `directory`, numbered if that exists, and
    /// returns its path.
    static func write(_ lines: [String], named name: String, format: Format, in directory: String) throws -> String {
        let fileExtension = format == .csv ? "csv" : "md"
        let folder = URL(fileURLWithPath: directory, isDirectory: true)
        var url = folder.appendingPathComponent("\(name).\(fileExtension)")
        var number = 2
        while FileManager.default.fileExists(atPath: url.path) {
            url = folder.appendingPathComponent("\(name)-\(number).\(fileExtension)")
            number += 1
        }
        let text = lines.joined(separator: "\n") + "\n"
        try Data(text.utf8).write(to: url, options: .withoutOverwriting)
        return url.path
    }

    /// RFC 4180: quoted when it holds a comma, a quote or a line break; quotes doubled.
    private static func csvField(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
