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
        /// "on Monday" (shift 0: the latest one on or before the time of writing, or the first
        /// after it when the sentence speaks of the future), "last Monday" (-1), "next Monday" (1).
        case weekday(Int, shift: Int)
    }

    var direction: Direction
    var unit: RelativeUnit

    /// The period it denotes when written on `publication`, or `nil` when the publication date is
    /// too coarse for the unit.
    func resolve(against publication: PartialDate, future: Bool = false) -> (DateInterval, DateGranularity)? {
        let year = publication.year
        if case .weekday(let weekday, let shift) = direction {
            guard let month = publication.month, let day = publication.day else { return nil }
            let today = CalendarDay(year: year, month: month, day: day)
            let back = (today.weekday - weekday + 7) % 7
            let date: CalendarDay
            if shift > 0 || (shift == 0 && future) {
                date = today.adding(days: (weekday - today.weekday + 7) % 7 == 0 ? 7 : (weekday - today.weekday + 7) % 7)
            } else {
                date = today.adding(days: -(shift < 0 && back == 0 ? 7 : back))
            }
            return (DateInterval(start: date, end: date.adding(days: 1)), .day)
        }
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
            case .weekday:
                return nil
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
            case .weekday:
                return nil
            }
        case .year, .decade, .century:
            let size = unit == .year ? 1 : unit == .decade ? 10 : 100
            let current = year - ((year % size) + size) % size
            switch direction {
            case .previous(let count): return (.years(current - size * count, through: current - 1), unit.granularity)
            case .current: return (.years(current, through: current + size - 1), unit.granularity)
            case .next(let count): return (.years(current + size, through: current + size * (count + 1) - 1), unit.granularity)
            case .ago(let count): return (.years(year - size * count, through: year - size * count), .year)
            case .weekday: return nil
            }
        }
    }

    /// The granularity it will have once resolved.
    var granularity: DateGranularity {
        if case .ago = direction, unit == .decade || unit == .century { return .year }
        return unit.granularity
    }
}
