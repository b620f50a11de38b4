import Comparison
import Corpus
import Extraction

/// The article list and the reader: the browser's first pane.
///
/// Below 100 columns one of the two fills the content area (`focus` says which); from 100 on they
/// stand side by side. The reader keeps each article's place, its search, marks and raw view.
public struct ArticlesPane: ContentPane {
    /// Which part of the pane has the keyboard.
    public enum Focus: Sendable { case list, reader }

    public let store: DocumentStore

    public internal(set) var order: ArticleOrder = .corpus
    public internal(set) var reversed = false
    public internal(set) var listOrder: [Int]
    /// The selected row of the list (a position in `listOrder`).
    public internal(set) var selection = 0
    public internal(set) var listTop = 0
    public internal(set) var focus: Focus = .list

    public internal(set) var layout: ReaderLayout?
    public internal(set) var layoutDocument: Int?
    public internal(set) var readerTop = 0
    public internal(set) var highlights: [Highlight] = []
    public internal(set) var search: SearchState?
    /// The last pattern typed after `/` or `?`, kept across articles: an empty pattern repeats it,
    /// as in less. (A corpus search handed to the reader is not one.)
    public internal(set) var lastPattern: String?
    /// A span of the reading text the reader marks after a jump from another pane.
    public internal(set) var marked: TextSpan?
    /// Marks set with `m` letter, by letter.
    public internal(set) var marks: [Character: ReadingSession.Place] = [:]
    /// Waiting for the letter after `m` (true) or `'` (false).
    public internal(set) var awaitingMark: Bool?
    /// Articles whose reader has had the keyboard, now or in an earlier run (the list marks them ✓).
    public internal(set) var readDocuments: Set<Int> = []

    var rawDocuments: Set<Int> = []
    /// Reading positions (a byte of the text at the top line) per document and view, kept while
    /// the program runs.
    var positions: [PositionKey: Int] = [:]
    var highlightCache: [Int: [Highlight]] = [:]
    /// The article whose highlights wait until after the frame that first shows it.
    var pendingHighlights: Int?
    /// Recent layouts, so moving through the list does not lay out the same articles again.
    var layoutCache: [LayoutKey: ReaderLayout] = [:]
    var layoutCacheOrder: [LayoutKey] = []
    static let layoutCacheSize = 32
    /// The content area and measure the layout was made for (kept from the last context).
    var area = Rect(x: 0, y: 1, width: 80, height: 22)
    var measure: Int?
    var defersSlowWork = false

    struct LayoutKey: Hashable, Sendable {
        var document: Int
        var width: Int
        var raw: Bool
    }

    struct PositionKey: Hashable, Sendable {
        var document: Int
        var raw: Bool
    }

    /// From this width on, the list and the reader stand side by side.
    public static let sideBySideWidth = 100

    public init(store: DocumentStore) {
        self.store = store
        listOrder = ArticleOrder.corpus.sorted(store.documents, reversed: false)
    }

    // MARK: Derived state

    public var title: String { "Articles" }
    public var keyContext: Keymap.Context { focus == .reader && showsReader ? .reader : .list }
    public var isSideBySide: Bool { area.width >= Self.sideBySideWidth }
    public var selectedDocument: Int? { listOrder.isEmpty ? nil : listOrder[selection] }
    public var isRaw: Bool { selectedDocument.map { rawDocuments.contains($0) } ?? false }
    public var showsReader: Bool { isSideBySide || focus == .reader }
    public var showsList: Bool { isSideBySide || focus == .list }
    public var geometry: ArticlesGeometry { ArticlesGeometry(area: area, sideBySide: isSideBySide, focus: focus) }

    var readerHeight: Int { max(1, geometry.reader?.height ?? 1) }
    var listHeight: Int { max(1, (geometry.list?.height ?? 2) - 1) }  // minus the column header

    // MARK: Actions

    public mutating func handleKey(_ key: Key, context: PaneContext) -> PaneOutcome? {
        guard let setting = awaitingMark else { return nil }
        adopt(context)
        awaitingMark = nil
        guard case .character(let letter) = key, letter.isLetter else { return PaneOutcome.none }
        return mark(letter, set: setting)
    }

    public mutating func perform(_ action: Action, context: PaneContext) -> PaneOutcome {
        adopt(context)
        if let own = action.paneAction(ArticlesAction.self) { return perform(own, context: context) }
        switch action {
        case .lineDown, .lineUp, .pageDown, .pageUp, .halfPageDown, .halfPageUp, .top, .bottom:
            move(action)
        case .open:
            guard selectedDocument != nil else { break }
            savePosition()
            focus = .reader
            refreshReader(force: true)
        case .back:
            guard focus == .reader else { break }
            savePosition()
            focus = .list
        default:
            break
        }
        return .none
    }

