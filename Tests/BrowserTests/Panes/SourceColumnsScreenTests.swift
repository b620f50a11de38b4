import Browser
import Corpus
import XCTest

/// The seeds' Figures and Timeline at the three usual sizes: every source's column and name in view.
final class SourceColumnsScreenTests: BrowserTestCase {
    private static let sizes = [(80, 24), (120, 40), (200, 60)]

    /// The children row's five cells, read off the screen between the column headings.
    private func childrenRow(_ lines: [String]) throws -> [String] {
        let header = try XCTUnwrap(lines.first { $0.contains("MEASURE") && $0.contains("GROUP") })
        // The disputed row of those killed whose group begins "child" (cut to "child…" at 80 columns).
        let row = try XCTUnwrap(lines.first { $0.hasPrefix("! killed") && $0.contains(" child") })
        let headerCharacters = Array(header), rowCharacters = Array(row)
        let starts = ["A", "B", "C", "D", "E"].map { letter -> Int in
            let index = headerCharacters.indices.first { index in
                headerCharacters[index] == Character(letter) && headerCharacters[index - 1] == " "
                    && (index + 1 == headerCharacters.count || headerCharacters[index + 1] == " ")
            }
            return index ?? 0
        }
        return starts.enumerated().map { number, start in
            let end = number + 1 < starts.count ? starts[number + 1] : rowCharacters.count
            guard start < rowCharacters.count else { return "" }
            return String(rowCharacters[start..<min(end, rowCharacters.count)]).trimmingCharacters(in: .whitespaces)
        }
    }

    func testTheFiguresTableShowsAllFiveSourcesWithTheOneThatSays83() throws {
        for (width, height) in Self.sizes {
            var model = browser(width, height)
            press("3", on: &model)
            let lines = screen(model)
            let header = try XCTUnwrap(lines.first { $0.contains("MEASURE") }, "\(width)x\(height)")
            XCTAssertFalse(header.contains("›"), "no source is pushed off at \(width)x\(height): \(header)")
            XCTAssertEqual(try childrenRow(lines), ["63", "63", "·", "63", "*83"], "\(width)x\(height)")
            if width >= 120 {
                XCTAssertTrue(lines.contains { $0.contains("more than six hundred") },
                              "A's value whole at \(width)x\(height)")
            }
        }
    }

    func testTheChartNamesEachBarsSourceAndDrawsAScale() throws {
        for (width, height) in Self.sizes {
            var model = browser(width, height)
            press("3jjc", on: &model)
            let lines = screen(model)
            let bars = lines.filter { $0.contains("█") }
            XCTAssertEqual(bars.count, 4, "A, B, D and E state a value at \(width)x\(height)")
            let named = try XCTUnwrap(lines.first { $0.hasPrefix("*E Khojaly Genoc") }, "\(width)x\(height)")
            XCTAssertTrue(named.trimmingCharacters(in: .whitespaces).hasSuffix("83"), named)
            XCTAssertTrue(lines.contains { $0.hasPrefix(" C Khojaly Massa") && $0.contains("states no value") })
            let axis = try XCTUnwrap(lines.firstIndex { $0.contains("└───") }, "\(width)x\(height)")
            let scale = lines[axis + 1].split(separator: " ")
            XCTAssertEqual(scale, ["0", "50", "100"], "\(width)x\(height)")
        }
    }

    func testTheFiguresLegendFoldsAtSmallHeights() throws {
        var model = browser(80, 12)
        press("3", on: &model)
        let lines = screen(model)
        let legend = lines.filter { $0.contains("A Khojaly") || $0.contains("D (untitled)") || $0.contains("E Khojaly") }
        XCTAssertEqual(legend.count, 2, "five sources on two lines: \(lines.joined(separator: "\n"))")
        for letter in ["A", "B", "C", "D", "E"] {
            XCTAssertTrue(legend.joined().contains(" \(letter) "), "\(letter) keeps its name")
        }
        let rows = lines.filter { $0.contains("killed") || $0.contains("wounded") }
        XCTAssertGreaterThanOrEqual(rows.count, 5, "the table keeps most of the screen")
    }

    func testTheTimelineNamesItsSources() throws {
        for (width, height) in Self.sizes + [(80, 12)] {
            var model = browser(width, height)
            press("2", on: &model)
            let text = screen(model).joined(separator: "\n")
            for letter in ["A", "B", "C", "D", "E"] {
                XCTAssertTrue(text.contains(" \(letter) Khojaly") || text.contains(" \(letter)  ") || text.contains(" \(letter) 1992")
                              || text.contains(" \(letter) (untitled)"), "\(letter) named at \(width)x\(height):\n\(text)")
            }
            if height >= 24 { XCTAssertTrue(text.contains("1992 Khojaly genocide"), "\(width)x\(height)") }
        }
    }
}
