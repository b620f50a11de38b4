import Comparison
import Corpus
import Extraction

/// The Compare pane: what two sources say, lined up, most of all where they part.
///
/// It opens on a summary of the pair (`View.summary`): how many counts they agree on, differ on,
/// or state alone, how many quotations they share and in how many the wording differs, and every
/// claim (measure × group × event) with each source's value; the claim under the cursor is quoted
/// from each source below the list. `+` adds another source to the claims (`-` takes it away), so
/// one count is read across several sources. `c` turns to the passages (`View.passages`): two
/// columns, aligned passages on the same rows, differing words highlighted on both sides; and `v`
/// to every quotation in the corpus (`View.quotes`).
///
/// Each side has a source (`[` `]` and `{` `}` pick them, `s` swaps them). Aligned pairs start on
/// the same row with a mark beside each side (`"` the same quotation, `#` the same figures, `=`
/// shared wording, `≈` a paraphrase, `~` paired with a passage at another place); a passage only
/// one side has gets a block of its own, marked `+`, with a gap on the other side. The sides scroll
/// together until `u` unlinks them. `n` steps through the differences: claims that differ first,
/// then the passages' word changes. Below `stackedBelowWidth` columns the sides are stacked, left
/// source on top. The alignment of a pair of sources is computed once and kept; the wrapped rows
/// are kept for the last width.
public struct ComparePane: ContentPane {
    public enum View: Sendable { case summary, passages, quotes }
    public enum Side: Sendable { case left, right }

    /// Where a side's scroll position is: a block and a row inside it, so it survives re-wrapping.
    struct Anchor: Hashable, Sendable {
        var block = 0
        var line = 0
    }

    public static let factory = PaneFactory(title: "Compare", activity: "Finding quotations",
                                            bindings: bindings) { store, progress in
        ComparePane(store: store, progress: progress)
    }

    /// Below this width the two sides are stacked rather than put side by side.
    public static let stackedBelowWidth = 100

    public var title: String { "Compare" }
    public var keyContext: Keymap.Context { .compare }

    let store: DocumentStore
    public private(set) var leftDocument: Int
    public private(set) var rightDocument: Int
    public private(set) var view: View = .summary
    /// Sources beyond the two sides whose claims the summary shows as well (indices into the store).
    public private(set) var extraSources: [Int] = []
    /// The summary's row under the cursor, and its first row shown.
    public internal(set) var claimRow = 0
    var claimTop = 0
    /// Claims of the chosen sources.
    private(set) var claims: CompareClaims?
    public private(set) var isLinked = true
    public internal(set) var side: Side = .left
    /// The block under the cursor.
    public private(set) var cursor = 0
    /// The difference last stepped to: an index into the claims that differ, then, past them, into
    /// the passages' differences (`passageDifference`).
    public private(set) var currentDifference: Int?
    var leftTop = Anchor()
    var rightTop = Anchor()
    /// Alignments already computed, most recent last, so swapping or going back costs nothing.
    private var computed: [ComparePassages] = []
    private var layout: CompareLayout?
    private(set) var quotes: QuotesView?

    /// How many aligned pairs of sources are kept.
    static let keptAlignments = 8

    /// The pane on `store`: the first two articles lined up, and every quotation of the corpus
    /// grouped for the quotes view, which reads every article (`progress` counts them), so that
    /// `v` never waits on a large corpus.
    public init(store: DocumentStore, progress: BuildProgress? = nil) {
        self.store = store
        leftDocument = 0
        rightDocument = min(1, max(0, store.count - 1))
        if hasTwoSources {
            claims = CompareClaims(documents: [store.documents[0], store.documents[1]])
            computed = [ComparePassages(left: store.documents[0], right: store.documents[1])]
        }
        quotes = QuotesView(groups: CorpusQuotations.groups(in: store, progress: progress))
    }

    /// The chosen sources, the two sides first.
    var chosenSources: [Int] { [leftDocument, rightDocument] + extraSources }

    /// How many differences `n` steps through: claims that differ, then passage differences.
    var differenceCount: Int { (claims?.differingCount ?? 0) + (passages?.differences.count ?? 0) }

    /// The passage difference last stepped to, if the current difference is one.
    var passageDifference: ComparePassages.Difference? {
        guard let currentDifference, let passages else { return nil }
        let index = currentDifference - (claims?.differingCount ?? 0)
        return index >= 0 && index < passages.differences.count ? passages.differences[index] : nil
    }

