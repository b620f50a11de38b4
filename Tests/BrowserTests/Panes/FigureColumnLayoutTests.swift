@testable import Browser
import XCTest

/// The Figures table's column widths: values before labels, labels cut first, no room wasted.
final class FigureColumnLayoutTests: XCTestCase {
    private typealias Layout = FigureColumnLayout

    /// A small seeded generator, so a failing case can be repeated.
    private struct Random {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    /// For 2 to 8 sources at every width from 80 to 200: when every source is shown, no value
    /// that fits under the cap is cut while another column is wider than it needs, the NOTE column
    /// is shown or the line has room to spare; and no line is wider than the screen.
    func testNoValueThatFitsIsCutWhileAnotherColumnHasSpareRoom() {
        var random = Random(state: 42)
        var checked = 0, cutCases = 0
        for sources in 2...8 {
            for trial in 0..<12 {
                let needs = (0..<sources).map { _ in 1 + random.next(trial % 3 == 0 ? 40 : 22) }
                let measures = (0..<20).map { _ in 4 + random.next(trial % 2 == 0 ? 26 : 10) }
                let groups = (0..<20).map { _ in 5 + random.next(14) }
                let measure = Layout.LabelNeed(heading: "MEASURE", widths: measures)
                let group = Layout.LabelNeed(heading: "GROUP", widths: groups)
                for width in 80...200 {
                    let layout = Layout.solve(width: width, measure: measure, group: group, sources: needs,
                                              keeping: random.next(sources))
                    checked += 1
                    let context = "sources \(needs), measures \(measure.full), groups \(group.full), width \(width): \(layout)"
                    XCTAssertLessThanOrEqual(layout.lineWidth, width, context)
                    guard layout.first == 0, layout.end == sources else { continue }
                    let cut = (0..<sources).filter { layout.sources[$0] < min(needs[$0], Layout.sourceCap) }
                    guard !cut.isEmpty else { continue }
                    cutCases += 1
                    for source in 0..<sources {
                        XCTAssertLessThanOrEqual(layout.sources[source], needs[source], context)
                    }
                    XCTAssertLessThanOrEqual(layout.measure, measure.median, context)
                    XCTAssertLessThanOrEqual(layout.group, group.median, context)
                    XCTAssertEqual(layout.note, 0, context)
                    XCTAssertEqual(layout.lineWidth, width, "a value is cut with room left: \(context)")
                }
            }
        }
        XCTAssertEqual(checked, 7 * 12 * 121)
        XCTAssertGreaterThan(cutCases, 0, "the widths must sometimes be too many for the screen")
    }

    func testValuesComeBeforeLabelsPastTheirMedianAndLabelsBeforeTheNote() {
        let measure = Layout.LabelNeed(heading: "MEASURE", widths: [6, 7, 7, 8, 28])
        let group = Layout.LabelNeed(heading: "GROUP", widths: [6, 6, 6, 8, 18])
        let needs = [21, 16, 8, 14, 16]
        let narrow = Layout.solve(width: 80, measure: measure, group: group, sources: needs, keeping: 0)
        XCTAssertEqual([narrow.first, narrow.end], [0, 5], "every source is shown at 80 columns")
        XCTAssertEqual([narrow.measure, narrow.group], [7, 6], "labels at their median: \(narrow)")
        XCTAssertEqual(narrow.note, 0)
        let middle = Layout.solve(width: 120, measure: measure, group: group, sources: needs, keeping: 0)
        XCTAssertEqual(middle.sources, needs, "every value whole at 120 columns")
        XCTAssertEqual(middle.note, 0)
        let wide = Layout.solve(width: 200, measure: measure, group: group, sources: needs, keeping: 0)
        XCTAssertEqual([wide.measure, wide.group], [28, 18])
        XCTAssertEqual(wide.sources, needs)
        XCTAssertEqual(wide.lineWidth, 200)
        XCTAssertGreaterThanOrEqual(wide.note, Layout.noteMinimum)
    }

    func testTooManySourcesScrollAroundTheSelectedOne() {
        let measure = Layout.LabelNeed(heading: "MEASURE", widths: [7])
        let group = Layout.LabelNeed(heading: "GROUP", widths: [6])
        let needs = Array(repeating: 12, count: 30)
        let layout = Layout.solve(width: 80, measure: measure, group: group, sources: needs, keeping: 20)
        XCTAssertTrue((layout.first..<layout.end).contains(20), "\(layout)")
        XCTAssertLessThan(layout.end - layout.first, 30)
        XCTAssertLessThanOrEqual(layout.lineWidth, 80)
        let tiny = Layout.solve(width: 10, measure: measure, group: group, sources: needs, keeping: 29)
        XCTAssertEqual([tiny.first, tiny.end], [29, 30], "one column, cut, rather than none")
        let none = Layout.solve(width: 10, measure: measure, group: group, sources: [], keeping: 0)
        XCTAssertEqual([none.first, none.end], [0, 0])
        // Thousands of sources: the window is found without measuring every window.
        let many = Layout.solve(width: 200, measure: measure, group: group, sources: Array(repeating: 5, count: 20_000),
                                keeping: 19_990)
        XCTAssertTrue((many.first..<many.end).contains(19_990))
        XCTAssertEqual(many.end, 19_991, "the window ends at the selected source, as many before it as fit")
        XCTAssertLessThanOrEqual(many.lineWidth, 200)
    }
}
