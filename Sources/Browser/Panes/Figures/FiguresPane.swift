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
///
/// When fewer than half of the source columns fit the width, the table shows per row its distinct
/// values and how many sources state each instead (`f` switches between the two). There Enter opens
/// the row's frequency sheet: each value with its count, a bar and the sources stating it; Enter on
/// a value lists those sources with their sentences.
public struct FiguresPane: ContentPane {
    /// What the pane shows of the selected row.
    public enum Mode: Sendable { case table, chart }

    /// How the table shows the sources.
    public enum SourcesView: String, Sendable {
        /// A column per source, scrolled sideways when they do not all fit.
        case columns
        /// Per row, the distinct values and how many sources state each.
        case frequencies
    }

    /// One cell as the table shows it.
    struct CellView: Sendable {
        var text: String
        /// Its values are incompatible with those of most other sources in the row.
        var differs: Bool
        var values: [FigureTable.Value]
    }

    public let table: FigureTable
    /// Per row, the cells of the sources that state a value, by source (a position in `table.documents`).
    let cells: [[Int: CellView]]
    /// Per row, its distinct values and the sources stating each.
    let frequencies: [FigureTable.RowFrequencies]
    /// The widest measure and group, and per source its widest cell or its label: measured once.
    let measureWidth: Int
    let groupWidth: Int
    let sourceWidths: [Int]
    /// What the MEASURE and GROUP columns need, for `FigureColumnLayout`.
    let measureNeed: FigureColumnLayout.LabelNeed
    let groupNeed: FigureColumnLayout.LabelNeed
    /// Per row, its widest value as written (the frequency sheet's value column).
    let valueWidths: [Int]
    let measures: [String]
    /// Every figure of every document, in store order, and per figure its row (an index into `table.rows`).
    let figures: [DocumentFigure]
    let figureRows: [Int32]
    /// Per source (a position in `table.documents`), its figures' positions in `figures`.
    let documentFigures: [Range<Int>]
    /// Row indices in disagreement order (disputed first, most divided first).
    let disagreementOrder: [Int]

    public private(set) var mode: Mode = .table
    public private(set) var measureFilter: String?
    /// Whether rows of counts that are not casualties (a town's population, marchers) are shown;
    /// like `crossread table`, the pane leaves them out until asked (`a`).
    public private(set) var showsAllCounts = false
    /// Per row of `table`, whether it counts casualties (`FigureVocabulary.isCasualty`).
    private let casualtyRows: [Bool]
    public private(set) var sortsByDisagreement = false
    /// Indices into `table.rows`, as shown.
    public private(set) var visibleRows: [Int]
    /// The selected row (a position in `visibleRows`) and source (a position in `table.documents`).
    public private(set) var row = 0
    public private(set) var column = 0
    public private(set) var top = 0
    /// The sentences behind the selected cell (or, in the frequency sheet, value) are shown, and
    /// which one is selected.
    public private(set) var showsSentences = false
    public private(set) var sentence = 0
    /// The view `f` chose; while nil, the width decides.
    public private(set) var chosenView: SourcesView?
    /// The selected row's frequency sheet is open, and which of its values is selected.
    public private(set) var showsSheet = false
    public private(set) var value = 0
    /// Where `e` writes its files.
    public var exportDirectory: String
    /// The selected cell's sentences wrapped for the last width seen (a key's work, not a frame's).
    private(set) var sentenceLayout: SentenceLayout?

    /// The quoted sentences of one cell or value, wrapped to one width.
    struct SentenceLayout: Sendable {
        var row: Int
        var column: Int
        /// The frequency sheet's value, or nil for a cell.
        var value: Int?
        var width: Int
        var mentions: [Mention]
        var quotes: [[[QuotedSentence.Run]]]
    }

    /// A sentence behind a value, and its source (a position in `table.documents`).
    struct Mention: Sendable {
        var source: Int
        var figure: DocumentFigure
    }

