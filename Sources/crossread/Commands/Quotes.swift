import ArgumentParser
import Comparison
import Corpus
import Extraction

struct Quotes: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List every distinct quotation, its speaker, the sources that carry it and how their wording differs.",
        discussion: """
            A quotation counts when it has at least four words. Wordings that differ a little are one \
            quotation; the first source's wording is shown, and each other source's changes to it. In JSON, \
            spans are UTF-8 byte offsets into each article's original text.
            """)

    @OptionGroup var corpus: CorpusOptions
    @Option(help: "text, json or markdown.") var format: OutputFormat = .text

    func run() throws {
        let store = try corpus.load()
        let groups = CorpusQuotations.groups(in: store)
        let labels = SourceLabels(store)
        switch format {
        case .json: try StandardOutput.writeJSON(QuoteList(store: store, groups: groups))
        case .text: StandardOutput.write(text(groups, labels))
        case .markdown: StandardOutput.write(markdown(groups, labels))
        }
    }

    private func sourceLine(_ variant: QuotationGroup.Variant, of group: QuotationGroup, _ labels: SourceLabels) -> String {
        let label = labels.label(of: variant.documentID) ?? "?"
        let wording = variant == group.variants.first ? "the wording above"
            : variant.changes.isEmpty ? "same wording"
            : "differs: " + ChangeDescription.line(variant.changes, left: group.text, right: variant.text)
        return "\(label) \(variant.documentID): \(wording)"
    }

    private func text(_ groups: [QuotationGroup], _ labels: SourceLabels) -> String {
        var lines = ["\(groups.count) quotations"]
        for group in groups {
            lines.append("")
            lines.append("“\(group.text)”")
            lines.append("  speaker: \(group.speaker ?? "-")")
            for variant in group.variants { lines.append("  " + sourceLine(variant, of: group, labels)) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func markdown(_ groups: [QuotationGroup], _ labels: SourceLabels) -> String {
        var lines = ["# Quotations", ""]
        for group in groups {
            lines.append("> " + group.text.replacingOccurrences(of: "\n", with: "\n>\n> "))
            lines.append("")
            lines.append("Speaker: \(group.speaker ?? "unknown")")
            lines.append("")
            for variant in group.variants { lines.append("- " + sourceLine(variant, of: group, labels)) }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }
}

/// What `quotes --format json` prints.
struct QuoteList: Encodable {
    let store: DocumentStore
    let groups: [QuotationGroup]

    struct Source: Encodable {
        var document: String
        var text: String
        var span: TextSpan
    }

    struct Quote: Encodable {
        var text: String
        var speaker: String?
        var sources: [Source]

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(text, forKey: .text)
            try container.encode(speaker, forKey: .speaker)  // null when no source names one
            try container.encode(sources, forKey: .sources)
        }

        enum CodingKeys: String, CodingKey { case text, speaker, sources }
    }

    enum CodingKeys: String, CodingKey { case quotes }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        let quotes = groups.map { group in
            Quote(text: group.text, speaker: group.speaker, sources: group.variants.map {
                Source(document: $0.documentID, text: $0.text, span: $0.sourceSpan)
            })
        }
        try container.encode(quotes, forKey: .quotes)
    }
}
