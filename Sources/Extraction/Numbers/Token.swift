/// A word, number or punctuation mark of a sentence, found on UTF-8 bytes.
struct Token {
    enum Kind { case word, number, punctuation }

    var kind: Kind
    /// Byte offsets in the whole text.
    var start: Int
    var end: Int
    /// Lowercased ASCII for words, the characters themselves for punctuation, digits for numbers.
    var lower: String
    var isCapitalized = false
    /// White space (or the sentence start) comes right before the token.
    var spaceBefore = true
    // Numbers only.
    var value: Double = 0
    var digitCount = 0
    var hasSeparator = false
    var hasDecimal = false
    /// A word in `NumberWords` (a unit, scale or vague plural, or "tens"), found by a cheap key.
    var isNumberWord = false
    /// "62/243", "03:13", "317660.html": digits glued to other characters that make them a label.
    var isLabel = false
    /// Letters follow the digits with no space: "20th", "5pm", "10km".
    var hasLetterSuffix = false

    /// A four-digit number between 1000 and 2999, written without separators.
    var isYearLike: Bool {
        kind == .number && digitCount == 4 && !hasSeparator && !hasDecimal && value >= 1000 && value <= 2999
    }

    func `is`(_ word: String) -> Bool { lower == word }
}
