/// A month and day that recur every year ("every year on February 26").
public struct MonthDay: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var month: Int
    public var day: Int

    public init(month: Int, day: Int) {
        self.month = month
        self.day = day
    }

    /// ISO 8601's form for a month and day without a year: "--02-26".
    public var iso: String { "--" + String(PartialDate(year: 2000, month: month, day: day).iso.dropFirst(5)) }

    public var description: String { iso }

    public static func < (lhs: MonthDay, rhs: MonthDay) -> Bool { (lhs.month, lhs.day) < (rhs.month, rhs.day) }
}
