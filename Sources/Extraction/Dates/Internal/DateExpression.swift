/// What a matched date expression says, before its year is inferred or its relative date resolved.
enum DateExpression: Equatable {
    /// A part of a period: "early", "mid", "late" (and "the beginning/middle/end of").
    enum Part: Equatable { case early, mid, late }

    /// A day or a run of days in one month; `year` is `nil` when not written.
    case days(year: Int?, month: Int, first: Int, last: Int)
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
        case .days(let year, _, _, _), .month(let year, _, _): return year == nil
        default: return false
        }
    }

    /// The year written in the expression, for inferring the years of others nearby.
    var statedYear: Int? {
        switch self {
        case .days(let year, _, _, _), .month(let year, _, _): return year
        case .year(let year, _): return year
        case .years(let first, _): return first
        default: return nil
        }
    }

    func withYear(_ year: Int) -> DateExpression {
        switch self {
        case .days(_, let month, let first, let last): return .days(year: year, month: month, first: first, last: last)
        case .month(_, let month, let part): return .month(year: year, month: month, part: part)
        default: return self
        }
    }

    /// The period an expression with a known year denotes, and its granularity.
    var period: (DateInterval, DateGranularity)? {
        switch self {
        case .days(let year?, let month, let first, let last):
            let start = CalendarDay(year: year, month: month, day: first)
            return (DateInterval(start: start, end: start.adding(days: last - first + 1)), .day)
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

/// A date stated relative to the time of writing.
struct RelativeDate: Equatable {
    enum Direction: Equatable {
        /// "last week", "the past two centuries": whole units before the current one.
        case previous(Int)
        /// "this year", "today".
        case current
        /// "next month", "the next two years".
        case next(Int)
        /// "two decades ago", "after over 30 years": a point that many units back.
        case ago(Int)
    }

    var direction: Direction
    var unit: RelativeUnit

    /// The period it denotes when written on `publication`, or `nil` when the publication date is
    /// too coarse for the unit.
    func resolve(against publication: PartialDate) -> (DateInterval, DateGranularity)? {
        let year = publication.year
        switch unit {
        case .day, .week:
            guard let month = publication.month, let day = publication.day else { return nil }
            let today = CalendarDay(year: year, month: month, day: day)
            let weekStart = today.adding(days: 1 - today.weekday)
            let length = unit == .week ? 7 : 1
            let base = unit == .week ? weekStart : today
            switch direction {
            case .previous(let count):
                return (DateInterval(start: base.adding(days: -length * count), end: base), .day)
            case .current:
                return (DateInterval(start: base, end: base.adding(days: length)), .day)
            case .next(let count):
                let start = base.adding(days: length)
                return (DateInterval(start: start, end: start.adding(days: length * count)), .day)
            case .ago(let count):
                let day = today.adding(days: -length * count)
                return (DateInterval(start: day, end: day.adding(days: 1)), .day)
            }
        case .month:
            guard let month = publication.month else { return nil }
            let first = CalendarDay(year: year, month: month)
            switch direction {
            case .previous(let count): return (DateInterval(start: first.firstOfMonth(adding: -count), end: first), .month)
            case .current: return (DateInterval(start: first, end: first.firstOfMonth(adding: 1)), .month)
            case .next(let count):
                return (DateInterval(start: first.firstOfMonth(adding: 1), end: first.firstOfMonth(adding: 1 + count)), .month)
            case .ago(let count):
                let start = first.firstOfMonth(adding: -count)
                return (DateInterval(start: start, end: start.firstOfMonth(adding: 1)), .month)
            }
        case .year, .decade, .century:
            let size = unit == .year ? 1 : unit == .decade ? 10 : 100
            let current = year - ((year % size) + size) % size
            switch direction {
            case .previous(let count): return (.years(current - size * count, through: current - 1), unit.granularity)
            case .current: return (.years(current, through: current + size - 1), unit.granularity)
            case .next(let count): return (.years(current + size, through: current + size * (count + 1) - 1), unit.granularity)
            case .ago(let count): return (.years(year - size * count, through: year - size * count), .year)
            }
        }
    }

    /// The granularity it will have once resolved.
    var granularity: DateGranularity {
        if case .ago = direction, unit == .decade || unit == .century { return .year }
        return unit.granularity
    }
}
