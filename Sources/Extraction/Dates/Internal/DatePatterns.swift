/// The date patterns of English news, matched over tokens from left to right, longest first.
struct DatePatterns {
    let tokens: [DateToken]

    func matches() -> [MatchedDate] {
        var result: [MatchedDate] = []
        var index = 0
        while index < tokens.count {
            if var found = match(at: index) {
                if case .days(nil, _, _, _) = found.expression { found.isAnnual = isAnnual(found) }
                result.append(found)
                index = found.last + 1
            } else {
                index += 1
            }
        }
        return result
    }

    private func match(at index: Int) -> MatchedDate? {
        let token = tokens[index]
        switch token.kind {
        case .word:
            if let found = partOfPeriod(at: index) { return found }
            if token.word?.month != nil, let found = monthFirst(at: index) { return found }
            if token.word?.weekday != nil, let found = weekday(at: index) { return found }
            if token.word?.ordinal != nil || token.word == .twenty, let found = century(at: index) { return found }
            return relative(at: index)
        case .number:
            return isoDate(at: index) ?? numericDate(at: index) ?? yearRange(at: index) ?? dayFirst(at: index)
                ?? decade(at: index) ?? century(at: index) ?? ago(at: index) ?? bareYear(at: index)
        case .punctuation:
            return nil
        }
    }

    // MARK: Token tests

    private func token(_ index: Int) -> DateToken? { index >= 0 && index < tokens.count ? tokens[index] : nil }

    private func word(_ index: Int) -> DateWord? {
        guard let token = token(index), token.kind == .word else { return nil }
        return token.word
    }

    private func isAdjacent(_ index: Int) -> Bool { token(index).map { !$0.spaceBefore } ?? false }

    /// A day of the month: one or two digits, maybe with an ordinal suffix ("26", "01", "26th").
    private func dayValue(_ index: Int) -> Int? {
        guard let token = token(index), token.kind == .number, token.digits <= 2, !token.isGrouped,
              token.suffix == .none || token.suffix == .ordinal, (1...31).contains(token.value) else { return nil }
        return token.value
    }

    /// A year written with four digits, 1000 through 2099.
    private func yearValue(_ index: Int) -> Int? {
        guard let token = token(index), token.kind == .number, token.digits == 4, !token.isGrouped,
              token.suffix == .none, (1000...2099).contains(token.value) else { return nil }
        return token.value
    }

    /// A month name, capitalized, with the index of its last token ("Feb." ends at the period).
    private func month(_ index: Int) -> (month: Int, abbreviated: Bool, last: Int)? {
        guard let token = token(index), token.isCapitalized, let word = token.word, let month = word.month
        else { return nil }
        let abbreviated = word.isAbbreviatedMonth
        if abbreviated, let dot = self.token(index + 1), dot.isMark("."), !dot.spaceBefore {
            return (month, true, index + 1)
        }
        return (month, abbreviated, index)
    }

    /// "-", "–", "and", "to" or "through" between the two ends of a range; returns the index after it.
    private func rangeJoiner(_ index: Int) -> Int? {
        guard let token = token(index) else { return nil }
        if token.isHyphenOrDash { return index + 1 }
        if let word = token.word, word == .and || word == .to || word == .through || word == .until { return index + 1 }
        return nil
    }

    private func valid(day: Int, month: Int, year: Int?) -> Bool {
        day <= GregorianCalendar.daysIn(month: month, year: year ?? 2000)
    }

    /// A number that is the label of something ("No. 5", "Vol. 1993") rather than a quantity or date.
    private func isLabelled(_ index: Int) -> Bool {
        if let word = word(index - 1), word.isNumberLabel { return true }
        if let dot = token(index - 1), dot.isMark("."), let word = word(index - 2), word.isNumberLabel { return true }
        if let mark = token(index - 1), mark.isMark("#") || mark.isMark("$") { return true }
        return false
    }

    // MARK: Patterns

    /// "2021-02-26".
    private func isoDate(at index: Int) -> MatchedDate? {
        guard let year = token(index), year.digits == 4, year.suffix == .none, !year.isGrouped,
              let first = token(index + 1), first.isMark("-"), isAdjacent(index + 1),
              let month = token(index + 2), month.kind == .number, month.digits == 2, isAdjacent(index + 2),
              let second = token(index + 3), second.isMark("-"), isAdjacent(index + 3),
              let day = token(index + 4), day.kind == .number, day.digits == 2, day.suffix == .none, isAdjacent(index + 4),
              (1...12).contains(month.value), day.value >= 1, valid(day: day.value, month: month.value, year: year.value)
        else { return nil }
        return MatchedDate(first: index, last: index + 4,
                           expression: .days(year: year.value, month: month.value, first: day.value, last: day.value))
    }

