/// What a matched date expression says, before its year is inferred or its relative date resolved.
enum DateExpression: Equatable {
    /// A part of a period: "early", "mid", "late" (and "the beginning/middle/end of").
    enum Part: Equatable { case early, mid, late }

    /// A day or a run of days in one month; `year` is `nil` when not written.
    case days(year: Int?, month: Int, first: Int, last: Int)
    /// A run of days across months in one year: "February 26-March 1, 1992".
    case dayRange(year: Int?, first: MonthDay, last: MonthDay)
    case month(year: Int?, month: Int, part: Part?)
    case year(Int, part: Part?)
    /// The years `first` through `last`, both included.
    case years(Int, Int)
    /// The decade starting in the given year (1990 for "the 1990s").
    case decade(Int, part: Part?)
    /// Ordinal centuries, `first` through `last` ("the 20th century": 20, 20).
    case centuries(Int, Int, part: Part?)
    case relative(RelativeDate)

    /// Whether the year has to come from the context.
    var needsYear: Bool {
        switch self {
        case .days(let year, _, _, _), .month(let year, _, _), .dayRange(let year, _, _): return year == nil
        default: return false
        }
    }

    /// The year written in the expression, for inferring the years of others nearby.
    var statedYear: Int? {
        switch self {
        case .days(let year, _, _, _), .month(let year, _, _), .dayRange(let year, _, _): return year
        case .year(let year, _): return year
        case .years(let first, _): return first
        default: return nil
        }
    }

    func withYear(_ year: Int) -> DateExpression {
        switch self {
        case .days(_, let month, let first, let last): return .days(year: year, month: month, first: first, last: last)
        case .month(_, let month, let part): return .month(year: year, month: month, part: part)
        case .dayRange(_, let first, let last): return .dayRange(year: year, first: first, last: last)
        default: return self
        }
    }

    /// The period an expression with a known year denotes, and its granularity.
    var period: (DateInterval, DateGranularity)? {
        switch self {
        case .days(let year?, let month, let first, let last):
            let start = CalendarDay(year: year, month: month, day: first)
            return (DateInterval(start: start, end: start.adding(days: last - first + 1)), .day)
        case .dayRange(let year?, let first, let last):
            let start = CalendarDay(year: year, month: first.month, day: first.day)
            let end = CalendarDay(year: year, month: last.month, day: last.day).adding(days: 1)
            return start < end ? (DateInterval(start: start, end: end), .day) : nil
        case .month(let year?, let month, let part):
            return (Self.narrow(.month(year, month), part, .month), .month)
        case .year(let year, let part):
            return (Self.narrow(.years(year, through: year), part, .year), .year)
        case .years(let first, let last):
            return (.years(first, through: last), .year)
        case .decade(let first, let part):
            return (Self.narrow(.years(first, through: first + 9), part, .decade), .decade)
        case .centuries(let first, let last, let part):
            // Centuries as people use them: the 20th century is 1900 through 1999.
            return (Self.narrow(.years((first - 1) * 100, through: last * 100 - 1), part, .century), .century)
        default:
            return nil
        }
    }

    /// The early, middle or late part of a period: ten-day runs of a month, four-month runs of a
    /// year, three, four and three tenths of a decade or century.
    static func narrow(_ interval: DateInterval, _ part: Part?, _ granularity: DateGranularity) -> DateInterval {
        guard let part else { return interval }
        let start = interval.start
        switch granularity {
        case .month:
            let days = [CalendarDay(year: start.year, month: start.month, day: 1),
                        CalendarDay(year: start.year, month: start.month, day: 11),
                        CalendarDay(year: start.year, month: start.month, day: 21), interval.end]
            return part == .early ? DateInterval(start: days[0], end: days[1])
                : part == .mid ? DateInterval(start: days[1], end: days[2]) : DateInterval(start: days[2], end: days[3])
        case .year:
            let months = [start, start.firstOfMonth(adding: 4), start.firstOfMonth(adding: 8), interval.end]
            return part == .early ? DateInterval(start: months[0], end: months[1])
                : part == .mid ? DateInterval(start: months[1], end: months[2]) : DateInterval(start: months[2], end: months[3])
        case .decade, .century:
            // The first three tenths, the middle four, the last three: 1990-1992, 1993-1996, 1997-1999.
            let years = interval.end.year - start.year
            let early = start.year + years * 3 / 10, late = start.year + years * 7 / 10
            switch part {
            case .early: return DateInterval(start: start, end: CalendarDay(year: early))
            case .mid: return DateInterval(start: CalendarDay(year: early), end: CalendarDay(year: late))
            case .late: return DateInterval(start: CalendarDay(year: late), end: interval.end)
            }
        case .day:
            return interval
        }
    }
}
