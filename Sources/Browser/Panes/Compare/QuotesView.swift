import Comparison
import Corpus
import Extraction

/// The Compare pane's quotes view: every distinct quotation in the corpus, who it is attributed to,
/// the sources that carry it and how each source's wording differs from the first.
///
/// The cursor is on one source of one quotation; Enter opens that source at the quotation.
///
///     “Before Khojalu, the Azerbaijanis thought that they were joking with us, …”
///       Sargsyan · 2 sources
///       A  000_c2bfad63a1b137a7  wording shown above
///       C  002_6c08b088e53c302e  Khojalu → Khojaly; needed → were able; + stereotype
struct QuotesView: Sendable {
    /// A run of text in one style.
    struct Segment: Hashable, Sendable {
        var text: String
        var style: Style
    }

    /// A screen row: its segments, and the variant it shows (for the cursor).
    struct Row: Hashable, Sendable {
        var segments: [Segment]
        var variant: Int?
    }

    /// A variant as the cursor reaches it: its group and its place in the group.
    struct VariantPosition: Hashable, Sendable {
        var group: Int
        var variant: Int
    }

    let groups: [QuotationGroup]
    let positions: [VariantPosition]
    private(set) var cursor = 0
    private(set) var top = 0
    /// The rows for the last width drawn at; the rows do not change otherwise.
    private var kept: (width: Int, rows: [Row])?

    /// Longer quotations are cut to this many lines, the source's own text being a key away.
    static let quotationLines = 3

    init(groups: [QuotationGroup]) {
        self.groups = groups
        positions = groups.indices.flatMap { group in
            groups[group].variants.indices.map { VariantPosition(group: group, variant: $0) }
        }
    }

    var sharedCount: Int { groups.filter { $0.documentIDs.count > 1 }.count }

    /// The moves: the cursor goes from source to source; Enter reads the quotation in its source.
    mutating func perform(_ action: Action, context: PaneContext) -> PaneOutcome {
        guard !positions.isEmpty else { return Self.noQuotations }
        let rows = keptRows(context)
        let visible = max(1, context.area.height)
        switch action {
        case .lineDown: cursor = min(positions.count - 1, cursor + 1)
        case .lineUp: cursor = max(0, cursor - 1)
        case .pageDown, .pageUp:
            top = max(0, min(rows.count - visible, top + (visible - 1) * (action == .pageDown ? 1 : -1)))
            cursor = (top..<min(rows.count, top + visible)).lazy.compactMap { rows[$0].variant }.first ?? cursor
            return .none
        case .top: cursor = 0
        case .bottom: cursor = positions.count - 1
        case .open:
            let variant = variant(at: cursor)
            return .openReader(documentID: variant.documentID, span: variant.quotation.content)
        default:
            // The browser's own actions: the Compare keys bind none of them (ComparePaneActionTests checks).
            break
        }
        reveal(rows, visible: visible)
        return .none
    }

    /// `n` `N`: the next or previous source whose wording differs from the quotation's first source.
    mutating func stepDifference(forward: Bool, context: PaneContext) -> PaneOutcome {
        guard !positions.isEmpty else { return Self.noQuotations }
        let rows = keptRows(context)
        let differing = positions.indices.filter { !variant(at: $0).changes.isEmpty }
        guard !differing.isEmpty else {
            return .message("Every quotation is worded the same wherever it is carried", isError: false)
        }
        let next = forward ? differing.first { $0 > cursor } : differing.last { $0 < cursor }
        let previous = cursor
        cursor = next ?? (forward ? differing[0] : differing[differing.count - 1])
        reveal(rows, visible: max(1, context.area.height))
        let text = "Worded differently from the first source (\((differing.firstIndex(of: cursor) ?? 0) + 1)/\(differing.count))"
        return .message(next == nil && cursor != previous ? text + ", wrapped around" : text, isError: false)
    }

    private static let noQuotations = PaneOutcome.message("No quotations in this corpus", isError: true)

    /// The rows at the content area's width, made once per width.
    private mutating func keptRows(_ context: PaneContext) -> [Row] {
        let rows = kept?.width == context.area.width ? kept!.rows : self.rows(width: context.area.width, labels: context.labels)
        kept = (context.area.width, rows)
        return rows
    }

    func variant(at position: Int) -> QuotationGroup.Variant {
        groups[positions[position].group].variants[positions[position].variant]
    }

    private mutating func reveal(_ rows: [Row], visible: Int) {
        guard let row = rows.firstIndex(where: { $0.variant == cursor }) else { return }
        // Show the quotation above the first source, too.
        let groupStart = rows[..<row].lastIndex { $0.variant == nil && $0.segments.isEmpty }.map { $0 + 1 } ?? 0
        if groupStart < top || row < top { top = row - groupStart < visible ? groupStart : row }
        if row >= top + visible { top = row - visible + 1 }
        top = max(0, min(top, max(0, rows.count - visible)))
    }

    // MARK: Rows

