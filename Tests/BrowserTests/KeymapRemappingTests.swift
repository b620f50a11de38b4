import Browser
import XCTest

/// Remapping a key by context and action name, as the configuration file does.
final class KeymapRemappingTests: BrowserTestCase {
    private func keys(_ keymap: Keymap, _ context: Keymap.Context, _ action: Action) -> [Key]? {
        keymap.bindings.first { $0.context == context && $0.action == action }?.keys
    }

    func testARemappedKeyTakesTheKeyFromTheOtherActionsOfItsContext() throws {
        let keymap = try Keymap.standard.remapping(context: "figures", action: "chart", to: [.character("m")])
        XCTAssertEqual(keys(keymap, .figures, FiguresAction.chart.action), [.character("m")])
        XCTAssertNil(keys(keymap, .figures, FiguresAction.nextMeasure.action), "m alone was the next measure's key: unbound now")
        XCTAssertEqual(keymap.action(for: .character("c"), in: .figures), nil, "c is free in Figures")
        XCTAssertEqual(keymap.action(for: .character("m"), in: .reader), ArticlesAction.setMark.action, "other contexts keep their m")
    }

    func testUnknownContextsAndActionsAreRefusedByName() {
        XCTAssertThrowsError(try Keymap.standard.remapping(context: "figure", action: "chart", to: [.character("x")])) {
            XCTAssertEqual(($0 as? Keymap.RemapError)?.description, "no keys are called figure")
        }
        XCTAssertThrowsError(try Keymap.standard.remapping(context: "figures", action: "graph", to: [.character("x")])) {
            XCTAssertEqual(($0 as? Keymap.RemapError)?.description, "figures has no action called graph")
        }
    }

    func testABatchAppliesInOrderAndReportsTheRefusedByPosition() {
        let (keymap, refused) = Keymap.standard.remapping([
            ("reader", "halfPageDown", [.control("d")]),
            ("reader", "nope", [.character("x")]),
            ("global", "pane2", [.character("t")]),
        ])
        XCTAssertEqual(refused.map(\.index), [1])
        XCTAssertEqual(keys(keymap, .reader, .halfPageDown), [.control("d")])
        XCTAssertEqual(keymap.action(for: .character("d"), in: .reader), nil)
        XCTAssertEqual(keymap.action(for: .character("t"), in: .list), .selectPane(1))
    }

    func testEveryBindingHasANameConfigurationCanUse() {
        for binding in Keymap.standard.bindings { XCTAssertNotNil(binding.action.name, "\(binding.action)") }
        XCTAssertTrue(Keymap.standard.actionNames(in: "compare").contains("swap"))
    }

    /// The status line's hints name the keys as bound now, in every pane: after a remapping the
    /// old key is not offered for what it no longer does.
    func testStatusHintsFollowARemappedKey() throws {
        let keymap = try Keymap.standard.remapping([
            ("list", "cycleSort", [.character("s")]), ("reader", "toggleRaw", [.character("R")]),
        ]).keymap
        var model = BrowserModel(store: Self.seeds, width: 80, height: 24, keymap: keymap, panes: StandardPanes.all)
        XCTAssertTrue(screen(model).last!.hasSuffix("Enter read · s sort · ? help · q quit "), screen(model).last!)
        press("<Enter>", on: &model)
        XCTAssertTrue(screen(model).last!.hasSuffix("/ search · R raw · Esc back · F1 help "), screen(model).last!)
        let unbound = try Keymap.standard.remapping(context: "reader", action: "back", to: [.character("x")])
        model = BrowserModel(store: Self.seeds, width: 80, height: 24, keymap: unbound, panes: StandardPanes.all)
        press("<Enter>", on: &model)
        XCTAssertTrue(screen(model).last!.contains("x back"), "Esc no longer goes back: the hint names x")
    }
}
