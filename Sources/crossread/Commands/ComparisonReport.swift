import Comparison
import Corpus
import Extraction

/// What `compare` prints, in each format: claims, passage pairs per pair of articles, quotations.
struct ComparisonReport: Encodable {
    let documents: [Document]
    let labelNames: [String]
    let claims: ClaimComparison
    /// Every pair of articles, in order (A↔B, A↔C, B↔C, ...), with its alignment.
    let alignments: [(left: Int, right: Int, alignment: PassageAlignment)]

    init(documents: [Document], labels: SourceLabels) {
        self.documents = documents
        labelNames = documents.enumerated().map { labels.label(of: $1.id) ?? SourceLabels.label($0) }
        claims = ClaimComparison(of: documents)
        var alignments: [(Int, Int, PassageAlignment)] = []
        for left in documents.indices {
            for right in documents.indices where right > left {
                alignments.append((left, right, PassageAligner.align(documents[left], documents[right])))
            }
        }
        self.alignments = alignments
    }

    // MARK: JSON

    struct Source: Encodable {
        var label: String
        var id: String
        var title: String?

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(label, forKey: .label)
            try container.encode(id, forKey: .id)
            try container.encode(title, forKey: .title)  // null when unknown, never left out
        }

        enum CodingKeys: String, CodingKey { case label, id, title }
    }

    struct StatedValue: Encodable {
        var value: String
        var low: Double?
        var high: Double?
        var span: TextSpan
        var sentence: String
        var sentenceSpan: TextSpan

        enum CodingKeys: String, CodingKey { case value, low, high, span, sentence, sentenceSpan = "sentence_span" }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(value, forKey: .value)
            try container.encode(low, forKey: .low)
            try container.encode(high, forKey: .high)
            try container.encode(span, forKey: .span)
            try container.encode(sentence, forKey: .sentence)
            try container.encode(sentenceSpan, forKey: .sentenceSpan)
        }
    }

    struct SourceValues: Encodable {
        var source: String
        var values: [StatedValue]
    }

    struct ClaimEntry: Encodable {
        var measure: String
        var group: String
        var event: String?
        var status: String
        var sources: [SourceValues]

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(measure, forKey: .measure)
            try container.encode(group, forKey: .group)
            try container.encode(event, forKey: .event)
            try container.encode(status, forKey: .status)
            try container.encode(sources, forKey: .sources)
        }

        enum CodingKeys: String, CodingKey { case measure, group, event, status, sources }
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

    struct Passages: Encodable {
        var left: String
        var right: String
        var pairs: [Pair]
        var unmatched: Unmatched
    }

    struct QuotationEntry: Encodable {
        var source: String
        var text: String
        var span: TextSpan
        var speaker: String?
        var cue: String?

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(source, forKey: .source)
            try container.encode(text, forKey: .text)
            try container.encode(span, forKey: .span)
            try container.encode(speaker, forKey: .speaker)
            try container.encode(cue, forKey: .cue)
        }

        enum CodingKeys: String, CodingKey { case source, text, span, speaker, cue }
    }

    enum CodingKeys: String, CodingKey { case sources, claims, passages, quotations }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(documents.indices.map { Source(label: labelNames[$0], id: documents[$0].id,
                                                            title: documents[$0].metadata.title) }, forKey: .sources)
        try container.encode(claims.claims.map(claimEntry), forKey: .claims)
        try container.encode(alignments.map(passages), forKey: .passages)
        try container.encode(quotationEntries, forKey: .quotations)
    }

    private func claimEntry(_ claim: Claim) -> ClaimEntry {
        ClaimEntry(measure: claim.measure, group: claim.group, event: claim.event, status: claim.status.rawValue,
                   sources: claim.stating.map { source in
                       SourceValues(source: documents[source].id, values: claim.values[source].map { value in
                           StatedValue(value: value.text, low: value.quantity.low, high: value.quantity.high,
                                       span: value.span, sentence: value.sentence, sentenceSpan: value.sentenceSpan)
                       })
                   })
    }

    private func passages(_ entry: (left: Int, right: Int, alignment: PassageAlignment)) -> Passages {
        let left = documents[entry.left], right = documents[entry.right], alignment = entry.alignment
        let pairs = alignment.pairs.map { pair in
            Pair(left: QuotedText(left, reading: pair.left.span), right: QuotedText(right, reading: pair.right.span),
                 kind: pair.kind.rawValue, similarity: (pair.similarity * 1000).rounded() / 1000,
                 changes: pair.changes.map { change in
                     Change(kind: change.kind.rawValue,
                            left: change.kind == .insert ? nil : QuotedText(left, reading: change.left),
                            right: change.kind == .delete ? nil : QuotedText(right, reading: change.right))
                 })
        }
        return Passages(left: left.id, right: right.id, pairs: pairs,
                        unmatched: Unmatched(left: alignment.unmatchedLeft.map { QuotedText(left, reading: $0) },
                                             right: alignment.unmatchedRight.map { QuotedText(right, reading: $0) }))
    }

    /// Each article's quotations, with speakers, spans in its original file.
    private var quotationEntries: [QuotationEntry] {
        documents.flatMap { document in
            QuotationFinder.quotations(in: document.reading.text).map { quote in
                let content = QuotedText(document, reading: quote.content)
                return QuotationEntry(source: document.id, text: content.text, span: content.span,
                                      speaker: quote.speaker?.name, cue: quote.speaker?.cue)
            }
        }
    }

    // MARK: Text

    /// One claim in a line: "differs  killed children  A 63 · B 83".
    private func claimLine(_ claim: Claim) -> String {
        let values = claim.stating.map { "\(labelNames[$0]) \(claim.valueText($0))" }.joined(separator: " · ")
        let status = claim.status == .single ? "only \(labelNames[claim.stating[0]])" : claim.status.rawValue
        return "\(status.padding(toLength: 8, withPad: " ", startingAt: 0))  \(claim.title)  \(values)"
    }

    /// "2 agree, 1 differs, 3 only in A, 1 only in B".
    private var claimSummary: String {
        let agree = claims.count(.agrees), differ = claims.count(.differs)
        var parts = ["\(agree) \(agree == 1 ? "agrees" : "agree")", "\(differ) \(differ == 1 ? "differs" : "differ")"]
        for index in documents.indices { parts.append("\(claims.count(.single, source: index)) only in \(labelNames[index])") }
        return "\(claims.claims.count) claims: " + parts.joined(separator: ", ")
    }

    /// Claims that differ first, then those that agree, then those one source alone states.
    private var orderedClaims: [Claim] {
        claims.differences + claims.claims.filter { $0.status == .agrees } + claims.claims.filter { $0.status == .single }
    }

    func text() -> String {
        var lines = documents.indices.map { "\(labelNames[$0]): \(documents[$0].displayTitle) (\(documents[$0].id))" }
        lines.append("")
        lines.append(claimSummary)
        for claim in orderedClaims { lines.append("  " + claimLine(claim)) }
        for (leftIndex, rightIndex, alignment) in alignments {
            let left = documents[leftIndex], right = documents[rightIndex]
            let leftLabel = labelNames[leftIndex], rightLabel = labelNames[rightIndex]
            let leftText = left.reading.text, rightText = right.reading.text
            lines.append("")
            let counts = PassagePair.Kind.allCases.map { kind in
                "\(alignment.pairs.filter { $0.kind == kind }.count) \(kind.rawValue)"
            }
            lines.append("\(leftLabel) ↔ \(rightLabel): \(alignment.pairs.count) pairs (\(counts.joined(separator: ", "))); "
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
                lines.append("Only in \(label) (against \(label == leftLabel ? rightLabel : leftLabel)):")
                for span in spans {
                    lines.append("  " + DisplayWidth.truncate(span.slice(of: document.reading.text) ?? "", to: 100))
                }
            }
        }
        lines.append("")
        lines.append("Quotations:")
        for entry in quotationEntries {
            let label = labelNames[documents.firstIndex { $0.id == entry.source } ?? 0]
            lines.append("  \(label) \(entry.speaker ?? "speaker not named"): “\(DisplayWidth.truncate(entry.text, to: 90))”")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: Markdown

    func markdown() -> String {
        func cell(_ text: String) -> String {
            text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
        }
        var lines = ["# Comparison", ""]
        for index in documents.indices {
            lines.append("- **\(labelNames[index])**: \(cell(documents[index].displayTitle)) (`\(documents[index].id)`)")
        }
        lines += ["", "## Claims", "", claimSummary, ""]
        lines.append("| Status | Measure | Group | Event | " + labelNames.joined(separator: " | ") + " |")
        lines.append("| --- | --- | --- | --- | " + labelNames.map { _ in "---" }.joined(separator: " | ") + " |")
        for claim in orderedClaims {
            let status = claim.status == .single ? "only \(labelNames[claim.stating[0]])" : claim.status.rawValue
            let values = documents.indices.map { cell(claim.valueText($0)) }
            lines.append("| \(status) | \(cell(claim.measure)) | \(cell(claim.group)) | \(claim.event ?? "") | "
                + values.joined(separator: " | ") + " |")
        }
        for claim in claims.differences {
            lines += ["", "### \(cell(claim.title))", ""]
            for source in claim.stating {
                for value in claim.values[source] {
                    lines.append("- **\(labelNames[source]) \(cell(value.text))** (bytes \(value.span.start)–\(value.span.end)): "
                        + "\(cell(value.sentence))")
                }
            }
        }
        lines += ["", "## Passages"]
        for (leftIndex, rightIndex, alignment) in alignments {
            let left = documents[leftIndex], right = documents[rightIndex]
            let leftLabel = labelNames[leftIndex], rightLabel = labelNames[rightIndex]
            lines += ["", "### \(leftLabel) ↔ \(rightLabel)", ""]
            lines.append("| Kind | \(leftLabel) | \(rightLabel) | Changes |")
            lines.append("| --- | --- | --- | --- |")
            for pair in alignment.pairs {
                let changes = ChangeDescription.line(pair.changes, left: left.reading.text, right: right.reading.text)
                lines.append("| \(pair.kind.rawValue) | \(cell(pair.left.span.slice(of: left.reading.text) ?? "")) | "
                    + "\(cell(pair.right.span.slice(of: right.reading.text) ?? "")) | \(cell(changes)) |")
            }
            for span in alignment.unmatchedLeft {
                lines.append("| only \(leftLabel) | \(cell(span.slice(of: left.reading.text) ?? "")) | — | |")
            }
            for span in alignment.unmatchedRight {
                lines.append("| only \(rightLabel) | — | \(cell(span.slice(of: right.reading.text) ?? "")) | |")
            }
        }
        lines += ["", "## Quotations", ""]
        for entry in quotationEntries {
            let label = labelNames[documents.firstIndex { $0.id == entry.source } ?? 0]
            lines.append("- **\(label)**, \(cell(entry.speaker ?? "speaker not named")): “\(cell(entry.text))”")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// A number with two decimals ("0.85").
func twoDecimals(_ value: Double) -> String {
    let hundredths = Int((value * 100).rounded())
    return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
}
