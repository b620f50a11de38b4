import Comparison
import Corpus
import XCTest

final class SourceLabelsTests: XCTestCase {
    func testLabelsCountInBijectiveBase26() {
        XCTAssertEqual((0..<3).map(SourceLabels.label), ["A", "B", "C"])
        XCTAssertEqual(SourceLabels.label(25), "Z")
        XCTAssertEqual(SourceLabels.label(26), "AA")
        XCTAssertEqual(SourceLabels.label(27), "AB")
        XCTAssertEqual(SourceLabels.label(26 * 27), "AAA")
    }

    func testEverySeedHasItsOwnLabelInCorpusOrder() {
        let labels = SourceLabels(BuiltInCorpus.load())
        XCTAssertEqual(labels.entries.map(\.label), ["A", "B", "C", "D", "E"])
        XCTAssertEqual(labels.label(of: "002_6c08b088e53c302e"), "C")
        XCTAssertNil(labels.label(of: "nope"))
    }
}
