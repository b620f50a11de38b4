import Browser
import Comparison
import Corpus

/// The Figures and Timeline panes over the generated corpus, where every article is a source
/// (10,000 with Benchmarks/run's corpus): the table's value frequencies, building each pane once,
/// then keypresses with the whole screen rendered at 200x60 in the views made for many sources
/// (the frequency table, a row's frequency sheet and its sentences, the chart per value, counts on
/// the timeline). As in the browser group, a batch of 1000 presses under 1 s is under 1 ms a
/// keypress.
enum ManySourcesBenchmarks {
    static func make(_ context: BenchmarkContext) -> [Benchmark] {
        nonisolated(unsafe) var store: DocumentStore?
        nonisolated(unsafe) var opened: BrowserModel?
        func load() throws -> DocumentStore {
            if let store { return store }
            guard let folder = context.corpusFolder else { throw BenchmarkError.needsCorpus }
            let loaded = try CorpusLoader().load(paths: [folder]).store
            store = loaded
            return loaded
        }
        func openPane(_ key: Character, _ name: String) -> Benchmark {
            Benchmark(name: "many sources: open the \(name) pane (built from the corpus, first frame 200x60)", iterations: 3,
                      setUp: { _ = try load() }) {
                let store = try load()
                var model = BrowserModel(store: store, width: 200, height: 60, panes: StandardPanes.all)
                _ = model.update(.character(key))
                _ = Screen.render(model)
                return store.documents.reduce(0) { $0 + $1.reading.text.utf8.count }
            }
        }
        /// The browser with both panes built, as after the two benchmarks above.
        func base() throws -> BrowserModel {
            if let opened { return opened }
            var model = BrowserModel(store: try load(), width: 200, height: 60, panes: StandardPanes.all)
            _ = model.update(.character("2"))
            _ = model.update(.character("3"))
            opened = model
            return model
        }
        func keypress(_ name: String, setUp keys: @escaping (inout BrowserModel) -> Void, press key: Key, then undo: Key) -> Benchmark {
            nonisolated(unsafe) var model: BrowserModel?
            return Benchmark(name: "many sources: keypress + render 200x60: \(name) (1000 presses)", iterations: 7, setUp: {
                var prepared = try base()
                keys(&prepared)
                _ = Screen.render(prepared)
                model = prepared
            }) {
                guard var current = model else { throw BenchmarkError.needsCorpus }
                for press in 0..<1000 {
                    _ = current.update(press % 2 == 0 ? key : undo)
                    let buffer = Screen.render(current)
                    precondition(buffer.width == 200)
                }
                model = current
                return 0
            }
        }
        func press(_ keys: String) -> (inout BrowserModel) -> Void {
            { model in for key in keys { _ = model.update(key == "\n" ? .enter : .character(key)) } }
        }
        /// Selects the timeline entry with the most mentions and lists them.
        func busiestEntry(_ model: inout BrowserModel) {
            _ = model.update(.character("2"))
            _ = model.update(.character("g"))
            var best = 0, position = 0, most = -1
            var previous: TimelineEntry?
            while let pane = model.activeContentPane as? TimelinePane, let entry = pane.selectedEntry, entry != previous {
                if entry.mentionCount > most { (best, most) = (position, entry.mentionCount) }
                previous = entry
                position += 1
                _ = model.update(.character("j"))
            }
            _ = model.update(.character("g"))
            for _ in 0..<best { _ = model.update(.character("j")) }
            _ = model.update(.enter)
        }
        nonisolated(unsafe) var table: FigureTable?
        let frequencies = Benchmark(name: "many sources: the figure table's value frequencies (once per table)", iterations: 5,
                                    setUp: { table = FigureTable(store: try load()) }) {
            guard let table else { throw BenchmarkError.needsCorpus }
            precondition(table.frequencies().count == table.rows.count)
            return 0
        }
        return [
            frequencies,
            openPane("2", "Timeline"),
            openPane("3", "Figures"),
            keypress("figures frequencies j/k", setUp: press("3"), press: .character("j"), then: .character("k")),
            keypress("figures frequencies sorted by disagreement j/k", setUp: press("3o"), press: .character("j"),
                     then: .character("k")),
            keypress("figures sort o/o", setUp: press("3"), press: .character("o"), then: .character("o")),
            keypress("figures frequency sheet j/k", setUp: press("3\n"), press: .character("j"), then: .character("k")),
            keypress("figures frequency sheet open/close", setUp: press("3"), press: .enter, then: .escape),
            keypress("figures value's sentences j/k", setUp: press("3\n\n"), press: .character("j"), then: .character("k")),
            keypress("figures chart per value j/k", setUp: press("3c"), press: .character("j"), then: .character("k")),
            keypress("timeline j/k", setUp: press("2"), press: .character("j"), then: .character("k")),
            keypress("timeline mentions j/k (the entry most sources mention)", setUp: busiestEntry, press: .character("j"),
                     then: .character("k")),
            keypress("timeline zoom z/Z", setUp: press("2"), press: .character("z"), then: .character("Z")),
        ]
    }
}
