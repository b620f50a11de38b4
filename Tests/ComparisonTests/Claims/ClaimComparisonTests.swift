import Comparison
import Corpus
import Extraction
import XCTest

final class ClaimComparisonTests: XCTestCase {
    private static let store = BuiltInCorpus.load()
    private static let figures = DocumentFigure.all(in: store)

    private func claims(_ left: Int, _ right: Int) -> ClaimComparison {
        let store = Self.store
        return ClaimComparison(documents: [store.documents[left].id, store.documents[right].id], figures: Self.figures)
    }

    private func line(_ claim: Claim) -> String {
        "\(claim.title): \(claim.valueText(0)) ↔ \(claim.valueText(1)) \(claim.status.rawValue)"
    }

    /// Every count two seeds both state, for each of the ten pairs of the five seeds, listed by hand
    /// from the figures each seed states (`crossread figures`), before the code was run.
    func testEveryCountTwoSeedsBothStateIsPairedWithItsStatus() {
        let expected: [String: [String]] = [
            "AB": ["killed people: more than six hundred ↔ 613 agrees", "killed women: 106 ↔ 106 agrees",
                   "killed children: 63 ↔ 63 agrees", "missing people: 150 ↔ 150 agrees",
                   "victims: Thousands ↔ hundreds differs"],
            "AC": ["killed people: more than six hundred ↔ 613 agrees", "wounded people: 487 ↔ 487 agrees",
                   "missing people: 150 ↔ 150 agrees"],
            "AD": ["killed people: more than six hundred ↔ hundreds / 613 agrees", "killed women: 106 ↔ 106 agrees",
                   "killed children: 63 ↔ 63 agrees"],
            "AE": ["killed people: more than six hundred ↔ 613 agrees", "killed women: 106 ↔ 106 agrees",
                   "killed children: 63 ↔ 83 differs"],
            "BC": ["killed people: 613 ↔ 613 agrees", "hostages: 1,275 ↔ 1275 agrees",
                   "missing people: 150 ↔ 150 agrees"],
            "BD": ["killed people: 613 ↔ hundreds / 613 agrees", "killed women: 106 ↔ 106 agrees",
                   "killed children: 63 ↔ 63 agrees"],
            "BE": ["killed people: 613 ↔ 613 agrees", "killed women: 106 ↔ 106 agrees",
                   "killed children: 63 ↔ 83 differs", "killed elderly: 70 ↔ 70 agrees",
                   "hostages: 1,275 ↔ 1,275 agrees"],
            "CD": ["killed people: 613 ↔ hundreds / 613 agrees"],
            "CE": ["killed people: 613 ↔ 613 agrees", "hostages: 1275 ↔ 1,275 agrees"],
            "DE": ["killed people: hundreds / 613 ↔ 613 agrees", "killed women: 106 ↔ 106 agrees",
                   "killed children: 63 ↔ 83 differs"],
        ]
        var actual: [String: [String]] = [:]
        for left in 0..<5 {
            for right in (left + 1)..<5 {
                let name = SourceLabels.label(left) + SourceLabels.label(right)
                actual[name] = claims(left, right).claims.filter { $0.status != .single }.map(line)
            }
        }
        for name in expected.keys.sorted() {
            XCTAssertEqual(actual[name], expected[name], name)
        }
    }

    func testCountsOneSourceAloneStatesAreItsOwn() {
        let comparison = claims(1, 4)
        XCTAssertEqual(comparison.count(.agrees), 4)
        XCTAssertEqual(comparison.count(.differs), 1)
        XCTAssertEqual(comparison.claims.filter { $0.stating == [1] }.map(\.title).sorted(),
                       ["disabled people", "displaced people"])
        XCTAssertEqual(comparison.count(.single, source: 0), 2, "elderly killed and hostages; the 39 identified and 60,000 marchers are not casualties")
        XCTAssertEqual(comparison.differences.map(\.title), ["killed children"])
    }

    func testBoundsAreInclusiveAndASourceAtOddsWithItselfIsNotADifference() {
        let text = "More than 600 people were killed. Later reports said 450 people were killed."
        let other = "Exactly 600 people were killed."
        let store = DocumentStore([
            DocumentParser.parse(bytes: Array(text.utf8), id: "a", path: "a.txt", format: .plainText),
            DocumentParser.parse(bytes: Array(other.utf8), id: "b", path: "b.txt", format: .plainText),
        ])
        let comparison = ClaimComparison(of: store.documents)
        let killed = comparison.claims.first { $0.title == "killed people" }
        XCTAssertEqual(killed?.valueText(0), "More than 600 / 450")
        XCTAssertEqual(killed?.status, .differs, "450 and 600 are incompatible")
        let alone = ClaimComparison(of: [store.documents[0]])
        XCTAssertEqual(alone.claims.first?.status, .single)
    }

    func testThreeSourcesShowOneClaimInEachSourcesWords() {
        let store = Self.store
        let comparison = ClaimComparison(documents: [store.documents[0].id, store.documents[1].id, store.documents[4].id],
                                         figures: Self.figures)
        let children = comparison.claims.first { $0.title == "killed children" }
        XCTAssertEqual(children.map { [$0.valueText(0), $0.valueText(1), $0.valueText(2)] }, ["63", "63", "83"])
        XCTAssertEqual(children?.status, .differs)
        XCTAssertEqual(children?.values[2].first?.sentence.contains("83 children"), true)
    }
}