    var hasTwoSources: Bool { store.count >= 2 }

    /// The alignment of the chosen sources.
    var passages: ComparePassages? {
        guard hasTwoSources else { return nil }
        let leftID = store.documents[leftDocument].id, rightID = store.documents[rightDocument].id
        return computed.last { $0.leftID == leftID && $0.rightID == rightID }
    }

    /// Block of the pair's passage on one side.
    func block(ofPair pair: Int, on side: Side, in passages: ComparePassages) -> Int {
        side == .left ? passages.leftBlock[pair] : passages.rightBlock[pair]
    }

    // MARK: Actions

    public mutating func perform(_ action: Action, context: PaneContext) -> PaneOutcome {
        if let own = action.paneAction(CompareAction.self) { return perform(own, context: context) }
        switch view {
        case .quotes: return inQuotes { $0.perform(action, context: context) }
        case .summary: return hasTwoSources ? performInSummary(action, context: context) : needsTwoSources
        case .passages: return performInPassages(action, context: context)
        }
    }

    /// The pane's own actions, each with what it does in every view: a new action, or a new view,
    /// does not compile until this says what it does there.
    private mutating func perform(_ own: CompareAction, context: PaneContext) -> PaneOutcome {
        // With fewer than two sources there is nothing to line up; the quotes view still has the corpus's quotations.
        if !hasTwoSources, own != .quotes, view != .quotes { return needsTwoSources }
        switch own {
        case .quotes:
            return toggleQuotes()
        case .claims:
            switch view {
            case .summary: view = .passages
            case .passages: view = .summary
            case .quotes:
                guard hasTwoSources else { return quotesViewKeys(context) }
                view = .summary
            }
            return .none
        case .nextDifference, .previousDifference:
            let forward = own == .nextDifference
            switch view {
            case .quotes: return inQuotes { $0.stepDifference(forward: forward, context: context) }
            case .summary, .passages: return stepDifference(forward: forward, context: context)
            }
        case .leftNext, .leftPrevious, .rightNext, .rightPrevious:
            switch view {
            case .quotes: return quotesViewKeys(context)
            case .summary, .passages:
                let which: Side = own == .leftNext || own == .leftPrevious ? .left : .right
                return choose(which, step: own == .leftNext || own == .rightNext ? 1 : -1, context)
            }
        case .swap:
            switch view {
            case .quotes: return quotesViewKeys(context)
            case .summary, .passages:
                swap(&leftDocument, &rightDocument)
                return sourcesChanged(context)
            }
        case .addSource:
            switch view {
            case .quotes: return quotesViewKeys(context)
            case .summary, .passages:
                guard let next = store.documents.indices.first(where: { !chosenSources.contains($0) }) else {
                    return .message("Every article is already chosen", isError: true)
                }
                extraSources.append(next)
                return sourcesChanged(context)
            }
        case .removeSource:
            switch view {
            case .quotes: return quotesViewKeys(context)
            case .summary, .passages:
                guard !extraSources.isEmpty else { return .message("Only the two sides are chosen", isError: true) }
                extraSources.removeLast()
                return sourcesChanged(context)
            }
        case .leftSide, .rightSide:
            let chosen: Side = own == .leftSide ? .left : .right
            switch view {
            case .quotes: return quotesViewKeys(context)
            case .summary:
                // The summary marks the cursor's source, and Enter prefers its value.
                side = chosen
                return .none
            case .passages: return moveToSide(chosen, context: context)
            }
        case .link:
            switch view {
            case .quotes: return quotesViewKeys(context)
            case .summary:
                let passagesKey = context.key(for: CompareAction.claims.action, in: keyContext)
                return .message("The summary has one list; \(passagesKey) shows the passages, where the sides scroll",
                                isError: false)
            case .passages: return toggleLink(context)
            }
        }
    }

    private var needsTwoSources: PaneOutcome {
        .message("Compare needs two articles; this corpus has \(store.count)", isError: true)
    }

    /// What the quotes view's keys are, for an action that works in the other views only.
    private func quotesViewKeys(_ context: PaneContext) -> PaneOutcome {
        let key = { context.key(for: $0, in: keyContext) }
        return .message("In the quotes view: \(key(.lineDown)) \(key(.lineUp)) move, \(key(.open)) reads, "
            + "\(key(CompareAction.nextDifference.action)) the next differing wording, \(key(CompareAction.quotes.action)) back",
            isError: false)
    }

