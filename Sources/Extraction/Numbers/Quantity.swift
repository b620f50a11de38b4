/// A number as a text states it: its words, its bounds, and whether it is exact.
///
/// "more than 600" has a lower bound of 600 and no upper bound; "hundreds" is a vague range;
/// "1,275" is exact. Bounds are `nil` where the text leaves them open.
///
///     NumberReader.quantities(in: "more than 600 people")[0].low  // 600
public struct Quantity: Hashable, Sendable {
    /// The words of the number as written, qualifier included ("more than six hundred").
    public var text: String
    public var low: Double?
    public var high: Double?
    /// A plain number with no qualifier, range or vagueness ("613", "a total of 1,000").
    public var isExact: Bool
    /// "hundreds", "thousands", "dozens": a range flagged as vague.
    public var isVague: Bool
    /// "20 percent", "20%".
    public var isPercent: Bool
    /// The UTF-8 span of `text` in the text read.
    public var span: TextSpan
    /// The number the text gives, before any qualifier bounds it: 10 for "about 10", 600 for
    /// "more than 600", 500 for "500-1,000" (whose second number is `statedUpper`); nil for a
    /// vague amount ("hundreds").
    public var statedValue: Double?
    /// The second number of a range as written ("1,000" in "500-1,000"), or nil.
    public var statedUpper: Double?
    /// The words that bound the number, lowercased: "about", "more than", "at least", "up to",
    /// "as many as", "between", ...; nil for a plain number.
    public var qualifier: String?

    /// The numbers as the text gives them: one, or two for a range; empty for a vague amount.
    public var stated: [Double] {
        guard let statedValue else { return [] }
        return statedUpper.map { [statedValue, $0] } ?? [statedValue]
    }

    public init(text: String, low: Double?, high: Double?, isExact: Bool, isVague: Bool = false,
                isPercent: Bool = false, span: TextSpan, statedValue: Double? = nil, statedUpper: Double? = nil,
                qualifier: String? = nil)
    {
        self.statedValue = statedValue ?? (isVague ? nil : isExact ? low : nil)
        self.statedUpper = statedUpper
        self.qualifier = qualifier
        self.text = text
        self.low = low
        self.high = high
        self.isExact = isExact
        self.isVague = isVague
        self.isPercent = isPercent
        self.span = span
    }

    /// Whether some single number satisfies both quantities' bounds ("more than 600" and 613 do).
    public func isCompatible(with other: Quantity) -> Bool {
        let lower = Swift.max(low ?? -Double.infinity, other.low ?? -Double.infinity)
        let upper = Swift.min(high ?? Double.infinity, other.high ?? Double.infinity)
        return lower <= upper
    }

    /// The single value of an exact quantity.
    public var exactValue: Double? { isExact ? low : nil }
}
