import Comparison
import Corpus
import Extraction

/// The browser's whole state and the update step: the only place that state changes.
///
/// The front end feeds it keys (`update(_:)`) and draws what `Screen.render(_:)` makes of it;
/// tests do the same without a terminal.
public struct BrowserModel: Sendable {
    /// Which part of the Articles pane has the keyboard.
    public enum Focus: Sendable { case list, reader }

    /// A line typed at the bottom of the screen: a search, or a command to pipe to.
    public struct Prompt: Sendable {
        public var forward: Bool
        public var text: String
        /// Set when the line is a shell command for `|` rather than a search.
        public var isPipe = false
        /// Set when the line is a `:` command.
        public var isCommand = false
        /// Which earlier search Up and Down have brought back (an index into the history).
        var recalled: Int?

        /// What the line starts with on screen: `/`, `?` or `|`.
        public var lead: String { isCommand ? ":" : isPipe ? "|" : forward ? "/" : "?" }
    }

    /// A one-line message in the status bar until the next key.
    public struct Message: Sendable {
        public var text: String
        public var isError: Bool
    }

    /// What the front end must do after a key.
    public enum Effect: Sendable, Equatable {
        case none, quit, suspend, redraw
        /// Run a command, the pager or the clipboard on text (`ExternalRequest`), then redraw.
        case external(ExternalRequest)
    }

    public typealias Highlighter = @Sendable (Document) -> [Highlight]

    /// Where panes beside Articles are built when first shown.
    public enum PaneBuilding: Sendable {
        /// On the spot, before the key that shows the pane returns: a settled model at every step.
        case immediate
        /// On another thread, with their progress shown meanwhile; `finishPendingWork()` takes
        /// them in, `waitForPendingWork()` waits for them.
        case background
    }

    /// A pane being built, as the screen shows it.
    public struct PaneBuildStatus: Sendable, Equatable {
        public let title: String
        public let activity: String
        public let count: BuildProgress.Count
    }

    public let store: DocumentStore
    public private(set) var keymap: Keymap
    public let highlighter: Highlighter
    /// The reader's longest line in columns (configuration's `measure`), or the full width.
    public private(set) var measure: Int?
    public let labels: SourceLabels
    /// The panes after Articles, in top-bar order (keys 2, 3, ...), built when first shown.
    public let paneFactories: [PaneFactory]
    /// 0 is Articles; 1... are `paneFactories`.
    public private(set) var activePane = 0
    private var builtPanes: [Int: any ContentPane] = [:]
    private let paneBuilding: PaneBuilding
    /// Panes being built in the background, by position.
    private var building: [Int: PaneBuild] = [:]
    /// Characters typed into a pane that takes typing while it was being built, for it to take in.
    private var typeahead: [Int: [Key]] = [:]
    /// A figure or date the reader asked a pane to show, waiting for panes still being built.
    private var pendingReveal: PendingReveal?

    private struct PendingReveal: Sendable {
        var target: PaneTarget
        /// Panes still to ask, in top-bar order.
        var panes: [Int]
    }
    /// A span of the reading text the reader marks after a jump from another pane.
    public private(set) var marked: TextSpan?
    public private(set) var width: Int
    public private(set) var height: Int

    public private(set) var order: ArticleOrder = .corpus
    public private(set) var reversed = false
    public private(set) var listOrder: [Int]
    /// The selected row of the list (a position in `listOrder`).
    public private(set) var selection = 0
    public private(set) var listTop = 0
    public private(set) var focus: Focus = .list

    public private(set) var layout: ReaderLayout?
    public private(set) var layoutDocument: Int?
    public private(set) var readerTop = 0
    public private(set) var highlights: [Highlight] = []
    public private(set) var search: SearchState?
    /// The last pattern typed after `/` or `?`, kept across articles: an empty pattern repeats it,
    /// as in less. (A corpus search handed to the reader is not one.)
    public private(set) var lastPattern: String?
    public private(set) var prompt: Prompt?
    public private(set) var helpTop: Int?
    /// Where help was opened from: its own keys are listed first.
    public private(set) var helpContext: Keymap.Context?
    /// The panes shown before the active one, latest last, for `returnToPreviousPane` (`q` in a
    /// pane, `Esc` in Search): back to where the person came from, not always to Articles.
    private var paneHistory: [Int] = []
    public private(set) var message: Message?
    /// Marks set with `m` letter, by letter.
    public private(set) var marks: [Character: ReadingSession.Place] = [:]
    /// Waiting for the letter after `m` (true) or `'` (false).
    public private(set) var awaitingMark: Bool?
    /// Articles whose reader has had the keyboard, now or in an earlier run (the list marks them ✓).
    public private(set) var readDocuments: Set<Int> = []
    /// Searches typed, oldest first (Up and Down at the prompt bring them back).
    public private(set) var searchHistory: [String] = []