    /// "26.02.1992" (day first) and "26/02/1992" when the day is the part above twelve.
    private func numericDate(at index: Int) -> MatchedDate? {
        guard let a = dayValue(index), let separator = token(index + 1), isAdjacent(index + 1),
              separator.isMark(".") || separator.isMark("/"),
              let b = dayValue(index + 2), isAdjacent(index + 2),
              let again = token(index + 3), again.mark == separator.mark, again.kind == .punctuation, isAdjacent(index + 3),
              let year = yearValue(index + 4), isAdjacent(index + 4)
        else { return nil }
        var day = a, month = b
        if separator.isMark("/") {
            if a <= 12 && b <= 12 { return nil }  // 02/03/1992: which is the month is not knowable
            if a <= 12 { (day, month) = (b, a) }
        }
        guard (1...12).contains(month), valid(day: day, month: month, year: year) else { return nil }
        return MatchedDate(first: index, last: index + 4, expression: .days(year: year, month: month, first: day, last: day))
    }

    /// "2008-2018", "1992–93", "from 1991 to 1994", "between 1991 and 1994".
    private func yearRange(at index: Int) -> MatchedDate? {
        guard let first = yearValue(index), !isLabelled(index), let joiner = token(index + 1) else { return nil }
        let opener = word(index - 1)
        let joined: Bool
        if joiner.isHyphenOrDash {
            joined = true
        } else if joiner.word == .to || joiner.word == .until || joiner.word == .through {
            joined = opener == .from
        } else if joiner.word == .and {
            joined = opener == .between
        } else {
            joined = false
        }
        guard joined, let end = token(index + 2), end.kind == .number, end.suffix == .none, !end.isGrouped else { return nil }
        var last: Int
        if end.digits == 4 {
            last = end.value
        } else if end.digits == 2, joiner.isHyphenOrDash, isAdjacent(index + 2) {
            last = first / 100 * 100 + end.value
        } else {
            return nil
        }
        guard last > first, last - first <= 200, last <= 2099 else { return nil }
        if let after = token(index + 3), after.isHyphenOrDash || after.isMark("/") { return nil }  // "1992-1994-1996"
        return MatchedDate(first: index, last: index + 2, expression: .years(first, last))
    }

    /// "26 February 2021", "25-26 February 1992", "26th of February", "26 Feb. 1992".
    private func dayFirst(at index: Int) -> MatchedDate? {
        guard let first = dayValue(index), !isLabelled(index) else { return nil }
        var position = index + 1
        var last = first
        if let after = rangeJoiner(position), let end = dayValue(after), end > first {
            last = end
            position = after + 1
        }
        if word(position) == .of { position += 1 }
        guard let (month, _, monthEnd) = month(position) else { return nil }
        position = monthEnd + 1
        // "26 February-1 March 1992"
        if last == first, let after = rangeJoiner(position), let endDay = dayValue(after),
           let (endMonth, _, endMonthEnd) = self.month(after + 1), endMonth > month
        {
            return crossMonth(index, MonthDay(month: month, day: first), MonthDay(month: endMonth, day: endDay), endMonthEnd)
        }
        var year: Int?
        var end = monthEnd
        if let value = yearValue(position) {
            year = value
            end = position
        } else if let comma = token(position), comma.isMark(","), let value = yearValue(position + 1) {
            year = value
            end = position + 1
        }
        guard valid(day: last, month: month, year: year) else { return nil }
        return MatchedDate(first: index, last: end, expression: .days(year: year, month: month, first: first, last: last))
    }