    public init(store: DocumentStore, exportDirectory: String = FileManager.default.currentDirectoryPath,
                progress: BuildProgress? = nil) {
        let figures = DocumentFigure.all(in: store, progress: progress)
        let table = FigureTable(documents: store.documents.map(\.id), figures: figures)
        self.table = table
        self.exportDirectory = exportDirectory
        self.figures = figures
        let rowByKey = Dictionary(uniqueKeysWithValues: table.rows.enumerated().map { ($1.key, $0) })
        figureRows = figures.map { found in
            Int32(rowByKey[FigureTable.Key(measure: found.measure, group: found.group, when: found.when)] ?? -1)
        }
        let position = Dictionary(uniqueKeysWithValues: table.documents.enumerated().map { ($1, $0) })
        var documentFigures = Array(repeating: 0..<0, count: table.documents.count)
        var start = 0
        while start < figures.count {
            // A document's figures come together, in text order.
            let id = figures[start].documentID
            var end = start + 1
            while end < figures.count, figures[end].documentID == id { end += 1 }
            if let source = position[id] { documentFigures[source] = start..<end }
            start = end
        }
        self.documentFigures = documentFigures
        let frequencies = table.frequencies()
        self.frequencies = frequencies
        let cells = zip(table.rows, frequencies).map { row, frequencies in
            Self.cellViews(row, frequencies, documents: table.documents)
        }
        self.cells = cells
        let measureWidths = table.rows.map { DisplayWidth.of($0.key.measure) }
        let groupWidths = table.rows.map { DisplayWidth.of($0.key.group) }
        measureWidth = measureWidths.max() ?? 0
        groupWidth = groupWidths.max() ?? 0
        measureNeed = FigureColumnLayout.LabelNeed(heading: "MEASURE", widths: measureWidths)
        groupNeed = FigureColumnLayout.LabelNeed(heading: "GROUP", widths: groupWidths)
        var sourceWidths = table.documents.indices.map { DisplayWidth.of(SourceLabels.label($0)) }
        for row in cells {
            for (source, cell) in row { sourceWidths[source] = max(sourceWidths[source], DisplayWidth.of(cell.text) + (cell.differs ? 1 : 0)) }
        }
        if table.rows.isEmpty { sourceWidths = sourceWidths.map { max(1, $0) } }
        self.sourceWidths = sourceWidths
        valueWidths = frequencies.map { row in row.values.map { DisplayWidth.of($0.text) }.max() ?? 0 }
        var measures: [String] = []
        for row in table.rows where !measures.contains(row.key.measure) { measures.append(row.key.measure) }
        self.measures = measures
        disagreementOrder = table.rows.indices.sorted { lhs, rhs in
            let left = Self.disagreement(table.rows[lhs], frequencies[lhs]), right = Self.disagreement(table.rows[rhs], frequencies[rhs])
            return left != right ? left > right : lhs < rhs
        }
        let casualtyRows = table.rows.map { FigureVocabulary.isCasualty($0.key.measure, group: $0.key.group) }
        self.casualtyRows = casualtyRows
        visibleRows = table.rows.indices.filter { casualtyRows[$0] }
    }

    public var title: String { "Figures" }
    public var keyContext: Keymap.Context { .figures }

    /// The selected row of the table, if any row is shown.
    public var selectedRow: FigureTable.Row? { visibleRows.isEmpty ? nil : table.rows[visibleRows[row]] }
    /// The selected source's document id.
    public var selectedDocument: String? { table.documents.isEmpty ? nil : table.documents[column] }

    var selectedCell: CellView? {
        guard !visibleRows.isEmpty, !table.documents.isEmpty else { return nil }
        return cell(visibleRows[row], column)
    }

    /// The cell of a row (an index into `table.rows`) and source; empty when the source states nothing there.
    func cell(_ row: Int, _ source: Int) -> CellView {
        cells[row][source] ?? CellView(text: "", differs: false, values: [])
    }

    /// Every sentence of a source behind its cell in a row (the table keeps a repeated value once),
    /// from the source's figures when asked for; empty when the source states nothing there.
    func cellMentions(_ row: Int, _ source: Int) -> [DocumentFigure] {
        guard cells[row][source] != nil else { return [] }
        var list: [DocumentFigure] = []
        for position in documentFigures[source] where figureRows[position] == row {
            let found = figures[position]
            // Two figures of one sentence (a whole and a part with the same key) show the sentence once.
            let sentence = found.readingSentenceSpan, text = found.quantity.text
            if !list.contains(where: { $0.readingSentenceSpan == sentence && $0.quantity.text == text }) { list.append(found) }
        }
        return list
    }

    /// The selected cell's sentences.
    var selectedMentions: [DocumentFigure] {
        guard !visibleRows.isEmpty, !table.documents.isEmpty else { return [] }
        return cellMentions(visibleRows[row], column)
    }

    // MARK: Actions