    private var rawDocuments: Set<Int> = []
    /// Reading positions (a byte of the text at the top line) per document and view, kept while
    /// the program runs.
    private var positions: [PositionKey: Int] = [:]
    private var highlightCache: [Int: [Highlight]] = [:]
    /// When true, an article's highlights are found after the frame that first shows it
    /// (`finishPendingWork`), so a first frame never waits for the extractors.
    private let defersHighlights: Bool
    private var pendingHighlights: Int?
    /// Recent layouts, so moving through the list does not lay out the same articles again.
    private var layoutCache: [LayoutKey: ReaderLayout] = [:]
    private var layoutCacheOrder: [LayoutKey] = []
    private static let layoutCacheSize = 32

    private struct LayoutKey: Hashable, Sendable {
        var document: Int
        var width: Int
        var raw: Bool
    }

    private struct PositionKey: Hashable, Sendable {
        var document: Int
        var raw: Bool
    }

    /// The smallest screen the browser draws; below it, a one-line notice.
    public static let minimumWidth = 20
    public static let minimumHeight = 6
    /// From this width on, the list and the reader stand side by side.
    public static let sideBySideWidth = 100

    /// `keymap` defaults to the browser's keys with those `panes` bring (`Keymap.forPanes`).
    public init(store: DocumentStore, width: Int, height: Int, keymap: Keymap? = nil,
                highlighter: @escaping Highlighter = ReaderHighlights.figuresAndDates,
                panes: [PaneFactory] = [], defersHighlights: Bool = false, paneBuilding: PaneBuilding = .immediate,
                measure: Int? = nil)
    {
        self.measure = measure.map { max(BrowserModel.minimumWidth, $0) }
        self.defersHighlights = defersHighlights
        self.paneBuilding = paneBuilding
        self.store = store
        self.labels = SourceLabels(store)
        self.paneFactories = panes
        self.keymap = keymap ?? .forPanes(panes)
        self.highlighter = highlighter
        self.width = width
        self.height = height
        listOrder = ArticleOrder.corpus.sorted(store.documents, reversed: false)
        refreshReader()
    }

    // MARK: Derived state

