import Browser
import TestSupport
import XCTest

/// The Figures and Timeline panes with 40 sources (`ManySourcesCorpus`) as whole screens, at the
/// smallest usual terminal and a wide one, compared with the snapshot files in `__Snapshots__/`
/// (re-record on purpose with CROSSREAD_RECORD_SNAPSHOTS=1).
final class ManySourcesScreenTests: BrowserTestCase {
    private let sizes = [(80, 24), (120, 40)]

    private func check(_ keys: String, _ name: String, file: StaticString = #filePath, line: UInt = #line) {
        for (width, height) in sizes {
            var model = BrowserModel(store: ManySourcesPaneTests.reports, width: width, height: height, panes: StandardPanes.all)
            press(keys, on: &model)
            assertScreen(screen(model), matches: "\(name)-\(width)x\(height)", file: file, line: line)
        }
    }

    /// Per row, its values and how many sources state each.
    func testFiguresFrequencies() { check("3", "many-figures-frequencies") }
    /// The killed/people row's sheet, "more than 600" selected.
    func testFiguresFrequencySheet() { check("3<Enter>j", "many-figures-sheet") }
    /// The sentences behind "more than 600", the third selected.
    func testFiguresValueSentences() { check("3<Enter>j<Enter>jj", "many-figures-value-sentences") }
    /// The killed/people row drawn per value.
    func testFiguresValueChart() { check("3c", "many-figures-value-chart") }
    /// Sorted by disagreement.
    func testFiguresFrequenciesSorted() { check("3o", "many-figures-sorted") }
    func testTimelineCounts() { check("2", "many-timeline-counts") }
    /// The 40 mentions of February 26, 1992, scrolled to the thirteenth.
    func testTimelineCountsMentions() { check("2jj<Enter>" + String(repeating: "j", count: 12), "many-timeline-mentions") }
}
