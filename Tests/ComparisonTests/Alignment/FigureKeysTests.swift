@testable import Comparison
import XCTest

final class FigureKeysTests: XCTestCase {
    private func keys(_ text: String) -> [String] {
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { NumberTokenFigures().figureKeys(in: UnsafeBufferPointer($0), 0..<$0.count) }
    }

    func testCountsAndAmountsAreKeysAndTheirSeparatorsFold() {
        XCTAssertEqual(keys("613 people were killed and 1,275 were taken hostage; 1275 again, and 12.5 tonnes."),
                       ["613", "1275", "12.5"])
    }

    func testDatesYearsOrdinalsFootnotesAndSmallNumbersAreNotFigures() {
        XCTAssertEqual(keys("On February 25-26, 1992 and 26 February 2021, in the 20th century, in the 1990s, [3], 8 families."), [])
    }

    func testPercentagesKeepTheirSign() {
        XCTAssertEqual(keys("20 percent of the land, 20% of it, and 20 villages."), ["20%", "20"])
    }
}
