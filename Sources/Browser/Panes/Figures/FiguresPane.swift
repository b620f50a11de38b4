import Comparison
import Corpus
import Extraction
import Foundation

/// The Figures pane: the figure table, a row per thing counted and a column per source.
///
/// Disputed rows carry a `!` and the cells that differ from most other sources a `*`, besides their
/// colour, so the marks survive a monochrome terminal. `c` draws the selected row as bars to scale,
/// Enter lists the sentences behind the selected cell, `r` opens the reader at one of them. Values
/// are always attributed to their sources; the pane never says which is true.
public struct FiguresPane: ContentPane {
    /// What the pane shows of the selected row.
    public enum Mode: Sendable { case table, chart }

    /// One cell as the table shows it.
    struct CellView: Sendable {
        var text: String
        /// Its values are incompatible with those of most other sources in the row.
        var differs: Bool
        var values: [FigureTable.Value]
        /// Every sentence of the source behind the cell (the table keeps a repeated value once).
        var mentions: [DocumentFigure]
    }

    public let table: FigureTable
    let cells: [[CellView]]
    let measures: [String]
    /// The row of every figure of every document, by document id and reading-text start.
    let rowOfFigure: [String: [Int: Int]]
    /// Row indices in disagreement order (disputed first, most divided first).
    let disagreementOrder: [Int]

    public private(set) var mode: Mode = .table
    public private(set) var measureFilter: String?
    public private(set) var sortsByDisagreement = false
    /// Indices into `table.rows`, as shown.
    public private(set) var visibleRows: [Int]
    /// The selected row (a position in `visibleRows`) and source (a position in `table.documents`).
    public private(set) var row = 0
    public private(set) var column = 0
    public private(set) var top = 0
    /// The sentences behind the selected cell are shown, and which one is selected.
    public private(set) var showsSentences = false
    public private(set) var sentence = 0
    /// Where `e` writes its files.
    public var exportDirectory: String
    /// The selected cell's sentences wrapped for the last width seen (a key's work, not a frame's).
    private(set) var sentenceLayout: SentenceLayout?

    /// The quoted sentences of one cell, wrapped to one width.
    struct SentenceLayout: Sendable {
        var row: Int
        var column: Int
        var width: Int
        var quotes: [[[QuotedSentence.Run]]]
    }

    public init(store: DocumentStore, exportDirectory: String = FileManager.default.currentDirectoryPath,
                progress: BuildProgress? = nil) {
        let figures = DocumentFigure.all(in: store, progress: progress)
        let table = FigureTable(documents: store.documents.map(\.id), figures: figures)
        self.table = table
        self.exportDirectory = exportDirectory
        var mentions: [FigureTable.Key: [String: [DocumentFigure]]] = [:]
        for found in figures {
            let key = FigureTable.Key(measure: found.figure.measure, group: found.figure.group, when: found.figure.when)
            var list = mentions[key]?[found.documentID] ?? []
            // Two figures of one sentence (a whole and a part with the same key) show the sentence once.
            if !list.contains(where: { $0.readingSentenceSpan == found.readingSentenceSpan && $0.figure.quantity.text == found.figure.quantity.text }) {
                list.append(found)
            }
            mentions[key, default: [:]][found.documentID] = list
        }
        cells = table.rows.map { row in Self.cellViews(row, documents: table.documents, mentions: mentions[row.key] ?? [:]) }
        var measures: [String] = []
        for row in table.rows where !measures.contains(row.key.measure) { measures.append(row.key.measure) }
        self.measures = measures
        let rowByKey = Dictionary(uniqueKeysWithValues: table.rows.enumerated().map { ($1.key, $0) })
        var rowOfFigure: [String: [Int: Int]] = [:]
        for found in figures {
            let key = FigureTable.Key(measure: found.figure.measure, group: found.figure.group, when: found.figure.when)
            if let index = rowByKey[key] { rowOfFigure[found.documentID, default: [:]][found.readingSpan.start] = index }
        }
        self.rowOfFigure = rowOfFigure
        let cells = self.cells
        disagreementOrder = table.rows.indices.sorted { lhs, rhs in
            let left = Self.disagreement(table.rows[lhs], cells[lhs]), right = Self.disagreement(table.rows[rhs], cells[rhs])
            return left != right ? left > right : lhs < rhs
        }
        visibleRows = Array(table.rows.indices)
    }

    public var title: String { "Figures" }
    public var keyContext: Keymap.Context { .figures }

    /// The selected row of the table, if any row is shown.
    public var selectedRow: FigureTable.Row? { visibleRows.isEmpty ? nil : table.rows[visibleRows[row]] }
    /// The selected source's document id.
    public var selectedDocument: String? { table.documents.isEmpty ? nil : table.documents[column] }