    public mutating func perform(_ action: Action, context: PaneContext) -> PaneOutcome {
        let outcome = apply(action, context)
        layOutSentences(for: context.area)
        return outcome
    }

    /// Wraps the selected cell's (or value's) sentences for `area` once, so redrawing does not.
    mutating func layOutSentences(for area: Rect) {
        guard showsSentences, let index = selectedRowIndex else {
            sentenceLayout = nil
            return
        }
        let width = Self.quoteWidth(area.width)
        let value = sheetValue(area.width)
        if let layout = sentenceLayout, layout.row == index, layout.column == column, layout.value == value,
           layout.width == width
        {
            return
        }
        let mentions = self.mentions(width: area.width)
        sentenceLayout = SentenceLayout(row: index, column: column, value: value, width: width, mentions: mentions,
                                        quotes: Self.quotes(mentions, width: width))
    }

    static func quoteWidth(_ width: Int) -> Int { max(10, width - 4) }

    /// The value whose sentences are listed: the sheet's selected value, when the sheet shows.
    func sheetValue(_ width: Int) -> Int? {
        showsSheet && sourcesView(for: width) == .frequencies ? value : nil
    }

    /// The sentences listed at a width: the selected cell's, or every sentence stating the sheet's
    /// selected value, source by source.
    func mentions(width: Int) -> [Mention] {
        if let value = sheetValue(width), let index = selectedRowIndex {
            return valueMentions(index, value)
        }
        return selectedMentions.map { Mention(source: column, figure: $0) }
    }

    /// The sentences stating a value of a row (an index into `table.rows`): for each source stating
    /// it, each of its sentences that states it (wording aside).
    func valueMentions(_ rowIndex: Int, _ valueIndex: Int) -> [Mention] {
        let values = frequencies[rowIndex].values
        guard values.indices.contains(valueIndex) else { return [] }
        let frequency = values[valueIndex]
        return zip(frequency.sources, frequency.values).flatMap { source, stated in
            let same = cellMentions(rowIndex, source).filter { Self.sameValue($0.quantity, stated.quantity) }
            return (same.isEmpty ? [stated.figure] : same).map { Mention(source: source, figure: $0) }
        }
    }

    /// Two statements of one value: equal bounds and kind, however written (as the table counts them).
    static func sameValue(_ lhs: Quantity, _ rhs: Quantity) -> Bool {
        lhs.low == rhs.low && lhs.high == rhs.high && lhs.isExact == rhs.isExact && lhs.isVague == rhs.isVague
    }

    /// The selected cell's sentences, each wrapped to `width` with its figure highlighted.
    func quotes(width: Int) -> [[[QuotedSentence.Run]]] {
        Self.quotes(selectedMentions.map { Mention(source: column, figure: $0) }, width: width)
    }

    /// Sentences, each wrapped to `width` with its figure highlighted.
    static func quotes(_ mentions: [Mention], width: Int) -> [[[QuotedSentence.Run]]] {
        mentions.map(\.figure).map { figure in
            let start = figure.readingSpan.start - figure.readingSentenceSpan.start + 3  // after the opening quote mark
            let sentence = figure.figure.sentence
            let fits = figure.readingSentenceSpan.length == sentence.utf8.count
            let highlight = fits ? start..<(start + figure.readingSpan.length) : nil
            return QuotedSentence("“" + sentence + "”", highlight: highlight, style: .figure, width: width).lines
        }
    }

