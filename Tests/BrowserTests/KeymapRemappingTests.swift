import Browser
import XCTest

/// Remapping a key by context and action name, as the configuration file does.
final class KeymapRemappingTests: XCTestCase {
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
}
