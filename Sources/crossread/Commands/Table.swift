import ArgumentParser
import Browser
import Comparison
import Corpus
import Extraction
import Foundation

struct Table: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compare the sources' figures: one row per thing counted, one column per article.")

    @OptionGroup var corpus: CorpusOptions
    @Option(help: "text, json, csv or markdown.") var format: TableFormat = .text
    @Flag(help: "Also make rows of counts that are not casualties (residents, marchers, troops).") var all = false

    func run() throws {
        let store = try corpus.load()
        try FigureTableOutput(table: FigureTable(store: store, rows: all ? .all : .casualties), labels: SourceLabels(store))
            .write(format)
    }
}

/// The figure table as `table` prints it, in each format.
struct FigureTableOutput {
    let table: FigureTable
    let labels: SourceLabels

    struct Shape: Encodable {
        var documents: [String]
        var rows: [RowShape]
    }

    struct RowShape: Encodable {
        var measure: String
        var group: String
        var when: String?
        var status: String
        var cells: [String: [String]]
        /// Each cell's values with the fields `figures` gives for them.
        var values: [String: [ValueShape]]
        var note: String?

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(measure, forKey: .measure)
            try container.encode(group, forKey: .group)
            try container.encode(when, forKey: .when)
            try container.encode(status, forKey: .status)
            try container.encode(cells, forKey: .cells)
            try container.encode(values, forKey: .values)
            try container.encode(note, forKey: .note)
        }

        enum CodingKeys: String, CodingKey { case measure, group, when, status, cells, values, note }
    }

    /// One value of a cell: the words as written, the number(s) stated, the bounds, the qualifier,
    /// the text's word for the measure, and whether it is vague or feared.
    struct ValueShape: Encodable {
        var value: String
        var stated: [Double]
        var low: Double?
        var high: Double?
        var qualifier: String?
        var word: String
        var vague: Bool
        var feared: Bool

        init(_ value: FigureTable.Value) {
            let figure = value.figure.figure
            self.value = value.text
            stated = value.quantity.stated
            low = value.quantity.low
            high = value.quantity.high
            qualifier = value.quantity.qualifier
            word = figure.word
            vague = value.quantity.isVague
            feared = figure.isFeared
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(value, forKey: .value)
            try container.encode(stated, forKey: .stated)
            try container.encode(low, forKey: .low)
            try container.encode(high, forKey: .high)
            try container.encode(qualifier, forKey: .qualifier)
            try container.encode(word, forKey: .word)
            try container.encode(vague, forKey: .vague)
            try container.encode(feared, forKey: .feared)
        }

        enum CodingKeys: String, CodingKey { case value, stated, low, high, qualifier, word, vague, feared }
    }

    /// Notes name documents by id; text and Markdown tables name them by their column labels.
    private func labelled(_ note: String, _ format: TableFormat) -> String {
        guard format != .csv else { return note }
        var result = note
        for entry in labels.entries { result = result.replacingOccurrences(of: entry.documentID, with: entry.label) }
        return result
    }

    func write(_ format: TableFormat) throws {
        if format == .json {
            let rows = table.rows.map { row in
                RowShape(measure: row.key.measure, group: row.key.group, when: row.key.when, status: row.status.rawValue,
                         cells: row.cells.mapValues { $0.map(\.text) }, values: row.cells.mapValues { $0.map(ValueShape.init) },
                         note: row.note)
            }
            try StandardOutput.writeJSON(Shape(documents: table.documents, rows: rows))
            return
        }
        if format == .csv || format == .markdown {
            let titles = Dictionary(labels.entries.map { ($0.documentID, $0.title) }, uniquingKeysWith: { first, _ in first })
            CommandExports.write(FigureTableExport.table(table.rows, documents: table.documents, titles: titles,
                                                         format: format == .csv ? .csv : .markdown), format)
            return
        }
        // Text names columns by short labels with a legend.
        let columns = table.documents.map { labels.label(of: $0) ?? $0 }
        let headers = ["MEASURE", "GROUP", "WHEN", "STATUS"] + columns + ["NOTE"]
        let rows = table.rows.map { row -> [String] in
            [row.key.measure, row.key.group, row.key.when ?? "-", row.status.rawValue]
                + table.documents.map { id in row.cells[id]?.map(\.text).joined(separator: " / ") ?? "" }
                + [labelled(row.note ?? "", format)]
        }
        var output = TableFormat.render(headers: headers, rows: rows, format: format, flexibleColumn: headers.count - 1,
                                         maxWidth: 1000)
        if format != .csv {
            output += "\n" + labels.entries.map { "\($0.label)  \($0.documentID)  \($0.title)" }.joined(separator: "\n") + "\n"
        }
        StandardOutput.write(output)
    }
}
