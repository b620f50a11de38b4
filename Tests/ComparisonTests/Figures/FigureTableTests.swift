import Comparison
import Corpus
import Extraction
import XCTest

final class FigureTableTests: XCTestCase {
    private func store(_ texts: [(String, String)]) -> DocumentStore {
        DocumentStore(texts.map { id, text in
            DocumentParser.parse(bytes: Array(text.utf8), id: id, path: "\(id).txt", format: .plainText)
        })
    }

    /// One line per row: `measure/group when status | doc: values | ... | note`.
    private func dump(_ table: FigureTable) -> [String] {
        table.rows.map { row in
            var line = "\(row.key.measure)/\(row.key.group) \(row.key.when ?? "-") \(row.status.rawValue)"
            for id in table.documents {
                if let values = row.cells[id] { line += " | \(id): " + values.map(\.text).joined(separator: " / ") }
            }
            if let note = row.note { line += " | \(note)" }
            return line
        }
    }

    func testRowsStatusesAndSums() {
        let table = FigureTable(store: store([
            ("a", "Reporters said it was terrible.\n\nMore than 600 people, including 106 women and 63 children, were murdered."),
            ("b", "According to the government, 613 civilians including 169 women and children were killed.\n\n"
                + "In the recent war in 2020, over 100 civilians were killed."),
            ("c", "Among other things, 613 civilians were killed, including 106 women, 70 elderly and 83 children.\n\n"
                + "613 civilians were killed, including 106 women, 70 elderly and 83 children."),
        ]))
        XCTAssertEqual(table.documents, ["a", "b", "c"])
        XCTAssertEqual(dump(table), [
            "killed/people - agreed | a: More than 600 | b: 613 | c: 613",
            "killed/women - agreed | a: 106 | c: 106",
            "killed/children - disputed | a: 63 | c: 83",
            "killed/elderly - single | c: 70",
            "killed/women and children - single | b: 169 | a: 106 women + 63 children = 169 women and children as stated by b",
            "killed/people 2020 single | b: over 100",
        ])
    }

    func testPartsThatAddUpToTheirWholeAreNoted() {
        let table = FigureTable(store: store([
            ("a", "Twelve people were killed, including 7 men and 5 women."),
            ("b", "Twelve people were killed."),
        ]))
        XCTAssertEqual(dump(table), [
            "killed/people - agreed | a: Twelve | b: Twelve | a: 7 men + 5 women = Twelve",
            "killed/women - single | a: 5",
            "killed/men - single | a: 7",
        ])
    }

    func testCompatibilityOfBounds() {
        func quantity(_ low: Double?, _ high: Double?) -> Quantity {
            Quantity(text: "", low: low, high: high, isExact: low == high, span: TextSpan(start: 0, end: 0))
        }
        XCTAssertTrue(quantity(600, nil).isCompatible(with: quantity(613, 613)), "more than 600 and 613")
        XCTAssertFalse(quantity(63, 63).isCompatible(with: quantity(83, 83)), "63 and 83")
        XCTAssertTrue(quantity(200, 999).isCompatible(with: quantity(613, 613)), "hundreds and 613")
        XCTAssertFalse(quantity(nil, 50).isCompatible(with: quantity(60, 60)), "fewer than 50 and 60")
        XCTAssertTrue(quantity(100, nil).isCompatible(with: quantity(600, nil)), "over 100 and more than 600")
    }

    func testAVagueAmountNeverDisputesANumberButTwoVagueOnesCan() {
        func vague(_ low: Double, _ high: Double) -> Quantity {
            Quantity(text: "", low: low, high: high, isExact: false, isVague: true, isPercent: false, span: TextSpan(start: 0, end: 0))
        }
        let number = Quantity(text: "", low: 80, high: 80, isExact: true, span: TextSpan(start: 0, end: 0))
        XCTAssertFalse(FigureTable.disagree(vague(200, 999), number), "hundreds and 80: a vague word states no number")
        XCTAssertFalse(FigureTable.disagree(number, vague(2000, 9999)))
        XCTAssertTrue(FigureTable.disagree(vague(200, 999), vague(2000, 9999)), "hundreds and thousands")
        XCTAssertFalse(FigureTable.disagree(vague(200, 999), vague(200, 999)))
        XCTAssertTrue(FigureTable.disagree(number, Quantity(text: "", low: 90, high: 90, isExact: true, span: TextSpan(start: 0, end: 0))))
    }

    func testTheSeedTable() {
        let table = FigureTable(store: BuiltInCorpus.load())
        let killed = table.rows.first { $0.key == FigureTable.Key(measure: "killed", group: "people", when: nil) }
        XCTAssertEqual(killed?.status, .agreed)
        let children = table.rows.first { $0.key == FigureTable.Key(measure: "killed", group: "children", when: nil) }
        XCTAssertEqual(children?.status, .disputed, "63 in three sources, 83 in one")
        let combined = table.rows.first { $0.key.group == "women and children" }
        XCTAssertEqual(combined?.note?.contains("106 women + 63 children = 169 women and children"), true)
        XCTAssertTrue(table.rows.contains { $0.key.when == "2020" })
    }
}