    /// Runs `body` on the quotes view, keeping what it changed.
    private mutating func inQuotes(_ body: (inout QuotesView) -> PaneOutcome) -> PaneOutcome {
        guard quotes != nil else { return .none }
        return body(&quotes!)
    }

    /// The passages wrapped for the content area, each side's scroll position settled (a resize may
    /// have taken the cursor's block off screen): where every move in the passages starts.
    private mutating func settledPassages(_ context: PaneContext) -> (CompareFrame, CompareLayout, ComparePassages)? {
        let frame = CompareFrame(context.area)
        prepareLayout(frame)
        guard let passages, let layout else { return nil }
        leftTop = shownTop(.left, frame: frame, layout: layout)
        rightTop = shownTop(.right, frame: frame, layout: layout)
        return (frame, layout, passages)
    }

    /// The passages view's moves: the cursor goes from passage to passage and the sides scroll with it.
    private mutating func performInPassages(_ action: Action, context: PaneContext) -> PaneOutcome {
        guard let (frame, layout, passages) = settledPassages(context) else { return .none }
        switch action {
        case .lineDown, .lineUp:
            let step = action == .lineDown ? 1 : -1
            // A passage taller than the screen scrolls a row at a time before the cursor leaves it.
            let first = row(of: top(side), in: layout), rows = layout.rows(ofBlock: cursor)
            if step > 0 ? rows.upperBound > first + visibleRows(frame) : rows.lowerBound < first {
                scroll(to: first + step, frame: frame, layout: layout)
                return .none
            }
            var next = cursor + step
            while next >= 0, next < passages.blocks.count, !isLinked, !hasItem(passages.blocks[next], on: side) { next += step }
            if next >= 0, next < passages.blocks.count { cursor = next }
            reveal(cursor, frame: frame, layout: layout, fromBelow: step < 0)
        case .pageDown, .pageUp:
            let page = max(1, visibleRows(frame) - 1) * (action == .pageDown ? 1 : -1)
            scroll(to: row(of: top(side), in: layout) + page, frame: frame, layout: layout)
            cursor = firstBlockShown(frame: frame, layout: layout, passages: passages)
        case .top:
            scroll(to: 0, frame: frame, layout: layout)
            cursor = firstBlockShown(frame: frame, layout: layout, passages: passages)
        case .bottom:
            scroll(to: layout.rows.count, frame: frame, layout: layout)
            cursor = lastBlockWithItem(passages)
            reveal(cursor, frame: frame, layout: layout)
        case .open:
            let block = passages.blocks[cursor]
            let item = (side == .left ? block.left : block.right) ?? block.left ?? block.right
            let onLeft = side == .left ? block.left != nil : block.right == nil
            guard let item else { return .none }
            return .openReader(documentID: onLeft ? passages.leftID : passages.rightID, span: item.span)
        default:
            // The browser's own actions: the Compare keys bind none of them (ComparePaneActionTests checks).
            break
        }
        return .none
    }

    /// `h` `l` in the passages: the cursor to a side; unlinked, to a passage that side has on screen.
    private mutating func moveToSide(_ which: Side, context: PaneContext) -> PaneOutcome {
        guard let (frame, layout, passages) = settledPassages(context) else { return .none }
        side = which
        if !isLinked, !hasItem(passages.blocks[cursor], on: side) || !isShown(cursor, on: side, frame: frame, layout: layout) {
            cursor = firstBlockShown(frame: frame, layout: layout, passages: passages)
        }
        return .none
    }

    /// `u` in the passages: the sides scroll apart, or together again from the cursor's side.
    private mutating func toggleLink(_ context: PaneContext) -> PaneOutcome {
        guard let (frame, layout, _) = settledPassages(context) else { return .none }
        isLinked.toggle()
        if isLinked {
            let anchor = top(side)
            leftTop = anchor
            rightTop = anchor
            reveal(cursor, frame: frame, layout: layout)
            return .message("The two sides scroll together", isError: false)
        }
        let sideKeys = [CompareAction.leftSide, .rightSide].map { context.key(for: $0.action, in: keyContext) }
        return .message("The two sides scroll apart: \(sideKeys.joined(separator: " ")) pick the side that scrolls",
                        isError: false)
    }

