import Comparison
import Corpus
import Extraction

/// The Timeline pane: the merged chronology under headings, with an overview of its years.
///
/// Each entry shows the sources that mention it (a letter each, `·` for the others; with more
/// sources than letters fit, how many: "37 sources") and its label in one source's own words; publication dates and recurring days carry a tag of their own. Enter
/// lists an entry's mentions, each quoted with its source; `r` opens the reader at one.
public struct TimelinePane: ContentPane {
    /// The unit of the headings entries are grouped under.
    public enum Zoom: String, Sendable, CaseIterable { case decades, years, months }

    /// One line of the pane's list.
    enum Line: Sendable, Equatable {
        /// A heading, the sources of the entries under it (positions in `documents`, in the order
        /// met), and how many entries there are.
        case heading(String, sources: [Int], count: Int)
        /// An entry, by its index in `timeline.entries`.
        case entry(Int)
    }

    public let timeline: Timeline
    let documents: [String]
    /// Per entry: the documents that mention it (positions in `documents`, ascending), and its date as shown.
    let entrySources: [[Int]]
    let entryDates: [String]
    /// Per entry: its label as a quotation, what closes it with its source's letter ("” (B)"),
    /// and their width.
    let entryLabels: [(quote: String, source: String)]
    let entryLabelWidths: [Int]
    /// The widest date.
    let dateWidth: Int
    /// The years the entries span (recurring days aside).
    let years: ClosedRange<Int>?

    public private(set) var zoom: Zoom = .years
    public private(set) var sourceFilter: String?
    private(set) var lines: [Line] = []
    /// Positions in `lines` of the entries shown, in order.
    private(set) var entryLines: [Int] = []
    /// Entries of a year or finer shown, by their start year (from `years.lowerBound`): the overview's strip.
    private(set) var yearCounts: [Int] = []
    /// The selected entry (a position in `entryLines`).
    public private(set) var selection = 0
    public private(set) var top = 0
    public private(set) var isExpanded = false
    public private(set) var mention = 0
    /// The expanded entry's mentions laid out for the last width seen (a key's work, not a frame's).
    private(set) var expansionLayout: ExpansionLayout?

    /// The quoted mentions of one entry, wrapped to one width.
    struct ExpansionLayout: Sendable {
        var entry: Int
        var width: Int
        /// Per mention: its lines, the first led by the source's letter.
        var quotes: [[[QuotedSentence.Run]]]
    }

    public init(store: DocumentStore, progress: BuildProgress? = nil) {
        let timeline = Timeline(store, progress: progress)
        self.timeline = timeline
        let documents = store.documents.map(\.id)
        self.documents = documents
        let position = Dictionary(uniqueKeysWithValues: documents.enumerated().map { ($1, $0) })
        entrySources = timeline.entries.map { entry in entry.documentIDs.compactMap { position[$0] }.sorted() }
        entryDates = timeline.entries.map(Self.date)
        entryLabels = timeline.entries.map { entry in
            let source = entry.labelDocumentID.flatMap { documents.firstIndex(of: $0) }.map(SourceLabels.label)
            return source.map { ("“" + entry.label, "” (\($0))") } ?? ("(date from the article's metadata)", "")
        }
        entryLabelWidths = entryLabels.map { DisplayWidth.of($0.quote) + DisplayWidth.of($0.source) }
        dateWidth = entryDates.map { DisplayWidth.of($0) }.max() ?? 4
        let intervals = timeline.entries.compactMap(\.interval)
        if let first = intervals.map(\.start.year).min(), let last = intervals.map({ $0.end.adding(days: -1).year }).max() {
            years = first...last
        } else {
            years = nil
        }
        rebuild()
    }

    public var title: String { "Timeline" }
    public var keyContext: Keymap.Context { .timeline }

    /// The selected entry, if any is shown.
    public var selectedEntry: TimelineEntry? {
        entryLines.isEmpty ? nil : entryIndex(selection).map { timeline.entries[$0] }
    }

    func entryIndex(_ position: Int) -> Int? {
        guard entryLines.indices.contains(position), case .entry(let index) = lines[entryLines[position]] else { return nil }
        return index
    }

    /// What the selected entry's expansion lists: its mentions, then documents published then
    /// that have no mention of it.
    var expansion: [(documentID: String, mention: TimelineMention?)] {
        guard let entry = selectedEntry else { return [] }
        let mentions = entry.mentions
        var items: [(String, TimelineMention?)] = mentions.map { ($0.documentID, $0) }
        let mentioned = Set(mentions.map(\.documentID))
        for id in entry.publishedDocumentIDs where !mentioned.contains(id) { items.append((id, nil)) }
        return items
    }

    // MARK: Actions

