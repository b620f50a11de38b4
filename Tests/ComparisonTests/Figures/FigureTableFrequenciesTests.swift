@testable import Comparison
import Corpus
import Extraction
import XCTest

/// The distinct values of a figure table's row, how many sources state each, and who differs.
final class FigureTableFrequenciesTests: XCTestCase {
    private func store(_ texts: [(String, String)]) -> DocumentStore {
        DocumentStore(texts.map { id, text in
            DocumentParser.parse(bytes: Array(text.utf8), id: id, path: "\(id).txt", format: .plainText)
        })
    }

    /// One line per row: `measure/group: value ×count [sources] ... | differing: sources`.
    private func dump(_ table: FigureTable) -> [String] {
        zip(table.rows, table.frequencies()).map { row, frequencies in
            var line = "\(row.key.measure)/\(row.key.group) \(frequencies.sourceCount):"
            for value in frequencies.values {
                line += " \(value.text) ×\(value.count) [" + value.sources.map { table.documents[$0] }.joined(separator: ",") + "]"
            }
            if !frequencies.differing.isEmpty {
                line += " | differing: " + frequencies.differing.map { table.documents[$0] }.joined(separator: ",")
            }
            return line
        }
    }

    func testValuesAreCountedBySourceMostFirstAndEqualBoundsAreOneValueHoweverWritten() {
        let table = FigureTable(store: store([
            ("a", "Officials said 613 people were killed in the attack on the town."),
            ("b", "More than 600 people were killed in the attack on the town."),
            ("c", "A rights group said 613 people were killed in the attack on the town."),
            ("d", "Over 600 people were killed in the attack on the town, witnesses said."),
            ("e", "In all, 613 people were killed in the attack on the town."),
            ("f", "About 500 people were killed in the attack on the town."),
        ]))
        XCTAssertEqual(dump(table), [
            "killed/people 6: 613 ×3 [a,c,e] More than 600 ×2 [b,d] About 500 ×1 [f] | differing: f",
        ])
        let values = table.frequencies()[0].values
        XCTAssertEqual(values[1].values.map(\.text), ["More than 600", "Over 600"], "each source keeps its own wording")
        XCTAssertEqual(values[1].values.map(\.figure.documentID), ["b", "d"], "and its own sentence")
        XCTAssertEqual(table.rows[0].status, .disputed)
    }

    func testTiesAreOrderedByBoundsAndASourceStatingTwoValuesCountsUnderEach() {
        let table = FigureTable(store: store([
            ("a", "Officials said 83 children were killed that night."),
            ("b", "Officials said 63 children were killed that night. Later reports said 83 children were killed that night."),
            ("c", "Officials said 63 children were killed that night."),
        ]))
        let frequencies = table.frequencies()[0]
        XCTAssertEqual(frequencies.values.map(\.text), ["63", "83"])
        XCTAssertEqual(frequencies.values.map(\.count), [2, 2])
        XCTAssertEqual(frequencies.sourceCount, 3, "b states two values but is one source")
        // b contradicts both others; a and c contradict each other and b: each of the three differs
        // from at least half of the other two.
        XCTAssertEqual(frequencies.differing, [0, 1, 2])
    }

    func testAgreedAndSingleRowsHaveNoDifferingSources() {
        let table = FigureTable(store: store([
            ("a", "More than 600 people were killed in the attack on the town."),
            ("b", "Officials said 613 people were killed in the attack on the town. 40 people were wounded."),
        ]))
        XCTAssertEqual(dump(table), [
            "killed/people 2: More than 600 ×1 [a] 613 ×1 [b]",
            "wounded/people 1: 40 ×1 [b]",
        ])
    }

    func testTwoSourcesThatDisagreeBothDiffer() {
        let table = FigureTable(store: store([
            ("a", "Officials said 63 children were killed that night."),
            ("b", "Officials said 83 children were killed that night."),
        ]))
        XCTAssertEqual(table.frequencies()[0].differing, [0, 1])
    }

    /// The counted sources match comparing every pair of sources, value by value, over random bounds
    /// (open, exact, ranges, sources with several values, some of which contradict each other).
    func testDifferingSourcesMatchPairwiseComparison() {
        var state: UInt64 = 42
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        func quantity() -> Quantity {
            let base = Double(10 * (1 + next(12)))
            let low: Double? = next(6) == 0 ? nil : base
            let high: Double? = next(6) == 0 ? nil : next(2) == 0 ? low : (low ?? base) + Double(10 * next(4))
            return Quantity(text: "", low: low, high: high, isExact: low != nil && low == high, span: TextSpan(start: 0, end: 0))
        }
        var split = 0
        for _ in 0..<1000 {
            let stated = (0..<(1 + next(30))).map { source in (source, (0..<(1 + (next(3) == 0 ? 1 + next(2) : 0))).map { _ in quantity() }) }
            split += stated.filter { _, values in
                (values.map { $0.low ?? -.infinity }.max() ?? 0) > (values.map { $0.high ?? .infinity }.min() ?? 0)
            }.count
            func compatible(_ lhs: [Quantity], _ rhs: [Quantity]) -> Bool {
                lhs.allSatisfy { value in rhs.allSatisfy { value.isCompatible(with: $0) } }
            }
            let expected = stated.filter { source, values in
                let others = stated.filter { $0.0 != source }
                let disagreeing = others.filter { !compatible(values, $0.1) }.count
                return disagreeing > 0 && disagreeing * 2 >= others.count
            }.map(\.0)
            XCTAssertEqual(FigureTable.differingSources(stated), expected, "\(stated.map { $0.1.map { ($0.low, $0.high) } })")
        }
        XCTAssertGreaterThan(split, 1000, "sources whose own values do not overlap are well represented")
    }

    func testAVagueAmountIsNeverMarkedAsDifferingFromNumbers() {
        let table = FigureTable(store: store([
            ("a", "Officials said 63 children were killed in the attack."),
            ("b", "Officials said 63 children were killed in the attack."),
            ("b2", "Officials said 63 children were killed in the attack."),
            ("c", "Officials said 83 children were killed in the attack."),
            ("d", "Officials said thousands of children were killed in the attack."),
        ]))
        let row = try! XCTUnwrap(table.rows.first { $0.key.measure == "killed" && $0.key.group == "children" })
        XCTAssertEqual(row.status, .disputed)
        let frequencies = table.frequencies()[table.rows.firstIndex { $0.key == row.key }!]
        XCTAssertEqual(frequencies.differing.map { table.documents[$0] }, ["c"], "83 differs from most; thousands disputes no number, and counts neither way")
    }

    func testFrequenciesAreTheSameForTheSameInput() {
        let texts = (0..<40).map { index in
            ("s\(index)", "Officials said \([613, 600, 613, 650][index % 4]) people were killed in the attack on the town.")
        }
        let first = dump(FigureTable(store: store(texts))), second = dump(FigureTable(store: store(texts)))
        XCTAssertEqual(first, second)
        XCTAssertTrue(first[0].hasPrefix("killed/people 40: 613 ×20 ["), first[0])
        XCTAssertTrue(first[0].contains("600 ×10 [s1,s5,"), first[0])
    }
}
