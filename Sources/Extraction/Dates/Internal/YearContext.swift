/// Where each matched date sits (sentence, paragraph), for inferring missing years and telling
/// datelines from dates in prose.
struct YearContext {
    let matches: [MatchedDate]
    let tokens: [DateToken]
    let sentences: [TextSpan]
    let paragraphs: [TextSpan]

    /// The sentence that holds `span` (several, joined, if it straddles a boundary; the span itself
    /// if it lies between sentences).
    func sentence(containing span: TextSpan) -> TextSpan {
        guard let first = index(in: sentences, containing: span.start) else { return span }
        var end = sentences[first].end
        var next = first + 1
        while end < span.end, next < sentences.count {
            end = sentences[next].end
            next += 1
        }
        return TextSpan(start: sentences[first].start, end: max(end, span.end))
    }

    /// The line that holds `span`, without surrounding white space.
    func paragraph(containing span: TextSpan) -> TextSpan {
        guard let index = index(in: paragraphs, containing: span.start) else { return span }
        let paragraph = paragraphs[index]
        let first = min(tokenIndex(atOrAfter: paragraph.start), tokens.count - 1)
        let last = max(first, tokenIndex(atOrAfter: paragraph.end) - 1)
        return TextSpan(start: min(span.start, tokens[first].start), end: max(span.end, tokens[last].end))
    }

    /// The last year stated by a match before `index` in the same sentence.
    func yearEarlierInSentence(before index: Int) -> Int? {
        let start = tokens[matches[index].first].start
        guard let sentence = self.index(in: sentences, containing: start) else { return nil }
        var previous = index - 1
        while previous >= 0, tokens[matches[previous].first].start >= sentences[sentence].start {
            if !matches[previous].expression.needsYear, let year = matches[previous].expression.statedYear { return year }
            previous -= 1
        }
        return nil
    }

    /// The first year stated in the nearest paragraph before the match (or earlier in its own).
    func yearInEarlierParagraph(before index: Int) -> Int? {
        var previous = index - 1
        var found: (paragraph: Int, year: Int)?
        // Context is near or nowhere: look back over a bounded number of dates.
        while previous >= 0, previous >= index - 64 {
            let match = matches[previous]
            if !match.expression.needsYear, let year = match.expression.statedYear {
                let paragraph = self.index(in: paragraphs, containing: tokens[match.first].start) ?? 0
                if let current = found, current.paragraph != paragraph { break }
                found = (paragraph, year)
            }
            previous -= 1
        }
        return found?.year
    }

    /// Whether the sentence of a match speaks of what will happen ("will", "due", "next"), not
    /// counting the noun ("people of good will").
    func speaksOfFuture(_ index: Int) -> Bool {
        let start = tokens[matches[index].first].start
        guard let sentence = self.index(in: sentences, containing: start) else { return false }
        let span = sentences[sentence]
        var position = tokenIndex(atOrAfter: span.start)
        while position < tokens.count, tokens[position].start < span.end {
            switch tokens[position].word {
            case .will?, .shall?:
                let before = position > 0 ? tokens[position - 1].word : nil
                if ![.good, .ill, .free, .own, .political, .the, .of].contains(before) { return true }
            case .scheduled?, .upcoming?, .next?, .due?, .expected?, .planned?:
                return true
            default:
                break
            }
            position += 1
        }
        return false
    }

    /// A full date that is nearly all of its line, which does not end like a sentence (at most four
    /// other words and 40 other bytes: "Baku, 26 February 2021 –", "On 25 February 2021 at 03:13"),
    /// or that opens a paragraph after a place name.
    func isDateline(_ match: MatchedDate, span: TextSpan) -> Bool {
        guard let index = index(in: paragraphs, containing: span.start) else { return false }
        if opensParagraph(match, paragraph: paragraphs[index]) { return true }
        guard paragraphs[index].length - span.length <= 40 else { return false }
        let line = paragraph(containing: span)
        guard line.length - span.length <= 40 else { return false }
        // A sentence ends with a stop; a dateline does not.
        var last = tokenIndex(atOrAfter: line.end) - 1
        while last > match.last, tokens[last].kind == .punctuation,
              tokens[last].mark == DateToken.quote || tokens[last].isMark(")") || tokens[last].isMark("\"") { last -= 1 }
        if last > match.last, tokens[last].isMark(".") || tokens[last].isMark("!") || tokens[last].isMark("?") { return false }
        if last == match.last, let stop = tokens.indices.contains(last + 1) ? tokens[last + 1] : nil,
           stop.start < line.end, stop.isMark(".") { return false }
        var words = 0
        var position = tokenIndex(atOrAfter: line.start)
        while position < tokens.count, tokens[position].start < line.end {
            if (position < match.first || position > match.last), tokens[position].kind == .word { words += 1 }
            position += 1
        }
        return words <= 4
    }

    /// A dateline that opens a paragraph of prose: a place of up to three capitalized words, a
    /// comma, the date, a dash ("Brenvik, 26 December 1999 – More than ...").
    private func opensParagraph(_ match: MatchedDate, paragraph: TextSpan) -> Bool {
        let first = tokenIndex(atOrAfter: paragraph.start)
        guard match.first - first >= 2, match.first - first <= 4, tokens[match.first - 1].isMark(","),
              match.last + 1 < tokens.count, tokens[match.last + 1].isHyphenOrDash, tokens[match.last + 1].start < paragraph.end
        else { return false }
        return (first..<(match.first - 1)).allSatisfy { tokens[$0].kind == .word && tokens[$0].isCapitalized }
    }

    private func tokenIndex(atOrAfter offset: Int) -> Int {
        var low = 0, high = tokens.count
        while low < high {
            let middle = (low + high) / 2
            if tokens[middle].start < offset { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The span among sorted, disjoint `spans` that contains `offset`.
    private func index(in spans: [TextSpan], containing offset: Int) -> Int? {
        var low = 0, high = spans.count
        while low < high {
            let middle = (low + high) / 2
            if spans[middle].end <= offset && !(spans[middle].isEmpty && spans[middle].start == offset) {
                low = middle + 1
            } else if spans[middle].start > offset {
                high = middle
            } else {
                return middle
            }
        }
        return nil
    }
}