    public mutating func perform(_ action: Action, context: PaneContext) -> PaneOutcome {
        let outcome = apply(action, context)
        layOutExpansion(for: context.area)
        return outcome
    }

    /// Wraps the expanded entry's mentions for `area` once, so redrawing does not.
    mutating func layOutExpansion(for area: Rect) {
        guard isExpanded, let index = entryIndex(selection) else {
            expansionLayout = nil
            return
        }
        let width = quoteWidth(area.width)
        if let layout = expansionLayout, layout.entry == index, layout.width == width { return }
        expansionLayout = ExpansionLayout(entry: index, width: width, quotes: quotes(width: width))
    }

    func columnsWidth(_ width: Int) -> (date: Int, marks: Int) {
        (min(width >= 120 ? 22 : 14, dateWidth),
         showsMarks(width) ? max(7, documents.count) : max(7, String(documents.count).count + " sources".count))
    }

    /// Whether entries show a letter per source (while there are at most 26 sources and their
    /// letters take at most a third of the width) rather than how many sources mention them.
    func showsMarks(_ width: Int) -> Bool { documents.count <= 26 && documents.count * 3 <= width }

    func quoteWidth(_ width: Int) -> Int { max(10, width - (2 + columnsWidth(width).date + 1) - 4) }

    /// The selected entry's mentions, each wrapped to `width` with its date highlighted.
    func quotes(width: Int) -> [[[QuotedSentence.Run]]] {
        expansion.map { element in
            let label = documents.firstIndex(of: element.documentID).map(SourceLabels.label) ?? "?"
            guard let found = element.mention else {
                return [[("\(label)  published then (the date is from the article's metadata)", .dim)]]
            }
            let start = found.date.span.start - found.date.sentence.start + 3  // after the opening quote mark
            let quote = QuotedSentence("“" + found.sentence + "”", highlight: start..<(start + found.date.span.length),
                                       style: .date, width: width)
            return quote.lines.enumerated().map { number, runs in number == 0 ? [("\(label)  ", .key)] + runs : runs }
        }
    }

    private mutating func apply(_ action: Action, _ context: PaneContext) -> PaneOutcome {
        if isExpanded, action == .lineDown || action == .lineUp {
            // The laid-out quotes are the expansion's items: counting them spares making every mention a value.
            let laidOut = expansionLayout.flatMap { $0.entry == entryIndex(selection) ? $0.quotes.count : nil }
            mention = max(0, min((laidOut ?? expansion.count) - 1, mention + (action == .lineDown ? 1 : -1)))
            return .none
        }
        let page = max(1, listHeight(context.area) - 1)
        switch action {
        case .lineDown: select(selection + 1, context)
        case .lineUp: select(selection - 1, context)
        case .pageDown: select(nextEntry(after: page), context)
        case .pageUp: select(nextEntry(after: -page), context)
        case .top: select(0, context)
        case .bottom: select(entryLines.count - 1, context)
        case .open:
            guard selectedEntry != nil else { return .none }
            isExpanded.toggle()
            mention = 0
        case .back:
            if isExpanded {
                isExpanded = false
            } else if sourceFilter != nil {
                return filter(nil, context)
            }
        default:
            if let own = action.paneAction(TimelineAction.self) { return performOwn(own, context: context) }
        }
        return .none
    }

    /// The pane's own actions, every one handled (the compiler checks).
    private mutating func performOwn(_ own: TimelineAction, context: PaneContext) -> PaneOutcome {
        switch own {
        case .reader:
            let items = expansion
            guard !items.isEmpty else { return .none }
            let item = items[isExpanded ? min(mention, items.count - 1) : 0]
            guard let found = item.mention else {
                return .openReader(documentID: item.documentID, span: nil)
            }
            return .openReader(documentID: found.documentID, span: found.date.sentence)
        case .zoomIn, .zoomOut:
            let all = Zoom.allCases
            let position = all.firstIndex(of: zoom)! + (own == .zoomIn ? 1 : -1)
            guard all.indices.contains(position) else {
                return .message(position < 0 ? "Already at decades" : "Already at months", isError: false)
            }
            zoom = all[position]
            refresh(context)
            return .message("Headings by \(zoom.rawValue)", isError: false)
        case .nextSource, .previousSource:
            let options: [String?] = [nil] + documents
            let current = options.firstIndex(of: sourceFilter) ?? 0
            let step = own == .nextSource ? 1 : options.count - 1
            return filter(options[(current + step) % options.count], context)
        }
    }

