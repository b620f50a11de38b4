import ArgumentParser
import Comparison
import Corpus
import Extraction

struct Figures: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List every figure the articles state: one line per mention, traced to its sentence.")

    @OptionGroup var corpus: CorpusOptions
    @Option(help: "text, json, csv or markdown.") var format: TableFormat = .text
    @Flag(help: "Also list counts that are not casualties (residents, marchers, troops); JSON marks them \"casualty\": false.")
    var all = false

    func run() throws {
        let store = try corpus.load()
        let figures = DocumentFigure.all(in: store)
        try FigureList(figures: all ? figures : figures.filter { FigureVocabulary.isCasualty($0.measure, group: $0.group) },
                       titles: CommandExports.titles(store))
            .write(format)
    }
}

/// The figure list as `figures` prints it, in each format.
struct FigureList {
    let figures: [DocumentFigure]
    /// Document id → title, for CSV and Markdown.
    var titles: [String: String] = [:]

    struct Entry: Encodable {
        var document: String
        var measure: String
        var group: String
        var value: String
        var low: Double?
        var high: Double?
        var exact: Bool
        // What the text gives (see FigureVocabulary): the number(s) as stated, the words that bound
        // them, the text's own word for the measure, and whether the table compares the figure.
        var stated: [Double]
        var qualifier: String?
        var word: String
        var vague: Bool
        var feared: Bool
        var casualty: Bool
        var attribution: String?
        var when: String?
        var sentence: String
        var span: [Int]

        init(_ found: DocumentFigure) {
            let figure = found.figure
            document = found.documentID
            measure = figure.measure
            group = figure.group
            value = figure.value
            low = figure.quantity.low
            high = figure.quantity.high
            exact = figure.quantity.isExact
            stated = figure.quantity.stated
            qualifier = figure.quantity.qualifier
            word = figure.word
            vague = figure.quantity.isVague
            feared = figure.isFeared
            casualty = figure.isCasualty
            attribution = figure.attribution
            when = figure.when
            sentence = figure.sentence
            span = [figure.span.start, figure.span.end]
        }

        func encode(to encoder: Encoder) throws {
            // Open bounds and unknown fields are written as null, never left out.
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(document, forKey: .document)
            try container.encode(measure, forKey: .measure)
            try container.encode(group, forKey: .group)
            try container.encode(value, forKey: .value)
            try container.encode(low, forKey: .low)
            try container.encode(high, forKey: .high)
            try container.encode(exact, forKey: .exact)
            try container.encode(stated, forKey: .stated)
            try container.encode(qualifier, forKey: .qualifier)
            try container.encode(word, forKey: .word)
            try container.encode(vague, forKey: .vague)
            try container.encode(feared, forKey: .feared)
            try container.encode(casualty, forKey: .casualty)
            try container.encode(attribution, forKey: .attribution)
            try container.encode(when, forKey: .when)
            try container.encode(sentence, forKey: .sentence)
            try container.encode(span, forKey: .span)
        }

        enum CodingKeys: String, CodingKey {
            case document, measure, group, value, low, high, exact, stated, qualifier, word, vague, feared, casualty
            case attribution, when, sentence, span
        }
    }

    func write(_ format: TableFormat) throws {
        if format == .json {
            try StandardOutput.writeJSON(figures.map(Entry.init))
            return
        }
        if format == .csv || format == .markdown {
            CommandExports.write(CommandExports.figures(figures, titles: titles), format)
            return
        }
        let headers = ["DOCUMENT", "MEASURE", "WORD", "GROUP", "VALUE", "STATED", "QUALIFIER", "LOW", "HIGH", "WHEN",
                       "ATTRIBUTION", "SPAN", "SENTENCE"]
        let rows = figures.map { found -> [String] in
            let figure = found.figure
            return [found.documentID, figure.measure + (figure.isFeared ? " (feared)" : ""), figure.word, figure.group,
                    figure.value, Self.stated(figure.quantity), figure.quantity.qualifier ?? "-", Self.bound(figure.quantity.low),
                    Self.bound(figure.quantity.high), figure.when ?? "-", figure.attribution ?? "-",
                    "\(figure.span.start)-\(figure.span.end)", figure.sentence]
        }
        StandardOutput.write(TableFormat.render(headers: headers, rows: rows, format: format, flexibleColumn: 12, maxWidth: 280))
    }

    /// "500-1000" for a range as written, "vague" for "hundreds".
    static func stated(_ quantity: Quantity) -> String {
        quantity.stated.isEmpty ? (quantity.isVague ? "vague" : "-") : quantity.stated.map { bound($0) }.joined(separator: "-")
    }

    static func bound(_ value: Double?) -> String {
        guard let value else { return "-" }
        return value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
