extension Int {
    /// The number with its digits in threes, as people read counts: 100000 as "100,000". No
    /// locale is consulted, so output does not change with the machine's settings.
    public var groupedDigits: String {
        var digits = String(magnitude)
        var index = digits.endIndex
        while digits.distance(from: digits.startIndex, to: index) > 3 {
            index = digits.index(index, offsetBy: -3)
            digits.insert(",", at: index)
        }
        return self < 0 ? "-" + digits : digits
    }
}
