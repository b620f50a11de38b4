import Comparison
import Corpus
import Extraction

/// A pane of the browser (Articles, Timeline, Figures, Compare, Search): its own state, actions
/// and rendering.
///
/// The browser routes keys to the active pane through the keymap, in the pane's own context
/// (falling back to the global bindings), and draws it into the content area. A pane asks the
/// browser for anything beyond itself (open an article at a sentence, ask for a line of text,
/// run a command) through the `PaneOutcome` it returns. Everything below `command` has a default,
/// so a pane implements only what it uses.
public protocol ContentPane: Sendable {
    /// The name on the top bar.
    var title: String { get }
    /// Where the pane's key bindings live in the keymap.
    var keyContext: Keymap.Context { get }
    /// Performs an action; the only place the pane's state changes.
    mutating func perform(_ action: Action, context: PaneContext) -> PaneOutcome
    /// Draws the pane into `rect`; a pure function of its state.
    func render(_ context: PaneContext, into buffer: inout CellBuffer, _ rect: Rect)
    /// The status line's left part (where you are) and right part (key hints).
    func status(_ context: PaneContext) -> (position: String, hints: String)
    /// Sees every key before the keymap does; returns `nil` to let the keymap handle it. A pane
    /// with a text field (a filter, a query) takes the keys typed into it this way.
    mutating func handleKey(_ key: Key, context: PaneContext) -> PaneOutcome?
    /// Selects what the reader points at (a figure's row, a date's entry) if the pane shows it;
    /// returns whether it did. The browser then shows the pane.
    mutating func reveal(_ target: PaneTarget, context: PaneContext) -> Bool
    /// Carries out a `:` command of the pane's own (its words, the name first), or returns `nil`
    /// when it has none by that name.
    mutating func command(_ words: [String], context: PaneContext) -> PaneOutcome?
    /// Shows an article another pane asked for, if this pane reads articles; `nil` when it does not.
    /// The browser asks the panes in top-bar order and shows the first that takes it.
    mutating func openArticle(_ request: ArticleRequest, context: PaneContext) -> PaneOutcome?
    /// Takes the line typed at a prompt the pane asked for (`PaneOutcome.prompt`).
    mutating func answer(_ prompt: PromptKind, _ text: String, context: PaneContext) -> PaneOutcome
    /// A mouse event inside the content area; the default scrolls three lines per wheel step.
    mutating func mouse(_ event: MouseEvent, context: PaneContext) -> PaneOutcome
    /// The screen's size or a setting (the measure) changed: lay out again.
    mutating func layoutChanged(context: PaneContext)
    /// Whether work was put off until after a frame (see `PaneContext.defersSlowWork`).
    var hasPendingWork: Bool { get }
    /// Does the work put off; returns whether the screen changed.
    mutating func finishPendingWork(context: PaneContext) -> Bool
    /// Adds what of the pane lasts between runs to `session`.
    func save(into session: inout ReadingSession, context: PaneContext)
    /// Takes in what an earlier run left; things no longer in the corpus are passed over.
    mutating func restore(_ session: ReadingSession, context: PaneContext)
}

extension ContentPane {
    public mutating func handleKey(_ key: Key, context: PaneContext) -> PaneOutcome? { nil }
    public mutating func reveal(_ target: PaneTarget, context: PaneContext) -> Bool { false }
    public mutating func command(_ words: [String], context: PaneContext) -> PaneOutcome? { nil }
    public mutating func openArticle(_ request: ArticleRequest, context: PaneContext) -> PaneOutcome? { nil }
    public mutating func answer(_ prompt: PromptKind, _ text: String, context: PaneContext) -> PaneOutcome { .none }
    public mutating func mouse(_ event: MouseEvent, context: PaneContext) -> PaneOutcome {
        guard event.kind == .wheelUp || event.kind == .wheelDown else { return .none }
        var outcome = PaneOutcome.none
        for _ in 0..<3 { outcome = perform(event.kind == .wheelDown ? .lineDown : .lineUp, context: context) }
        return outcome
    }
    public mutating func layoutChanged(context: PaneContext) {}
    public var hasPendingWork: Bool { false }
    public mutating func finishPendingWork(context: PaneContext) -> Bool { false }
    public func save(into session: inout ReadingSession, context: PaneContext) {}
    public mutating func restore(_ session: ReadingSession, context: PaneContext) {}
}

/// An article one pane asks another to show: at a span of its reading text (marked), or with a
/// search's matches (byte ranges of its reading text) to step through with n and N.
public enum ArticleRequest: Sendable, Equatable {
    case at(documentID: String, span: TextSpan?)
    case searching(documentID: String, query: String, matches: [TextSpan])
}

/// What a line typed at the bottom of the screen is for.
public enum PromptKind: Sendable, Equatable {
    /// A search in what the pane shows (`/` forward, `?` backward); Up and Down recall earlier ones.
    case search(forward: Bool)
    /// A shell command to pipe to (`|`).
    case pipe
}

/// Something highlighted in the reader that a pane may show: spans are in the reading text.
public enum PaneTarget: Sendable, Equatable {
    case figure(documentID: String, span: TextSpan)
    case date(documentID: String, span: TextSpan)
}