    public var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }
    public var isSideBySide: Bool { width >= Self.sideBySideWidth }
    public var selectedDocument: Int? { listOrder.isEmpty ? nil : listOrder[selection] }
    public var isRaw: Bool { selectedDocument.map { rawDocuments.contains($0) } ?? false }
    public var showsReader: Bool { isSideBySide || focus == .reader }
    public var showsList: Bool { isSideBySide || focus == .list }

    public var geometry: Geometry { Geometry(width: width, height: height, sideBySide: isSideBySide, focus: focus) }

    var readerHeight: Int { max(1, geometry.reader?.height ?? 1) }
    var listHeight: Int { max(1, (geometry.list?.height ?? 2) - 1) }  // minus the column header

    // MARK: Update

    public mutating func update(_ key: Key) -> Effect {
        let hadMessage = message != nil
        message = nil
        if case .resize(let newWidth, let newHeight) = key {
            resize(width: newWidth, height: newHeight)
            return .none
        }
        if case .mouse(let event) = key { return mouse(event) }
        if prompt != nil { return editPrompt(key) }
        if let setting = awaitingMark {
            awaitingMark = nil
            if case .character(let letter) = key, letter.isLetter { mark(letter, set: setting) }
            return .none
        }
        if helpTop == nil, withActivePane({ pane, context in pane.handleKey(key, context: context) }) {
            return .none
        }
        if helpTop == nil, let status = activePaneBuild {
            return keyWhileBuilding(key, status)
        }
        let context: Keymap.Context = helpTop != nil ? .help
            : activePane > 0 ? (builtPanes[activePane]?.keyContext ?? .global)
            : (focus == .reader && showsReader ? .reader : .list)
        guard let action = keymap.action(for: key, in: context) else {
            if key != .escape || !hadMessage {
                message = Message(text: "\(KeyNotation.label(key)) does nothing here; ? shows the keys", isError: true)
            }
            return .none
        }
        return perform(action, in: context)
    }

    public mutating func perform(_ action: Action, in context: Keymap.Context) -> Effect {
        if helpTop == nil, isPaneAction(action), withActivePane({ pane, context in pane.perform(action, context: context) }) {
            return .none
        }
        switch action {
        case .quit: return .quit
        case .suspend: return .suspend
        case .redraw: return .redraw
        case .showHelp:
            helpTop = 0
            helpContext = context
        case .returnToPreviousPane:
            var previous = paneHistory.popLast()
            while previous == activePane { previous = paneHistory.popLast() }
            showPane(previous ?? 0, remembering: false)
        case .back:
            if helpTop != nil {
                helpTop = nil
            } else if focus == .reader {
                savePosition()
                focus = .list
            }
        case .nextPane:
            showPane((activePane + 1) % (paneFactories.count + 1))
        case .previousPane:
            showPane((activePane + paneFactories.count) % (paneFactories.count + 1))
        case .selectPane(let index):
            if index <= paneFactories.count {
                showPane(index)
            } else {
                message = Message(text: "There is no pane \(index + 1) yet", isError: true)
            }
        case .showPane(let title):
            if let index = paneTitles.firstIndex(of: title) {
                showPane(index)
            } else {
                message = Message(text: "There is no \(title) pane", isError: true)
            }
        case .pane:
            break
        case .lineDown, .lineUp, .pageDown, .pageUp, .halfPageDown, .halfPageUp, .top, .bottom:
            move(action, in: context)
        case .open:
            guard selectedDocument != nil else { break }
            savePosition()
            focus = .reader
            refreshReader(force: true)
        case .cycleSort:
            sort(order.next, reversed: false)
        case .reverseSort:
            sort(order, reversed: !reversed)
        case .toggleRaw:
            guard let document = selectedDocument else { break }
            savePosition()
            if rawDocuments.contains(document) { rawDocuments.remove(document) } else { rawDocuments.insert(document) }
            refreshReader(force: true)
            message = Message(text: isRaw ? "Raw text: everything in the file, page furniture included" : "Reading text",
                              isError: false)
        case .searchForward, .searchBackward:
            prompt = Prompt(forward: action == .searchForward, text: "")
        case .setMark, .goToMark:
            guard action == .goToMark || (showsReader && layoutDocument != nil) else {
                message = Message(text: "Marks are set in the reader", isError: true)
                break
            }
            awaitingMark = action == .setMark
            message = Message(text: action == .setMark ? "Mark: type a letter" : "Go to mark: type a letter", isError: false)
        case .commandLine:
            prompt = Prompt(forward: true, text: "", isCommand: true)
        case .pipeToCommand:
            guard selectedDocument != nil else { break }
            prompt = Prompt(forward: true, text: "", isPipe: true)
        case .openInPager:
            guard let document = selectedDocument.map({ store.documents[$0] }) else { break }
            return .external(.page(TerminalSafe.sanitize(Citation.article(document.reading.text, from: document),
                                                         keepingNewlines: true)))
        case .copySentence:
            guard let document = selectedDocument.map({ store.documents[$0] }), let sentence = selectedSentence else {
                message = Message(text: "No sentence to copy: open an article", isError: true)
                break
            }
            message = Message(text: "Copied the sentence with its source", isError: false)
            return .external(.copy(Citation.quote(sentence, from: document)))
        case .nextMatch, .previousMatch:
            stepMatch(forward: action == .nextMatch)
        case .showFigureInPane, .showDateInPane:
            crossLink(action == .showFigureInPane ? .figure : .date)
        }
        return .none
    }

    /// Whether work is under way or deferred: a pane being built, an article's highlights to find.
    /// The front end then keeps calling `finishPendingWork()` between keys.
    public var hasPendingWork: Bool { pendingHighlights != nil || !building.isEmpty }

    /// Does work deferred so a frame could be drawn first (an article's highlights) and takes in
    /// panes built in the background since the last call; returns whether the screen changed.
    /// Never waits for a build.
    public mutating func finishPendingWork() -> Bool {
        let changed = takeBuiltPanes()
        guard let document = pendingHighlights else { return changed }
        pendingHighlights = nil
        let found = highlighter(store.documents[document]).sorted { $0.span < $1.span }
        highlightCache[document] = found
        guard layoutDocument == document, !rawDocuments.contains(document) else { return changed }
        highlights = found
        return changed || !found.isEmpty
    }

    /// Waits for every pane being built (and any that finishing them starts), then finishes the
    /// deferred work: for callers that need a settled screen, such as `crossread snapshot`.
    public mutating func waitForPendingWork() {
        while hasPendingWork {
            for build in building.values { build.wait() }
            _ = finishPendingWork()
        }
    }

    // MARK: Panes

    /// The active pane beside Articles, if one is shown.
    public var activeContentPane: (any ContentPane)? { activePane > 0 ? builtPanes[activePane] : nil }

    public var paneContext: PaneContext { PaneContext(store: store, labels: labels, area: geometry.content, keymap: keymap) }

    /// The top bar's pane names, in order, with Articles first.
    public var paneTitles: [String] { ["Articles"] + paneFactories.map(\.title) }

    /// The key that selects each pane, as the top bar shows it: read from the keymap, so the
    /// label and the key cannot disagree (nil when no key selects the pane).
    public var paneKeys: [String?] {
        paneTitles.indices.map { index in
            keymap.bindings.first { $0.context == .global && $0.action == .selectPane(index) }?.keys.first.map(KeyNotation.label)
        }
    }

    /// The active pane's build, while it is being built in the background.
    public var activePaneBuild: PaneBuildStatus? {
        guard activePane > 0, let build = building[activePane] else { return nil }
        let factory = paneFactories[activePane - 1]
        return PaneBuildStatus(title: factory.title, activity: factory.activity, count: build.progress.count)
    }

    private mutating func showPane(_ index: Int, remembering: Bool = true) {
        savePosition()
        pendingReveal = nil
        if remembering, index != activePane {
            paneHistory.append(activePane)
            if paneHistory.count > 32 { paneHistory.removeFirst() }
        }
        activePane = index
        if index > 0 { startBuilding(index) }
    }

    /// Builds the pane at `index` unless it is built or being built: now, or in the background.
    private mutating func startBuilding(_ index: Int) {
        guard builtPanes[index] == nil, building[index] == nil else { return }
        let factory = paneFactories[index - 1]
        switch paneBuilding {
        case .immediate: builtPanes[index] = factory.make(store, BuildProgress())
        case .background: building[index] = PaneBuild(factory, store: store)
        }
    }

    /// Moves panes whose build has finished into place; returns whether the screen changed.
    private mutating func takeBuiltPanes() -> Bool {
        var changed = false
        for index in building.keys.sorted() {
            guard let pane = building[index]?.pane else { continue }
            building[index] = nil
            builtPanes[index] = pane
            for key in typeahead.removeValue(forKey: index) ?? [] {
                _ = withPane(index) { pane, context in pane.handleKey(key, context: context) }
            }
            changed = changed || index == activePane
            if let reveal = pendingReveal, reveal.panes.first == index {
                continueReveal(reveal)
                changed = true
            }
        }
        return changed
    }

    /// A key while the active pane is being built: pane switching, help and quitting work as
    /// always, Esc goes back to Articles, and a pane that takes typing keeps what is typed.
    private mutating func keyWhileBuilding(_ key: Key, _ status: PaneBuildStatus) -> Effect {
        let isTyping = switch key {
        case .character, .backspace, .delete: true
        default: false
        }
        if isTyping, paneFactories[activePane - 1].takesTyping {
            typeahead[activePane, default: []].append(key)
            return .none
        }
        switch key {
        case .escape:
            return perform(.returnToPreviousPane, in: .global)
        default:
            guard let action = keymap.action(for: key, in: .global) else {
                message = Message(text: "\(status.title) is still being prepared; 1 goes back to Articles", isError: false)
                return .none
            }
            return perform(action, in: .global)
        }
    }

    /// Runs `body` on the active pane beside Articles, keeps the pane's new state, then applies the
    /// outcome (which may switch panes, so the pane is stored first). Returns whether a pane took it:
    /// false when Articles is active or `body` returned nil.
    private mutating func withActivePane(_ body: (inout any ContentPane, PaneContext) -> PaneOutcome?) -> Bool {
        withPane(activePane, body)
    }

    /// As `withActivePane`, for the pane at `index`.
    private mutating func withPane(_ index: Int, _ body: (inout any ContentPane, PaneContext) -> PaneOutcome?) -> Bool {
        guard index > 0, var pane = builtPanes[index] else { return false }
        let outcome = body(&pane, paneContext)
        builtPanes[index] = pane
        guard let outcome else { return false }
        apply(outcome)
        return true
    }

    /// Actions a pane handles itself (the rest are the browser's: quitting, help, panes).
    private func isPaneAction(_ action: Action) -> Bool {
        switch action {
        case .quit, .showHelp, .nextPane, .previousPane, .selectPane, .showPane, .returnToPreviousPane, .suspend, .redraw,
             .commandLine:
            return false
        default: return true
        }
    }

    /// Opens the pane that lists the reader's highlighted figure or date, selecting it there. The
    /// highlight is the one under the search match or the mark, else the first on screen.
    private mutating func crossLink(_ style: Style) {
        let kind = style == .figure ? "figure" : "date"
        guard showsReader, !isRaw, let document = selectedDocument, let highlight = highlightOnScreen(style) else {
            message = Message(text: "No \(kind) highlighted on screen", isError: true)
            return
        }
        let id = store.documents[document].id
        let target: PaneTarget = style == .figure ? .figure(documentID: id, span: highlight.span)
            : .date(documentID: id, span: highlight.span)
        savePosition()
        continueReveal(PendingReveal(target: target, panes: paneFactories.indices.map { $0 + 1 }))
    }

    /// Asks each pane of `reveal` in turn to show its target, building panes not built yet. A pane
    /// being built in the background is shown, with its progress, until it can be asked
    /// (`takeBuiltPanes`); the first pane that shows the target stays active.
    private mutating func continueReveal(_ reveal: PendingReveal) {
        var remaining = reveal.panes[...]
        pendingReveal = nil
        while let index = remaining.first {
            startBuilding(index)
            guard var pane = builtPanes[index] else {
                pendingReveal = PendingReveal(target: reveal.target, panes: Array(remaining))
                activePane = index
                return
            }
            remaining.removeFirst()
            let found = pane.reveal(reveal.target, context: paneContext)
            builtPanes[index] = pane
            if found {
                activePane = index
                return
            }
        }
        activePane = 0
        let kind = if case .figure = reveal.target { "figure" } else { "date" }
        message = Message(text: "No pane lists this \(kind)", isError: true)
    }

    /// The sentence `y` copies and `|` pipes: the one at the current search match or the mark, else
    /// none (then `|` pipes the whole article). Only in the reading text, where spans are sentences'.
    public var selectedSentence: String? {
        guard showsReader, !isRaw, let layout else { return nil }
        guard let pointed = search?.current.map({ search!.matches[$0] }) ?? marked?.range else {
            return nil
        }
        let text = layout.text
        guard let sentence = SentenceSplitter.sentences(in: text).first(where: { $0.range.contains(pointed.lowerBound) })
        else { return nil }
        let bytes = text.utf8
        let start = bytes.index(bytes.startIndex, offsetBy: sentence.start)
        let end = bytes.index(bytes.startIndex, offsetBy: sentence.end)
        return String(bytes[start..<end])
    }

    /// The highlight of `style` under the current search match or the mark, else the first one on
    /// the reader's screen.
    public func highlightOnScreen(_ style: Style) -> Highlight? {
        guard let layout else { return nil }
        let candidates = highlights.filter { $0.style == style }
        let pointed = search?.current.map { search!.matches[$0] } ?? marked?.range
        if let pointed, let hit = candidates.first(where: { $0.span.range.overlaps(pointed) }) { return hit }
        let lines = layout.lines[min(readerTop, layout.lines.count)..<min(layout.lines.count, readerTop + readerHeight)]
        var lower = Int.max, upper = Int.min
        for line in lines {
            if case .body(let range) = line {
                lower = min(lower, range.lowerBound)
                upper = max(upper, range.upperBound)
            }
        }
        guard lower < upper else { return nil }
        return candidates.first { $0.span.start < upper && $0.span.end > lower }
    }

    private mutating func apply(_ outcome: PaneOutcome) {
        switch outcome {
        case .none: break
        case .message(let text, let isError): message = Message(text: text, isError: isError)
        case .openReader(let documentID, let span):
            guard openReader(documentID) else { return }
            marked = span
            if let span { reveal(span.start..<span.end) }
        case .openReaderSearching(let documentID, let query, let matches):
            guard openReader(documentID) else { return }
            marked = nil
            var state = SearchState(query: query, readingTextMatches: matches.map(\.range))
            if !state.matches.isEmpty {
                state.current = 0
                reveal(state.matches[0])
            }
            search = state
        }
    }

    /// Switches to Articles with this document's reading text open; false (and a message) when
    /// there is no such document.
    private mutating func openReader(_ documentID: String) -> Bool {
        guard let document = store.documents.firstIndex(where: { $0.id == documentID }) else {
            message = Message(text: "No article \(documentID)", isError: true)
            return false
        }
        activePane = 0
        pendingReveal = nil
        if rawDocuments.contains(document) {
            rawDocuments.remove(document)
            if layoutDocument == document { refreshReader(force: true) }
        }
        if let row = listOrder.firstIndex(of: document) { select(row) }
        focus = .reader
        refreshReader(force: true)
        return true
    }

    /// The help screen's lines: the keys of where help was opened from first, then the rest.
    public var helpLines: [(keys: String, help: String, isHeading: Bool)] { keymap.helpLines(first: helpContext) }

    // MARK: Moving

    private mutating func move(_ action: Action, in context: Keymap.Context) {
        switch context {
        case .help:
            let count = helpLines.count
            let page = max(1, (geometry.content.height) - 1)
            var top = helpTop ?? 0
            switch action {
            case .lineDown: top += 1
            case .lineUp: top -= 1
            case .pageDown: top += page
            case .pageUp: top -= page
            default: break
            }
            helpTop = max(0, min(top, max(0, count - geometry.content.height)))
        case .reader:
            guard let layout else { return }
            let page = max(1, readerHeight - 1)
            var top = readerTop
            switch action {
            case .lineDown: top += 1
            case .lineUp: top -= 1
            case .pageDown: top += page
            case .pageUp: top -= page
            case .halfPageDown: top += max(1, readerHeight / 2)
            case .halfPageUp: top -= max(1, readerHeight / 2)
            case .top: top = 0
            case .bottom: top = layout.lines.count
            default: break
            }
            readerTop = clampReaderTop(top)
        default:
            guard !listOrder.isEmpty else { return }
            var row = selection
            switch action {
            case .lineDown: row += 1
            case .lineUp: row -= 1
            case .pageDown: row += listHeight
            case .pageUp: row -= listHeight
            case .halfPageDown: row += max(1, listHeight / 2)
            case .halfPageUp: row -= max(1, listHeight / 2)
            case .top: row = 0
            case .bottom: row = listOrder.count - 1
            default: break
            }
            select(max(0, min(listOrder.count - 1, row)))
        }
    }

    private mutating func select(_ row: Int) {
        guard row != selection else { return }
        marked = nil
        savePosition()
        selection = row
        scrollListToSelection()
        search = nil
        refreshReader()
    }

    private mutating func scrollListToSelection() {
        if selection < listTop { listTop = selection }
        if selection >= listTop + listHeight { listTop = selection - listHeight + 1 }
        listTop = max(0, min(listTop, max(0, listOrder.count - listHeight)))
    }

    private mutating func sort(_ newOrder: ArticleOrder, reversed newReversed: Bool) {
        let current = selectedDocument
        order = newOrder
        reversed = newReversed
        listOrder = order.sorted(store.documents, reversed: reversed)
        if let current, let row = listOrder.firstIndex(of: current) { selection = row }
        scrollListToSelection()
        message = Message(text: "Sorted by \(order.rawValue)\(reversed ? ", reversed" : "")", isError: false)
    }

    private func clampReaderTop(_ top: Int) -> Int {
        guard let layout else { return 0 }
        return max(0, min(top, max(0, layout.lines.count - readerHeight)))
    }

    private mutating func resize(width newWidth: Int, height newHeight: Int) {
        savePosition()
        width = max(0, newWidth)
        height = max(0, newHeight)
        refreshReader(force: true)
        scrollListToSelection()
    }

    // MARK: Reader

    /// Lays out the selected document for the reader's width, restoring its reading position.
    private mutating func refreshReader(force: Bool = false) {
        guard let document = selectedDocument else {
            layout = nil
            return
        }
        // An article counts as read once its reader has had the keyboard.
        if focus == .reader { readDocuments.insert(document) }
        let readerWidth = min(measure ?? .max, max(1, (geometry.reader?.width ?? width) - 1))
        if !force, layoutDocument == document, layout?.width == readerWidth { return }
        let raw = rawDocuments.contains(document)
        let source = store.documents[document]
        let key = LayoutKey(document: document, width: readerWidth, raw: raw)
        if let cached = layoutCache[key] {
            layout = cached
        } else {
            let made = ReaderLayout(document: source, text: raw ? source.rawDisplay : source.reading, width: readerWidth, isRaw: raw)
            layoutCache[key] = made
            layoutCacheOrder.append(key)
            if layoutCacheOrder.count > Self.layoutCacheSize { layoutCache[layoutCacheOrder.removeFirst()] = nil }
            layout = made
        }
        layoutDocument = document
        if raw {
            highlights = []
        } else if let cached = highlightCache[document] {
            highlights = cached
        } else if defersHighlights {
            highlights = []
            pendingHighlights = document
        } else {
            highlights = highlighter(source).sorted { $0.span < $1.span }
            highlightCache[document] = highlights
        }
        if let anchor = positions[PositionKey(document: document, raw: raw)], let layout {
            readerTop = clampReaderTop(layout.lineIndex(containing: anchor))
        } else {
            readerTop = 0
        }
        if let current = search, let layout {
            if current.isReadingTextSearch {
                // Its matches are ranges of the reading text: they hold at any width, not in the raw view.
                if raw { search = nil }
            } else {
                var state = SearchState(query: current.query, forward: current.forward, in: layout.text)
                // The same text (highlights arriving, a new width) keeps the match you were at.
                if state.matches == current.matches { state.current = current.current }
                search = state
            }
        }
    }

    private mutating func savePosition() {
        guard let document = layoutDocument, let layout else { return }
        let key = PositionKey(document: document, raw: rawDocuments.contains(document))
        let firstBody = layout.lines.firstIndex { if case .body = $0 { true } else { false } } ?? 0
        if readerTop <= firstBody { positions[key] = nil } else { positions[key] = layout.anchor(ofLine: readerTop) }
    }

    // MARK: The command line

    /// Carries out a `:` command line.
    private mutating func run(_ line: String) -> Effect {
        switch BrowserCommand.parse(line.trimmingCharacters(in: .whitespaces)) {
        case .failure(let error):
            message = Message(text: error.message, isError: true)
        case .success(.quit):
            return .quit
        case .success(.help):
            helpTop = 0
            helpContext = .global
        case .success(.open(let prefix)):
            let found = store.documents.filter { $0.id.hasPrefix(prefix) }
            guard found.count == 1 else {
                message = Message(text: found.isEmpty ? "No article \(prefix)"
                                  : "\(prefix) starts \(found.count) ids: " + found.prefix(4).map(\.id).joined(separator: ", "),
                                  isError: true)
                break
            }
            savePosition()
            _ = openReader(found[0].id)
        case .success(.sort(let order, let reversed)):
            sort(order, reversed: reversed)
        case .success(.export(let format, let path)):
            let table = listTable()
            let written = Self.write(format == .csv ? table.csv() : table.markdown(), to: path)
            message = Message(text: written.0, isError: written.isError)
        case .success(.pane(let words)):
            guard helpTop == nil, withActivePane({ pane, context in pane.command(words, context: context) }) else {
                message = Message(text: ":\(words[0]) is a command of the Compare pane: show that pane first", isError: true)
                break
            }
        case .success(.set(let name, let value)) where name.hasPrefix("keys."):
            let parts = name.split(separator: ".", maxSplits: 2).map(String.init)
            guard parts.count == 3, let keys = try? KeyNotation.parse(value), keys.count == 1 else {
                message = Message(text: ":set keys.CONTEXT.ACTION takes one key (x, <C-d>, <F5>)", isError: true)
                break
            }
            do {
                keymap = try keymap.remapping(context: parts[1], action: parts[2], to: keys)
                message = Message(text: "\(KeyNotation.label(keys[0])) now: \(parts[2]) (\(parts[1]))", isError: false)
            } catch let error as Keymap.RemapError {
                message = Message(text: error.description, isError: true)
            } catch {
                message = Message(text: "\(error)", isError: true)
            }
        case .success(.set(let name, let value)):
            guard name == "measure", let columns = Int(value), (Self.minimumWidth...1000).contains(columns) else {
                message = Message(text: ":set measure takes a number of columns, \(Self.minimumWidth) to 1000", isError: true)
                break
            }
            savePosition()
            measure = columns
            refreshReader(force: true)
            message = Message(text: "Lines of at most \(columns) columns", isError: false)
        }
        return .none
    }

    /// What `:set` completes: the measure and every key binding, `keys.CONTEXT.ACTION`.
    private var settingNames: [String] {
        keymap.contexts.flatMap { context in keymap.actionNames(in: context.id).map { "keys.\(context.id).\($0)" } }
    }

    // MARK: Marks and the reading session

    /// Sets mark `letter` at the reader's place, or goes to it (opening its article).
    private mutating func mark(_ letter: Character, set: Bool) {
        if set {
            guard let document = layoutDocument, let layout, !rawDocuments.contains(document) else {
                message = Message(text: "Marks are set in the reading text, not the raw view", isError: true)
                return
            }
            marks[letter] = ReadingSession.Place(document: store.documents[document].id, position: layout.anchor(ofLine: readerTop))
            message = Message(text: "Mark \(letter) set", isError: false)
            return
        }
        guard let place = marks[letter] else {
            message = Message(text: "No mark \(letter)", isError: true)
            return
        }
        guard openReader(place.document), let layout else { return }
        readerTop = clampReaderTop(layout.lineIndex(containing: place.position))
        message = Message(text: "Mark \(letter)", isError: false)
    }

    /// What lasts between runs: positions, marks, the pane and article shown, the searches.
    public var readingSession: ReadingSession {
        var copy = self
        copy.savePosition()
        var session = ReadingSession()
        for (key, position) in copy.positions where !key.raw { session.positions[store.documents[key.document].id] = position }
        session.marks = Dictionary(uniqueKeysWithValues: marks.map { (String($0.key), $0.value) })
        session.pane = paneTitles[activePane]
        session.selection = selectedDocument.map { store.documents[$0].id }
        session.reading = focus == .reader
        session.searches = searchHistory
        session.read = Set(readDocuments.map { store.documents[$0].id })
        return session
    }

    /// Takes in what an earlier run left: articles or panes no longer in the corpus are passed over.
    public mutating func restore(_ session: ReadingSession) {
        var indexByID: [String: Int] = [:]
        for (index, document) in store.documents.enumerated() { indexByID[document.id] = index }
        for (id, position) in session.positions {
            if let index = indexByID[id], position >= 0 { positions[PositionKey(document: index, raw: false)] = position }
        }
        for (letter, place) in session.marks where letter.count == 1 && indexByID[place.document] != nil {
            marks[Character(letter)] = place
        }
        searchHistory = Array(session.searches.suffix(ReadingSession.searchLimit))
        readDocuments.formUnion(session.read.compactMap { indexByID[$0] })
        if let id = session.selection, let index = indexByID[id], let row = listOrder.firstIndex(of: index) {
            selection = row
            scrollListToSelection()
            if session.reading { focus = .reader }
            refreshReader(force: true)
        }
        if let title = session.pane, title != paneTitles[activePane], let index = paneTitles.firstIndex(of: title) {
            showPane(index, remembering: false)
        }
    }

    // MARK: Search

    private mutating func editPrompt(_ key: Key) -> Effect {
        guard var prompt else { return .none }
        switch key {
        case .character(let character):
            prompt.text.append(character)
        case .backspace, .delete:
            if prompt.text.isEmpty {
                self.prompt = nil
                return .none
            }
            prompt.text.removeLast()
        case .escape, .control("c"), .control("g"):
            self.prompt = nil
            return .none
        case .control("u"):
            prompt.text = ""
        case .up where !prompt.isPipe && !prompt.isCommand, .down where !prompt.isPipe && !prompt.isCommand:
            guard !searchHistory.isEmpty else { break }
            let last = searchHistory.count - 1
            if key == .up {
                prompt.recalled = max(0, (prompt.recalled ?? (last + 1)) - 1)
            } else if let recalled = prompt.recalled {
                prompt.recalled = recalled < last ? recalled + 1 : nil
            }
            prompt.text = prompt.recalled.map { searchHistory[$0] } ?? ""
        case .tab where prompt.isCommand:
            prompt.text = BrowserCommand.complete(prompt.text, ids: store.documents.map(\.id), keyNames: settingNames)
        case .enter where prompt.isCommand:
            self.prompt = nil
            return run(prompt.text)
        case .enter where prompt.isPipe:
            self.prompt = nil
            guard !prompt.text.trimmingCharacters(in: .whitespaces).isEmpty,
                  let document = selectedDocument.map({ store.documents[$0] }) else { return .none }
            let input = showsReader ? selectedSentence.map { Citation.quote($0, from: document) } : nil
            return .external(.pipe(command: prompt.text,
                                   input: input ?? Citation.article(document.reading.text, from: document)))
        case .enter:
            self.prompt = nil
            if !prompt.text.isEmpty {
                lastPattern = prompt.text
                searchHistory.removeAll { $0 == prompt.text }
                searchHistory.append(prompt.text)
                if searchHistory.count > ReadingSession.searchLimit { searchHistory.removeFirst() }
                runSearch(prompt.text, forward: prompt.forward)
            } else if let lastPattern {
                runSearch(lastPattern, forward: prompt.forward, repeating: true)
            } else {
                message = Message(text: "No previous search: type a pattern after / or ?", isError: true)
            }
            return .none
        default:
            break
        }
        self.prompt = prompt
        return .none
    }

    /// Searches the open article for `query` from the top line, as less does; `repeating` (an
    /// empty pattern) goes on from the current match of the same pattern, if there is one.
    private mutating func runSearch(_ query: String, forward: Bool, repeating: Bool = false) {
        guard let layout, !query.isEmpty else { return }
        var state = SearchState(query: query, forward: forward, in: layout.text)
        guard !state.matches.isEmpty else {
            search = state
            message = Message(text: (state.isInvalidPattern ? "Not a valid pattern, and as text: " : "Pattern not found: ") + query,
                              isError: true)
            return
        }
        if state.isInvalidPattern {
            message = Message(text: "Not a valid pattern: searched for the text as typed", isError: false)
        }
        var previous: Range<Int>?
        if repeating, let search, !search.isReadingTextSearch, search.query == query, let current = search.current {
            previous = search.matches[current]
        }
        let anchor = layout.anchor(ofLine: readerTop)
        if forward {
            let after = previous.map { $0.lowerBound + 1 } ?? anchor
            state.current = state.matches.firstIndex { $0.lowerBound >= after } ?? 0
        } else {
            let before = previous?.lowerBound ?? anchor
            state.current = state.matches.lastIndex { $0.lowerBound < before } ?? (state.matches.count - 1)
        }
        search = state
        reveal(state.matches[state.current!])
    }

    private mutating func stepMatch(forward: Bool) {
        guard var state = search else {
            message = Message(text: "No search yet: / searches forward, ? backward", isError: true)
            return
        }
        guard !state.matches.isEmpty else {
            message = Message(text: "Pattern not found: \(state.query)", isError: true)
            return
        }
        let direction = forward == state.forward
        let count = state.matches.count
        let current = state.current ?? (direction ? -1 : count)
        var next = current + (direction ? 1 : -1)
        if next >= count || next < 0 {
            next = (next + count) % count
            message = Message(text: direction ? "Search wrapped to the top" : "Search wrapped to the bottom", isError: false)
        }
        state.current = next
        search = state
        reveal(state.matches[next])
    }

    /// Scrolls so the line holding `range` is near the top, as less does.
    private mutating func reveal(_ range: Range<Int>) {
        guard let layout else { return }
        let line = layout.lineIndex(containing: range.lowerBound)
        if line < readerTop || line >= readerTop + readerHeight { readerTop = clampReaderTop(line - 1) }
    }

    // MARK: Mouse

    private mutating func mouse(_ event: MouseEvent) -> Effect {
        if activePane > 0, helpTop == nil {
            // Panes beside Articles take the wheel as line moves; clicks are not theirs yet.
            guard event.kind == .wheelUp || event.kind == .wheelDown else { return .none }
            for _ in 0..<3 where activePane > 0 {
                _ = withActivePane { pane, context in pane.perform(event.kind == .wheelDown ? .lineDown : .lineUp, context: context) }
            }
            return .none
        }
        let geometry = self.geometry
        switch event.kind {
        case .wheelUp, .wheelDown:
            let down = event.kind == .wheelDown
            if let reader = geometry.reader, reader.contains(x: event.x, y: event.y), showsReader {
                readerTop = clampReaderTop(readerTop + (down ? 3 : -3))
            } else if showsList {
                move(down ? .lineDown : .lineUp, in: .list)
            }
        case .click, .doubleClick:
            if let list = geometry.list, showsList, list.contains(x: event.x, y: event.y) {
                let row = listTop + (event.y - list.y - 1)
                if event.y > list.y, row < listOrder.count {
                    select(row)
                    if event.kind == .doubleClick || isSideBySide { focus = isSideBySide ? focus : .reader }
                    if event.kind == .doubleClick { focus = .reader }
                }
            } else if let reader = geometry.reader, showsReader, reader.contains(x: event.x, y: event.y) {
                focus = .reader
            }
        }
        return .none
    }
}

/// Where each part of the screen goes at a given size.
public struct Geometry: Sendable {
    public let topBar: Rect
    public let content: Rect
    public let statusLine: Rect
    public let list: Rect?
    public let reader: Rect?
    /// The column of the divider between list and reader, when side by side.
    public let divider: Int?

    init(width: Int, height: Int, sideBySide: Bool, focus: BrowserModel.Focus) {
        topBar = Rect(x: 0, y: 0, width: width, height: 1)
        content = Rect(x: 0, y: 1, width: width, height: height - 2)
        statusLine = Rect(x: 0, y: max(0, height - 1), width: width, height: 1)
        if sideBySide {
            let listWidth = max(36, min(60, width * 2 / 5))
            let (left, right) = content.splitColumns(leftWidth: listWidth, gap: true)
            list = left
            reader = Rect(x: right.x + 1, y: right.y, width: right.width - 1, height: right.height)
            divider = left.maxX
        } else {
            list = focus == .list ? content : nil
            reader = focus == .reader ? Rect(x: 1, y: content.y, width: content.width - 1, height: content.height) : nil
            divider = nil
        }
    }
}
