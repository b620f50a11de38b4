import Extraction
import XCTest

final class CalendarDayTests: XCTestCase {
    func testDayNumbersRoundTripAcrossCenturiesAndLeapDays() {
        XCTAssertEqual(CalendarDay(year: 1970).dayNumber, 0)
        XCTAssertEqual(CalendarDay(year: 2000, month: 3, day: 1).adding(days: -1), CalendarDay(year: 2000, month: 2, day: 29))
        XCTAssertEqual(CalendarDay(year: 1900, month: 3, day: 1).adding(days: -1), CalendarDay(year: 1900, month: 2, day: 28))
        for number in stride(from: -800_000, through: 800_000, by: 997) {
            XCTAssertEqual(CalendarDay(dayNumber: number).dayNumber, number)
        }
    }

    func testWeekdaysStartOnMonday() {
        XCTAssertEqual(CalendarDay(year: 2021, month: 2, day: 25).weekday, 4)  // a Thursday
        XCTAssertEqual(CalendarDay(year: 2021, month: 2, day: 22).weekday, 1)
        XCTAssertEqual(CalendarDay(year: 1992, month: 2, day: 26).weekday, 3)
    }

    func testMonthsAddAcrossYears() {
        XCTAssertEqual(CalendarDay(year: 2020, month: 11, day: 21).firstOfMonth(adding: 2), CalendarDay(year: 2021, month: 1))
        XCTAssertEqual(CalendarDay(year: 2021, month: 1).firstOfMonth(adding: -1), CalendarDay(year: 2020, month: 12))
    }

    func testISOFollowsGranularity() {
        let day = CalendarDay(year: 1992, month: 2, day: 25)
        XCTAssertEqual(DateGranularity.allCases.map(day.iso), ["1992", "1992", "1992", "1992-02", "1992-02-25"])
        XCTAssertEqual(MonthDay(month: 2, day: 26).iso, "--02-26")
        let midYear = DateExtractor().mentions(in: "Troops stay until mid-2022.")
        XCTAssertEqual(midYear.map { "\($0.startISO ?? "") \($0.endISO ?? "")" }, ["2022 2023"], "ends round up")
        XCTAssertEqual(CalendarDay(year: 2020, month: 11, day: 21).isoEnd(.month), "2020-12")
        XCTAssertEqual(CalendarDay(year: 2020, month: 12).isoEnd(.month), "2020-12")
        XCTAssertLessThan(DateGranularity.century, DateGranularity.day)
    }
}