    /// "February 26, 1992", "Feb. 26, 1992", "February 25-26, 1992", "February 26", "December 2000",
    /// and a bare month name ("in April", "the April battles").
    private func monthFirst(at index: Int) -> MatchedDate? {
        guard let (month, abbreviated, monthEnd) = month(index) else { return nil }
        var position = monthEnd + 1
        if let first = dayValue(position), !(token(position + 1)?.isMark(":") ?? false) {
            var last = first
            var end = position
            // "February 26-March 1, 1992"
            if let after = rangeJoiner(position + 1), let (endMonth, _, endMonthEnd) = self.month(after),
               endMonth > month, let endDay = dayValue(endMonthEnd + 1)
            {
                return crossMonth(index, MonthDay(month: month, day: first), MonthDay(month: endMonth, day: endDay),
                                  endMonthEnd + 1)
            }
            if let after = rangeJoiner(position + 1), let value = dayValue(after), value > first {
                last = value
                end = after
            }
            var year: Int?
            if let value = yearValue(end + 1) {
                year = value
                end += 1
            } else if let comma = token(end + 1), comma.isMark(","), let value = yearValue(end + 2) {
                year = value
                end += 2
            }
            guard valid(day: last, month: month, year: year) else { return nil }
            // A count after a bare "May 5" is not a date: "March 5 people" is unusual English.
            if year == nil, let next = word(end + 1), next.isCountNoun { return nil }
            return MatchedDate(first: index, last: end, expression: .days(year: year, month: month, first: first, last: last))
        }
        if word(position) == .of, yearValue(position + 1) != nil { position += 1 }
        // Not the tail of an impossible "31 February 2021".
        if dayValue(index - 1) != nil || (word(index - 1) == .of && dayValue(index - 2) != nil) { return nil }
        if let year = yearValue(position) {
            return MatchedDate(first: index, last: position, expression: .month(year: year, month: month, part: nil))
        }
        guard !abbreviated, isBareMonth(index, month: month) else { return nil }
        return MatchedDate(first: index, last: monthEnd, expression: .month(year: nil, month: month, part: nil))
    }

    /// Whether a month name standing alone names the month: not "May" the verb or the surname, not
    /// the first name in "April Smith".
    private func isBareMonth(_ index: Int, month: Int) -> Bool {
        let before = word(index - 1)
        let temporal = before.map { $0.isTemporalPreposition || $0 == .last || $0 == .next || $0 == .this
            || $0 == .early || $0 == .mid || $0 == .late || $0 == .every || $0 == .each } ?? false
        if month == 5 { return temporal }
        if let next = token(index + 1), next.kind == .word, next.isCapitalized, next.word?.month == nil, !temporal {
            return false
        }
        return true
    }

    /// A run of days from one month into a later one, with the year if one follows.
    private func crossMonth(_ index: Int, _ first: MonthDay, _ last: MonthDay, _ lastIndex: Int) -> MatchedDate? {
        var year: Int?
        var end = lastIndex
        if let value = yearValue(end + 1) {
            year = value
            end += 1
        } else if let comma = token(end + 1), comma.isMark(","), let value = yearValue(end + 2) {
            year = value
            end += 2
        }
        guard valid(day: first.day, month: first.month, year: year), valid(day: last.day, month: last.month, year: year)
        else { return nil }
        return MatchedDate(first: index, last: end, expression: .dayRange(year: year, first: first, last: last))
    }

    /// "Monday, February 26, 1992" (the weekday joins the date after it), or "on Monday" alone.
    private func weekday(at index: Int) -> MatchedDate? {
        guard let token = token(index), token.isCapitalized, let weekday = token.word?.weekday else { return nil }
        var next = index + 1
        if let comma = self.token(next), comma.isMark(",") { next += 1 }
        if next < tokens.count, var date = match(at: next) {
            switch date.expression {
            case .days, .dayRange:
                date.first = index
                return date
            default:
                break
            }
        }
        // Alone, only after a preposition of time: not "Bloody Sunday" or "Good Friday".
        guard let before = word(index - 1), before.isTemporalPreposition || before == .on, before != .of else { return nil }
        return MatchedDate(first: index, last: index,
                           expression: .relative(.init(direction: .weekday(weekday, shift: 0), unit: .day)))
    }

    /// "the 1990s", "1990's", "the '90s", "the 90s".
    private func decade(at index: Int) -> MatchedDate? {
        guard let token = token(index), token.kind == .number, token.suffix == .plural, !token.isGrouped,
              token.value % 10 == 0 else { return nil }
        if token.digits == 4, (1000...2090).contains(token.value) {
            return MatchedDate(first: index, last: index, expression: .decade(token.value, part: nil))
        }
        guard token.digits == 2 else { return nil }
        // Two digits: the 1930s through 1990s, or the 2000s through 2020s.
        let year = token.value >= 30 ? 1900 + token.value : 2000 + token.value
        if let apostrophe = self.token(index - 1), apostrophe.kind == .punctuation, !token.spaceBefore,
           apostrophe.isMark("'") || apostrophe.mark == DateToken.quote
        {
            return MatchedDate(first: index - 1, last: index, expression: .decade(year, part: nil))
        }
        guard word(index - 1) == .the || word(index - 1) == .early || word(index - 1) == .mid || word(index - 1) == .late
        else { return nil }
        return MatchedDate(first: index, last: index, expression: .decade(year, part: nil))
    }