    var selectedCell: CellView? {
        guard !visibleRows.isEmpty, !table.documents.isEmpty else { return nil }
        return cells[visibleRows[row]][column]
    }

    // MARK: Actions

    public mutating func perform(_ action: Action, context: PaneContext) -> PaneOutcome {
        let outcome = apply(action, context)
        layOutSentences(for: context.area)
        return outcome
    }

    /// Wraps the selected cell's sentences for `area` once, so redrawing does not.
    mutating func layOutSentences(for area: Rect) {
        guard showsSentences, let index = selectedRowIndex else {
            sentenceLayout = nil
            return
        }
        let width = Self.quoteWidth(area.width)
        if let layout = sentenceLayout, layout.row == index, layout.column == column, layout.width == width { return }
        sentenceLayout = SentenceLayout(row: index, column: column, width: width, quotes: quotes(width: width))
    }

    static func quoteWidth(_ width: Int) -> Int { max(10, width - 4) }

    /// The selected cell's sentences, each wrapped to `width` with its figure highlighted.
    func quotes(width: Int) -> [[[QuotedSentence.Run]]] {
        (selectedCell?.mentions ?? []).map { figure in
            let start = figure.readingSpan.start - figure.readingSentenceSpan.start + 3  // after the opening quote mark
            let fits = figure.readingSentenceSpan.length == figure.figure.sentence.utf8.count
            let highlight = fits ? start..<(start + figure.readingSpan.length) : nil
            return QuotedSentence("“" + figure.figure.sentence + "”", highlight: highlight, style: .figure, width: width).lines
        }
    }

    private mutating func apply(_ action: Action, _ context: PaneContext) -> PaneOutcome {
        let page = max(1, tableHeight(context.area) - 1)
        if showsSentences, action == .lineDown || action == .lineUp {
            let count = selectedCell?.mentions.count ?? 0
            if count > 0 { sentence = max(0, min(count - 1, sentence + (action == .lineDown ? 1 : -1))) }
            return .none
        }
        switch action {
        case .lineDown: select(row + 1, context)
        case .lineUp: select(row - 1, context)
        case .pageDown: select(row + page, context)
        case .pageUp: select(row - page, context)
        case .top: select(0, context)
        case .bottom: select(visibleRows.count - 1, context)
        case .open:
            guard let cell = selectedCell else { return .none }
            guard !cell.mentions.isEmpty else { return .message(nothingStated, isError: true) }
            showsSentences = true
            sentence = 0
            scrollToSelection(context)
        case .back:
            if showsSentences {
                showsSentences = false
                scrollToSelection(context)
            } else if mode == .chart {
                mode = .table
            } else if measureFilter != nil {
                return filter(nil, context)
            }
        case .pane("figures.left"):
            column = max(0, column - 1)
            sentence = 0
        case .pane("figures.right"):
            column = min(max(0, table.documents.count - 1), column + 1)
            sentence = 0
        case .pane("figures.chart"):
            mode = mode == .chart ? .table : .chart
        case .pane("figures.reader"):
            guard let cell = selectedCell, let document = selectedDocument else { return .none }
            guard !cell.mentions.isEmpty else { return .message(nothingStated, isError: true) }
            let figure = cell.mentions[showsSentences ? min(sentence, cell.mentions.count - 1) : 0]
            return .openReader(documentID: document, span: figure.readingSentenceSpan)
        case .pane("figures.nextMeasure"), .pane("figures.previousMeasure"):
            let options: [String?] = [nil] + measures
            let current = options.firstIndex(of: measureFilter) ?? 0
            let step = action == .pane("figures.nextMeasure") ? 1 : options.count - 1
            return filter(options[(current + step) % options.count], context)
        case .pane("figures.sort"):
            sortsByDisagreement.toggle()
            refreshRows(keeping: selectedRowIndex, context)
            return .message(sortsByDisagreement ? "Sorted by disagreement: disputed rows first" : "Sorted by measure",
                            isError: false)
        case .pane("figures.exportCSV"): return export(.csv)
        case .pane("figures.exportMarkdown"): return export(.markdown)
        default: break
        }
        return .none
    }

    public mutating func reveal(_ target: PaneTarget, context: PaneContext) -> Bool {
        guard case .figure(let documentID, let span) = target,
              let index = rowOfFigure[documentID]?[span.start],
              let documentColumn = table.documents.firstIndex(of: documentID)
        else { return false }
        if !visibleRows.contains(index) { _ = filter(nil, context) }
        guard let position = visibleRows.firstIndex(of: index) else { return false }
        showsSentences = false
        column = documentColumn
        select(position, context)
        sentenceLayout = nil
        return true
    }