    private mutating func apply(_ action: Action, _ context: PaneContext) -> PaneOutcome {
        let page = max(1, tableHeight(context.area) - 1)
        let frequencyView = sourcesView(for: context.area.width) == .frequencies
        if showsSentences, action == .lineDown || action == .lineUp {
            let count = sentenceLayout.map(\.mentions.count) ?? mentions(width: context.area.width).count
            if count > 0 { sentence = max(0, min(count - 1, sentence + (action == .lineDown ? 1 : -1))) }
            return .none
        }
        if frequencyView, showsSheet, !showsSentences, let index = selectedRowIndex {
            let count = frequencies[index].values.count
            let sheetPage = max(1, sheetHeight(context.area) - 2)
            switch action {
            case .lineDown: value = min(count - 1, value + 1)
            case .lineUp: value = max(0, value - 1)
            case .pageDown: value = min(count - 1, value + sheetPage)
            case .pageUp: value = max(0, value - sheetPage)
            case .top: value = 0
            case .bottom: value = max(0, count - 1)
            default: break
            }
            if [.lineDown, .lineUp, .pageDown, .pageUp, .top, .bottom].contains(action) { return .none }
        }
        switch action {
        case .lineDown: select(row + 1, context)
        case .lineUp: select(row - 1, context)
        case .pageDown: select(row + page, context)
        case .pageUp: select(row - page, context)
        case .top: select(0, context)
        case .bottom: select(visibleRows.count - 1, context)
        case .open where frequencyView:
            guard let index = selectedRowIndex, !frequencies[index].values.isEmpty else { return .none }
            if !showsSheet {
                showsSheet = true
                value = 0
                mode = .table
            } else {
                showsSentences = true
                sentence = 0
            }
        case .open:
            guard selectedCell != nil else { return .none }
            guard !selectedMentions.isEmpty else { return .message(nothingStated, isError: true) }
            showsSentences = true
            sentence = 0
            scrollToSelection(context)
        case .back:
            if showsSentences {
                showsSentences = false
                scrollToSelection(context)
            } else if showsSheet {
                showsSheet = false
                scrollToSelection(context)
            } else if mode == .chart {
                mode = .table
            } else if measureFilter != nil {
                return filter(nil, context)
            }
        default:
            if let own = action.paneAction(FiguresAction.self) { return performOwn(own, context: context) }
        }
        return .none
    }

    /// The pane's own actions, every one handled (the compiler checks).
    private mutating func performOwn(_ own: FiguresAction, context: PaneContext) -> PaneOutcome {
        let frequencyView = sourcesView(for: context.area.width) == .frequencies
        switch own {
        case .left where frequencyView, .right where frequencyView:
            let keys = [FiguresAction.left, .right, .view].map { context.key(for: $0.action, in: .figures) }
            return .message("\(keys[0]) and \(keys[1]) pick a source in the source columns (\(keys[2]) shows them)",
                            isError: false)
        case .left:
            column = max(0, column - 1)
            sentence = 0
        case .right:
            column = min(max(0, table.documents.count - 1), column + 1)
            sentence = 0
        case .chart:
            mode = mode == .chart ? .table : .chart
            if frequencyView, showsSheet {
                showsSheet = false
                showsSentences = false
            }
        case .view:
            chosenView = frequencyView ? .columns : .frequencies
            showsSheet = false
            showsSentences = false
            sentence = 0
            scrollToSelection(context)
            return .message(frequencyView ? "A column per source" : "Per row, its values and how many sources state each",
                            isError: false)
        case .reader where frequencyView && showsSheet:
            guard let index = selectedRowIndex else { return .none }
            let mentions = sentenceLayout.map(\.mentions) ?? valueMentions(index, value)
            guard !mentions.isEmpty else { return .none }
            let mention = mentions[showsSentences ? min(sentence, mentions.count - 1) : 0]
            return .openReader(documentID: table.documents[mention.source], span: mention.figure.readingSentenceSpan)
        case .reader:
            guard selectedCell != nil, let document = selectedDocument else { return .none }
            let mentions = selectedMentions
            guard !mentions.isEmpty else { return .message(nothingStated, isError: true) }
            let figure = mentions[showsSentences ? min(sentence, mentions.count - 1) : 0]
            return .openReader(documentID: document, span: figure.readingSentenceSpan)
        case .allCounts:
            showsAllCounts.toggle()
            if !showsAllCounts, let measure = measureFilter, !table.rows.indices.contains(where: { isShown($0, measure: measure) }) {
                measureFilter = nil
            }
            refreshRows(keeping: selectedRowIndex, context)
            let hidden = casualtyRows.filter { !$0 }.count
            let key = context.key(for: FiguresAction.allCounts.action, in: keyContext)
            return .message(showsAllCounts ? "Showing every count, \(hidden) not of casualties (\(key) hides them)"
                                           : "Showing casualties only, \(hidden) other counts hidden (\(key) shows them)", isError: false)
        case .nextMeasure, .previousMeasure:
            let options: [String?] = [nil] + measures.filter { measure in table.rows.indices.contains { isShown($0, measure: measure) } }
            let current = options.firstIndex(of: measureFilter) ?? 0
            let step = own == .nextMeasure ? 1 : options.count - 1
            return filter(options[(current + step) % options.count], context)
        case .sort:
            sortsByDisagreement.toggle()
            refreshRows(keeping: selectedRowIndex, context)
            return .message(sortsByDisagreement ? "Sorted by disagreement: disputed rows first" : "Sorted by measure",
                            isError: false)
        case .exportCSV: return export(.csv, frequencies: frequencyView, context)
        case .exportMarkdown: return export(.markdown, frequencies: frequencyView, context)
        }
        return .none
    }

