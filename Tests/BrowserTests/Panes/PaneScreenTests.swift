import Browser
import TestSupport
import XCTest

/// The Figures and Timeline panes as whole screens at the smallest usual terminal and a wide one,
/// compared with the snapshot files in `__Snapshots__/` (re-record on purpose with
/// CROSSREAD_RECORD_SNAPSHOTS=1).
final class PaneScreenTests: BrowserTestCase {
    private let sizes = [(80, 24), (160, 48)]

    private func check(_ keys: String, _ name: String, file: StaticString = #filePath, line: UInt = #line) {
        for (width, height) in sizes {
            var model = browser(width, height)
            press(keys, on: &model)
            assertScreen(screen(model), matches: "\(name)-\(width)x\(height)", file: file, line: line)
        }
    }

    func testFiguresTable() { check("3", "figures-table") }
    /// The killed/children row as bars.
    func testFiguresChart() { check("3jjc", "figures-chart") }
    /// The sentence behind E's 83 on the killed/children row.
    func testFiguresExpandedCell() { check("3jjllll<Enter>", "figures-sentences") }
    /// Sorted by disagreement, the last source selected.
    func testFiguresSorted() { check("3ollll", "figures-sorted") }
    func testTimeline() { check("2", "timeline") }
    /// The night of February 25-26, 1992 at month zoom, its mentions listed (those of its days too).
    func testTimelineExpandedEntry() { check("2z" + String(repeating: "j", count: 9) + "<Enter>", "timeline-expanded") }
}
