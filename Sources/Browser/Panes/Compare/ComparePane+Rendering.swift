import Comparison
import Corpus
import Extraction

extension ComparePane {
    public func render(_ context: PaneContext, into buffer: inout CellBuffer, _ rect: Rect) {
        if view == .quotes, let quotes {
            quotes.render(context, into: &buffer, rect)
            return
        }
        guard let passages else {
            buffer.write("Compare needs two articles; this corpus has \(store.count).", x: rect.x, y: rect.y, style: .dim,
                         limit: rect.width)
            return
        }
        if view == .summary, let claims {
            renderSummary(claims, passages: passages, context: context, into: &buffer, rect)
            return
        }
        let frame = CompareFrame(rect)
        guard let layout = layout(for: frame) else { return }
        if let divider = frame.divider {
            for row in rect.y..<rect.maxY { buffer.write(isLinked ? "│" : "┆", x: divider, y: row, style: .border) }
        }
        for side in [Side.left, .right] {
            renderHeader(side, passages: passages, frame: frame, context: context, into: &buffer)
            renderColumn(side, passages: passages, layout: layout, frame: frame, context: context, into: &buffer)
        }
    }

    private func renderHeader(_ which: Side, passages: ComparePassages, frame: CompareFrame, context: PaneContext,
                              into buffer: inout CellBuffer)
    {
        let rect = which == .left ? frame.leftHeader : frame.rightHeader
        let document = store.documents[which == .left ? leftDocument : rightDocument]
        let label = context.labels.label(of: document.id) ?? "?"
        let focused = which == side
        var x = rect.x
        if frame.isStacked, which == .right {
            x = buffer.write("── ", x: x, y: rect.y, style: .border, limit: rect.maxX - x)
        }
        x = buffer.write(" \(label) ", x: x, y: rect.y, style: focused ? .activeTab : .selectionInactive, limit: rect.maxX - x)
        let room = rect.maxX - x - (frame.isStacked ? 4 : 1)
        x = buffer.write(" " + Self.fitted(document.displayTitle, width: room - 1), x: x, y: rect.y,
                         style: focused ? .heading : .dim, limit: room)
        if frame.isStacked, x < rect.maxX {
            buffer.write(" " + String(repeating: "─", count: max(0, rect.maxX - x - 1)), x: x, y: rect.y, style: .border,
                         limit: rect.maxX - x)
        }
    }

    private func renderColumn(_ which: Side, passages: ComparePassages, layout: CompareLayout, frame: CompareFrame,
                              context: PaneContext, into buffer: inout CellBuffer)
    {
        let rect = which == .left ? frame.leftText : frame.rightText
        let markX = which == .left ? frame.leftMark : frame.rightMark
        let text = store.documents[which == .left ? leftDocument : rightDocument].reading.text
        let current = passageDifference
        let first = row(of: shownTop(which, frame: frame, layout: layout), in: layout)
        for line in 0..<rect.height {
            let index = first + line
            guard index < layout.rows.count else { break }
            let row = layout.rows[index]
            guard !row.isSeparator else { continue }
            let y = rect.y + line
            let block = passages.blocks[row.block]
            let item = which == .left ? block.left : block.right
            // The mark: what the passage is paired with, the cursor, the current difference.
            var mark: Character = " "
            var markStyle = Style.pairMark
            if let pair = item?.pair {
                let kind = passages.alignment.pairs[pair].kind
                if row.isFirstOfBlock { mark = block.aligned == pair ? Self.mark(kind) : "~" }
                if let current, current.pair == pair, current.change == nil { markStyle = .currentDifference }
            }
            // A passage only one side has: marked, and a gap drawn on the other side, so it never
            // reads as aligned with whatever stands beside it.
            let otherItem = which == .left ? block.right : block.left
            if item != nil, item?.pair == nil, row.isFirstOfBlock { mark = "+" }
            if row.block == cursor, isLinked || which == side { markStyle = .selection }
            buffer.write(String(mark), x: markX, y: y, style: markStyle)
            if item == nil, otherItem != nil, row.isFirstOfBlock {
                let otherLabel = context.labels.label(of: which == .left ? passages.rightID : passages.leftID) ?? "?"
                buffer.write("┄ gap: only in \(otherLabel) ┄", x: rect.x, y: y, style: .dim, limit: rect.width)
            }
            guard let range = which == .left ? row.left : row.right else { continue }
            var spans: [(TextSpan, Style)] = []
            if let pair = item?.pair {
                for (index, span) in passages.changeSpans(ofPair: pair, left: which == .left).enumerated() where !span.isEmpty {
                    let isCurrent = current?.pair == pair && current?.change == index
                    spans.append((span, isCurrent ? .currentDifference : .difference))
                }
            }
            // A number the other source states differently, wherever it stands.
            for span in claims?.differingSpans[which == .left ? 0 : 1] ?? [] where span.overlaps(TextSpan(range)) {
                spans.append((span, .differs))
            }
            Self.write(text, range, spans: spans, x: rect.x, y: y, limit: rect.maxX, into: &buffer)
        }
    }

    /// `text` cut to `width` columns, ending in "…" when cut.
    static func fitted(_ text: String, width: Int) -> String {
        guard DisplayWidth.of(text) > width else { return text }
        var result = ""
        var used = 0
        for character in text {
            let characterWidth = DisplayWidth.of(character)
            if used + characterWidth > width - 1 { break }
            result.append(character)
            used += characterWidth
        }
        return result + "…"
    }

    /// The mark beside a passage aligned on the same rows, by what pairs it.
    static func mark(_ kind: PassagePair.Kind) -> Character {
        switch kind {
        case .quote: return "\""
        case .figures: return "#"
        case .wording: return "="
        case .paraphrase: return "≈"
        }
    }

    /// Writes bytes `range` of `text`, styling the bytes inside `spans`.
    static func write(_ text: String, _ range: Range<Int>, spans: [(TextSpan, Style)], x: Int, y: Int, limit: Int,
                      into buffer: inout CellBuffer)
    {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let end = utf8.index(start, offsetBy: range.count)
        guard spans.contains(where: { $0.0.overlaps(TextSpan(range)) }) else {
            buffer.write(text[start..<end], x: x, y: y, limit: limit - x)
            return
        }
        var column = x
        var offset = range.lowerBound
        for character in text[start..<end] {
            let style = spans.first { $0.0.range.contains(offset) }?.1 ?? .normal
            column = buffer.write(String(character), x: column, y: y, style: style, limit: limit - column)
            offset += character.utf8.count
            if column >= limit { break }
        }
    }
}