    private var nothingStated: String {
        "\(selectedDocument.flatMap { table.documents.firstIndex(of: $0) }.map(SourceLabels.label) ?? "This source") states no value in this row"
    }

    private var selectedRowIndex: Int? { visibleRows.isEmpty ? nil : visibleRows[row] }

    private mutating func select(_ position: Int, _ context: PaneContext) {
        let clamped = max(0, min(visibleRows.count - 1, position))
        if clamped != row { sentence = 0 }
        row = max(0, clamped)
        scrollToSelection(context)
    }

    private mutating func scrollToSelection(_ context: PaneContext) {
        let height = max(1, tableHeight(context.area) - 1)
        if row < top { top = row }
        if row >= top + height { top = row - height + 1 }
        top = max(0, min(top, max(0, visibleRows.count - height)))
    }

    private mutating func filter(_ measure: String?, _ context: PaneContext) -> PaneOutcome {
        measureFilter = measure
        refreshRows(keeping: selectedRowIndex, context)
        guard let measure else { return .message("Showing every measure", isError: false) }
        return .message("Showing \(measure) only (\(visibleRows.count) row\(visibleRows.count == 1 ? "" : "s")); m next, Esc all",
                        isError: false)
    }

    private mutating func refreshRows(keeping index: Int?, _ context: PaneContext) {
        let order = sortsByDisagreement ? disagreementOrder : Array(table.rows.indices)
        visibleRows = order.filter { measureFilter == nil || table.rows[$0].key.measure == measureFilter }
        row = index.flatMap { visibleRows.firstIndex(of: $0) } ?? 0
        showsSentences = false
        sentence = 0
        top = 0
        scrollToSelection(context)
    }

    // MARK: Export

    private func export(_ format: FigureTableExport.Format) -> PaneOutcome {
        let rows = visibleRows.map { table.rows[$0] }
        do {
            let path = try FigureTableExport.write(rows, documents: table.documents, format: format, in: exportDirectory)
            let scope = measureFilter.map { " (\($0) only)" } ?? ""
            return .message("Wrote \(rows.count) row\(rows.count == 1 ? "" : "s")\(scope) to \(path)", isError: false)
        } catch {
            return .message("Could not export: \(error.localizedDescription)", isError: true)
        }
    }

    // MARK: Derived

    /// The rows the table part takes (header included); the rest holds sentences or the legend.
    func tableHeight(_ area: Rect) -> Int {
        if showsSentences { return max(3, min(visibleRows.count + 1, area.height / 2)) }
        let legend = table.documents.count + 2
        return max(3, area.height - legend - 1)
    }

    public func status(_ context: PaneContext) -> (position: String, hints: String) {
        guard let selected = selectedRow else { return ("no figures", "? help") }
        let label = SourceLabels.label(column)
        let value = selectedCell.map { $0.text.isEmpty ? "—" : $0.text } ?? "—"
        let position = "row \(row + 1)/\(visibleRows.count) · \(label): \(value) · \(selected.status.rawValue)"
        let hints: String
        if showsSentences {
            hints = "j/k sentence · r reader · Esc close"
        } else {
            hints = "Enter sentences · c chart · ? help"
        }
        return (position, hints)
    }

    // MARK: Cells

    static func cellViews(_ row: FigureTable.Row, documents: [String], mentions: [String: [DocumentFigure]]) -> [CellView] {
        let stated = documents.filter { row.cells[$0] != nil }
        func compatible(_ lhs: String, _ rhs: String) -> Bool {
            let left = row.cells[lhs] ?? [], right = row.cells[rhs] ?? []
            return left.allSatisfy { value in right.allSatisfy { value.quantity.isCompatible(with: $0.quantity) } }
        }
        return documents.map { id in
            let values = row.cells[id] ?? []
            var differs = false
            if row.status == .disputed, !values.isEmpty {
                let others = stated.filter { $0 != id }
                let disagreeing = others.filter { !compatible(id, $0) }.count
                differs = disagreeing * 2 >= others.count && disagreeing > 0
            }
            return CellView(text: values.map(\.text).joined(separator: " / "), differs: differs, values: values,
                            mentions: mentions[id] ?? values.map(\.figure))
        }
    }

    /// Disputed rows first, by the share of source pairs that disagree; then agreed, then single.
    static func disagreement(_ row: FigureTable.Row, _ cells: [CellView]) -> Double {
        switch row.status {
        case .single: return -1
        case .agreed: return 0
        case .disputed:
            let stated = cells.filter { !$0.values.isEmpty }
            return 1 + Double(stated.filter(\.differs).count) / Double(max(1, stated.count))
        }
    }
}
