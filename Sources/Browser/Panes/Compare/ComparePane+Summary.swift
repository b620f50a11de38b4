import Comparison
import Corpus
import Extraction

/// The summary view: the pair's counts at a glance, every claim with each source's value, and the
/// claim under the cursor quoted from each source that states it.
///
///     A Remembering the flood     B The Marrowby dam
///     Claims: 1 differs · 4 agree · 2 only in A · 1 only in B
///     Passages: 12 aligned, 5 only in A, 7 only in B · Quotations: 2 shared, wording differs in 1 (…)
///
///       STATUS    CLAIM                    A          B
///     ▶ differs   killed children          63         83
///       agrees    killed people            613        613
///     ── killed children · differs ──
///     A  Among the killed were 63 children, 106 women, and 70 elderly people.
///     B  ... including 106 women, 70 elderly and 83 children ...
extension ComparePane {
    /// Where the summary puts its parts in a rectangle.
    struct SummaryFrame {
        static let headerRows = 5
        let list: Rect
        let detail: Rect

        init(_ rect: Rect) {
            let body = max(0, rect.height - Self.headerRows)
            let detailHeight = body >= 8 ? max(3, body * 2 / 5) : 0
            list = Rect(x: rect.x, y: rect.y + Self.headerRows, width: rect.width, height: body - detailHeight)
            detail = Rect(x: rect.x, y: rect.y + Self.headerRows + body - detailHeight, width: rect.width,
                          height: detailHeight)
        }
    }

    /// The summary's first row shown: the kept one, moved just enough to show the cursor.
    func shownClaimTop(visible: Int) -> Int {
        let visible = max(1, visible)
        if claimRow < claimTop { return claimRow }
        if claimRow >= claimTop + visible { return claimRow - visible + 1 }
        return claimTop
    }

    /// The summary's moves: the cursor goes from claim to claim; Enter reads the claim's value.
    mutating func performInSummary(_ action: Action, context: PaneContext) -> PaneOutcome {
        guard let claims else { return .none }
        let visible = max(1, SummaryFrame(context.area).list.height)
        let last = max(0, claims.order.count - 1)
        switch action {
        case .lineDown: claimRow = min(last, claimRow + 1)
        case .lineUp: claimRow = max(0, claimRow - 1)
        case .pageDown: claimRow = min(last, claimRow + visible - 1)
        case .pageUp: claimRow = max(0, claimRow - visible + 1)
        case .top: claimRow = 0
        case .bottom: claimRow = last
        case .open:
            guard !claims.order.isEmpty else { return .none }
            let claim = claims.claim(atRow: claimRow)
            // The cursor's side when it states the count, else the first source that does.
            let preferred = side == .left ? 0 : 1
            guard let source = claim.values[preferred].isEmpty ? claim.stating.first : preferred,
                  let value = claim.values[source].first
            else { return .none }
            return .openReader(documentID: store.documents[chosenSources[source]].id, span: value.readingSpan)
        default:
            // The browser's own actions: the Compare keys bind none of them (ComparePaneActionTests checks).
            return .none
        }
        claimTop = shownClaimTop(visible: visible)
        return .none
    }

