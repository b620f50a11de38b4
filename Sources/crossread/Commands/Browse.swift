import ArgumentParser
import Browser
import Corpus
import CursesFrontEnd
import Foundation

struct Browse: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open the browser (the default); prints the article list when not on a terminal.")

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var config: ConfigOptions
    @Flag(help: "No colours (also when NO_COLOR is set).") var noColor = false
    @Flag(help: "Do not capture the mouse (keeps the terminal's own text selection).") var noMouse = false

    func run() throws {
        let configuration = config.load()
        try Self.open(try corpus.load(configuration: configuration), configuration: configuration,
                      corpusPaths: corpus.corpus.isEmpty ? configuration.corpus : corpus.corpus, noColor: noColor, noMouse: noMouse)
    }

    /// Opens the browser on `store`, or prints the article list when there is no terminal.
    /// The reading session of the corpus read from `corpusPaths` is taken up where it was left
    /// and saved on the way out.
    static func open(_ store: DocumentStore, configuration: Configuration = .defaults, corpusPaths: [String] = [],
                     noColor: Bool = false, noMouse: Bool = false) throws
    {
        guard TerminalCheck.canRunBrowser else {
            try ArticleList(store: store).write(.text)
            StandardError.print("crossread: \(TerminalCheck.reason ?? "no terminal"); here is the article list (crossread show ID prints one)")
            return
        }
        let environment = ProcessInfo.processInfo.environment
        let useColor = !noColor && (environment["NO_COLOR"] ?? "").isEmpty
        let state = StateStore.forCorpus(corpusPaths)
        let before = state.read { StandardError.print("crossread: \($0)") }.session
        let settings = TerminalSettings(mouse: !noMouse && configuration.mouse, theme: configuration.theme,
                                        clipboard: configuration.clipboard)
        let model = BrowserSession.run(options: .init(color: useColor, settings: settings)) { width, height in
            var model = BrowserModel(store: store, width: width, height: height, keymap: configuration.keymap,
                                     panes: StandardPanes.all, defersHighlights: true, paneBuilding: .background,
                                     measure: configuration.measure, terminal: settings)
            model.restore(before)
            return model
        }
        state.save(from: before, to: model.readingSession) { StandardError.print("crossread: \($0)") }
    }
}

/// Whether this process can draw the browser: both standard input and output are terminals and
/// TERM names a terminal that can address the cursor.
enum TerminalCheck {
    static var canRunBrowser: Bool { reason == nil }

    static var reason: String? {
        let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
        if isatty(STDOUT_FILENO) == 0 { return "standard output is not a terminal" }
        if isatty(STDIN_FILENO) == 0 { return "standard input is not a terminal" }
        if term.isEmpty { return "TERM is not set" }
        if term == "dumb" { return "TERM is dumb" }
        return nil
    }
}
