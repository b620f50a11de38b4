import Synchronization

/// The one table that turns keys into actions; the help screen is generated from it.
public struct Keymap: Sendable {
    /// Where a binding applies: an id (what configuration calls it, `[keys.figures]`) and the
    /// heading of its keys on the help screen. More specific contexts are searched first. A pane
    /// names its own (`Context(id: "timeline", heading: "Timeline pane")`), so adding one edits
    /// nothing here.
    public struct Context: Hashable, Sendable, CustomStringConvertible {
        public let id: String
        /// The heading of the context's keys on the help screen.
        public let name: String

        public init(id: String, heading: String) {
            self.id = id
            self.name = heading
        }

        public var description: String { id }

        public static let global = Context(id: "global", heading: "Everywhere")
        public static let help = Context(id: "help", heading: "Help")
    }

    public struct Binding: Sendable {
        public var keys: [Key]
        public var action: Action
        public var context: Context
        public var help: String

        public init(keys: [Key], action: Action, context: Context, help: String) {
            self.keys = keys
            self.action = action
            self.context = context
            self.help = help
        }
    }

    public let bindings: [Binding]
    /// Labels `keyLabel` has found: the status line asks for the same few on every frame.
    private let knownLabels = KnownLabels()

    public init(bindings: [Binding]) { self.bindings = bindings }

    /// The action for `key` in `context`, falling back to the global bindings.
    public func action(for key: Key, in context: Context) -> Action? {
        for binding in bindings where binding.context == context && binding.keys.contains(key) { return binding.action }
        if context == .help { return nil }
        for binding in bindings where binding.context == .global && binding.keys.contains(key) { return binding.action }
        return nil
    }

    /// The label of the first key that does `action` in `context`, as help writes it ("Enter", "["):
    /// the context's own keys first, then the global ones the context leaves alone, so it is the key
    /// `action(for:in:)` would turn into `action`. `nil` when remapping left the action no key.
    public func keyLabel(for action: Action, in context: Context) -> String? {
        knownLabels.label(of: action, in: context) { findKeyLabel(for: action, in: context) }
    }

    /// As `keyLabel(for:in:)`, but `preferring` when that key still does `action` there (Esc for
    /// "back" in the reader, where q is listed first).
    public func keyLabel(for action: Action, in context: Context, preferring: Key?) -> String? {
        if let preferring, self.action(for: preferring, in: context) == action { return KeyNotation.label(preferring) }
        return keyLabel(for: action, in: context)
    }

    private func findKeyLabel(for action: Action, in context: Context) -> String? {
        let candidates = bindings.filter { $0.context == context && $0.action == action }
            + (context == .help ? [] : bindings.filter { $0.context == .global && $0.action == action })
        for binding in candidates {
            if let key = binding.keys.first(where: { self.action(for: $0, in: context) == action }) {
                return KeyNotation.label(key)
            }
        }
        return nil
    }

    /// Key labels by context and action, shared by the copies of one keymap: its bindings never
    /// change, so neither does a label once found.
    private final class KnownLabels: Sendable {
        private struct Question: Hashable {
            let context: String
            let action: Action
        }

        private let labels = Mutex<[Question: String?]>([:])

        func label(of action: Action, in context: Context, find: () -> String?) -> String? {
            let question = Question(context: context.id, action: action)
            if let known = labels.withLock({ $0[question] }) { return known }
            let found = find()
            labels.withLock { $0[question] = found }
            return found
        }
    }

    /// Why a remapping was refused.
    public enum RemapError: Error, Equatable, CustomStringConvertible {
        case unknownContext(String)
        case unknownAction(context: String, action: String)

        public var description: String {
            switch self {
            case .unknownContext(let id): return "no keys are called \(id)"
            case .unknownAction(let context, let action): return "\(context) has no action called \(action)"
            }
        }
    }

    /// This keymap with the action named `action` in the context `context` (ids as configuration
    /// writes them) bound to `keys` instead of its own; the keys are taken from whatever else in
    /// that context had them, so a remapped key never means two things in one place.
    public func remapping(context: String, action: String, to keys: [Key]) throws -> Keymap {
        let (keymap, refused) = remapping([(context, action, keys)])
        if let error = refused.first?.error { throw error }
        return keymap
    }

    /// Several remappings at once, in order (a configuration file's worth, at start-up: the
    /// bindings are grouped by context once, not once per change); the refused ones by position.
    public func remapping(_ changes: [(context: String, action: String, keys: [Key])])
        -> (keymap: Keymap, refused: [(index: Int, error: RemapError)])
    {
        // Each binding named once and grouped by context, then found by name within its context (a
        // few dozen at most): a table of every name, or naming bindings per change, cost start-up
        // more than the changes themselves.
        let names = bindings.map { $0.action.name ?? "" }
        var inContext: [String: [Int]] = [:]
        for (index, binding) in bindings.enumerated() { inContext[binding.context.id, default: []].append(index) }
        // Copied at the first change that changes something: a printed default file has none.
        var remapped: [Binding?]?
        var refused: [(Int, RemapError)] = []
        for (number, change) in changes.enumerated() {
            guard let candidates = inContext[change.context] else {
                refused.append((number, .unknownContext(change.context)))
                continue
            }
            let named = candidates.filter { names[$0] == change.action }
            guard let index = named.first, !change.action.isEmpty else {
                refused.append((number, .unknownAction(context: change.context, action: change.action)))
                continue
            }
            // The same keys as now: nothing to take from anywhere.
            let current: Binding? = remapped == nil ? bindings[index] : remapped![index]
            if named.count == 1, current?.keys == change.keys { continue }
            var changed = remapped ?? bindings
            for other in named where other != index { changed[other] = nil }
            changed[index]?.keys = change.keys
            for position in changed.indices where position != index {
                guard var binding = changed[position], binding.context.id == change.context,
                      binding.keys.contains(where: { change.keys.contains($0) }) else { continue }
                binding.keys.removeAll { change.keys.contains($0) }
                changed[position] = binding.keys.isEmpty ? nil : binding
            }
            remapped = changed
        }
        return (remapped.map { Keymap(bindings: $0.compactMap { $0 }) } ?? self, refused)
    }

