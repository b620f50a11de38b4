/// A calendar date known to the year, the month or the day.
///
/// Publication dates are often stated only in part ("March 2012"); this keeps what is stated and
/// nothing more. Its ISO 8601 form has the same precision:
///
///     PartialDate(year: 2021, month: 2).iso  // "2021-02"
public struct PartialDate: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var year: Int
    public var month: Int?
    public var day: Int?

    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = month == nil ? nil : day
    }

    /// "2021", "2021-02" or "2021-02-26".
    public var iso: String {
        var text = String(format4(year))
        if let month {
            text += "-" + format2(month)
            if let day { text += "-" + format2(day) }
        }
        return text
    }

    public var description: String { iso }

    /// Parses an ISO 8601 prefix: "2021", "2021-02" or "2021-02-26".
    public init?(iso: String) {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, let year = Int(parts[0]) else { return nil }
        var month: Int?
        var day: Int?
        if parts.count >= 2 {
            guard parts[1].count == 2, let value = Int(parts[1]), (1...12).contains(value) else { return nil }
            month = value
        }
        if parts.count == 3 {
            guard parts[2].count == 2, let value = Int(parts[2]),
                  value >= 1, value <= GregorianCalendar.daysIn(month: month!, year: year) else { return nil }
            day = value
        }
        self.init(year: year, month: month, day: day)
    }

    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
        (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = PartialDate(iso: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not an ISO 8601 date: \(text)")
        }
        self = date
    }

    private func format4(_ value: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    private func format2(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}

/// Gregorian calendar facts, without Foundation.
public enum GregorianCalendar {
    public static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The month numbered by an English month name or its common abbreviation ("Feb", "Sept").
    public static func month(named name: some StringProtocol) -> Int? {
        let lower = name.lowercased()
        if let index = monthNames.firstIndex(of: lower) { return index + 1 }
        let trimmed = lower.hasSuffix(".") ? String(lower.dropLast()) : lower
        if trimmed == "sept" { return 9 }
        guard trimmed.count == 3 else { return nil }
        return monthNames.firstIndex { $0.hasPrefix(trimmed) }.map { $0 + 1 }
    }

    public static let monthNames = [
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december",
    ]
}
