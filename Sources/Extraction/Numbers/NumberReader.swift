/// Reads the numbers of English news text: digits, words, qualifiers, ranges, vague amounts and
/// percentages, leaving out years, dates, times, ordinals, phone and document numbers.
///
///     NumberReader.quantities(in: "between 200 and 300 people")  // one Quantity, low 200, high 300
public enum NumberReader {
    /// The quantities of `text`, in order, with UTF-8 spans into it.
    public static func quantities(in text: String) -> [Quantity] {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { bytes -> [Quantity] in
            var result: [Quantity] = []
            for sentence in SentenceSplitter.sentences(in: bytes) {
                let tokens = Tokenizer.tokens(bytes, sentence.range)
                result += read(tokens, bytes).map(\.quantity)
            }
            return result
        } ?? []
    }

    /// A quantity with the tokens it covers.
    struct Match {
        var quantity: Quantity
        /// The first token (a qualifier's first word, or the number) and one past the last.
        var first: Int
        var end: Int
        /// The first token of the number itself, after any qualifier.
        var numberStart: Int
    }

    /// The quantities among the tokens of one sentence.
    static func read(_ tokens: [Token], _ bytes: UnsafeBufferPointer<UInt8>) -> [Match] {
        var matches: [Match] = []
        var index = 0
        while index < tokens.count {
            guard startsNumber(tokens, index) else {
                index += 1
                continue
            }
            if let chain = labelChainEnd(tokens, index) {
                index = chain  // "555-123-4567", "1.2.3": a chain of digit groups is a label
                continue
            }
            guard var match = number(tokens, at: index, bytes) else {
                index += 1
                continue
            }
            if !isCount(tokens, match) {
                index = match.end
                continue
            }
            qualify(&match, tokens)
            match.quantity.span = TextSpan(start: tokens[match.first].start, end: tokens[match.end - 1].end)
            match.quantity.text = String(decoding: UnsafeBufferPointer(rebasing: bytes[match.quantity.span.range]),
                                         as: UTF8.self)
            matches.append(match)
            index = match.end
        }
        return matches
    }

    /// The end of three or more digit groups joined by the same glued "-" or ".", or nil.
    private static func labelChainEnd(_ tokens: [Token], _ index: Int) -> Int? {
        guard tokens[index].kind == .number else { return nil }
        var end = index + 1
        var groups = 1
        while end + 1 < tokens.count, tokens[end].lower == "-" || tokens[end].lower == ".",
              tokens[end].lower == tokens[index + 1].lower, !tokens[end].spaceBefore, !tokens[end + 1].spaceBefore,
              tokens[end + 1].kind == .number
        {
            groups += 1
            end += 2
        }
        return groups >= 3 ? end : nil
    }

    private static func startsNumber(_ tokens: [Token], _ index: Int) -> Bool {
        let token = tokens[index]
        if token.kind == .number { return true }
        guard token.kind == .word else { return false }
        if token.isNumberWord, NumberWords.isNumberWord(token.lower) { return true }
        // "a dozen", "a hundred", "a million"
        if token.lower == "a", index + 1 < tokens.count, NumberWords.scales[tokens[index + 1].lower] != nil { return true }
        if token.lower == "tens", index + 2 < tokens.count, tokens[index + 1].lower == "of",
           NumberWords.vagueScales[tokens[index + 2].lower] != nil { return true }
        return false
    }