    /// "the 20th century", "twentieth-century", "the twenty-first century", "the 19th and 20th centuries".
    private func century(at index: Int) -> MatchedDate? {
        guard let (first, afterFirst) = centuryOrdinal(index) else { return nil }
        var position = afterFirst
        var last = first
        if let after = rangeJoiner(position), let (value, afterSecond) = centuryOrdinal(after), value > first {
            last = value
            position = afterSecond
        }
        if let hyphen = token(position), hyphen.isHyphenOrDash { position += 1 }
        guard let unit = word(position), unit == .century || unit == .centuries else { return nil }
        return MatchedDate(first: index, last: position, expression: .centuries(first, last, part: nil))
    }

    /// An ordinal from 1 to 21 ("20th", "twentieth", "twenty-first") and the index after it.
    private func centuryOrdinal(_ index: Int) -> (Int, Int)? {
        guard let token = token(index) else { return nil }
        if token.kind == .number, token.suffix == .ordinal, token.digits <= 2, (1...21).contains(token.value) {
            return (token.value, index + 1)
        }
        if let value = token.word?.ordinal { return (value, index + 1) }
        if token.word == .twenty, let hyphen = self.token(index + 1), hyphen.isMark("-"), word(index + 2) == .first {
            return (21, index + 3)
        }
        return nil
    }

    /// "late November", "the early 1990s", "mid-2019", "the end of the 20th century".
    private func partOfPeriod(at index: Int) -> MatchedDate? {
        guard let word = word(index) else { return nil }
        var part: DateExpression.Part
        var position = index + 1
        switch word {
        case .early: part = .early
        case .mid: part = .mid
        case .late: part = .late
        case .beginning, .start, .end, .middle:
            guard self.word(index + 1) == .of else { return nil }
            part = word == .end ? .late : word == .middle ? .mid : .early
            position += 1
            if self.word(position) == .the { position += 1 }
        default: return nil
        }
        if let hyphen = token(position), hyphen.isMark("-"), isAdjacent(position) { position += 1 }
        if let apostrophe = token(position), apostrophe.isMark("'") || apostrophe.mark == DateToken.quote,
           let decade = token(position + 1), decade.kind == .number, decade.digits == 2, !decade.spaceBefore
        {
            position += 1
        }
        guard position < tokens.count, var inner = match(at: position) else { return nil }
        switch inner.expression {
        case .month(let year, let month, nil): inner.expression = .month(year: year, month: month, part: part)
        case .year(let year, nil): inner.expression = .year(year, part: part)
        case .decade(let year, nil): inner.expression = .decade(year, part: part)
        case .centuries(let first, let last, nil) where first == last: inner.expression = .centuries(first, last, part: part)
        default: return nil
        }
        inner.first = index
        return inner
    }

    /// A four-digit number standing alone that is a year: "in 1988", "the 1992 tragedy", "1993" in a
    /// table, but not "1275 people", "more than 2000", "No. 1993" or "62/243".
    private func bareYear(at index: Int) -> MatchedDate? {
        guard let year = yearValue(index), !isLabelled(index) else { return nil }
        if let before = token(index - 1), !tokens[index].spaceBefore,
           before.isMark("/") || before.isMark(":") || before.isMark(".") || before.isMark(",") || before.kind == .number
        {
            return nil
        }
        // The tail of a number written in parts ("1-800-2021"); a range would have matched at its start.
        if let hyphen = token(index - 1), hyphen.isHyphenOrDash, !tokens[index].spaceBefore, !hyphen.spaceBefore,
           token(index - 2)?.kind == .number
        {
            return nil
        }
        if let after = token(index + 1), !after.spaceBefore, after.isMark("/") || after.isMark(":") || after.isMark("%") {
            return nil
        }
        if let after = token(index + 1), !after.spaceBefore, after.isMark("."), let digit = token(index + 2),
           digit.kind == .number, !digit.spaceBefore
        {
            return nil
        }
        if let next = word(index + 1), next.isCountNoun { return nil }
        // A compound adjective: "a 2000-strong force", "1500-year-old".
        if let hyphen = token(index + 1), hyphen.isMark("-"), !hyphen.spaceBefore, let after = token(index + 2),
           after.kind == .word, !after.spaceBefore
        {
            return nil
        }
        // After a month name the year belongs to a date the patterns above found impossible.
        if let previous = token(index - 1), previous.word?.month != nil, previous.isCapitalized { return nil }
        let before = word(index - 1)
        if let before, before.isQuantifier { return nil }
        if year < 1900, !(before?.isTemporalPreposition ?? false) { return nil }
        return MatchedDate(first: index, last: index, expression: .year(year, part: nil))
    }