    private func hasItem(_ block: ComparePassages.Block, on side: Side) -> Bool {
        (side == .left ? block.left : block.right) != nil
    }

    private mutating func choose(_ which: Side, step: Int, _ context: PaneContext) -> PaneOutcome {
        let other = which == .left ? rightDocument : leftDocument
        var next = which == .left ? leftDocument : rightDocument
        repeat { next = (next + step + store.count) % store.count } while next == other
        if which == .left { leftDocument = next } else { rightDocument = next }
        extraSources.removeAll { $0 == next }
        return sourcesChanged(context)
    }

    /// Aligns the new pair (unless it was aligned before) and starts from its top.
    /// `:sources A C ...`: the sources by their letters, left, right, then any further ones.
    public mutating func command(_ words: [String], context: PaneContext) -> PaneOutcome? {
        guard words.first == "sources" else { return nil }
        var chosen: [Int] = []
        for letter in words.dropFirst() {
            guard let index = store.documents.firstIndex(where: { context.labels.label(of: $0.id) == letter.uppercased() }) else {
                return .message("No source \(letter): the letters are those of the legend (A, B, ...)", isError: true)
            }
            chosen.append(index)
        }
        guard chosen.count >= 2, Set(chosen).count == chosen.count else {
            return .message(":sources takes two or more different source letters, left first", isError: true)
        }
        leftDocument = chosen[0]
        rightDocument = chosen[1]
        extraSources = Array(chosen.dropFirst(2))
        return sourcesChanged(context)
    }

    private mutating func sourcesChanged(_ context: PaneContext) -> PaneOutcome {
        let left = store.documents[leftDocument], right = store.documents[rightDocument]
        if let index = computed.firstIndex(where: { $0.leftID == left.id && $0.rightID == right.id }) {
            computed.append(computed.remove(at: index))
        } else {
            computed.append(ComparePassages(left: left, right: right))
            if computed.count > Self.keptAlignments { computed.removeFirst() }
        }
        claims = CompareClaims(documents: chosenSources.map { store.documents[$0] })
        layout = nil
        cursor = 0
        leftTop = Anchor()
        rightTop = Anchor()
        claimRow = 0
        claimTop = 0
        currentDifference = nil
        prepareLayout(CompareFrame(context.area))
        let passages = passages!
        let labels = context.labels
        let names = chosenSources.map { labels.label(of: store.documents[$0].id) ?? "?" }
        return .message(names.joined(separator: " ↔ ") + ": claims " + (claims?.summary(labels: names) ?? "")
            + "; \(passages.alignment.pairs.count) passages aligned", isError: false)
    }

    private mutating func toggleQuotes() -> PaneOutcome {
        if view == .quotes {
            view = .summary
            return .none
        }
        if quotes == nil { quotes = QuotesView(groups: CorpusQuotations.groups(in: store)) }
        view = .quotes
        return .none
    }

    /// Steps to the next or previous difference: a claim that differs (shown in the summary), then
    /// a passage difference (shown in the passages).
    private mutating func stepDifference(forward: Bool, context: PaneContext) -> PaneOutcome {
        let count = differenceCount
        guard count > 0, let passages else {
            return .message("No differences: these sources state no count differently and share no passages",
                            isError: true)
        }
        var next = (currentDifference ?? (forward ? -1 : count)) + (forward ? 1 : -1)
        var wrapped: String?
        if next >= count || next < 0 {
            next = (next + count) % count
            wrapped = forward ? "wrapped to the first" : "wrapped to the last"
        }
        currentDifference = next
        var text: String
        if let claims, next < claims.differingCount {
            view = .summary
            claimRow = next
            // Kept as shown, so the next move starts from where the cursor is on screen.
            claimTop = shownClaimTop(visible: SummaryFrame(context.area).list.height)
            text = describe(claims.claim(atRow: next), context: context)
        } else {
            view = .passages
            let frame = CompareFrame(context.area)
            prepareLayout(frame)
            guard let layout else { return .none }
            let difference = passages.differences[next - (claims?.differingCount ?? 0)]
            let leftBlock = passages.leftBlock[difference.pair], rightBlock = passages.rightBlock[difference.pair]
            // The difference's passage goes to the top, as less puts a match, so what follows it shows.
            cursor = side == .left ? leftBlock : rightBlock
            if isLinked {
                scroll(to: layout.blockStart[cursor], frame: frame, layout: layout)
            } else {
                leftTop = clampedAnchor(layout.blockStart[leftBlock], visible: frame.visibleRows(.left), layout: layout)
                rightTop = clampedAnchor(layout.blockStart[rightBlock], visible: frame.visibleRows(.right), layout: layout)
            }
            text = describe(difference, in: passages, context: context)
        }
        if let wrapped { text += " (\(wrapped))" }
        return .message(text, isError: false)
    }