    func rows(width: Int, labels: SourceLabels) -> [Row] {
        var rows: [Row] = [
            Row(segments: [Segment(text: "\(groups.count) quotation\(groups.count == 1 ? "" : "s"), "
                    + "\(sharedCount) carried by more than one source", style: .dim)], variant: nil),
            Row(segments: [], variant: nil),
        ]
        var position = 0
        for group in groups {
            var lines = ReaderLayout.wrap(plain: "“" + group.text.replacingOccurrences(of: "\n", with: " ") + "”",
                                          width: max(1, width - 1))
            if lines.count > Self.quotationLines {
                lines = Array(lines.prefix(Self.quotationLines))
                lines[lines.count - 1] += " …”"
            }
            rows += lines.map { Row(segments: [Segment(text: $0, style: .heading)], variant: nil) }
            let sources = group.documentIDs.count
            rows.append(Row(segments: [Segment(text: "  " + (group.speaker ?? "speaker not named"), style: .normal),
                                       Segment(text: " · \(sources) source\(sources == 1 ? "" : "s")", style: .dim)],
                            variant: nil))
            for (index, variant) in group.variants.enumerated() {
                let label = labels.label(of: variant.documentID) ?? "?"
                var segments = [Segment(text: "  \(label)  \(variant.documentID)  ", style: .normal)]
                if group.variants.count == 1 {
                    segments.append(Segment(text: "the only source", style: .dim))
                } else if index == 0 {
                    segments.append(Segment(text: "wording shown above", style: .dim))
                } else if variant.changes.isEmpty {
                    segments.append(Segment(text: "same wording", style: .dim))
                } else {
                    segments += Self.describe(variant.changes, first: group.text, own: variant.text)
                }
                rows += Self.wrap(segments, width: width, indent: 4).map { Row(segments: $0, variant: position) }
                position += 1
            }
            rows.append(Row(segments: [], variant: nil))
        }
        return rows
    }

    /// `Khojalu → Khojaly; + stereotype`, the changed words styled as differences.
    static func describe(_ changes: [WordChange], first: String, own: String) -> [Segment] {
        var segments: [Segment] = []
        for (index, change) in changes.enumerated() {
            if index > 0 { segments.append(Segment(text: "; ", style: .normal)) }
            let removed = change.left.slice(of: first) ?? "", added = change.right.slice(of: own) ?? ""
            switch change.kind {
            case .replace:
                segments += [Segment(text: removed, style: .difference), Segment(text: " → ", style: .normal),
                             Segment(text: added, style: .difference)]
            case .insert: segments += [Segment(text: "+ ", style: .normal), Segment(text: added, style: .difference)]
            case .delete: segments += [Segment(text: "− ", style: .normal), Segment(text: removed, style: .difference)]
            }
        }
        return segments
    }

    /// Greedy word wrap of styled segments; continuation lines start `indent` columns in.
    static func wrap(_ segments: [Segment], width: Int, indent: Int) -> [[Segment]] {
        var lines: [[Segment]] = [[]]
        var column = 0
        for segment in segments {
            var words: [Substring] = []
            var start = segment.text.startIndex
            for index in segment.text.indices where segment.text[index] == " " {
                let next = segment.text.index(after: index)
                words.append(segment.text[start..<next])
                start = next
            }
            if start < segment.text.endIndex { words.append(segment.text[start...]) }
            for word in words {
                let wordWidth = DisplayWidth.of(String(word))
                if column + wordWidth > width, column > indent, word != " " {
                    lines.append([Segment(text: String(repeating: " ", count: indent), style: .normal)])
                    column = indent
                }
                if let last = lines[lines.count - 1].last, last.style == segment.style {
                    lines[lines.count - 1][lines[lines.count - 1].count - 1].text += word
                } else {
                    lines[lines.count - 1].append(Segment(text: String(word), style: segment.style))
                }
                column += wordWidth
            }
        }
        return lines
    }

    // MARK: Drawing

    func render(_ context: PaneContext, into buffer: inout CellBuffer, _ rect: Rect) {
        let rows = kept?.width == rect.width ? kept!.rows : self.rows(width: rect.width, labels: context.labels)
        for line in 0..<rect.height {
            let index = top + line
            guard index < rows.count else { break }
            let row = rows[index]
            let y = rect.y + line
            let selected = row.variant == cursor
            if selected { buffer.fill(rect.rows(line, 1), style: .selection) }
            var x = rect.x
            for segment in row.segments {
                let style = selected && segment.style != .difference ? .selection : segment.style
                x = buffer.write(segment.text, x: x, y: y, style: style, limit: rect.maxX - x)
            }
        }
    }

    func status(_ context: PaneContext) -> (position: String, hints: String) {
        let help = PaneContext.Hint(.showHelp, "help")
        guard !positions.isEmpty else {
            return ("Quotes: none", context.hints([.init(CompareAction.quotes.action, "passages"), help], in: .compare))
        }
        let position = positions[cursor]
        let hints = context.hints([.init(.open, "read"), .init(CompareAction.nextDifference.action, "differing wording"),
                                   .init(CompareAction.quotes.action, "back"), help], in: .compare)
        return ("Quotes · quotation \(position.group + 1)/\(groups.count) · source \(position.variant + 1)"
            + "/\(groups[position.group].variants.count)", hints)
    }
}