    private mutating func perform(_ action: ArticlesAction, context: PaneContext) -> PaneOutcome {
        switch action {
        case .cycleSort:
            return sort(order.next, reversed: false)
        case .reverseSort:
            return sort(order, reversed: !reversed)
        case .toggleRaw:
            guard let document = selectedDocument else { return .none }
            savePosition()
            if rawDocuments.contains(document) { rawDocuments.remove(document) } else { rawDocuments.insert(document) }
            refreshReader(force: true)
            return .message(isRaw ? "Raw text: everything in the file, page furniture included" : "Reading text", isError: false)
        case .searchForward, .searchBackward:
            return .prompt(.search(forward: action == .searchForward))
        case .nextMatch, .previousMatch:
            return stepMatch(forward: action == .nextMatch)
        case .setMark, .goToMark:
            guard action == .goToMark || (showsReader && layoutDocument != nil) else {
                return .message("Marks are set in the reader", isError: true)
            }
            awaitingMark = action == .setMark
            return .message(action == .setMark ? "Mark: type a letter" : "Go to mark: type a letter", isError: false)
        case .pipeToCommand:
            return selectedDocument == nil ? .none : .prompt(.pipe)
        case .openInPager:
            guard let document = selectedDocument.map({ store.documents[$0] }) else { return .none }
            return .external(.page(TerminalSafe.sanitize(Citation.article(document.reading.text, from: document),
                                                         keepingNewlines: true)))
        case .copySentence:
            guard let document = selectedDocument.map({ store.documents[$0] }), let sentence = selectedSentence else {
                return .message("No sentence to copy: open an article", isError: true)
            }
            return .external(.copy(Citation.quote(sentence, from: document)), saying: "Copied the sentence with its source")
        case .showFigureInPane, .showDateInPane:
            return crossLink(action == .showFigureInPane ? .figure : .date)
        }
    }

    public mutating func answer(_ prompt: PromptKind, _ text: String, context: PaneContext) -> PaneOutcome {
        adopt(context)
        switch prompt {
        case .pipe:
            guard !text.trimmingCharacters(in: .whitespaces).isEmpty,
                  let document = selectedDocument.map({ store.documents[$0] }) else { return .none }
            let input = showsReader ? selectedSentence.map { Citation.quote($0, from: document) } : nil
            return .external(.pipe(command: text, input: input ?? Citation.article(document.reading.text, from: document)))
        case .search(let forward):
            if !text.isEmpty {
                lastPattern = text
                return runSearch(text, forward: forward)
            } else if let lastPattern {
                return runSearch(lastPattern, forward: forward, repeating: true)
            }
            return .message("No previous search: type a pattern after / or ?", isError: true)
        }
    }

    public mutating func command(_ words: [String], context: PaneContext) -> PaneOutcome? {
        adopt(context)
        switch words.first {
        case "sort":
            guard words.count >= 2, let order = ArticleOrder(rawValue: words[1]) else { return nil }
            return sort(order, reversed: words.count > 2 && words[2] == "reverse")
        case "export":
            guard words.count >= 3, let format = BrowserCommand.ExportFormat(rawValue: words[1]) else { return nil }
            let table = listTable()
            return ExportTable.write(format == .csv ? table.csv() : table.markdown(), to: words[2...].joined(separator: " "))
        default:
            return nil
        }
    }

    /// Opens the reader on the article another pane asked for.
    public mutating func openArticle(_ request: ArticleRequest, context: PaneContext) -> PaneOutcome? {
        adopt(context)
        switch request {
        case .at(let documentID, let span):
            guard openReader(documentID) else { return .message("No article \(documentID)", isError: true) }
            marked = span
            if let span { reveal(span.start..<span.end) }
        case .searching(let documentID, let query, let matches):
            guard openReader(documentID) else { return .message("No article \(documentID)", isError: true) }
            marked = nil
            var state = SearchState(query: query, readingTextMatches: matches.map(\.range))
            if !state.matches.isEmpty {
                state.current = 0
                reveal(state.matches[0])
            }
            search = state
        }
        return PaneOutcome.none
    }

    public mutating func layoutChanged(context: PaneContext) {
        savePosition()
        adopt(context)
        refreshReader(force: true)
        scrollListToSelection()
    }

    public var hasPendingWork: Bool { pendingHighlights != nil }

    public mutating func finishPendingWork(context: PaneContext) -> Bool {
        guard let document = pendingHighlights else { return false }
        pendingHighlights = nil
        let found = ReaderHighlights.figuresAndDates(store.documents[document]).sorted { $0.span < $1.span }
        highlightCache[document] = found
        guard layoutDocument == document, !rawDocuments.contains(document) else { return false }
        highlights = found
        return !found.isEmpty
    }

