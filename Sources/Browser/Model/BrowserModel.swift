import Comparison
import Corpus
import Extraction

/// The browser's whole state and the update step: the pane host, the only place state changes.
///
/// It keeps the panes (built when first shown), the prompt at the bottom, help, messages and the
/// keymap, and routes every key: to the prompt when one is open, else to the active pane through
/// the keymap. A pane's own state changes only in the pane; what it asks of the browser comes
/// back as a `PaneOutcome`. The front end feeds it keys (`update(_:)`) and draws what
/// `Screen.render(_:)` makes of it; tests do the same without a terminal.
public struct BrowserModel: Sendable {
    /// A line typed at the bottom of the screen: a search, a command to pipe to, a `:` command.
    public struct Prompt: Sendable {
        public var forward: Bool
        public var text: String
        /// Set when the line is a shell command for `|` rather than a search.
        public var isPipe = false
        /// Set when the line is a `:` command.
        public var isCommand = false
        /// Which earlier search Up and Down have brought back (an index into the history).
        var recalled: Int?
        /// The pane that asked for the line and takes it on Enter.
        var owner = 0

        /// What the line starts with on screen: `/`, `?`, `|` or `:`.
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
        /// `terminal` changed (`:set mouse off`, a colour): apply it, then redraw.
        case terminalChanged
    }

    /// Where panes other than the first are built when first shown.
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
    public internal(set) var keymap: Keymap
    /// The longest line of running text in columns (configuration's `measure`), or the full width.
    public internal(set) var measure: Int?
    /// What the front end carries out: mouse, looks, clipboard command.
    public internal(set) var terminal: TerminalSettings
    public let labels: SourceLabels
    /// The panes in top-bar order (keys 1, 2, ...); the first is built at once, the others when first shown.
    public let paneFactories: [PaneFactory]
    /// The position of the pane shown, in `paneFactories`.
    public private(set) var activePane = 0
    var builtPanes: [Int: any ContentPane] = [:]
    private let paneBuilding: PaneBuilding
    /// When true, panes put slow work a frame does not need after the frame (`PaneContext.defersSlowWork`).
    private let defersSlowWork: Bool
    /// Panes being built in the background, by position.
    private var building: [Int: PaneBuild] = [:]
    /// Characters typed into a pane that takes typing while it was being built, for it to take in.
    private var typeahead: [Int: [Key]] = [:]
    /// A figure or date one pane asked to show, waiting for panes still being built.
    private var pendingReveal: PendingReveal?

    private struct PendingReveal: Sendable {
        var target: PaneTarget
        /// Panes still to ask, in top-bar order.
        var panes: [Int]
        /// The pane that asked, shown again when no pane lists the target.
        var origin: Int
    }

    public private(set) var width: Int
    public private(set) var height: Int
    public internal(set) var prompt: Prompt?
    public internal(set) var helpTop: Int?
    /// Where help was opened from: its own keys are listed first.
    public internal(set) var helpContext: Keymap.Context?
    /// The panes shown before the active one, latest last, for `returnToPreviousPane` (`q` in a
    /// pane, `Esc` in Search): back to where the person came from, not always to the first pane.
    private var paneHistory: [Int] = []
    public internal(set) var message: Message?
    /// Searches typed, oldest first (Up and Down at the prompt bring them back).
    public internal(set) var searchHistory: [String] = []
    /// What the last run left (`restore`), for panes built after it was taken in.
    private var restored: ReadingSession?

    /// The smallest screen the browser draws; below it, a one-line notice.
    public static let minimumWidth = 20
    public static let minimumHeight = 6

    /// `panes` in top-bar order (`StandardPanes.all` for Crossread's); `keymap` defaults to the
    /// browser's keys with those the panes bring (`Keymap.forPanes`).
    public init(store: DocumentStore, width: Int, height: Int, keymap: Keymap? = nil,
                panes: [PaneFactory] = [ArticlesPane.factory], defersHighlights: Bool = false,
                paneBuilding: PaneBuilding = .immediate, measure: Int? = nil, terminal: TerminalSettings = TerminalSettings())
    {
        self.terminal = terminal
        self.measure = measure.map { max(BrowserModel.minimumWidth, $0) }
        self.defersSlowWork = defersHighlights
        self.paneBuilding = paneBuilding
        self.store = store
        self.labels = SourceLabels(store)
        self.paneFactories = panes
        self.keymap = keymap ?? .forPanes(panes)
        self.width = width
        self.height = height
        if let first = panes.first { place(first.make(store, BuildProgress()), at: 0) }
    }