    public mutating func reveal(_ target: PaneTarget, context: PaneContext) -> Bool {
        guard case .date(let documentID, let span) = target else { return false }
        for (index, entry) in timeline.entries.enumerated() {
            guard let found = entry.position(ofMentionIn: documentID, dateSpan: span) else { continue }
            if !entryLines.contains(where: { lines[$0] == .entry(index) }) { _ = filter(nil, context) }
            guard let position = entryLines.firstIndex(where: { lines[$0] == .entry(index) }) else { return false }
            select(position, context)
            isExpanded = true
            mention = found
            layOutExpansion(for: context.area)
            return true
        }
        return false
    }

    /// The selected entry's date, as its place for the next run.
    public func save(into session: inout ReadingSession, context: PaneContext) {
        guard let index = entryIndex(selection) else { return }
        session.panePlaces[title] = entryDates[index]
    }

    /// Selects the entry of the date the last run left, if the timeline still has it.
    public mutating func restore(_ session: ReadingSession, context: PaneContext) {
        guard let date = session.panePlaces[title], let index = entryDates.firstIndex(of: date),
              let position = entryLines.firstIndex(where: { lines[$0] == .entry(index) })
        else { return }
        select(position, context)
    }

    private func nextEntry(after step: Int) -> Int { selection + step }

    private mutating func select(_ position: Int, _ context: PaneContext) {
        let clamped = max(0, min(entryLines.count - 1, position))
        if clamped != selection {
            isExpanded = false
            mention = 0
        }
        selection = max(0, clamped)
        scrollToSelection(context)
    }

    private mutating func scrollToSelection(_ context: PaneContext) {
        guard !entryLines.isEmpty else {
            top = 0
            return
        }
        let height = max(1, listHeight(context.area))
        let line = entryLines[selection]
        // Keep the heading above the first entry under it in view.
        let heading = line > 0 && { if case .heading = lines[line - 1] { true } else { false } }() ? line - 1 : line
        if heading < top { top = heading }
        if line >= top + height { top = line - height + 1 }
        top = max(0, min(top, max(0, lines.count - height)))
    }

    private mutating func filter(_ documentID: String?, _ context: PaneContext) -> PaneOutcome {
        sourceFilter = documentID
        refresh(context)
        guard let documentID, let column = documents.firstIndex(of: documentID) else {
            return .message("Showing every source", isError: false)
        }
        let next = context.key(for: TimelineAction.nextSource.action, in: keyContext), all = context.key(for: .back, in: keyContext)
        return .message("Showing entries \(SourceLabels.label(column)) mentions (\(entryLines.count)); \(next) next source, \(all) all",
                        isError: false)
    }

    /// Rebuilds the lines for the zoom and filter, keeping the selected entry when it is still shown.
    private mutating func refresh(_ context: PaneContext) {
        let current = entryIndex(selection)
        rebuild()
        selection = current.flatMap { index in entryLines.firstIndex { lines[$0] == .entry(index) } } ?? 0
        isExpanded = false
        mention = 0
        top = 0
        scrollToSelection(context)
    }

    private mutating func rebuild() {
        let column = sourceFilter.flatMap { documents.firstIndex(of: $0) }
        var lines: [Line] = []
        var entryLines: [Int] = []
        var headingLine = -1
        var heading: Int?
        // The sources of the current heading: which are in, marked with the heading's line.
        var headingOf = [Int](repeating: -1, count: documents.count)
        var headingSources: [Int] = []
        func closeHeading() {
            guard headingLine >= 0, case .heading(let text, _, let count) = lines[headingLine] else { return }
            lines[headingLine] = .heading(text, sources: headingSources, count: count)
        }
        var yearCounts = Array(repeating: 0, count: years.map { $0.count } ?? 0)
        for index in timeline.entries.indices {
            if let column, !Self.contains(entrySources[index], column) { continue }
            if let years, let interval = timeline.entries[index].interval, timeline.entries[index].granularity >= .year {
                yearCounts[interval.start.year - years.lowerBound] += 1
            }
            // An entry coarser than the zoom's unit stands on its own line, as its own heading.
            guard let key = headingKey(timeline.entries[index]) else {
                closeHeading()
                heading = nil
                headingLine = -1
                entryLines.append(lines.count)
                lines.append(.entry(index))
                continue
            }
            if key != heading || headingLine < 0 {
                closeHeading()
                heading = key
                headingLine = lines.count
                headingSources = []
                lines.append(.heading(headingTitle(key), sources: [], count: 0))
            }
            for source in entrySources[index] where headingOf[source] != headingLine {
                headingOf[source] = headingLine
                headingSources.append(source)
            }
            if case .heading(let text, let sources, let count) = lines[headingLine] {
                lines[headingLine] = .heading(text, sources: sources, count: count + 1)
            }
            entryLines.append(lines.count)
            lines.append(.entry(index))
        }
        closeHeading()
        self.lines = lines
        self.entryLines = entryLines
        self.yearCounts = yearCounts
    }

