/// One day of the proleptic Gregorian calendar, counted without Foundation.
///
/// Date intervals are made of these, so that a day, a month, a decade or a part of a century
/// all compare and sort the same way:
///
///     CalendarDay(year: 1992, month: 2, day: 26).adding(days: 1).iso  // "1992-02-27"
public struct CalendarDay: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int = 1, day: Int = 1) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The day `number` days after 1970-01-01 (negative before it).
    public init(dayNumber number: Int) {
        // Howard Hinnant's civil_from_days.
        let z = number + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    }

    /// Days since 1970-01-01.
    public var dayNumber: Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    public func adding(days: Int) -> CalendarDay { CalendarDay(dayNumber: dayNumber + days) }

    /// The first day of the month `months` months after this day's month.
    public func firstOfMonth(adding months: Int) -> CalendarDay {
        let index = year * 12 + (month - 1) + months
        let year = index >= 0 ? index / 12 : (index - 11) / 12
        return CalendarDay(year: year, month: index - year * 12 + 1)
    }

    /// 1 for Monday through 7 for Sunday.
    public var weekday: Int {
        let number = dayNumber  // 1970-01-01 was a Thursday
        let remainder = ((number % 7) + 7) % 7
        return (remainder + 3) % 7 + 1
    }

    /// The day as ISO 8601 at `granularity`: "1992-02-26", "1992-02" or "1992" (decades and
    /// centuries are written as their first year).
    public func iso(_ granularity: DateGranularity) -> String {
        switch granularity {
        case .day: return PartialDate(year: year, month: month, day: day).iso
        case .month: return PartialDate(year: year, month: month).iso
        case .year, .decade, .century: return PartialDate(year: year).iso
        }
    }

    /// As the exclusive end of an interval at `granularity`: rounded up to the next boundary of
    /// that unit, so [start, end) written at the granularity still covers the interval ("mid-2022"
    /// ends "2023", not "2022").
    public func isoEnd(_ granularity: DateGranularity) -> String {
        switch granularity {
        case .day: return iso(.day)
        case .month: return (day == 1 ? self : firstOfMonth(adding: 1)).iso(.month)
        case .year, .decade, .century: return CalendarDay(year: month == 1 && day == 1 ? year : year + 1).iso(.year)
        }
    }

    public var description: String { iso(.day) }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}