    // MARK: Derived state

    public var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }

    public var geometry: Geometry { Geometry(width: width, height: height) }

    // MARK: Update

    public mutating func update(_ key: Key) -> Effect {
        let hadMessage = message != nil
        message = nil
        if case .resize(let newWidth, let newHeight) = key {
            resize(width: newWidth, height: newHeight)
            return .none
        }
        if case .mouse(let event) = key {
            guard helpTop == nil, activePaneBuild == nil else { return .none }
            return withActivePane { pane, context in pane.mouse(event, context: context) } ?? .none
        }
        if prompt != nil { return editPrompt(key) }
        if helpTop == nil, let effect = withActivePane({ pane, context in pane.handleKey(key, context: context) }) {
            return effect
        }
        if helpTop == nil, let status = activePaneBuild {
            return keyWhileBuilding(key, status)
        }
        let context: Keymap.Context = helpTop != nil ? .help : (builtPanes[activePane]?.keyContext ?? .global)
        guard let action = keymap.action(for: key, in: context) else {
            if key != .escape || !hadMessage {
                message = Message(text: "\(KeyNotation.label(key)) does nothing here; ? shows the keys", isError: true)
            }
            return .none
        }
        return perform(action, in: context)
    }

    public mutating func perform(_ action: Action, in context: Keymap.Context) -> Effect {
        if helpTop != nil, action.isPaneAction {
            // Help is shown over the pane: it takes what the pane would (back closes it).
            if action == .back { helpTop = nil } else { scrollHelp(action) }
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
        case .nextPane:
            showPane((activePane + 1) % max(1, paneFactories.count))
        case .previousPane:
            showPane((activePane + paneFactories.count - 1) % max(1, paneFactories.count))
        case .selectPane(let index):
            if index < paneFactories.count {
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
        case .commandLine:
            prompt = Prompt(forward: true, text: "", isCommand: true)
        case .back, .lineDown, .lineUp, .pageDown, .pageUp, .halfPageDown, .halfPageUp, .top, .bottom, .open, .pane:
            return withActivePane { pane, context in pane.perform(action, context: context) } ?? .none
        }
        return .none
    }

    /// Whether work is under way or deferred: a pane being built, a pane's slow work put off.
    /// The front end then keeps calling `finishPendingWork()` between keys.
    public var hasPendingWork: Bool { !building.isEmpty || builtPanes.values.contains { $0.hasPendingWork } }

    /// Does work deferred so a frame could be drawn first and takes in panes built in the
    /// background since the last call; returns whether the screen changed. Never waits for a build.
    public mutating func finishPendingWork() -> Bool {
        var changed = takeBuiltPanes()
        for index in builtPanes.keys.sorted() where builtPanes[index]!.hasPendingWork {
            var pane = builtPanes[index]!
            let paneChanged = pane.finishPendingWork(context: paneContext)
            builtPanes[index] = pane
            changed = changed || (paneChanged && index == activePane)
        }
        return changed
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

    /// The pane shown, unless it is still being built.
    public var activeContentPane: (any ContentPane)? { builtPanes[activePane] }

    /// The first built pane of type `type` (the Articles pane, say), for whoever needs its state.
    public func pane<P: ContentPane>(_ type: P.Type) -> P? {
        builtPanes.keys.sorted().lazy.compactMap { builtPanes[$0] as? P }.first
    }

    public var paneContext: PaneContext {
        PaneContext(store: store, labels: labels, area: geometry.content, keymap: keymap, measure: measure,
                    defersSlowWork: defersSlowWork)
    }

    /// The top bar's pane names, in order.
    public var paneTitles: [String] { paneFactories.map(\.title) }

    /// The key that selects each pane, as the top bar shows it: read from the keymap, so the
    /// label and the key cannot disagree (nil when no key selects the pane).
    public var paneKeys: [String?] {
        paneTitles.indices.map { index in
            keymap.bindings.first { $0.context == .global && $0.action == .selectPane(index) }?.keys.first.map(KeyNotation.label)
        }
    }

    /// The active pane's build, while it is being built in the background.
    public var activePaneBuild: PaneBuildStatus? {
        guard let build = building[activePane] else { return nil }
        let factory = paneFactories[activePane]
        return PaneBuildStatus(title: factory.title, activity: factory.activity, count: build.progress.count)
    }

    /// The keys that work while a pane is being built, as bound now (back to the first pane, the
    /// next pane, quitting), each with its hint ("1 articles") and its phrase ("1 goes back to
    /// the articles"); a key no longer bound drops out.
    public var keysWhileBuilding: [(hint: String, phrase: String)] {
        let first = paneTitles.first?.lowercased() ?? ""
        return [(Action.selectPane(0), first, "goes back to the " + first), (.nextPane, "next pane", "to the next pane"),
                (.quit, "quit", "quits")].compactMap { action, hint, phrase in
            keymap.keyLabel(for: action, in: .global).map { ("\($0) \(hint)", "\($0) \(phrase)") }
        }
    }

    private mutating func showPane(_ index: Int, remembering: Bool = true) {
        pendingReveal = nil
        if remembering, index != activePane {
            paneHistory.append(activePane)
            if paneHistory.count > 32 { paneHistory.removeFirst() }
        }
        activePane = index
        startBuilding(index)
    }

    /// Builds the pane at `index` unless it is built or being built: now, or in the background.
    private mutating func startBuilding(_ index: Int) {
        guard index < paneFactories.count, builtPanes[index] == nil, building[index] == nil else { return }
        let factory = paneFactories[index]
        switch paneBuilding {
        case .immediate: place(factory.make(store, BuildProgress()), at: index)
        case .background: building[index] = PaneBuild(factory, store: store)
        }
    }

    /// Puts a pane just made in its place, laid out for the content area, with what the last run
    /// left of it.
    private mutating func place(_ made: any ContentPane, at index: Int) {
        var pane = made
        pane.layoutChanged(context: paneContext)
        if let restored { pane.restore(restored, context: paneContext) }
        builtPanes[index] = pane
    }

    /// Moves panes whose build has finished into place; returns whether the screen changed.
    private mutating func takeBuiltPanes() -> Bool {
        var changed = false
        for index in building.keys.sorted() {
            guard let pane = building[index]?.pane else { continue }
            building[index] = nil
            place(pane, at: index)
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
    /// always, Esc goes back, and a pane that takes typing keeps what is typed.
    private mutating func keyWhileBuilding(_ key: Key, _ status: PaneBuildStatus) -> Effect {
        let isTyping = switch key {
        case .character, .backspace, .delete: true
        default: false
        }
        if isTyping, paneFactories[activePane].takesTyping {
            typeahead[activePane, default: []].append(key)
            return .none
        }
        switch key {
        case .escape:
            return perform(.returnToPreviousPane, in: .global)
        default:
            guard let action = keymap.action(for: key, in: .global) else {
                let back = keymap.keyLabel(for: .selectPane(0), in: .global).map { "; \($0) goes back to \(paneTitles[0])" } ?? ""
                message = Message(text: "\(status.title) is still being prepared" + back, isError: false)
                return .none
            }
            return perform(action, in: .global)
        }
    }

    /// Runs `body` on the active pane, keeps the pane's new state, then applies the outcome
    /// (which may switch panes, so the pane is stored first). Nil when the pane is not built yet
    /// or `body` returned nil.
    mutating func withActivePane(_ body: (inout any ContentPane, PaneContext) -> PaneOutcome?) -> Effect? {
        withPane(activePane, body)
    }

    /// As `withActivePane`, for the pane at `index`.
    mutating func withPane(_ index: Int, _ body: (inout any ContentPane, PaneContext) -> PaneOutcome?) -> Effect? {
        guard var pane = builtPanes[index] else { return nil }
        let outcome = body(&pane, paneContext)
        builtPanes[index] = pane
        guard let outcome else { return nil }
        return apply(outcome, from: index)
    }

    /// Does what a pane asked for.
    private mutating func apply(_ outcome: PaneOutcome, from index: Int) -> Effect {
        switch outcome {
        case .none: break
        case .message(let text, let isError): message = Message(text: text, isError: isError)
        case .openReader(let documentID, let span):
            return openArticle(.at(documentID: documentID, span: span))
        case .openReaderSearching(let documentID, let query, let matches):
            return openArticle(.searching(documentID: documentID, query: query, matches: matches))
        case .prompt(let kind):
            switch kind {
            case .search(let forward): prompt = Prompt(forward: forward, text: "", owner: index)
            case .pipe: prompt = Prompt(forward: true, text: "", isPipe: true, owner: index)
            }
        case .external(let request, let saying):
            if let saying { message = Message(text: saying, isError: false) }
            return .external(request)
        case .reveal(let target):
            continueReveal(PendingReveal(target: target, panes: paneFactories.indices.filter { $0 != index }, origin: index))
        }
        return .none
    }

    /// Shows an article in the first pane that reads articles (Articles).
    mutating func openArticle(_ request: ArticleRequest) -> Effect {
        let id = switch request {
        case .at(let documentID, _), .searching(let documentID, _, _): documentID
        }
        guard store.documents.contains(where: { $0.id == id }) else {
            message = Message(text: "No article \(id)", isError: true)
            return .none
        }
        // Panes already built first (Articles is, from the start); then the others, built to ask them.
        let built = paneFactories.indices.filter { builtPanes[$0] != nil }
        for index in built + paneFactories.indices.filter({ !built.contains($0) }) {
            startBuilding(index)
            guard var pane = builtPanes[index] else { continue }
            guard let outcome = pane.openArticle(request, context: paneContext) else { continue }
            builtPanes[index] = pane
            activePane = index
            pendingReveal = nil
            return apply(outcome, from: index)
        }
        message = Message(text: "No pane shows articles", isError: true)
        return .none
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
                pendingReveal = PendingReveal(target: reveal.target, panes: Array(remaining), origin: reveal.origin)
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
        activePane = reveal.origin
        let kind = if case .figure = reveal.target { "figure" } else { "date" }
        message = Message(text: "No pane lists this \(kind)", isError: true)
    }

    /// The help screen's lines: the keys of where help was opened from first, then the rest.
    public var helpLines: [(keys: String, help: String, isHeading: Bool)] { keymap.helpLines(first: helpContext) }

    private mutating func scrollHelp(_ action: Action) {
        let count = helpLines.count
        let page = max(1, geometry.content.height - 1)
        var top = helpTop ?? 0
        switch action {
        case .lineDown: top += 1
        case .lineUp: top -= 1
        case .pageDown: top += page
        case .pageUp: top -= page
        default: break
        }
        helpTop = max(0, min(top, max(0, count - geometry.content.height)))
    }

    private mutating func resize(width newWidth: Int, height newHeight: Int) {
        width = max(0, newWidth)
        height = max(0, newHeight)
        layoutChanged()
    }

    /// Tells every built pane that the content area or the measure changed.
    mutating func layoutChanged() {
        let context = paneContext
        for index in builtPanes.keys {
            builtPanes[index]!.layoutChanged(context: context)
        }
    }

    // MARK: The reading session

    /// What lasts between runs: each pane's part (positions, marks, the article shown), the pane
    /// shown, the searches.
    public var readingSession: ReadingSession {
        var session = ReadingSession()
        let context = paneContext
        for index in builtPanes.keys.sorted() { builtPanes[index]!.save(into: &session, context: context) }
        session.pane = paneTitles.indices.contains(activePane) ? paneTitles[activePane] : nil
        session.searches = searchHistory
        return session
    }

    /// Takes in what an earlier run left: articles or panes no longer in the corpus are passed over.
    public mutating func restore(_ session: ReadingSession) {
        restored = session
        searchHistory = Array(session.searches.suffix(ReadingSession.searchLimit))
        let context = paneContext
        for index in builtPanes.keys.sorted() { builtPanes[index]!.restore(session, context: context) }
        if let title = session.pane, paneTitles.indices.contains(activePane), title != paneTitles[activePane],
           let index = paneTitles.firstIndex(of: title)
        {
            showPane(index, remembering: false)
        }
    }
}

extension Action {
    /// Whether the active pane carries the action out (the rest are the browser's: quitting,
    /// help, panes, the command line).
    var isPaneAction: Bool {
        switch self {
        case .back, .lineDown, .lineUp, .pageDown, .pageUp, .halfPageDown, .halfPageUp, .top, .bottom, .open, .pane: true
        case .quit, .suspend, .redraw, .showHelp, .returnToPreviousPane, .nextPane, .previousPane, .selectPane, .showPane,
             .commandLine: false
        }
    }
}

/// Where each part of the screen goes at a given size: the top bar, the content area the active
/// pane draws into, the status line.
public struct Geometry: Sendable {
    public let topBar: Rect
    public let content: Rect
    public let statusLine: Rect

    init(width: Int, height: Int) {
        topBar = Rect(x: 0, y: 0, width: width, height: 1)
        content = Rect(x: 0, y: 1, width: width, height: height - 2)
        statusLine = Rect(x: 0, y: max(0, height - 1), width: width, height: 1)
    }
}