    /// A claim in a reader's words: "killed children: A 63 ↔ E 83 (differs)".
    func describe(_ claim: Claim, context: PaneContext) -> String {
        let values = claim.stating.map { index in
            "\(context.labels.label(of: store.documents[chosenSources[index]].id) ?? "?") \(claim.valueText(index))"
        }
        return "\(claim.title): \(values.joined(separator: " ↔ ")) (\(claim.status.rawValue))"
    }

    /// A difference in a reader's words: the changed words, or how much a retold pair shares.
    func describe(_ difference: ComparePassages.Difference, in passages: ComparePassages, context: PaneContext) -> String {
        let pair = passages.alignment.pairs[difference.pair]
        let leftText = store.documents[leftDocument].reading.text, rightText = store.documents[rightDocument].reading.text
        let place = passages.isAligned(difference.pair) ? "" : " (told at another place)"
        guard let index = difference.change else {
            return "Told in other words: \(Int((pair.similarity * 100).rounded()))% of words in common\(place)"
        }
        let change = pair.changes[index]
        let removed = change.left.slice(of: leftText) ?? "", added = change.right.slice(of: rightText) ?? ""
        switch change.kind {
        case .replace: return "\(removed) → \(added)\(place)"
        case .insert: return "only on the right: \(added)\(place)"
        case .delete: return "only on the left: \(removed)\(place)"
        }
    }

    // MARK: Scrolling

    /// Wraps the passages for the frame's column widths, unless they already are.
    private mutating func prepareLayout(_ frame: CompareFrame) {
        guard let passages else { return }
        layout = layout(for: frame)
        layoutPair = (passages.leftID, passages.rightID)
    }

    /// The sources `layout` was wrapped for.
    private var layoutPair: (String, String) = ("", "")

    /// The layout for a frame: the kept one when it fits, else one made for this frame alone.
    func layout(for frame: CompareFrame) -> CompareLayout? {
        guard let passages else { return nil }
        if let layout, layout.leftWidth == frame.leftTextWidth, layout.rightWidth == frame.rightTextWidth,
           layoutPair == (passages.leftID, passages.rightID) { return layout }
        return CompareLayout(passages, leftText: store.documents[leftDocument].reading.text,
                             rightText: store.documents[rightDocument].reading.text,
                             leftWidth: frame.leftTextWidth, rightWidth: frame.rightTextWidth)
    }

    /// Rows the cursor's side shows; linked, the rows both sides show.
    func visibleRows(_ frame: CompareFrame) -> Int {
        isLinked ? min(frame.visibleRows(.left), frame.visibleRows(.right)) : frame.visibleRows(side)
    }

    func top(_ side: Side) -> Anchor { side == .left || isLinked ? leftTop : rightTop }

    /// Where a side is shown from: its scroll position, unless the cursor's block would be off
    /// screen there (after a resize re-wrapped the rows), then the position that shows it.
    func shownTop(_ which: Side, frame: CompareFrame, layout: CompareLayout) -> Anchor {
        let anchor = top(which)
        guard isLinked || which == side, cursor < layout.blockStart.count else { return anchor }
        let visible = isLinked ? visibleRows(frame) : frame.visibleRows(which)
        let first = row(of: anchor, in: layout)
        let rows = layout.rows(ofBlock: cursor)
        if rows.overlaps(first..<(first + visible)) { return anchor }
        return revealed(cursor, from: anchor, visible: visible, layout: layout)
    }

    func row(of anchor: Anchor, in layout: CompareLayout) -> Int {
        guard anchor.block < layout.blockStart.count else { return 0 }
        let start = layout.blockStart[anchor.block]
        let end = anchor.block + 1 < layout.blockStart.count ? layout.blockStart[anchor.block + 1] : layout.rows.count
        return min(start + anchor.line, max(start, end - 1))
    }

    private func anchor(ofRow row: Int, in layout: CompareLayout) -> Anchor {
        guard row < layout.rows.count else { return Anchor() }
        let block = layout.rows[row].block
        return Anchor(block: block, line: row - layout.blockStart[block])
    }

