import ArgumentParser
import Browser
import Corpus

struct Snapshot: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the screen the browser would show after some keys (no terminal needed).",
        discussion: """
            Keys are typed as text; names in angle brackets stand for special keys: <Enter> <Esc> <Tab> \
            <S-Tab> <Up> <Down> <Left> <Right> <PgUp> <PgDn> <Home> <End> <BS> <Space> <lt> <F1> <C-x> \
            <Resize:WxH>. Example: crossread snapshot --size 80x24 --keys 'j<Enter>/killed<Enter>'
            """)

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var config: ConfigOptions
    @Option(help: "The screen size, COLUMNSxROWS.") var size: String = "100x30"
    @Option(help: "Keys to press before taking the snapshot.") var keys: String = ""
    @Flag(help: "Add ANSI colours and styles.") var color = false
    @Option(help: ArgumentHelp("Start from the reading state in this file (positions, marks, pane, searches) and save it after the keys, as the browser does with its own.", valueName: "file"))
    var state: String?

    /// The screen sides a snapshot takes, in `--size` and in `<Resize:WxH>`.
    static let sizes = 1...1000

    func run() throws {
        let parts = size.lowercased().split(separator: "x", omittingEmptySubsequences: false)
        guard parts.count == 2, let width = Int(parts[0]), let height = Int(parts[1]),
              Self.sizes.contains(width), Self.sizes.contains(height)
        else { throw ValidationError("--size takes COLUMNSxROWS, each 1 to 1000, e.g. 100x30; not \(size)") }
        let pressed: [Key]
        do { pressed = try KeyNotation.parse(keys) } catch { throw ValidationError("--keys: \(error)") }
        for case .resize(let width, let height) in pressed where !Self.sizes.contains(width) || !Self.sizes.contains(height) {
            throw ValidationError("--keys: <Resize:\(width)x\(height)> needs each side 1 to 1000")
        }
        let configuration = config.load()
        let store = try corpus.load(configuration: configuration)
        // Panes are built in the background as in the browser, but each key waits for them, so the
        // same keys always give the same screen.
        var model = BrowserModel(store: store, width: width, height: height, keymap: configuration.keymap,
                                 panes: StandardPanes.all, paneBuilding: .background, measure: configuration.measure)
        let stateStore = state.map { StateStore(path: $0, corpus: corpus.corpus) }
        let before = stateStore?.read { StandardError.print("crossread: \($0)") }.session ?? ReadingSession()
        if stateStore != nil {
            model.restore(before)
            model.waitForPendingWork()
        }
        for key in pressed {
            if model.update(key) == .quit { break }
            model.waitForPendingWork()
        }
        stateStore?.save(from: before, to: model.readingSession) { StandardError.print("crossread: \($0)") }
        let buffer = Screen.render(model)
        let lines = color ? buffer.ansiLines { AnsiPalette.sgr($0, theme: configuration.theme) } : buffer.lines.map { String($0.reversed().drop { $0 == " " }.reversed()) }
        // The buffer holds no control characters; --color adds only SGR sequences of our own.
        print(lines.joined(separator: "\n"))
    }
}
