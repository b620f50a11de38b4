import Browser
import Corpus
import Foundation
import XCTest

/// Each pane's hints on the status line name the keys as bound now: a key remapped in the
/// configuration shows in the hint, and an action left with no key drops out of it.
final class PaneHintsTests: BrowserTestCase {
    /// The browser with `keymap` changed by `remap`, showing the pane titled `title`.
    private func showing(_ title: String, width: Int = 160,
                         remap: (Keymap) throws -> Keymap) throws -> BrowserModel
    {
        let keymap = try remap(.forPanes(StandardPanes.all))
        var model = BrowserModel(store: Self.seeds, width: width, height: 40, keymap: keymap, panes: StandardPanes.all)
        let index = try XCTUnwrap(model.paneTitles.firstIndex(of: title))
        press(String(index + 1), on: &model)
        XCTAssertEqual(model.activeContentPane?.title, title)
        return model
    }

    private func status(_ model: BrowserModel) -> String { screen(model).last!.trimmingCharacters(in: .whitespaces) }

    func testCompareHintsFollowARemappedKey() throws {
        var model = try showing("Compare") { try $0.remapping(context: "compare", action: "claims", to: [.character("p")]) }
        XCTAssertTrue(status(model).hasSuffix("[ ] { } sources · + - more · n difference · p passages · v quotes · ? help"),
                      status(model))
        press("u", on: &model)
        XCTAssertEqual(model.message?.text, "The summary has one list; p shows the passages, where the sides scroll")
        press("p", on: &model)
        XCTAssertTrue(status(model).contains("p claims"), status(model))
    }

    func testTimelineHintsFollowARemappedKey() throws {
        var model = try showing("Timeline") { try $0.remapping(context: "timeline", action: "zoomIn", to: [.character("i")]) }
        XCTAssertTrue(status(model).hasSuffix("Enter mentions · i zoom · s source · ? help"), status(model))
        model = try showing("Timeline") { try $0.remapping(context: "timeline", action: "lineUp", to: [.character("p")]) }
        press("<Enter>", on: &model)
        XCTAssertTrue(status(model).hasSuffix("j/p mention · r reader · Esc close"), status(model))
    }

    func testMessagesNameTheRemappedKeyToo() throws {
        var timeline = try showing("Timeline") { try $0.remapping(context: "timeline", action: "nextSource", to: [.character("x")]) }
        press("x", on: &timeline)
        XCTAssertTrue(timeline.message?.text.hasSuffix("; x next source, Esc all") == true, timeline.message?.text ?? "no message")
        var figures = try showing("Figures") { try $0.remapping(context: "figures", action: "back", to: [.character("q")]) }
        press("m", on: &figures)
        XCTAssertTrue(figures.message?.text.hasSuffix("; m next, q all") == true, figures.message?.text ?? "no message")
    }

    func testFiguresHintsFollowARemappedKeyAndDropAnActionLeftWithNone() throws {
        let model = try showing("Figures") { try $0.remapping(context: "figures", action: "chart", to: [.character("x")]) }
        XCTAssertTrue(status(model).contains("x chart"), status(model))
        // `o` sorting taken by c: the chart has no key left, and the hints no longer offer one.
        let taken = try showing("Figures") { try $0.remapping(context: "figures", action: "sort", to: [.character("c")]) }
        XCTAssertFalse(status(taken).contains("chart"), status(taken))
        XCTAssertTrue(status(taken).hasSuffix("? help"), status(taken))
    }

    func testSearchHintsFollowARemappedKey() throws {
        let model = try showing("Search") { try $0.remapping(context: "search", action: "open", to: [.control("o")]) }
        XCTAssertTrue(status(model).hasSuffix("type to search · ↑↓ choose · Ctrl-O read · Esc back"), status(model))
    }
}
