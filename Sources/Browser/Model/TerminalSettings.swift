/// The settings the front end carries out rather than the browser: the mouse, the looks of the
/// style roles, the clipboard command. Configuration gives them at start; `:set` changes them
/// while the browser runs, and the front end applies them on `BrowserModel.Effect.terminalChanged`.
public struct TerminalSettings: Sendable, Equatable {
    /// Whether the browser takes mouse clicks and the wheel (off keeps the terminal's own selection).
    public var mouse: Bool
    public var theme: Theme
    /// A shell command `y` hands the copied text to, instead of the terminal's OSC 52.
    public var clipboard: String?

    public init(mouse: Bool = true, theme: Theme = .standard, clipboard: String? = nil) {
        self.mouse = mouse
        self.theme = theme
        self.clipboard = clipboard
    }
}
