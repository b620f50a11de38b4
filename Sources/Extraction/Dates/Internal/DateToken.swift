/// A word, number or punctuation mark of the text being tagged, as byte offsets.
struct DateToken {
    enum Kind: UInt8 { case word, number, punctuation }

    /// What follows a number's digits directly: "20th", "1990s".
    enum Suffix: UInt8 { case none, ordinal, plural, other }

    var start: Int
    var end: Int
    var kind: Kind
    /// For words: the date word it is, if any.
    var word: DateWord?
    /// For words: starts with a capital letter.
    var isCapitalized = false
    /// For numbers: the value (0 when grouped beyond reason) and how many digits it has.
    var value = 0
    var digits = 0
    /// For numbers: written with thousands separators ("1,275").
    var isGrouped = false
    var suffix = Suffix.none
    /// For punctuation: the ASCII byte, or `dash` for an en or em dash, `quote` for curly quotes.
    var mark: UInt8 = 0
    /// White space (or nothing but the start of the text) comes before this token.
    var spaceBefore = true

    static let dash: UInt8 = 0x80
    static let quote: UInt8 = 0x81

    var isHyphenOrDash: Bool { kind == .punctuation && (mark == UInt8(ascii: "-") || mark == Self.dash) }
    func isMark(_ ascii: Unicode.Scalar) -> Bool { kind == .punctuation && mark == UInt8(ascii: ascii) }
}
