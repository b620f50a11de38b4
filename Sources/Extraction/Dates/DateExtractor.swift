/// Finds every date expression in a text and says what period each one denotes.
///
/// Reads the forms English news uses: full dates ("26 February 2021", "February 26, 1992",
/// "Feb. 26, 1992", "26.02.1992", "1992-02-26"), day ranges ("February 25-26, 1992"), months
/// ("December 2000"), years ("in 1988", "the 1992 tragedy"), year ranges ("2008-2018", "from 1991
/// to 1994"), parts and spans ("late November", "the early 1990s", "the 20th century"), datelines
/// ("Baku, 26 February 2021 –"), recurring days ("every year on February 26") and relative dates
/// ("last week", "two decades ago", "after over 30 years", "on Monday").
///
/// A date written without its year ("On February 26") takes the last year stated earlier in its
/// sentence, else the publication date's (the latest such day on or before it; the next one in a
/// sentence about what will happen), else the first year stated in the nearest paragraph before
/// it; it is marked inferred. Relative dates resolve against the publication date, and stay
/// unresolved without one. Dates in references (access dates, a year beside a document number,
/// dates in a numbered note with a link) have the role `citation` (`CitationDate`). Counts, labels and fractions (613, "1,275 people", "366th", "62/243",
/// "No. 5") are not dates.
///
///     let mentions = DateExtractor(publication: PartialDate(year: 2021, month: 2, day: 26))
///         .mentions(in: "Bayramov spoke in late November.")
///     // late November 2020: [2020-11-21, 2020-12-01), month, inferred
public struct DateExtractor: Sendable {
    /// When the text was published, for yearless and relative dates. `nil` when unknown.
    public var publication: PartialDate?

    public init(publication: PartialDate? = nil) {
        self.publication = publication
    }

    /// The date mentions of `text`, in text order, with UTF-8 byte spans into it.
    public func mentions(in text: String) -> [DateMention] {
        var text = text
        return text.withUTF8 { mentions(in: $0) }
    }

    /// The date mentions of UTF-8 `bytes`, in order.
    public func mentions(in bytes: UnsafeBufferPointer<UInt8>) -> [DateMention] {
        let tokens = DateTokenizer.tokens(bytes)
        let matches = DatePatterns(tokens: tokens).matches()
        guard !matches.isEmpty else { return [] }
        let sentences = SentenceSplitter.sentences(in: bytes)
        let paragraphs = Self.paragraphs(bytes)
        let context = YearContext(matches: matches, tokens: tokens, sentences: sentences, paragraphs: paragraphs)

        var result: [DateMention] = []
        result.reserveCapacity(matches.count)
        for (index, match) in matches.enumerated() {
            let span = TextSpan(start: tokens[match.first].start, end: tokens[match.last].end)
            let sentence = context.sentence(containing: span)
            var mention = DateMention(span: span, sentence: sentence, value: .unresolved, granularity: .day)
            switch match.expression {
            case .relative(let relative):
                mention.isRelative = true
                mention.granularity = relative.granularity
                let future: Bool = {
                    if case .weekday(_, 0) = relative.direction { return context.speaksOfFuture(index) }
                    return false
                }()
                if let publication, let (interval, granularity) = relative.resolve(against: publication, future: future) {
                    mention.value = .interval(interval)
                    mention.granularity = granularity
                    mention.isInferred = true
                }
            case .days(nil, let month, let first, _) where match.isAnnual:
                mention.value = .annual(MonthDay(month: month, day: first))
                mention.granularity = .day
            default:
                var expression = match.expression
                if expression.needsYear {
                    mention.granularity = { if case .month = expression { return .month } else { return .day } }()
                    guard let year = inferredYear(for: index, expression, context: context) else {
                        result.append(mention)
                        continue
                    }
                    expression = expression.withYear(year)
                    mention.isInferred = true
                }
                guard let (interval, granularity) = expression.period else { continue }
                mention.value = .interval(interval)
                mention.granularity = granularity
                if CitationDate.isCitation(match, tokens: tokens, bytes: bytes, paragraph: context.paragraph(containing: span)) {
                    mention.role = .citation
                } else if !mention.isInferred, granularity == .day, context.isDateline(match, span: span) {
                    mention.role = .dateline
                    if context.paragraph(containing: span).length - span.length <= 40 {
                        mention.sentence = context.paragraph(containing: span)
                    }
                }
            }
            result.append(mention)
        }
        return result
    }

    /// The year of a yearless date: stated earlier in the sentence, else the publication's, else
    /// the first stated in the nearest paragraph before.
    private func inferredYear(for index: Int, _ expression: DateExpression, context: YearContext) -> Int? {
        if let year = context.yearEarlierInSentence(before: index) { return year }
        if let publication {
            let (month, day): (Int, Int) = {
                if case .days(_, let month, let first, _) = expression { return (month, first) }
                if case .dayRange(_, let first, _) = expression { return (first.month, first.day) }
                if case .month(_, let month, _) = expression { return (month, 0) }
                return (1, 0)
            }()
            guard let publishedMonth = publication.month else { return publication.year }
            let onOrBefore = (month, day) <= (publishedMonth, publication.day ?? 31)
            if context.speaksOfFuture(index) {
                return (month, day) >= (publishedMonth, publication.day ?? 0) ? publication.year : publication.year + 1
            }
            return onOrBefore ? publication.year : publication.year - 1
        }
        return context.yearInEarlierParagraph(before: index)
    }

    /// Each line's span: corpus text keeps one paragraph per line.
    static func paragraphs(_ bytes: UnsafeBufferPointer<UInt8>) -> [TextSpan] {
        var result: [TextSpan] = []
        var start = 0
        for index in 0..<bytes.count where bytes[index] == 0x0A {
            result.append(TextSpan(start: start, end: index))
            start = index + 1
        }
        result.append(TextSpan(start: start, end: bytes.count))
        return result
    }
}