    // MARK: Relative dates

    /// "yesterday", "last week", "this year", "the past two centuries", "next month".
    private func relative(at index: Int) -> MatchedDate? {
        guard let word = word(index) else { return nil }
        switch word {
        case .yesterday: return MatchedDate(first: index, last: index, expression: .relative(.init(direction: .ago(1), unit: .day)))
        case .today: return MatchedDate(first: index, last: index, expression: .relative(.init(direction: .current, unit: .day)))
        case .tomorrow: return MatchedDate(first: index, last: index, expression: .relative(.init(direction: .next(1), unit: .day)))
        case .last, .past, .next, .this:
            if let day = self.token(index + 1), day.isCapitalized, let weekday = day.word?.weekday, word != .past {
                let shift = word == .last ? -1 : word == .next ? 1 : 0
                return MatchedDate(first: index, last: index + 1,
                                   expression: .relative(.init(direction: .weekday(weekday, shift: shift), unit: .day)))
            }
            var position = index + 1
            var amount = 1
            if let (value, after) = count(at: position), word != .this {
                amount = value
                position = after
            }
            guard let unitWord = self.word(position), let unit = unitWord.unit, unit != .day else { return nil }
            let direction: RelativeDate.Direction = word == .this ? .current : word == .next ? .next(amount) : .previous(amount)
            return MatchedDate(first: index, last: position, expression: .relative(.init(direction: direction, unit: unit)))
        case .after:
            // "after over 30 years": that long before the time of writing.
            var position = index + 1
            while let modifier = self.word(position), modifier.isQuantifier || modifier == .more { position += 1 }
            guard let (count, after) = count(at: position), let unit = self.word(after)?.unit,
                  unit == .year || unit == .decade || unit == .century,
                  self.word(after + 1) != .later, self.word(after + 1) != .ago
            else { return nil }
            return MatchedDate(first: index, last: after, expression: .relative(.init(direction: .ago(count), unit: unit)))
        default:
            return ago(at: index)
        }
    }

    /// "two decades ago", "30 years ago", "a week ago".
    private func ago(at index: Int) -> MatchedDate? {
        guard let (count, after) = count(at: index), let unit = word(after)?.unit, word(after + 1) == .ago else { return nil }
        return MatchedDate(first: index, last: after + 1, expression: .relative(.init(direction: .ago(count), unit: unit)))
    }

    /// A small count in digits or words, and the index after it.
    private func count(at index: Int) -> (Int, Int)? {
        guard let token = token(index) else { return nil }
        if token.kind == .number, token.suffix == .none, !token.isGrouped, token.digits <= 3, token.value > 0 {
            return (token.value, index + 1)
        }
        if let value = token.word?.cardinal {
            // "twenty-five"
            if value >= 20, value < 100, let hyphen = self.token(index + 1), hyphen.isMark("-"),
               let unit = word(index + 2)?.cardinal, unit < 10
            {
                return (value + unit, index + 3)
            }
            return (value, index + 1)
        }
        return nil
    }

    /// Whether a yearless day is said to recur: "every year" or "annually" next to it, or a verb of
    /// declaring a day just before it ("declared February 26 as ...").
    private func isAnnual(_ found: MatchedDate) -> Bool {
        for offset in 1...4 {
            guard let word = word(found.first - offset) else { continue }
            if word.isDeclaringVerb || word == .annually || word == .yearly { return true }
            if word == .year, let before = self.word(found.first - offset - 1), before == .every || before == .each { return true }
        }
        for offset in 1...3 {
            guard let word = word(found.last + offset) else { continue }
            if word == .annually || word == .yearly { return true }
            if word == .every || word == .each, self.word(found.last + offset + 1) == .year { return true }
        }
        return false
    }
}
