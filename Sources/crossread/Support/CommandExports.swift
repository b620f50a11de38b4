import Browser
import Comparison
import Corpus
import Extraction

/// The CSV and Markdown of each command, built as one `ExportTable` (the writer the Figures pane
/// uses too), so every export has lower-case headings, source titles beside document ids, numbers
/// as numbers and empty cells for what is unknown.
enum CommandExports {
    /// Document id → title (the title, or the stand-in the lists show for an untitled article).
    static func titles(_ store: DocumentStore) -> [String: String] {
        Dictionary(SourceLabels(store).entries.map { ($0.documentID, $0.title) }, uniquingKeysWith: { first, _ in first })
    }

    static func write(_ table: ExportTable, _ format: TableFormat) {
        StandardOutput.write(format == .csv ? table.csv() : table.markdown())
    }

    /// `figures`: a row per figure stated, with the words as written and, beside them, the number(s)
    /// the text gives (`stated`, `stated_upper` for the second number of a range) and the bounds
    /// they imply, as numbers.
    static func figures(_ figures: [DocumentFigure], titles: [String: String]) -> ExportTable {
        let columns: [ExportTable.Column] = [
            "document", "title", "measure", "word", "group", "value", "stated", "stated_upper", "qualifier", "low", "high",
            "exact", "vague", "feared", "when", "attribution", "span_start", "span_end", "sentence",
        ].map(ExportTable.Column.named)
        let rows = figures.map { found -> [ExportTable.Cell] in
            let figure = found.figure, quantity = figure.quantity
            return [.text(found.documentID), .text(titles[found.documentID]), .text(figure.measure), .text(figure.word),
                    .text(figure.group), .text(figure.value), .number(quantity.statedValue), .number(quantity.statedUpper),
                    .text(quantity.qualifier), .number(quantity.low), .number(quantity.high), .flag(quantity.isExact),
                    .flag(quantity.isVague), .flag(figure.isFeared), .text(figure.when), .text(figure.attribution),
                    .number(Double(figure.span.start)), .number(Double(figure.span.end)), .text(figure.sentence)]
        }
        return ExportTable(columns: columns, rows: rows)
    }

    /// `search`: a row per article found, best first.
    static func search(_ results: [SearchResult], query: String) -> ExportTable {
        let columns: [ExportTable.Column] = ["rank", "document", "title", "score", "hits", "snippet"].map(ExportTable.Column.named)
        let rows = results.enumerated().map { rank, result -> [ExportTable.Cell] in
            [.number(Double(rank + 1)), .text(result.documentID), .text(result.title),
             .number(Search.Output.rounded(result.score)), .number(Double(result.hitCount)), .text(result.snippet.marked())]
        }
        return ExportTable(columns: columns, rows: rows)
    }

    /// `compare --format csv`: a row per value each article states for each claim, so a claim that
    /// differs reads as rows with one measure, group and event and different numbers.
    static func claims(_ comparison: ClaimComparison, titles: [String: String]) -> ExportTable {
        let columns: [ExportTable.Column] = [
            "measure", "group", "event", "status", "document", "title", "value", "stated", "stated_upper", "low", "high",
            "span_start", "span_end", "sentence",
        ].map(ExportTable.Column.named)
        var rows: [[ExportTable.Cell]] = []
        for claim in comparison.claims {
            for (source, values) in claim.values.enumerated() {
                let id = comparison.documents[source]
                for value in values {
                    rows.append([.text(claim.measure), .text(claim.group), .text(claim.event), .text(claim.status.rawValue),
                                 .text(id), .text(titles[id]), .text(value.text), .number(value.quantity.statedValue),
                                 .number(value.quantity.statedUpper), .number(value.quantity.low), .number(value.quantity.high),
                                 .number(Double(value.span.start)), .number(Double(value.span.end)), .text(value.sentence)])
                }
            }
        }
        return ExportTable(columns: columns, rows: rows)
    }
}
