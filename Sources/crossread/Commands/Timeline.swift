import ArgumentParser
import Comparison
import Corpus
import Extraction
import Browser
import Foundation

struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Print the dated events of the corpus as one chronology, with the sources that mention each.")

    @OptionGroup var corpus: CorpusOptions
    @Option(help: "text, json, csv or markdown.") var format: TimelineFormat = .text
    @Option(help: ArgumentHelp("Only periods that end after this date (YYYY, YYYY-MM or YYYY-MM-DD).", valueName: "date"))
    var from: String?
    @Option(help: ArgumentHelp("Only periods that start by this date (YYYY, YYYY-MM or YYYY-MM-DD), inclusive.",
                               valueName: "date"))
    var to: String?
    @Flag(help: "Also list the dates of references (access dates, years beside document numbers), as kind citation.")
    var citations = false
    @OptionGroup var width: WidthOption

    func validate() throws {
        for value in [from, to].compactMap({ $0 }) where PartialDate(iso: value) == nil {
            throw ValidationError("not a date: \(value) (use YYYY, YYYY-MM or YYYY-MM-DD)")
        }
        if let from, let to, Timeline.isEmptyRange(from: PartialDate(iso: from), to: PartialDate(iso: to)) {
            throw ValidationError("--from \(from) is after --to \(to): no day is in that range")
        }
    }

    func run() throws {
        let store = try corpus.load()
        let timeline = Timeline(store)
        let entries = timeline.entries(from: from.flatMap(PartialDate.init(iso:)), to: to.flatMap(PartialDate.init(iso:)),
                                       citations: citations)
        try TimelineOutput(store: store, entries: entries, unplaced: timeline.unplaced, maxWidth: width.maxWidth)
            .write(format)
    }
}

/// How `timeline` prints: `OutputFormat` plus CSV, one row per mention.
enum TimelineFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, csv, markdown
}

/// The timeline as `timeline` prints it, in each format.
struct TimelineOutput {
    let store: DocumentStore
    let entries: [TimelineEntry]
    let unplaced: [TimelineMention]
    var maxWidth: Int? = TextTable.outputWidth

    struct Entry {
        var start: String
        var end: String
        var granularity: String
        var label: String
        var kind: String
        var vague: Bool
        var mentions: [Mention]

        init(_ entry: TimelineEntry) {
            start = entry.startISO
            end = entry.endISO
            granularity = entry.granularity.rawValue
            label = entry.label
            kind = entry.kind.rawValue
            vague = entry.isVague
            let found = entry.mentions
            mentions = found.map(Mention.init)
            // A publication date no line of the document states: the document, with nothing to quote.
            let quoted = Set(found.map(\.documentID))
            mentions += entry.publishedDocumentIDs.filter { !quoted.contains($0) }.map(Mention.init(published:))
        }
    }

    struct Mention {
        var document: String
        var text: String?
        var sentence: String?
        var span: [Int]?
        var inferred: Bool

        init(_ mention: TimelineMention) {
            document = mention.documentID
            text = mention.text
            sentence = mention.sentence
            span = [mention.span.start, mention.span.end]
            inferred = mention.isInferred
        }

        init(published document: String) {
            self.document = document
            inferred = false
        }
    }

