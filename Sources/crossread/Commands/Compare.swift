import ArgumentParser
import Comparison
import Corpus
import Extraction

struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Pair the passages of two articles that tell the same thing, and show how their words differ.",
        discussion: """
            Pairs are the same quotation (kind quote), sentences stating the same figures (figures) or \
            sentences sharing their wording (wording). In JSON, spans are UTF-8 byte offsets into each \
            article's original text and texts are its reading text.
            """)

    @OptionGroup var corpus: CorpusOptions
    @Argument(help: "The left article's id, or a prefix that names one article.") var left: String
    @Argument(help: "The right article's id, or a prefix that names one article.") var right: String
    @Option(help: "text or json.") var format: CompareFormat = .text

    enum CompareFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    func run() throws {
        let store = try corpus.load()
        let leftDocument = try document(left, in: store), rightDocument = try document(right, in: store)
        let alignment = PassageAligner.align(leftDocument, rightDocument)
        let report = ComparisonReport(left: leftDocument, right: rightDocument, alignment: alignment)
        switch format {
        case .json: try StandardOutput.writeJSON(report)
        case .text: StandardOutput.write(report.text(labels: SourceLabels(store)))
        }
    }

    private func document(_ id: String, in store: DocumentStore) throws -> Document {
        guard let document = store.document(matching: id) else {
            StandardError.print("crossread: no article with id \(id) (crossread list shows the ids)")
            throw ExitCode(2)
        }
        return document
    }
}

/// What `compare` prints, in each format.
struct ComparisonReport: Encodable {
    let left: Document
    let right: Document
    let alignment: PassageAlignment

    struct Side: Encodable {
        var id: String
        var title: String?

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(title, forKey: .title)  // null when unknown, never left out
        }

        enum CodingKeys: String, CodingKey { case id, title }
    }

    struct Change: Encodable {
        var kind: String
        var left: QuotedText?
        var right: QuotedText?

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(kind, forKey: .kind)
            try container.encode(left, forKey: .left)
            try container.encode(right, forKey: .right)
        }

        enum CodingKeys: String, CodingKey { case kind, left, right }
    }

    struct Pair: Encodable {
        var left: QuotedText
        var right: QuotedText
        var kind: String
        var similarity: Double
        var changes: [Change]
    }

    struct Unmatched: Encodable {
        var left: [QuotedText]
        var right: [QuotedText]
    }

    enum CodingKeys: String, CodingKey { case left, right, pairs, unmatched }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Side(id: left.id, title: left.metadata.title), forKey: .left)
        try container.encode(Side(id: right.id, title: right.metadata.title), forKey: .right)
        let pairs = alignment.pairs.map { pair in
            Pair(left: QuotedText(left, reading: pair.left.span), right: QuotedText(right, reading: pair.right.span),
                 kind: pair.kind.rawValue, similarity: (pair.similarity * 1000).rounded() / 1000,
                 changes: pair.changes.map { change in
                     Change(kind: change.kind.rawValue,
                            left: change.kind == .insert ? nil : QuotedText(left, reading: change.left),
                            right: change.kind == .delete ? nil : QuotedText(right, reading: change.right))
                 })
        }
        try container.encode(pairs, forKey: .pairs)
        try container.encode(Unmatched(left: alignment.unmatchedLeft.map { QuotedText(left, reading: $0) },
                                       right: alignment.unmatchedRight.map { QuotedText(right, reading: $0) }),
                             forKey: .unmatched)
    }

    func text(labels: SourceLabels) -> String {
        let leftLabel = labels.label(of: left.id) ?? "L", rightLabel = labels.label(of: right.id) ?? "R"
        let leftText = left.reading.text, rightText = right.reading.text
        var lines = ["\(leftLabel): \(left.displayTitle) (\(left.id))", "\(rightLabel): \(right.displayTitle) (\(right.id))"]
        let counts = PassagePair.Kind.allCases.map { kind in "\(alignment.pairs.filter { $0.kind == kind }.count) \(kind.rawValue)" }
        lines.append("\(alignment.pairs.count) pairs (\(counts.joined(separator: ", "))); "
                     + "\(alignment.unmatchedLeft.count) sentences only in \(leftLabel), "
                     + "\(alignment.unmatchedRight.count) only in \(rightLabel)")
        for pair in alignment.pairs {
            lines.append("")
            lines.append("[\(pair.kind.rawValue), similarity \(twoDecimals(pair.similarity))]")
            lines.append("  \(leftLabel): \(pair.left.span.slice(of: leftText) ?? "")")
            lines.append("  \(rightLabel): \(pair.right.span.slice(of: rightText) ?? "")")
            if !pair.changes.isEmpty {
                lines.append("  changes: " + ChangeDescription.line(pair.changes, left: leftText, right: rightText))
            }
        }
        for (label, document, spans) in [(leftLabel, left, alignment.unmatchedLeft), (rightLabel, right, alignment.unmatchedRight)]
        where !spans.isEmpty {
            lines.append("")
            lines.append("Only in \(label):")
            for span in spans {
                lines.append("  " + DisplayWidth.truncate(span.slice(of: document.reading.text) ?? "", to: 100))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// A number with two decimals ("0.85").
func twoDecimals(_ value: Double) -> String {
    let hundredths = Int((value * 100).rounded())
    return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
}
