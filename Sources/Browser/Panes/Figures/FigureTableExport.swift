import Comparison
import Foundation

/// The figure table as Crossread exports it, and the file the Figures pane writes it to.
///
/// `table` gives the columns of `crossread table --format csv|markdown`: measure, group, when,
/// status, a column per source headed by its title (in CSV followed by that source's stated number
/// and its low and high bounds as numbers, when its cell holds one value), note. With more sources than columns fit, the
/// pane writes the frequency view as it is shown, a line per distinct value of a row
/// (`frequencyTable`). A file of the same name is never overwritten: a number is added instead
/// (`crossread-figures-2.csv`). Both go through `ExportTable`, the writer of every export.
public enum FigureTableExport {
    public enum Format: String, Sendable { case csv, markdown }

    /// The rows with a column per document; `titles` by document id name the columns.
    public static func table(_ rows: [FigureTable.Row], documents: [String], titles: [String: String],
                             format: Format) -> ExportTable {
        let numbers = format == .csv
        var columns: [ExportTable.Column] = [.named("measure"), .named("group"), .named("when"), .named("status")]
        for id in documents {
            let title = titles[id] ?? id
            columns.append(.source(title, id: id))
            if numbers {
                columns += ["stated", "low", "high"].map { .source(title, id: id, suffix: $0) }
            }
        }
        columns.append(.named("note"))
        let body = rows.map { row -> [ExportTable.Cell] in
            var cells: [ExportTable.Cell] = [.text(row.key.measure), .text(row.key.group), .text(row.key.when),
                                             .text(row.status.rawValue)]
            for id in documents {
                let values = row.cells[id] ?? []
                cells.append(.text(values.map(\.text).joined(separator: " / ")))
                // Bounds only for a single value: two values' bounds in one cell would read as a range the source never gave.
                if numbers {
                    let single = values.count == 1 ? values[0].quantity : nil
                    cells += [.number(single?.statedValue), .number(single?.low), .number(single?.high)]
                }
            }
            cells.append(.text(row.note))
            return cells
        }
        return ExportTable(columns: columns, rows: body)
    }

    static func lines(_ rows: [FigureTable.Row], documents: [String], titles: [String: String], format: Format) -> [String] {
        let table = table(rows, documents: documents, titles: titles, format: format)
        return format == .csv ? table.csvLines() : table.markdownLines()
    }

    /// The frequency view: per row, a line per distinct value, most stated first, with its bounds,
    /// how many sources state it, how many state any value of the row, and the ids of those stating it.
    static func frequencyLines(_ rows: [FigureTable.Row], _ frequencies: [FigureTable.RowFrequencies], documents: [String],
                               format: Format) -> [String]
    {
        let columns: [ExportTable.Column] = ["measure", "group", "when", "status", "value", "low", "high", "sources", "of",
                                             "documents", "note"].map(ExportTable.Column.named)
        var body: [[ExportTable.Cell]] = []
        for (row, counted) in zip(rows, frequencies) {
            let key: [ExportTable.Cell] = [.text(row.key.measure), .text(row.key.group), .text(row.key.when),
                                           .text(row.status.rawValue)]
            let of = ExportTable.Cell.number(Double(counted.sourceCount))
            if counted.values.isEmpty { body.append(key + [.empty, .empty, .empty, .number(0), of, .empty, .text(row.note)]) }
            for value in counted.values {
                body.append(key + [.text(value.text), .number(value.quantity.low), .number(value.quantity.high),
                                   .number(Double(value.count)), of,
                                   .text(value.sources.map { documents[$0] }.joined(separator: " ")), .text(row.note)])
            }
        }
        let table = ExportTable(columns: columns, rows: body)
        return format == .csv ? table.csvLines() : table.markdownLines()
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
}
