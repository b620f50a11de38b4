/// Finds a single written calendar date in a short piece of text, such as a dateline or byline.
///
/// Recognizes "26 February 2021", "February 26, 1992", "Feb. 26, 1992", "March 01, 2012",
/// "2021-02-26" and "February 2021". The full temporal tagger for article bodies builds on the same
/// month table; this one is for metadata lines, where the first date is the one meant.
public enum DatePhrase {
    public struct Match: Hashable, Sendable {
        public var date: PartialDate
        public var span: TextSpan
    }

    /// The first date in `text`, with its span.
    public static func first(in text: String) -> Match? {
        let tokens = tokenize(text)
        for (position, token) in tokens.enumerated() {
            if let match = match(tokens, at: position, token) { return match }
        }
        return nil
    }

    private struct Token {
        var text: Substring
        var span: TextSpan
        var isNumber: Bool { text.allSatisfy(\.isASCIIDigitCharacter) }
    }

    private static func match(_ tokens: [Token], at position: Int, _ token: Token) -> Match? {
        func next(_ offset: Int) -> Token? {
            position + offset < tokens.count ? tokens[position + offset] : nil
        }
        // 2021-02-26
        if token.text.count == 10, let date = PartialDate(iso: String(token.text)), date.day != nil {
            return Match(date: date, span: token.span)
        }
        // 26 February 2021
        if token.isNumber, token.text.count <= 2, let day = Int(token.text),
           let name = next(1), let month = GregorianCalendar.month(named: name.text),
           let yearToken = next(2), let year = year(yearToken), valid(day, month, year)
        {
            return Match(date: PartialDate(year: year, month: month, day: day),
                         span: TextSpan(start: token.span.start, end: yearToken.span.end))
        }
        // February 26, 1992 / Feb. 26, 1992 / February 2021
        if let month = GregorianCalendar.month(named: token.text), token.text.count >= 3 {
            if let dayToken = next(1), dayToken.isNumber, dayToken.text.count <= 2, let day = Int(dayToken.text),
               let yearToken = next(2), let year = year(yearToken), valid(day, month, year)
            {
                return Match(date: PartialDate(year: year, month: month, day: day),
                             span: TextSpan(start: token.span.start, end: yearToken.span.end))
            }
            // "February 2021", but not the tail of an impossible "31 February 2021".
            let afterDay = position > 0 && tokens[position - 1].isNumber && tokens[position - 1].text.count <= 2
            if !afterDay, let first = token.text.first, first.isUppercase, let yearToken = next(1), let year = year(yearToken) {
                return Match(date: PartialDate(year: year, month: month),
                             span: TextSpan(start: token.span.start, end: yearToken.span.end))
            }
        }
        return nil
    }

    private static func year(_ token: Token) -> Int? {
        guard token.isNumber, token.text.count == 4, let year = Int(token.text), (1000...2999).contains(year)
        else { return nil }
        return year
    }

    private static func valid(_ day: Int, _ month: Int, _ year: Int) -> Bool {
        day >= 1 && day <= GregorianCalendar.daysIn(month: month, year: year)
    }

    /// Words, numbers and ISO dates; commas and other punctuation separate tokens. A period stays on
    /// an abbreviated month ("Feb.").
    private static func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var offset = 0
        var current: Substring.Index?
        var currentStart = 0
        func close(at index: String.Index, offset end: Int) {
            if let start = current {
                tokens.append(Token(text: text[start..<index], span: TextSpan(start: currentStart, end: end)))
                current = nil
            }
        }
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let width = character.utf8.count
            let partOfToken = character.isLetter || character.isNumber
                || (character == "-" && current != nil)
                || (character == "." && current != nil)
            if partOfToken {
                if current == nil {
                    current = index
                    currentStart = offset
                }
                if character == "." {
                    let next = text.index(after: index)
                    close(at: next, offset: offset + 1)
                }
            } else {
                close(at: index, offset: offset)
            }
            offset += width
            index = text.index(after: index)
        }
        close(at: text.endIndex, offset: offset)
        return tokens
    }
}

extension Character {
    var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}