    func write(_ format: TimelineFormat) throws {
        let labels = SourceLabels(store)
        func sources(_ entry: TimelineEntry) -> String {
            // In column order, also for an entry that took in the mentions of the days inside it.
            entry.documentIDs.compactMap(labels.label(of:)).sorted { ($0.count, $0) < ($1.count, $1) }.joined(separator: " ")
        }
        func when(_ entry: TimelineEntry) -> String {
            if entry.kind == .recurring { return "every \(entry.startISO.dropFirst(2))" }
            guard let interval = entry.interval else { return entry.startISO }
            let single = interval.start.iso(entry.granularity) == interval.end.adding(days: -1).iso(entry.granularity)
            return single ? entry.startISO : "\(entry.startISO)..\(interval.end.adding(days: -1).iso(entry.granularity))"
        }
        func label(_ entry: TimelineEntry) -> String {
            guard let document = entry.labelDocumentID, let source = labels.label(of: document) else { return entry.label }
            return "“\(entry.label)” (\(source))"
        }
        switch format {
        case .json:
            // Written by hand so the keys come in the documented order on every platform.
            FileHandle.standardOutput.write(Data(json(entries.map(Entry.init)).utf8))
        case .csv:
            let titles = CommandExports.titles(store)
            let columns: [ExportTable.Column] = [
                "start", "end", "granularity", "kind", "vague", "label", "document", "title", "text", "sentence",
                "span_start", "span_end", "inferred",
            ].map(ExportTable.Column.named)
            var rows: [[ExportTable.Cell]] = []
            for entry in entries {
                for mention in Entry(entry).mentions {
                    rows.append([.text(entry.startISO), .text(entry.endISO), .text(entry.granularity.rawValue),
                                 .text(entry.kind.rawValue), .flag(entry.isVague), .text(entry.label), .text(mention.document),
                                 .text(titles[mention.document]), .text(mention.text), .text(mention.sentence),
                                 .number(mention.span.map { Double($0[0]) }), .number(mention.span.map { Double($0[1]) }),
                                 .flag(mention.inferred)])
                }
            }
            StandardOutput.write(ExportTable(columns: columns, rows: rows).csv())
        case .markdown:
            let columns: [ExportTable.Column] = ["when", "granularity", "kind", "sources", "label"].map(ExportTable.Column.named)
            let rows = entries.map { entry -> [ExportTable.Cell] in
                [.text(when(entry)), .text(entry.granularity.rawValue), .text(entry.kind.rawValue + (entry.isVague ? ", vague" : "")),
                 .text(sources(entry)), .text(label(entry))]
            }
            var text = ExportTable(columns: columns, rows: rows).markdown()
            text += "\n" + labels.entries.map { "- \($0.label): \($0.title) (\($0.documentID))" }.joined(separator: "\n") + "\n"
            StandardOutput.write(text)
        case .text:
            let rows = entries.map { entry in
                [when(entry), entry.granularity.rawValue, entry.kind.rawValue + (entry.isVague ? ", vague" : ""), sources(entry),
                 label(entry)]
            }
            let table = TextTable(headers: ["WHEN", "GRANULARITY", "KIND", "SOURCES", "LABEL"], rows: rows,
                                  flexibleColumn: 4, maxWidth: maxWidth)
            var text = table.text()
            text += "\n" + labels.entries.map { "\($0.label)  \($0.documentID)  \($0.title)" }.joined(separator: "\n") + "\n"
            if !unplaced.isEmpty {
                text += "\nNot placed (relative dates in articles without a publication date):\n"
                text += unplaced.map { "  \(labels.label(of: $0.documentID) ?? $0.documentID): “\($0.text)”" }
                    .joined(separator: "\n") + "\n"
            }
            StandardOutput.write(text)
        }
    }

    /// The entries as a pretty-printed JSON array: keys in the order the issue documents them,
    /// unknown values as `null`.
    func json(_ entries: [Entry]) -> String {
        func string(_ value: String?) -> String {
            guard let value else { return "null" }
            var text = "\""
            for scalar in value.unicodeScalars {
                switch scalar {
                case "\"": text += "\\\""
                case "\\": text += "\\\\"
                case "\n": text += "\\n"
                case "\r": text += "\\r"
                case "\t": text += "\\t"
                default:
                    if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029 {
                        let hex = String(scalar.value, radix: 16)
                        text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                    } else {
                        text.unicodeScalars.append(scalar)
                    }
                }
            }
            return text + "\""
        }
        let objects = entries.map { entry -> String in
            let mentions = entry.mentions.map { mention -> String in
                let span = mention.span.map { "[\($0[0]), \($0[1])]" } ?? "null"
                return """
                      {
                        "document": \(string(mention.document)),
                        "text": \(string(mention.text)),
                        "sentence": \(string(mention.sentence)),
                        "span": \(span),
                        "inferred": \(mention.inferred)
                      }
                """
            }
            return """
              {
                "start": \(string(entry.start)),
                "end": \(string(entry.end)),
                "granularity": \(string(entry.granularity)),
                "label": \(string(entry.label)),
                "kind": \(string(entry.kind)),
                "vague": \(entry.vague),
                "mentions": [\(mentions.isEmpty ? "" : "\n" + mentions.joined(separator: ",\n") + "\n    ")]
              }
            """
        }
        return entries.isEmpty ? "[]\n" : "[\n" + objects.joined(separator: ",\n") + "\n]\n"
    }
}