    public mutating func reveal(_ target: PaneTarget, context: PaneContext) -> Bool {
        guard case .figure(let documentID, let span) = target,
              let documentColumn = table.documents.firstIndex(of: documentID),
              // The last of the source's figures at that place, as a table by place kept it.
              let position = documentFigures[documentColumn].last(where: { figures[$0].readingSpan.start == span.start }),
              figureRows[position] >= 0
        else { return false }
        let index = Int(figureRows[position])
        if !casualtyRows[index] { showsAllCounts = true }
        if !visibleRows.contains(index) { _ = filter(nil, context) }
        guard let position = visibleRows.firstIndex(of: index) else { return false }
        showsSentences = false
        showsSheet = false
        column = documentColumn
        select(position, context)
        sentenceLayout = nil
        return true
    }

    /// The selected row (measure, group, when) and source, as the place for the next run.
    public func save(into session: inout ReadingSession, context: PaneContext) {
        guard let key = selectedRow?.key else { return }
        session.panePlaces[title] = [key.measure, key.group, key.when ?? "", selectedDocument ?? ""].joined(separator: "\t")
    }

    /// Selects the row and source the last run left, if the table still shows them.
    public mutating func restore(_ session: ReadingSession, context: PaneContext) {
        let fields = session.panePlaces[title]?.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) ?? []
        guard fields.count == 4 else { return }
        let key = FigureTable.Key(measure: fields[0], group: fields[1], when: fields[2].isEmpty ? nil : fields[2])
        guard let index = table.rows.firstIndex(where: { $0.key == key }),
              let position = visibleRows.firstIndex(of: index) else { return }
        if let documentColumn = table.documents.firstIndex(of: fields[3]) { column = documentColumn }
        select(position, context)
    }

    private var nothingStated: String {
        "\(selectedDocument.flatMap { table.documents.firstIndex(of: $0) }.map(SourceLabels.label) ?? "This source") states no value in this row"
    }

    var selectedRowIndex: Int? { visibleRows.isEmpty ? nil : visibleRows[row] }

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
        let next = context.key(for: FiguresAction.nextMeasure.action, in: keyContext), all = context.key(for: .back, in: keyContext)
        return .message("Showing \(measure) only (\(visibleRows.count) row\(visibleRows.count == 1 ? "" : "s")); \(next) next, \(all) all",
                        isError: false)
    }

    /// Whether row `index` of the table is shown with `measure` (nil: every measure) chosen.
    private func isShown(_ index: Int, measure: String?) -> Bool {
        (showsAllCounts || casualtyRows[index]) && (measure == nil || table.rows[index].key.measure == measure)
    }

    private mutating func refreshRows(keeping index: Int?, _ context: PaneContext) {
        let order = sortsByDisagreement ? disagreementOrder : Array(table.rows.indices)
        visibleRows = order.filter { isShown($0, measure: measureFilter) }
        row = index.flatMap { visibleRows.firstIndex(of: $0) } ?? 0
        showsSentences = false
        showsSheet = false
        sentence = 0
        top = 0
        scrollToSelection(context)
    }

    // MARK: Export

    /// Writes the rows shown: a column per source, or, in the frequency view, a line per value
    /// of each row with how many sources state it and which.
    private func export(_ format: FigureTableExport.Format, frequencies frequencyView: Bool, _ context: PaneContext) -> PaneOutcome {
        let shown = visibleRows
        let rows = shown.map { table.rows[$0] }
        do {
            let scope = measureFilter.map { " (\($0) only)" } ?? ""
            if frequencyView {
                let counted = shown.map { frequencies[$0] }
                let path = try FigureTableExport.write(
                    FigureTableExport.frequencyLines(rows, counted, documents: table.documents, format: format),
                    named: "crossread-figure-values", format: format, in: exportDirectory)
                let values = counted.reduce(0) { $0 + max(1, $1.values.count) }
                return .message("Wrote \(values) value\(values == 1 ? "" : "s") of \(rows.count) row\(rows.count == 1 ? "" : "s")\(scope) to \(path)",
                                isError: false)
            }
            let titles = Dictionary(context.labels.entries.map { ($0.documentID, $0.title) }, uniquingKeysWith: { first, _ in first })
            let lines = FigureTableExport.lines(rows, documents: table.documents, titles: titles, format: format)
            let path = try FigureTableExport.write(lines, named: "crossread-figures", format: format, in: exportDirectory)
            return .message("Wrote \(rows.count) row\(rows.count == 1 ? "" : "s")\(scope) to \(path)", isError: false)
        } catch {
            return .message("Could not export: \(error.localizedDescription)", isError: true)
        }
    }

    // MARK: Derived

    /// The rows the table part takes (header included); the rest holds sentences or the legend.
    func tableHeight(_ area: Rect) -> Int {
        if showsSentences { return max(3, min(visibleRows.count + 1, area.height / 2)) }
        if sourcesView(for: area.width) == .frequencies { return max(3, area.height - 4) }
        let legend = legendLines(area.height)
        return max(3, area.height - legend.sources - (legend.note ? 1 : 0) - (legend.marks ? 1 : 0))
    }

    /// What the legend under the table shows in an area `height` rows high, within a third of it:
    /// the selected row's sum note, the line explaining `!` `*` `·` (the help has it too), and the
    /// sources, a line each or packed (`SourceLegend`).
    func legendLines(_ height: Int) -> (note: Bool, marks: Bool, sources: Int) {
        let count = table.documents.count, budget = SourceLegend.budget(height: height)
        if budget >= count + 2 { return (true, true, count) }
        if budget >= count + 1 { return (true, false, count) }
        if budget >= 2 { return (true, false, budget - 1) }
        return (false, false, 1)
    }

    /// The rows the frequency sheet's values take (its title and header included); below them, the
    /// selected value's sources or sentences.
    func sheetHeight(_ area: Rect) -> Int {
        let values = selectedRowIndex.map { frequencies[$0].values.count } ?? 0
        let room = showsSentences ? area.height / 2 : area.height * 3 / 5
        return max(4, min(values + 2, room))
    }

    /// The view at a width: the one `f` chose, else a column per source while at least half of the
    /// sources' columns fit at once (or the values would not: under about 60 columns), else the
    /// frequencies.
    public func sourcesView(for width: Int) -> SourcesView {
        if let chosenView { return chosenView }
        if fittingColumns(width) * 2 >= table.documents.count || frequencyColumns(width).values < 16 { return .columns }
        return .frequencies
    }

    public func status(_ context: PaneContext) -> (position: String, hints: String) {
        guard let selected = selectedRow else { return ("no figures", context.hints([.init(.showHelp, "help")], in: keyContext)) }
        if sourcesView(for: context.area.width) == .frequencies { return frequencyStatus(selected, context) }
        let label = SourceLabels.label(column)
        let value = selectedCell.map { $0.text.isEmpty ? "—" : $0.text } ?? "—"
        let position = "row \(row + 1)/\(visibleRows.count) · \(label): \(value) · \(selected.status.rawValue)"
        let hints = showsSentences
            ? sentenceHints(closing: "close", context)
            : context.hints([.init(.open, "sentences"), .init(FiguresAction.chart.action, "chart"), .init(.showHelp, "help")],
                            in: keyContext)
        return (position, hints)
    }

    /// The hints while a cell's sentences are shown: "j/k sentence · r reader · Esc close".
    func sentenceHints(closing: String, _ context: PaneContext) -> String {
        context.hints([.init([.lineDown, .lineUp], joinedBy: "/", "sentence"), .init(FiguresAction.reader.action, "reader"),
                       .init(.back, closing)], in: keyContext)
    }

    // MARK: Cells

    /// The cells of the sources stating a value in `row`, by source.
    static func cellViews(_ row: FigureTable.Row, _ frequencies: FigureTable.RowFrequencies, documents: [String]) -> [Int: CellView] {
        let differing = Set(frequencies.differing)
        var cells: [Int: CellView] = [:]
        for source in frequencies.sources {
            let id = documents[source]
            let values = row.cells[id] ?? []
            cells[source] = CellView(text: values.map(\.text).joined(separator: " / "), differs: differing.contains(source),
                                     values: values)
        }
        return cells
    }

    /// Disputed rows first, by the share of source pairs that disagree; then agreed, then single.
    static func disagreement(_ row: FigureTable.Row, _ frequencies: FigureTable.RowFrequencies) -> Double {
        switch row.status {
        case .single: return -1
        case .agreed: return 0
        case .disputed: return 1 + Double(frequencies.differing.count) / Double(max(1, frequencies.sourceCount))
        }
    }
}
