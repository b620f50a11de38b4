import Browser
import XCTest

/// `Keymap.keyLabel`: the key a hint names is one that does the action where the hint is shown.
final class KeymapKeyLabelTests: XCTestCase {
    func testTheContextsOwnKeyComesFirstThenAGlobalOne() {
        XCTAssertEqual(Keymap.standard.keyLabel(for: CompareAction.claims.action, in: .compare), "c")
        XCTAssertEqual(Keymap.standard.keyLabel(for: .open, in: .compare), "Enter")
        XCTAssertEqual(Keymap.standard.keyLabel(for: .showHelp, in: .compare), "?", "help is a global key")
    }

    func testAGlobalKeyTheContextTakesForItselfIsNotNamed() {
        // s searches everywhere but in Timeline (a source) and Compare (swap), which bind s themselves.
        XCTAssertEqual(Keymap.standard.keyLabel(for: .showPane("Search"), in: .figures), "s")
        XCTAssertNil(Keymap.standard.keyLabel(for: .showPane("Search"), in: .timeline))
        // In the reader ? searches backward: help is F1 there.
        XCTAssertEqual(Keymap.standard.keyLabel(for: .showHelp, in: .reader), "F1")
    }

    func testARemappedKeyIsNamedAndAnActionLeftWithNoKeyIsNot() throws {
        let keymap = try Keymap.standard.remapping(context: "figures", action: "sort", to: [.character("c")])
        XCTAssertEqual(keymap.keyLabel(for: FiguresAction.sort.action, in: .figures), "c")
        XCTAssertNil(keymap.keyLabel(for: FiguresAction.chart.action, in: .figures))
    }
}