    /// The names of the actions bound in the context `context`, as configuration writes them.
    public func actionNames(in context: String) -> [String] {
        var names: [String] = []
        for binding in bindings where binding.context.id == context {
            if let name = binding.action.name, !names.contains(name) { names.append(name) }
        }
        return names
    }

    /// Every context with a binding, in the order they first appear, help's own last.
    public var contexts: [Context] {
        var seen: [Context] = []
        for binding in bindings where !seen.contains(binding.context) { seen.append(binding.context) }
        return seen.filter { $0 != .help } + (seen.contains(.help) ? [.help] : [])
    }

    /// The help screen's lines: a heading per context, then "keys  what they do"; the context
    /// `first` (where help was opened) leads, marked "(here)". A key that means one thing
    /// everywhere but another in some panes says where it differs, so the help never claims one
    /// meaning for a key that has two.
    public func helpLines(first: Context? = nil) -> [(keys: String, help: String, isHeading: Bool)] {
        var lines: [(String, String, Bool)] = []
        let order = (first.map { [$0] } ?? []) + contexts.filter { $0 != first }
        for context in order {
            let inContext = bindings.filter { $0.context == context }
            guard !inContext.isEmpty else { continue }
            if !lines.isEmpty { lines.append(("", "", false)) }
            lines.append((context.name + (context == first && context != .global ? " (here)" : ""), "", true))
            for binding in inContext {
                var help = binding.help
                if context == .global {
                    let elsewhere = overriding(binding.keys)
                    if !elsewhere.isEmpty { help += " (not in " + elsewhere.map(\.name).joined(separator: ", ") + ": see there)" }
                }
                lines.append((binding.keys.map(KeyNotation.label).joined(separator: " "), help, false))
            }
        }
        return lines
    }

    /// The contexts (other than help) that bind one of `keys` to something of their own.
    func overriding(_ keys: [Key]) -> [Context] {
        contexts.filter { context in
            context != .global && context != .help
                && bindings.contains { $0.context == context && $0.keys.contains { keys.contains($0) } }
        }
    }

    /// Crossread's keys: less for reading, newsboat and lazygit for moving between views.
    public static let standard = forPanes(StandardPanes.all)

    /// The browser's keys with those of `panes`, in top-bar order: a digit selects each (1 the
    /// first, 2 the second, ...), and each pane brings its own bindings.
    public static func forPanes(_ panes: [PaneFactory]) -> Keymap {
        Keymap(bindings: browserBindings(paneTitles: panes.map(\.title)) + panes.flatMap(\.bindings))
    }

    /// The bindings of the browser itself (global keys, help) with a key for each standard pane.
    public static var browserBindings: [Binding] { browserBindings(paneTitles: StandardPanes.all.map(\.title)) }

    /// The browser's own bindings (everywhere and in help), with a key selecting each of `paneTitles` in top-bar order (the top
    /// bar shows the same keys: `Screen` reads them from the keymap).
    public static func browserBindings(paneTitles: [String]) -> [Binding] {
        let selecting = paneTitles.prefix(9).enumerated().map { index, title in
            Binding(keys: [.character(Character(String(index + 1)))], action: .selectPane(index), context: .global,
                    help: "\(title) pane")
        }
        return globalBindings + selecting + ownBindings
    }

    private static let globalBindings: [Binding] = [
        Binding(keys: [.character("?"), .function(1)], action: .showHelp, context: .global, help: "Show this help"),
        Binding(keys: [.character("Q"), .control("c")], action: .quit, context: .global, help: "Quit"),
        Binding(keys: [.character("q")], action: .returnToPreviousPane, context: .global,
                help: "Back to the pane you came from"),
        Binding(keys: [.character(":")], action: .commandLine, context: .global,
                help: "Command line: open ID, sort author, export csv FILE, set measure 72, help, quit (Tab completes)"),
        Binding(keys: [.tab], action: .nextPane, context: .global, help: "Next pane"),
        Binding(keys: [.backTab], action: .previousPane, context: .global, help: "Previous pane"),
    ]

    private static let ownBindings: [Binding] = [
        Binding(keys: [.control("l")], action: .redraw, context: .global, help: "Redraw the screen"),
        Binding(keys: [.control("z")], action: .suspend, context: .global, help: "Suspend (fg resumes)"),

        Binding(keys: [.escape, .character("q"), .character("?"), .function(1)], action: .back, context: .help,
                help: "Close the help"),
        Binding(keys: [.character("j"), .down], action: .lineDown, context: .help, help: "Scroll down"),
        Binding(keys: [.character("k"), .up], action: .lineUp, context: .help, help: "Scroll up"),
        Binding(keys: [.character(" "), .pageDown, .control("f")], action: .pageDown, context: .help, help: "Page down"),
        Binding(keys: [.character("b"), .pageUp, .control("b")], action: .pageUp, context: .help, help: "Page up"),
    ]
}
