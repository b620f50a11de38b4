/// One date expression found in a text: where it is, what period it denotes, and how sure that is.
///
/// A mention denotes one of three things (`value`): a period of days, a day that recurs every year,
/// or nothing yet (a relative date with no publication date to resolve it against).
///
///     "On the night of February 25-26, 1992, ..."
///     // span of "February 25-26, 1992", .interval([1992-02-25, 1992-02-27)), granularity .day
public struct DateMention: Hashable, Sendable, CustomStringConvertible {
    /// What the expression denotes.
    public enum Value: Hashable, Sendable {
        case interval(DateInterval)
        case annual(MonthDay)
        /// A relative date ("last week") in a text whose publication date is not known.
        case unresolved
    }

    /// The part the date plays in the text.
    public enum Role: String, Hashable, Sendable {
        /// A date something happened, or will, or lasted through.
        case event
        /// A line that is only a date with a place or a few words ("Baku, 26 February 2021 –"):
        /// the article's own date.
        case dateline
        /// A date in a reference, not of an event: when a page was accessed ("(accessed 28
        /// February 2012)"), the year beside a document number in a table ("Security Council 822
        /// 1993"), a date in a numbered note with a link.
        case citation
    }

    /// The expression's UTF-8 byte span in the text it was found in.
    public var span: TextSpan
    /// The sentence that contains it (a dateline's whole line), which says what happened then.
    public var sentence: TextSpan
    public var value: Value
    public var granularity: DateGranularity
    public var role: Role
    /// The year (or the whole date, for a relative expression) was not written but taken from the
    /// context or the publication date.
    public var isInferred: Bool
    /// Stated relative to the time of writing ("two decades ago", "last week").
    public var isRelative: Bool

    public init(span: TextSpan, sentence: TextSpan, value: Value, granularity: DateGranularity,
                role: Role = .event, isInferred: Bool = false, isRelative: Bool = false)
    {
        self.span = span
        self.sentence = sentence
        self.value = value
        self.granularity = granularity
        self.role = role
        self.isInferred = isInferred
        self.isRelative = isRelative
    }

    public var interval: DateInterval? {
        if case .interval(let interval) = value { return interval }
        return nil
    }

    public var isRecurring: Bool {
        if case .annual = value { return true }
        return false
    }

    /// The start as ISO 8601 at the mention's granularity ("1992-02-25", "2000-12", "1990",
    /// "--02-26" for a recurring day), or `nil` when unresolved.
    public var startISO: String? {
        switch value {
        case .interval(let interval): return interval.start.iso(granularity)
        case .annual(let day): return day.iso
        case .unresolved: return nil
        }
    }

    /// The exclusive end, written like `startISO`.
    public var endISO: String? {
        switch value {
        case .interval(let interval): return interval.end.isoEnd(granularity)
        case .annual(let day):
            let next = CalendarDay(year: 2000, month: day.month, day: day.day).adding(days: 1)
            return MonthDay(month: next.month, day: next.day).iso
        case .unresolved: return nil
        }
    }

    /// "1992-02-25..1992-02-27 day @120-140", with "inferred", "relative", "dateline" as they apply.
    public var description: String {
        var text = "\(startISO ?? "unresolved")..\(endISO ?? "") \(granularity.rawValue) \(span)"
        if isInferred { text += " inferred" }
        if isRelative { text += " relative" }
        if role == .dateline { text += " dateline" }
        if role == .citation { text += " citation" }
        return text
    }
}