/// What a pane can read of the browser around it.
public struct PaneContext: Sendable {
    public let store: DocumentStore
    public let labels: SourceLabels
    /// The content area the pane draws into (for paging).
    public let area: Rect
    /// The keys as configured, so hints name the keys that do what they say.
    public let keymap: Keymap
    /// The longest line of running text in columns (configuration's `measure`), or none.
    public var measure: Int? = nil
    /// When true, slow work a frame does not need (an article's highlights) waits until after
    /// the frame (`finishPendingWork`), so the first frame never waits for it.
    public var defersSlowWork = false

    public init(store: DocumentStore, labels: SourceLabels, area: Rect, keymap: Keymap, measure: Int? = nil,
                defersSlowWork: Bool = false)
    {
        self.store = store
        self.labels = labels
        self.area = area
        self.keymap = keymap
        self.measure = measure
        self.defersSlowWork = defersSlowWork
    }

    /// One hint of the status line: the keys of some actions, then what they do ("[ ] { } sources").
    public struct Hint: Sendable {
        let actions: [Action]
        let separator: String
        let text: String
        /// The key named when it still does the (one) action, before the first one bound.
        var preferring: Key?

        /// The keys of `actions` joined by `separator`, then `text` ("j/k sentence" joins by "/").
        public init(_ actions: [Action], joinedBy separator: String = " ", _ text: String) {
            self.actions = actions
            self.separator = separator
            self.text = text
        }

        public init(_ action: Action, _ text: String) { self.init([action], text) }

        /// `action`'s hint naming `key` while it does the action (Esc for "back" in the reader).
        public init(_ action: Action, _ text: String, preferring key: Key) {
            self.init([action], text)
            preferring = key
        }

        /// Words that name no key ("type to search").
        public init(text: String) { self.init([], text) }
    }

    /// The hints as the status line shows them ("n difference · ? help"), each key as bound in
    /// `keyContext` now; an action left with no key drops out, and so does a hint left with none.
    public func hints(_ hints: [Hint], in keyContext: Keymap.Context) -> String {
        hints.compactMap { hint in
            guard !hint.actions.isEmpty else { return hint.text }
            let keys = hint.actions.compactMap { keymap.keyLabel(for: $0, in: keyContext, preferring: hint.preferring) }
            return keys.isEmpty ? nil : keys.joined(separator: hint.separator) + " " + hint.text
        }.joined(separator: " · ")
    }

    /// The key that does `action` in `keyContext`, for a message that names it; the action's name
    /// in configuration when no key does it any more.
    public func key(for action: Action, in keyContext: Keymap.Context) -> String {
        keymap.keyLabel(for: action, in: keyContext) ?? action.name ?? "?"
    }
}

/// What a pane asks the browser to do after an action.
public enum PaneOutcome: Sendable, Equatable {
    case none
    case message(String, isError: Bool)
    /// Show this document at this span of its reading text, in the pane that reads articles.
    case openReader(documentID: String, span: TextSpan?)
    /// Show this document in the pane that reads articles, with these matches (byte ranges of its
    /// reading text) as its search, at the first one: n and N step through them.
    case openReaderSearching(documentID: String, query: String, matches: [TextSpan])
    /// Ask for a line of text at the bottom of the screen; the pane gets it in `answer`.
    case prompt(PromptKind)
    /// Have the front end run a command, the pager or the clipboard (`ExternalRequest`), with a
    /// message to show when it is done, if any.
    case external(ExternalRequest, saying: String? = nil)
    /// Show, in whichever other pane lists it, the figure or date this pane points at.
    case reveal(PaneTarget)
}

/// A pane's registration: its name on the top bar, its keys, and how to make it from the corpus
/// when it is first shown, so start-up never waits for work that only one pane needs.
///
/// Adding a pane is a folder under `Panes/` with its type, its action enum, its bindings and a
/// `factory`, and one line in `StandardPanes.all`; the keymap (`Keymap.forPanes`) takes the
/// pane-select key and the bindings from here, and the top bar shows the same key.
///
/// A browser that builds in the background (`BrowserModel.PaneBuilding.background`) runs `make`
/// on another thread and shows `activity` with the progress the pane reports meanwhile.
public struct PaneFactory: Sendable {
    public let title: String
    /// What building the pane does, in a few words for its progress line ("Reading figures").
    public let activity: String
    /// Whether the pane takes typed text (a query): characters typed while it is being built are
    /// kept and handed to it when it is ready, rather than read as commands.
    public let takesTyping: Bool
    /// The pane's key bindings, each in the pane's own keymap context.
    public let bindings: [Keymap.Binding]
    /// Builds the pane, counting the documents it has gone through in the progress.
    public let make: @Sendable (DocumentStore, BuildProgress) -> any ContentPane

    public init(title: String, activity: String, takesTyping: Bool = false, bindings: [Keymap.Binding] = [],
                make: @escaping @Sendable (DocumentStore, BuildProgress) -> any ContentPane)
    {
        self.title = title
        self.activity = activity
        self.takesTyping = takesTyping
        self.bindings = bindings
        self.make = make
    }

    /// A pane that reports no progress while it is built.
    public init(title: String, bindings: [Keymap.Binding] = [],
                make: @escaping @Sendable (DocumentStore) -> any ContentPane)
    {
        self.init(title: title, activity: "Preparing \(title)", bindings: bindings) { store, _ in make(store) }
    }
}
