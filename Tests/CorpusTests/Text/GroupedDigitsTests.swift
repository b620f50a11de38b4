import Corpus
import XCTest

final class GroupedDigitsTests: XCTestCase {
    func testDigitsAreGroupedInThreesWithoutALocale() {
        XCTAssertEqual(0.groupedDigits, "0")
        XCTAssertEqual(999.groupedDigits, "999")
        XCTAssertEqual(1000.groupedDigits, "1,000")
        XCTAssertEqual(84489.groupedDigits, "84,489")
        XCTAssertEqual(100_000.groupedDigits, "100,000")
        XCTAssertEqual(1_234_567.groupedDigits, "1,234,567")
        XCTAssertEqual((-1_234).groupedDigits, "-1,234")
        XCTAssertEqual(Int.min.groupedDigits, "-9,223,372,036,854,775,808")
    }
}