    /// Takes the content area and measure of `context`, the ones every layout is made for.
    mutating func adopt(_ context: PaneContext) {
        area = context.area
        measure = context.measure.map { max(20, $0) }
        defersSlowWork = context.defersSlowWork
    }

    // MARK: Mouse

    public mutating func mouse(_ event: MouseEvent, context: PaneContext) -> PaneOutcome {
        adopt(context)
        let geometry = self.geometry
        switch event.kind {
        case .wheelUp, .wheelDown:
            let down = event.kind == .wheelDown
            if let reader = geometry.reader, reader.contains(x: event.x, y: event.y), showsReader {
                readerTop = clampReaderTop(readerTop + (down ? 3 : -3))
            } else if showsList {
                moveList(down ? .lineDown : .lineUp)
            }
        case .click, .doubleClick:
            if let list = geometry.list, showsList, list.contains(x: event.x, y: event.y) {
                let row = listTop + (event.y - list.y - 1)
                if event.y > list.y, row < listOrder.count {
                    select(row)
                    if event.kind == .doubleClick { focus = .reader }
                }
            } else if let reader = geometry.reader, showsReader, reader.contains(x: event.x, y: event.y) {
                focus = .reader
            }
        }
        return .none
    }

    // MARK: Moving

    private mutating func move(_ action: Action) {
        guard focus == .reader, showsReader else { return moveList(action) }
        guard let layout else { return }
        readerTop = clampReaderTop(Self.step(action, from: readerTop, page: readerHeight - 1, half: readerHeight / 2,
                                             end: layout.lines.count))
    }

    private mutating func moveList(_ action: Action) {
        guard !listOrder.isEmpty else { return }
        let row = Self.step(action, from: selection, page: listHeight, half: listHeight / 2, end: listOrder.count - 1)
        select(max(0, min(listOrder.count - 1, row)))
    }

    /// Where a move takes a position (the reader's top line, the list's row), before clamping:
    /// a line, a page of `page`, half a page of `half` (each at least one), the start or `end`.
    private static func step(_ action: Action, from position: Int, page: Int, half: Int, end: Int) -> Int {
        switch action {
        case .lineDown: position + 1
        case .lineUp: position - 1
        case .pageDown: position + max(1, page)
        case .pageUp: position - max(1, page)
        case .halfPageDown: position + max(1, half)
        case .halfPageUp: position - max(1, half)
        case .top: 0
        case .bottom: end
        default: position
        }
    }

    mutating func select(_ row: Int) {
        guard row != selection else { return }
        marked = nil
        savePosition()
        selection = row
        scrollListToSelection()
        search = nil
        refreshReader()
    }

    mutating func scrollListToSelection() {
        if selection < listTop { listTop = selection }
        if selection >= listTop + listHeight { listTop = selection - listHeight + 1 }
        listTop = max(0, min(listTop, max(0, listOrder.count - listHeight)))
    }

    private mutating func sort(_ newOrder: ArticleOrder, reversed newReversed: Bool) -> PaneOutcome {
        let current = selectedDocument
        order = newOrder
        reversed = newReversed
        listOrder = order.sorted(store.documents, reversed: reversed)
        if let current, let row = listOrder.firstIndex(of: current) { selection = row }
        scrollListToSelection()
        return .message("Sorted by \(order.rawValue)\(reversed ? ", reversed" : "")", isError: false)
    }

    /// Switches to the reader with this document's reading text open; false when there is no such document.
    mutating func openReader(_ documentID: String) -> Bool {
        guard let document = store.documents.firstIndex(where: { $0.id == documentID }) else { return false }
        savePosition()
        if rawDocuments.contains(document) {
            rawDocuments.remove(document)
            if layoutDocument == document { refreshReader(force: true) }
        }
        if let row = listOrder.firstIndex(of: document) { select(row) }
        focus = .reader
        refreshReader(force: true)
        return true
    }
}

/// Where the list, the divider and the reader go in the content area.
public struct ArticlesGeometry: Sendable {
    public let list: Rect?
    public let reader: Rect?
    /// The column of the divider between list and reader, when side by side.
    public let divider: Int?

    init(area: Rect, sideBySide: Bool, focus: ArticlesPane.Focus) {
        if sideBySide {
            let listWidth = max(36, min(60, area.width * 2 / 5))
            let (left, right) = area.splitColumns(leftWidth: listWidth, gap: true)
            list = left
            reader = Rect(x: right.x + 1, y: right.y, width: right.width - 1, height: right.height)
            divider = left.maxX
        } else {
            list = focus == .list ? area : nil
            reader = focus == .reader ? Rect(x: area.x + 1, y: area.y, width: area.width - 1, height: area.height) : nil
            divider = nil
        }
    }
}