    func renderSummary(_ claims: CompareClaims, passages: ComparePassages, context: PaneContext,
                       into buffer: inout CellBuffer, _ rect: Rect)
    {
        guard rect.height > 0, rect.width > 0 else { return }
        let labels = chosenSources.map { context.labels.label(of: store.documents[$0].id) ?? "?" }
        // The sources, each with its title, in one header row.
        var x = rect.x
        let share = max(8, rect.width / max(1, labels.count))
        for (index, label) in labels.enumerated() where x < rect.maxX {
            let start = x
            x = buffer.write(" \(label) ", x: x, y: rect.y, style: index < 2 && (index == 0) == (side == .left) ? .activeTab
                : .selectionInactive, limit: rect.maxX - x)
            let title = store.documents[chosenSources[index]].displayTitle
            x = buffer.write(" " + Self.fitted(title, width: max(1, share - (x - start) - 2)), x: x, y: rect.y, style: .dim,
                             limit: rect.maxX - x)
            x = min(rect.maxX, max(x + 1, start + share))
        }
        buffer.write("Claims: " + claims.summary(labels: labels), x: rect.x, y: rect.y + 1, style: .heading, limit: rect.width)
        let alignment = passages.alignment
        buffer.write("Passages: \(alignment.pairs.count) aligned, \(alignment.unmatchedLeft.count) only in \(labels[0]), "
                     + "\(alignment.unmatchedRight.count) only in \(labels[1]) · " + quotationSummary(passages),
                     x: rect.x, y: rect.y + 2, limit: rect.width)

        let frame = SummaryFrame(rect)
        let valueWidth = max(6, min(22, (rect.width - 34) / max(1, labels.count)))
        let titleWidth = max(12, min(36, rect.width - 12 - valueWidth * labels.count))
        func columns(_ status: String, _ title: String, _ values: [String]) -> [String] {
            [Self.padded(status, 10), Self.padded(Self.fitted(title, width: titleWidth - 1), titleWidth)]
                + values.map { Self.padded(Self.fitted($0, width: valueWidth - 1), valueWidth) }
        }
        var header = "  " + columns("STATUS", "CLAIM", labels).joined()
        if claims.order.isEmpty { header = "  No source states a count." }
        buffer.write(header, x: rect.x, y: rect.y + 4, style: .dim, limit: rect.width)

        let top = shownClaimTop(visible: frame.list.height)
        let current = currentDifference.flatMap { $0 < claims.differingCount ? $0 : nil }
        for line in 0..<frame.list.height {
            let row = top + line
            guard row < claims.order.count else { break }
            let claim = claims.claim(atRow: row)
            let y = frame.list.y + line
            let status = claim.status == .single ? "only \(labels[claim.stating[0]])" : claim.status.rawValue
            let isCursor = row == claimRow
            var x = buffer.write(isCursor ? "▶ " : "  ", x: rect.x, y: y, style: isCursor ? .selection : .normal,
                                 limit: rect.width)
            let parts = columns(status, claim.title, claims.documentIDs.indices.map { claim.valueText($0).isEmpty ? "·" : claim.valueText($0) })
            let statusStyle: Style = claim.status == .differs ? (current == row ? .currentDifference : .differs)
                : claim.status == .agrees ? .normal : .dim
            x = buffer.write(parts[0], x: x, y: y, style: statusStyle, limit: rect.maxX - x)
            x = buffer.write(parts[1], x: x, y: y, style: isCursor ? .heading : .normal, limit: rect.maxX - x)
            for value in parts.dropFirst(2) where x < rect.maxX {
                x = buffer.write(value, x: x, y: y, style: claim.status == .differs ? .differs : .normal, limit: rect.maxX - x)
            }
        }
        renderClaimDetail(claims, labels: labels, into: &buffer, frame.detail)
    }

    /// The claim under the cursor, quoted from each source that states it, its number highlighted.
    private func renderClaimDetail(_ claims: CompareClaims, labels: [String], into buffer: inout CellBuffer, _ rect: Rect) {
        guard rect.height > 0, claimRow < claims.order.count else { return }
        let claim = claims.claim(atRow: claimRow)
        let heading = "── \(claim.title) · \(claim.status == .single ? "stated by one source" : claim.status.rawValue) "
        buffer.write(heading + String(repeating: "─", count: max(0, rect.width - DisplayWidth.of(heading))),
                     x: rect.x, y: rect.y, style: .border, limit: rect.width)
        var y = rect.y + 1
        let values = claim.stating.flatMap { source in claim.values[source].map { (source, $0) } }
        for (position, (source, value)) in values.enumerated() where y < rect.maxY {
            let sentenceStart = value.readingSentenceSpan.start
            let highlight = (value.readingSpan.start - sentenceStart)..<(value.readingSpan.end - sentenceStart)
            let quoted = QuotedSentence(value.sentence, highlight: highlight,
                                        style: claim.status == .differs ? .currentDifference : .figure, width: rect.width - 4)
            // Each value keeps at least a row for every value after it.
            let room = max(1, rect.maxY - y - (values.count - position - 1))
            buffer.write(labels[source], x: rect.x, y: y, style: .key, limit: 3)
            for line in quoted.lines.prefix(room) {
                var x = rect.x + 4
                for run in line { x = buffer.write(run.text, x: x, y: y, style: run.style, limit: rect.maxX - x) }
                y += 1
            }
        }
    }

    /// "Quotations: 1 shared, wording differs in 1 (Sargsyan: Khojalu → Khojaly; needed → were able)":
    /// the first reworded one's speaker and changes.
    func quotationSummary(_ passages: ComparePassages) -> String {
        let alignment = passages.alignment
        let quotes = alignment.pairs.filter { $0.kind == .quote }
        let reworded = quotes.filter { $0.similarity < 1 }
        var text = "Quotations: \(quotes.count) shared, wording differs in \(reworded.count)"
        guard let first = reworded.first else { return text }
        let leftText = store.documents[leftDocument].reading.text, rightText = store.documents[rightDocument].reading.text
        let speaker = alignment.leftQuotations.first { $0.content == first.left.span }?.speaker?.name
            ?? alignment.rightQuotations.first { $0.content == first.right.span }?.speaker?.name ?? "speaker not named"
        let changes = first.changes.map { change -> String in
            let removed = change.left.slice(of: leftText) ?? "", added = change.right.slice(of: rightText) ?? ""
            switch change.kind {
            case .replace: return "\(removed) → \(added)"
            case .insert: return "+ \(added)"
            case .delete: return "− \(removed)"
            }
        }
        text += " (\(speaker): " + (changes.isEmpty ? "told in other words" : changes.joined(separator: "; ")) + ")"
        return text
    }

    static func padded(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
    }
}
