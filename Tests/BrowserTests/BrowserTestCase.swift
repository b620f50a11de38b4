import Browser
import Corpus
import XCTest

/// Helpers for driving a `BrowserModel` with keys as a person would.
class BrowserTestCase: XCTestCase {
    static let seeds = BuiltInCorpus.load()

    func model(_ width: Int, _ height: Int, store: DocumentStore = seeds) -> BrowserModel {
        BrowserModel(store: store, width: width, height: height)
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