    /// The number starting at `index`, before qualifiers; nil when the tokens are not one.
    private static func number(_ tokens: [Token], at index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Match? {
        let token = tokens[index]
        func word(_ offset: Int) -> String? {
            let position = index + offset
            return position < tokens.count ? tokens[position].lower : nil
        }
        var quantity = Quantity(text: "", low: nil, high: nil, isExact: true, span: TextSpan(start: 0, end: 0))
        var end = index + 1
        if token.kind == .number {
            var value = token.value
            // "1.5 million", "5 thousand"
            if let next = word(1), let scale = NumberWords.scales[next], next != "dozen", tokens[index + 1].kind == .word {
                value *= scale
                end += 1
            }
            quantity.low = value
            quantity.high = value
            quantity.statedValue = value
        } else if let range = NumberWords.vague[token.lower] {
            // "hundreds", "tens of thousands", "hundreds of thousands"
            quantity.low = range.low
            quantity.high = range.high
            quantity.isExact = false
            quantity.isVague = true
            // "hundreds of thousands": a hundred to a thousand thousands.
            if word(1) == "of", let next = word(2), let scale = NumberWords.vagueScales[next],
               let own = NumberWords.vagueScales[token.lower], scale > own
            {
                quantity.low = own * scale
                quantity.high = own * 10 * scale - 1
                end = index + 3
            }
        } else if token.lower == "tens", word(1) == "of", let next = word(2), let scale = NumberWords.vagueScales[next] {
            quantity.low = 10 * scale
            quantity.high = 100 * scale - 1
            quantity.isExact = false
            quantity.isVague = true
            end = index + 3
        } else {
            guard let (value, stop) = wordNumber(tokens, from: index) else { return nil }
            quantity.low = value
            quantity.high = value
            quantity.statedValue = value
            end = stop
        }
        var match = Match(quantity: quantity, first: index, end: end, numberStart: index)
        // Ranges: "500-1,000", "500 to 1,000"; "between 200 and 300" is read when qualifying.
        if end + 1 < tokens.count, tokens[end].lower == "-" || tokens[end].lower == "to", !quantity.isVague,
           let upper = plainNumber(tokens, at: end + 1), upper.value > (quantity.low ?? 0)
        {
            match.quantity.high = upper.value
            match.quantity.statedUpper = upper.value
            match.quantity.isExact = false
            match.end = upper.end
        }
        return match
    }

    /// A number in digits or words at `index`, without ranges or qualifiers.
    private static func plainNumber(_ tokens: [Token], at index: Int) -> (value: Double, end: Int)? {
        guard index < tokens.count else { return nil }
        let token = tokens[index]
        if token.kind == .number {
            guard !token.isLabel, !token.hasLetterSuffix else { return nil }
            if index + 1 < tokens.count, let scale = NumberWords.scales[tokens[index + 1].lower] {
                return (token.value * scale, index + 2)
            }
            return (token.value, index + 1)
        }
        return wordNumber(tokens, from: index)
    }

    /// "six hundred", "seven thousand", "one million", "a dozen", "twenty-five", "two hundred and fifty".
    private static func wordNumber(_ tokens: [Token], from start: Int) -> (Double, Int)? {
        var total: Double = 0
        var current: Double = 0
        var index = start
        var sawNumber = false
        if tokens[index].lower == "a" {
            current = 1
            index += 1
        }
        while index < tokens.count {
            let word = tokens[index].lower
            guard tokens[index].kind == .word || word == "-" else { break }
            if let unit = NumberWords.units[word] {
                current += unit
                sawNumber = true
                index += 1
            } else if let scale = NumberWords.scales[word] {
                if scale == 100 || scale == 12 {
                    current = Swift.max(current, 1) * scale
                } else {
                    total += Swift.max(current, 1) * scale
                    current = 0
                }
                sawNumber = true
                index += 1
            } else if word == "-", sawNumber, index + 1 < tokens.count, !tokens[index].spaceBefore,
                      !tokens[index + 1].spaceBefore, NumberWords.units[tokens[index + 1].lower] != nil
            {
                index += 1  // "twenty-five"
            } else if word == "and", sawNumber, index + 1 < tokens.count, current >= 100,
                      NumberWords.units[tokens[index + 1].lower] != nil
            {
                index += 1  // "two hundred and fifty"
            } else {
                break
            }
        }
        guard sawNumber else { return nil }
        return (total + current, index)
    }

    /// Whether the number counts something, rather than naming a year, date, time, label or rank.
    private static func isCount(_ tokens: [Token], _ match: Match) -> Bool {
        let token = tokens[match.numberStart]
        let before = match.numberStart > 0 ? tokens[match.numberStart - 1] : nil
        let after = match.end < tokens.count ? tokens[match.end] : nil
        // A run of digits too long for a Double counts nothing a reader could check.
        guard match.quantity.low?.isFinite ?? true, match.quantity.high?.isFinite ?? true else { return false }
        if token.kind == .number {
            if token.isLabel || token.hasLetterSuffix { return false }  // "62/243", "20th", "5pm"
            if !token.hasSeparator, !token.hasDecimal, token.digitCount >= 7 { return false }  // phone-like
            if let before, before.lower == "+" || before.lower == "#" || before.lower == "$" || before.lower == "£"
                || before.lower == "€" || before.lower == "[" { return false }
            if let after, after.lower == "]" || (after.lower == ")" && before?.lower == "(") { return false }
            // Phone numbers and table rows: numbers that follow one another with nothing between.
            if let after, after.kind == .number, !(match.end - match.numberStart > 1) { return false }
            if let before, before.kind == .number { return false }
            if let after, after.lower == "-" || after.lower == ".", match.end + 1 < tokens.count,
               tokens[match.end + 1].kind == .number, !after.spaceBefore, match.end + 2 < tokens.count,
               tokens[match.end + 2].lower == after.lower { return false }  // 555-123-4567
            if token.isYearLike, match.end == match.numberStart + 1 {
                if let before, NumberWords.yearWords.contains(before.lower) || NumberWords.months.contains(before.lower) { return false }
                if after == nil { return false }
                // "February 26, 1992": a comma after a day or a month.
                if before?.lower == ",", match.numberStart >= 2, tokens[match.numberStart - 2].kind == .number
                    || NumberWords.months.contains(tokens[match.numberStart - 2].lower) { return false }
                if let after, after.kind != .word || after.isCapitalized || NumberWords.months.contains(after.lower) { return false }
            }
            if token.isYearLike, match.quantity.high != match.quantity.low, let high = match.quantity.high,
               high >= 1000, high <= 2999 { return false }  // "2008-2018"
        }
        // "44-day war", "a six-state platform", "a 100-strong crowd": part of a compound adjective.
        if let after, after.lower == "-", !after.spaceBefore, match.end + 1 < tokens.count,
           tokens[match.end + 1].kind == .word, !tokens[match.end + 1].spaceBefore { return false }
        // Dates: "26 February", "February 26", "February 25-26".
        if let after, NumberWords.months.contains(after.lower), after.isCapitalized || after.lower.count > 3 { return false }
        if let before, NumberWords.months.contains(before.lower), before.isCapitalized { return false }
        if let before, before.lower == ".", match.numberStart >= 2,
           NumberWords.labelWords.contains(tokens[match.numberStart - 2].lower) { return false }  // "No. 5"
        if let before, NumberWords.labelWords.contains(before.lower) { return false }
        // "Council 822", "Boeing 737": a capitalized name right before digits labels them.
        // A headline's verb is capitalized too: "Storm Kills 14", "Toll Rises to 340".
        if token.kind == .number, let before, before.kind == .word, before.isCapitalized, match.numberStart >= 1,
           match.numberStart - 1 > 0, !isQualifierWord(before.lower), FigureLexicon.measureWords[before.lower] == nil,
           FigureLexicon.measureBefore[before.lower] == nil { return false }
        // Times: "at 5 pm", "5 o'clock".
        if let after, NumberWords.timeWords.contains(after.lower) { return false }
        if let after, after.lower == "a" || after.lower == "p", match.end + 1 < tokens.count,
           tokens[match.end + 1].lower == "." { return false }
        // Words: "one of the", "one day": a lone "one" is too common to count without a noun.
        if token.kind == .word, token.lower == "one", match.end == match.numberStart + 1,
           let after, after.lower == "of" || after.kind != .word { return false }
        return true
    }

    private static func isQualifierWord(_ word: String) -> Bool {
        NumberWords.qualifiers.contains { $0.0.last == word } || word == "between" || word == "from"
    }

    /// Extends the match over a qualifier before it ("more than", "between ... and") and a percent sign after.
    private static func qualify(_ match: inout Match, _ tokens: [Token]) {
        // Percentages: "20%", "20 percent", "20 per cent".
        if match.end < tokens.count {
            let after = tokens[match.end]
            if after.lower == "%" {
                match.quantity.isPercent = true
                match.end += 1
            } else if after.lower == "percent" {
                match.quantity.isPercent = true
                match.end += 1
            } else if after.lower == "per", match.end + 1 < tokens.count, tokens[match.end + 1].lower == "cent" {
                match.quantity.isPercent = true
                match.end += 2
            }
        }
        let start = match.first
        // "from 10 to 20": the range is already read; the preposition joins its words.
        if start > 0, tokens[start - 1].lower == "between" || tokens[start - 1].lower == "from", !match.quantity.isExact,
           !match.quantity.isVague, match.quantity.low != nil, match.quantity.high != nil
        {
            match.first = start - 1
            match.quantity.qualifier = tokens[start - 1].lower
            return
        }
        // "between 200 and 300", "from 200 to 300"
        if start > 0, tokens[start - 1].lower == "between" || tokens[start - 1].lower == "from", match.end + 1 < tokens.count,
           tokens[match.end].lower == "and" || tokens[match.end].lower == "to",
           let upper = plainNumber(tokens, at: match.end + 1), upper.value > (match.quantity.low ?? 0)
        {
            match.quantity.high = upper.value
            match.quantity.statedUpper = upper.value
            match.quantity.isExact = false
            match.quantity.qualifier = tokens[start - 1].lower
            match.first = start - 1
            match.end = upper.end
            if match.end < tokens.count, tokens[match.end].lower == "%" || tokens[match.end].lower == "percent" {
                match.quantity.isPercent = true
                match.end += 1
            }
            return
        }
        // A range takes a qualifier too: "as many as 500-1,000" is at most 1,000.
        let isRange = match.quantity.statedUpper != nil
        guard let value = match.quantity.low, match.quantity.isExact || isRange, !match.quantity.isVague else { return }
        for (words, bound) in NumberWords.qualifiers where words.count <= start {
            var matched = true
            for (offset, word) in words.enumerated() where tokens[start - words.count + offset].lower != word {
                matched = false
                break
            }
            guard matched else { continue }
            match.first = start - words.count
            if bound != .total { match.quantity.qualifier = words.joined(separator: " ") }
            switch bound {
            case .atLeast: match.quantity.high = nil
            case .atMost: match.quantity.low = nil
            case .nearly where !isRange: match.quantity.low = value * 9 / 10
            case .about where !isRange:
                match.quantity.low = value * 9 / 10
                match.quantity.high = value * 11 / 10
            case .nearly, .about: break
            case .total:
                match.first = start  // "a total of" leaves the number exact and outside the value
                return
            }
            match.quantity.isExact = false
            return
        }
    }
}
