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
    @Option(help: "The screen size, COLUMNSxROWS.") var size: String = "100x30"
    @Option(help: "Keys to press before taking the snapshot.") var keys: String = ""
    @Flag(help: "Add ANSI colours and styles.") var color = false

    func run() throws {
        let parts = size.lowercased().split(separator: "x")
        guard parts.count == 2, let width = Int(parts[0]), let height = Int(parts[1]),
              (1...1000).contains(width), (1...1000).contains(height)
        else { throw ValidationError("--size takes COLUMNSxROWS, e.g. 100x30") }
        let pressed: [Key]
        do { pressed = try KeyNotation.parse(keys) } catch { throw ValidationError("--keys: \(error)") }
        let store = try corpus.load()
        // Panes are built in the background as in the browser, but each key waits for them, so the
        // same keys always give the same screen.
        var model = BrowserModel(store: store, width: width, height: height, panes: StandardPanes.all,
                                 paneBuilding: .background)
        for key in pressed {
            if model.update(key) == .quit { break }
            model.waitForPendingWork()
        }
        let buffer = Screen.render(model)
        let lines = color ? buffer.ansiLines(AnsiPalette.sgr) : buffer.lines.map { String($0.reversed().drop { $0 == " " }.reversed()) }
        // The buffer holds no control characters; --color adds only SGR sequences of our own.
        print(lines.joined(separator: "\n"))
    }
}
