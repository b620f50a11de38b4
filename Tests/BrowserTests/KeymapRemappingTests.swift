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

    /// A printed default file remaps every action to its own keys: the keymap comes back unchanged.
    func testRemappingEveryActionToItsOwnKeysChangesNothing() {
        let standard = Keymap.standard
        var seen: Set<String> = []
        let changes = standard.bindings.compactMap { binding -> (context: String, action: String, keys: [Key])? in
            guard let name = binding.action.name, seen.insert(binding.context.id + " " + name).inserted else { return nil }
            return (binding.context.id, name, binding.keys)
        }
        let (keymap, refused) = standard.remapping(changes)
        XCTAssertTrue(refused.isEmpty)
        XCTAssertEqual(keymap.bindings.map(\.keys), standard.bindings.map(\.keys))
        XCTAssertEqual(keymap.bindings.map(\.action), standard.bindings.map(\.action))
    }

    func testAnActionRemappedTwiceKeepsTheLaterKeys() {
        let (keymap, refused) = Keymap.standard.remapping([
            ("reader", "halfPageDown", [.character("x")]),
            ("reader", "halfPageDown", [.character("d"), .control("d")]),
        ])
        XCTAssertTrue(refused.isEmpty)
        XCTAssertEqual(keys(keymap, .reader, .halfPageDown), [.character("d"), .control("d")])
        XCTAssertEqual(keymap.action(for: .character("x"), in: .reader), nil)
    }

    /// A key written alone (as in a configuration file) reads as it does inside longer text.
    func testAKeyWrittenAloneReadsAsInLongerText() throws {
        for written in ["x", "<", ">", "\\", "<Down>", "<C-d>", "<lt>", "<Space>", "<F12>", "<PgDn>", "<S-Tab>"] {
            let alone = try KeyNotation.parse(written)
            XCTAssertEqual(alone.count, 1, written)
            XCTAssertEqual(try KeyNotation.parse("a" + written + "b"), [.character("a")] + alone + [.character("b")], written)
        }
        XCTAssertEqual(try KeyNotation.parse("<>"), [.character("<"), .character(">")])
        XCTAssertEqual(try KeyNotation.parse("<Down>"), [.down])
        XCTAssertThrowsError(try KeyNotation.parse("<Nope>")) { XCTAssertEqual("\($0)", "unknown key <Nope>") }
        XCTAssertThrowsError(try KeyNotation.parse("<a>b>")) { XCTAssertEqual("\($0)", "unknown key <a>") }
    }

    func testEveryBindingHasANameConfigurationCanUse() {
        for binding in Keymap.standard.bindings { XCTAssertNotNil(binding.action.name, "\(binding.action)") }
        XCTAssertTrue(Keymap.standard.actionNames(in: "compare").contains("swap"))
    }

    /// The status line's hints name the keys as bound now, in every pane: after a remapping the
    /// old key is not offered for what it no longer does.
    func testStatusHintsFollowARemappedKey() throws {
        let keymap = Keymap.standard.remapping([
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
