import Comparison
import Corpus
import Extraction
import XCTest

/// What the seeds' figure table shows, held as it was before the figures learnt more constructions:
/// the children's toll disputed (63 against 83), the hostages agreed at 1,275, the 2020 war's
/// tolls in rows of their own, and no row that is not a casualty count unless asked for.
final class SeedFigureRegressionTests: XCTestCase {
    private let table = FigureTable(store: BuiltInCorpus.load(), rows: .casualties)

    private func row(_ measure: String, _ group: String, _ when: String? = nil) -> FigureTable.Row? {
        table.rows.first { $0.key == FigureTable.Key(measure: measure, group: group, when: when) }
    }

    private func values(_ row: FigureTable.Row?) -> Set<String> {
        Set(row?.cells.values.flatMap { $0.map(\.text) } ?? [])
    }

    func testTheChildrensTollIsDisputed() throws {
        let children = try XCTUnwrap(row("killed", "children"))
        XCTAssertEqual(children.status, .disputed)
        XCTAssertEqual(values(children), ["63", "83"])
    }

    func testTheHostagesAgreeAt1275() throws {
        let hostages = try XCTUnwrap(row("hostages", "people"))
        XCTAssertEqual(hostages.status, .agreed)
        XCTAssertEqual(Set(hostages.cells.values.flatMap { $0.compactMap(\.quantity.exactValue) }), [1275])
        XCTAssertEqual(hostages.cells.count, 3)
    }

    func testThe2020WarsTollsHaveRowsOfTheirOwn() throws {
        XCTAssertEqual(values(row("killed", "people", "2020")), ["over 100"])
        XCTAssertEqual(values(row("wounded", "people", "2020")), ["over 400"])
        XCTAssertFalse(values(row("killed", "people")).contains("over 100"))
        XCTAssertTrue(values(row("killed", "people")).contains("613"))
    }

    func testEveryRowIsACasualtyCount() {
        for row in table.rows {
            XCTAssertTrue(FigureVocabulary.isCasualty(row.key.measure, group: row.key.group), "\(row.key)")
        }
        XCTAssertGreaterThanOrEqual(FigureTable(store: BuiltInCorpus.load(), rows: .all).rows.count, table.rows.count)
    }
}
