import Extraction
import XCTest

final class DatePhraseTests: XCTestCase {
    private func first(_ text: String) -> String? {
        guard let match = DatePhrase.first(in: text) else { return nil }
        return "\(match.date.iso) \(match.span.slice(of: text)!)"
    }

    func testFindsTheDateFormsOfDatelinesAndBylines() {
        XCTAssertEqual(first("Baku, 26 February 2021 –"), "2021-02-26 26 February 2021")
        XCTAssertEqual(first("Vol. 5, No. 5 (March 01, 2012)"), "2012-03-01 March 01, 2012")
        XCTAssertEqual(first("On 25 February 2021 at 03:13"), "2021-02-25 25 February 2021")
        XCTAssertEqual(first("Posted Feb. 26, 1992 by staff"), "1992-02-26 Feb. 26, 1992")
        XCTAssertEqual(first("updated 2021-02-26T10:00"), nil)
        XCTAssertEqual(first("updated 2021-02-26 at noon"), "2021-02-26 2021-02-26")
        XCTAssertEqual(first("February 2017 marks the anniversary"), "2017-02 February 2017")
    }

    func testRejectsImpossibleDatesAndNonDates() {
        XCTAssertNil(first("31 February 2021"))
        XCTAssertNil(first("613 people"))
        XCTAssertNil(first("may 2020 be better"))
    }

    func testPartialDatesKeepTheirPrecision() {
        XCTAssertEqual(PartialDate(year: 2021).iso, "2021")
        XCTAssertEqual(PartialDate(year: 2021, month: 2).iso, "2021-02")
        XCTAssertEqual(PartialDate(iso: "2021-02-29"), nil)
        XCTAssertEqual(PartialDate(iso: "2020-02-29")?.iso, "2020-02-29")
        XCTAssertLessThan(PartialDate(year: 1992), PartialDate(year: 1992, month: 2))
    }
}
