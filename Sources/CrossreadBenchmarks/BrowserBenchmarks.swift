import Browser
import Corpus

/// A keypress in the browser: the update step plus rendering the whole screen at 200x60, the
/// work that stands between a key and the cells the front end hands to curses. The browser has the
/// standard panes (Timeline, Figures), as `crossread` does; a batch of 1000 presses under 1 s is
/// under 1 ms a keypress.
enum BrowserBenchmarks {
    static func make(_ context: BenchmarkContext) -> [Benchmark] {
        let store = BuiltInCorpus.load()
        func keypress(_ name: String, setUp keys: [Key], press key: Key, then undo: Key) -> Benchmark {
            nonisolated(unsafe) var model = BrowserModel(store: store, width: 200, height: 60, panes: StandardPanes.all)
            for key in keys { _ = model.update(key) }
            _ = Screen.render(model)  // warm caches (layout, highlights) as a running browser has them
            return Benchmark(name: "keypress + render 200x60: \(name) (1000 presses)", iterations: 7) {
                for press in 0..<1000 {
                    _ = model.update(press % 2 == 0 ? key : undo)
                    let buffer = Screen.render(model)
                    precondition(buffer.width == 200)
                }
                return 0
            }
        }
        // Compare is reached by its place on the top bar, wherever the panes put it.
        let probe = BrowserModel(store: store, width: 200, height: 60, panes: StandardPanes.all)
        let compare = Key.character(Character(String(probe.paneTitles.firstIndex(of: "Compare")! + 1)))
        // Sources A and C: three aligned pairs, six differences.
        let compareAC: [Key] = [compare, .character("}")]
        return [
            keypress("list j/k", setUp: [], press: .character("j"), then: .character("k")),
            keypress("reader scroll", setUp: [.character("j"), .enter], press: .character("j"), then: .character("k")),
            keypress("reader page", setUp: [.character("G"), .enter], press: .pageDown, then: .pageUp),
            keypress("figures table j/k", setUp: [.character("3")], press: .character("j"), then: .character("k")),
            keypress("figures table h/l", setUp: [.character("3")], press: .character("l"), then: .character("h")),
            keypress("figures chart j/k", setUp: [.character("3"), .character("c")], press: .character("j"), then: .character("k")),
            keypress("figures sentences open/close", setUp: [.character("3"), .character("j"), .character("j")],
                     press: .enter, then: .escape),
            keypress("figures filter m/M", setUp: [.character("3")], press: .character("m"), then: .character("M")),
            keypress("timeline j/k", setUp: [.character("2")], press: .character("j"), then: .character("k")),
            keypress("timeline mentions j/k",
                     setUp: [.character("2"), .character("z")] + Array(repeating: .character("j"), count: 11) + [.enter],
                     press: .character("j"), then: .character("k")),
            keypress("timeline zoom z/Z", setUp: [.character("2")], press: .character("z"), then: .character("Z")),
            keypress("timeline source s/S", setUp: [.character("2")], press: .character("s"), then: .character("S")),
            keypress("compare j/k", setUp: compareAC, press: .character("j"), then: .character("k")),
            keypress("compare page", setUp: compareAC, press: .pageDown, then: .pageUp),
            keypress("compare next/previous difference", setUp: compareAC, press: .character("n"), then: .character("N")),
            keypress("compare swap sources (kept alignments)", setUp: compareAC, press: .character("s"), then: .character("s")),
            keypress("compare quotes view j/k", setUp: compareAC + [.character("v")], press: .character("j"),
                     then: .character("k")),
            Benchmark(name: "open an article (layout + figure and date highlights)", iterations: 7) {
                var model = BrowserModel(store: store, width: 200, height: 60)
                for _ in 0..<4 {
                    _ = model.update(.character("j"))
                    _ = Screen.render(model)
                }
                return store.documents.reduce(0) { $0 + $1.reading.text.utf8.count }
            },
            Benchmark(name: "compare: open, then align each new right source (4 alignments + render 200x60)", iterations: 7) {
                var model = BrowserModel(store: store, width: 200, height: 60, panes: StandardPanes.all)
                _ = model.update(compare)
                _ = Screen.render(model)
                for _ in 0..<3 {
                    _ = model.update(.character("}"))
                    _ = Screen.render(model)
                }
                return 0
            },
        ]
    }
}
