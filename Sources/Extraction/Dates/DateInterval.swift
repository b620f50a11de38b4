/// A half-open stretch of days, [start, end).
///
///     // "February 25-26, 1992"
///     DateInterval(start: CalendarDay(year: 1992, month: 2, day: 25),
///                  end: CalendarDay(year: 1992, month: 2, day: 27))
public struct DateInterval: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var start: CalendarDay
    public var end: CalendarDay

    public init(start: CalendarDay, end: CalendarDay) {
        precondition(start <= end, "a date interval ends before it starts")
        self.start = start
        self.end = end
    }

    public static func day(_ year: Int, _ month: Int, _ day: Int) -> DateInterval {
        let start = CalendarDay(year: year, month: month, day: day)
        return DateInterval(start: start, end: start.adding(days: 1))
    }

    public static func month(_ year: Int, _ month: Int) -> DateInterval {
        let start = CalendarDay(year: year, month: month)
        return DateInterval(start: start, end: start.firstOfMonth(adding: 1))
    }

    /// The years `first` through `last`, both included.
    public static func years(_ first: Int, through last: Int) -> DateInterval {
        DateInterval(start: CalendarDay(year: first), end: CalendarDay(year: last + 1))
    }

    /// How many days it spans.
    public var days: Int { end.dayNumber - start.dayNumber }

    public func contains(_ other: DateInterval) -> Bool { start <= other.start && other.end <= end }
    public func overlaps(_ other: DateInterval) -> Bool { start < other.end && other.start < end }

    /// Earlier starts first; of two that start together, the longer first.
    public static func < (lhs: DateInterval, rhs: DateInterval) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end > rhs.end
    }

    public var description: String { "[\(start), \(end))" }
}
