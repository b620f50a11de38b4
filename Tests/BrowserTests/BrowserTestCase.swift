import Browser
import Corpus
import XCTest

/// Helpers for driving a `BrowserModel` with keys as a person would.
class BrowserTestCase: XCTestCase {
    static let seeds = BuiltInCorpus.load()

    func model(_ width: Int, _ height: Int, store: DocumentStore = seeds) -> BrowserModel {
        BrowserModel(store: store, width: width, height: height)
    }

    /// The Figures pane alone, writing its exports into `directory`.
    func figuresExporting(to directory: String) -> [PaneFactory] {
        [ArticlesPane.factory, PaneFactory(title: "Figures", bindings: FiguresPane.bindings) { FiguresPane(store: $0, exportDirectory: directory) }]
    }

    /// A browser with the standard panes (Articles, Timeline, Figures, ...), as `crossread` has.
    func browser(_ width: Int, _ height: Int, panes: [PaneFactory] = StandardPanes.all) -> BrowserModel {
        BrowserModel(store: Self.seeds, width: width, height: height, panes: panes)
    }

    /// The row and column where `text` first appears on screen.
    func find(_ text: String, in buffer: CellBuffer) -> (x: Int, y: Int)? {
        for (row, line) in buffer.lines.enumerated() {
            guard let range = line.range(of: text) else { continue }
            return (DisplayWidth.of(line[..<range.lowerBound]), row)
        }
        return nil
    }

    /// Presses keys written in `KeyNotation`; returns the last effect.
    @discardableResult
    func press(_ keys: String, on model: inout BrowserModel) -> BrowserModel.Effect {
        var effect = BrowserModel.Effect.none
        for key in try! KeyNotation.parse(keys) { effect = model.update(key) }
        return effect
    }

    func screen(_ model: BrowserModel) -> [String] { Screen.render(model).lines }
}

extension BrowserModel {
    /// The Articles pane, which every browser in these tests has.
    var articles: ArticlesPane { pane(ArticlesPane.self)! }
}