    private func clampedAnchor(_ row: Int, visible: Int, layout: CompareLayout) -> Anchor {
        anchor(ofRow: max(0, min(row, layout.rows.count - visible)), in: layout)
    }

    /// Scrolls the side that scrolls (both when linked) so `row` is at the top.
    private mutating func scroll(to row: Int, frame: CompareFrame, layout: CompareLayout) {
        let anchor = clampedAnchor(row, visible: visibleRows(frame), layout: layout)
        if isLinked || side == .left { leftTop = anchor }
        if isLinked || side == .right { rightTop = anchor }
    }

    /// Scrolls the side that scrolls (both when linked) just enough to show the block.
    private mutating func reveal(_ block: Int, frame: CompareFrame, layout: CompareLayout, fromBelow: Bool = false) {
        let anchor = revealed(block, from: top(side), visible: visibleRows(frame), layout: layout, fromBelow: fromBelow)
        if isLinked || side == .left { leftTop = anchor }
        if isLinked || side == .right { rightTop = anchor }
    }

    /// The scroll position nearest `top` that shows the block; a block taller than the screen shows
    /// its start, or its end when the cursor comes to it from below.
    func revealed(_ block: Int, from top: Anchor, visible: Int, layout: CompareLayout, fromBelow: Bool = false) -> Anchor {
        let rows = layout.rows(ofBlock: block)
        var first = row(of: top, in: layout)
        if rows.count > visible { first = fromBelow ? rows.upperBound - visible : rows.lowerBound }
        else if rows.lowerBound < first { first = rows.lowerBound }
        else if rows.upperBound > first + visible { first = rows.upperBound - visible }
        return clampedAnchor(first, visible: visible, layout: layout)
    }

    private func isShown(_ block: Int, on side: Side, frame: CompareFrame, layout: CompareLayout) -> Bool {
        let first = row(of: top(side), in: layout)
        return layout.rows(ofBlock: block).overlaps(first..<(first + visibleRows(frame)))
    }

    /// The first block on screen with a passage on the cursor's side (any block when linked).
    private func firstBlockShown(frame: CompareFrame, layout: CompareLayout, passages: ComparePassages) -> Int {
        let first = row(of: top(side), in: layout)
        let shown = first..<min(layout.rows.count, first + visibleRows(frame))
        for row in shown where !layout.rows[row].isSeparator {
            let block = layout.rows[row].block
            if isLinked || hasItem(passages.blocks[block], on: side) { return block }
        }
        return layout.rows.isEmpty ? 0 : layout.rows[min(first, layout.rows.count - 1)].block
    }

    private func lastBlockWithItem(_ passages: ComparePassages) -> Int {
        passages.blocks.lastIndex { isLinked || hasItem($0, on: side) } ?? 0
    }

    // MARK: Status

    public func status(_ context: PaneContext) -> (position: String, hints: String) {
        if view == .quotes, let quotes { return quotes.status(context) }
        guard let passages, let claims else {
            let articles = "Compare: \(store.count) article\(store.count == 1 ? "" : "s")"
            return (articles, context.hints([.init(.showHelp, "help")], in: keyContext))
        }
        let labels = context.labels
        var position = chosenSources.map { labels.label(of: store.documents[$0].id) ?? "?" }.joined(separator: " ↔ ")
        if view == .summary {
            position += " · claim \(min(claimRow + 1, claims.order.count))/\(claims.order.count)"
        } else {
            position += " · passage \(cursor + 1)/\(passages.blocks.count)"
        }
        if let currentDifference { position += " · difference \(currentDifference + 1)/\(differenceCount)" }
        else { position += " · \(differenceCount) difference\(differenceCount == 1 ? "" : "s")" }
        if !isLinked, view == .passages { position += " · unlinked" }
        let hints = context.hints([
            .init([CompareAction.leftPrevious, .leftNext, .rightPrevious, .rightNext].map(\.action), "sources"),
            .init([CompareAction.addSource, .removeSource].map(\.action), "more"),
            .init(CompareAction.nextDifference.action, "difference"),
            .init(CompareAction.claims.action, view == .summary ? "passages" : "claims"),
            .init(CompareAction.quotes.action, "quotes"),
            .init(.showHelp, "help"),
        ], in: keyContext)
        return (position, hints)
    }
}