    /// Whether the ascending `sources` hold `source`.
    static func contains(_ sources: [Int], _ source: Int) -> Bool {
        var low = 0, high = sources.count
        while low < high {
            let middle = (low + high) / 2
            if sources[middle] < source { low = middle + 1 } else { high = middle }
        }
        return low < sources.count && sources[low] == source
    }

    // MARK: Headings and dates

    private static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August",
                                     "September", "October", "November", "December"]

    /// The heading an entry stands under at the zoom, as a number: its decade's or year's first
    /// year, or its month counted from year 0 (`Int.min` for recurring days); nil when the entry is
    /// coarser than the zoom's unit (it is its own heading). Numbers, so a rebuild makes a title
    /// only once per heading.
    func headingKey(_ entry: TimelineEntry) -> Int? {
        guard let interval = entry.interval else { return Int.min }
        let unit: DateGranularity = zoom == .decades ? .decade : zoom == .years ? .year : .month
        if entry.granularity < unit { return nil }
        let start = interval.start
        switch unit {
        case .decade, .century: return start.year / 10 * 10
        case .year: return start.year
        case .month, .day: return start.year * 12 + start.month - 1
        }
    }

    /// A heading's title from its key: "Every year", "1990s", "1992", "February 1992".
    func headingTitle(_ key: Int) -> String {
        if key == Int.min { return "Every year" }
        switch zoom {
        case .decades: return "\(key)s"
        case .years: return String(key)
        case .months: return "\(Self.monthNames[((key % 12) + 12) % 12]) \(key >= 0 ? key / 12 : (key - 11) / 12)"
        }
    }

    /// An entry's period as the pane shows it: "1992-02-26", "1992-02-25–26", "1990s", "1900–1999",
    /// "every 02-26".
    public static func date(_ entry: TimelineEntry) -> String {
        switch entry.period {
        case .annual(let day): return "every " + String(day.iso.dropFirst(2))
        case .interval(let interval, let granularity):
            let last = interval.end.adding(days: -1)
            switch granularity {
            case .century, .decade:
                if interval.start.year % 10 == 0, last.year == interval.start.year + 9, interval.start.month == 1,
                   interval.start.day == 1
                {
                    return "\(interval.start.year)s"
                }
                return "\(interval.start.year)–\(last.year)"
            case .year, .month, .day:
                let first = interval.start.iso(granularity), final = last.iso(granularity)
                guard first != final else { return first }
                // Drop the part both ends share: "1992-02-25–26".
                let shared = zip(first.split(separator: "-"), final.split(separator: "-")).prefix { $0 == $1 }.count
                return first + "–" + final.split(separator: "-").dropFirst(shared).joined(separator: "-")
            }
        }
    }

    // MARK: Status

    /// Rows the list takes below the overview and the column header.
    func listHeight(_ area: Rect) -> Int { max(1, area.height - 3 - legendHeight(area)) }

    /// The rows under the list that name the sources (`SourceLegend`), a blank line above them
    /// from 20 rows: a sixth of the height at most, none while entries show counts, not letters.
    func legendHeight(_ area: Rect) -> Int {
        guard showsMarks(area.width), !documents.isEmpty, area.height >= 8 else { return 0 }
        let lines = min(documents.count, max(1, area.height / 6))
        return lines + (area.height >= 20 ? 1 : 0)
    }

    public func status(_ context: PaneContext) -> (position: String, hints: String) {
        let source = PaneContext.Hint(TimelineAction.nextSource.action, "source"), help = PaneContext.Hint(.showHelp, "help")
        guard let entry = selectedEntry else {
            return ("no entries", context.hints([source, .init(.back, "all"), help], in: keyContext))
        }
        var position = "entry \(selection + 1)/\(entryLines.count) · \(entryDates[entryIndex(selection)!])"
        if entry.kind != .event { position += " · \(entry.kind.rawValue)" }
        position += " · \(zoom.rawValue)"
        if let sourceFilter, let column = documents.firstIndex(of: sourceFilter) {
            position += " · source \(SourceLabels.label(column))"
        }
        // With counts for marks the list of mentions is long: say where in it the selection is.
        if isExpanded, !showsMarks(context.area.width) { position += " · mention \(mention + 1)/\(expansionLayout?.quotes.count ?? expansion.count)" }
        let hints = isExpanded
            ? context.hints([.init([.lineDown, .lineUp], joinedBy: "/", "mention"), .init(TimelineAction.reader.action, "reader"),
                             .init(.back, "close")], in: keyContext)
            : context.hints([.init(.open, "mentions"), .init(TimelineAction.zoomIn.action, "zoom"), source, help], in: keyContext)
        return (position, hints)
    }
}
