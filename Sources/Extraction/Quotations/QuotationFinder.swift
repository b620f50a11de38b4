/// Finds direct quotations and their speakers in text.
///
/// Text is read one paragraph (line) at a time. Marks pair up like brackets: a closer ends the
/// nearest open quote of its family, and marks left open inside it are dropped, so nested
/// quotations stay part of the outer one and stray marks never swallow the text after them. Only
/// outermost quotations are returned. A double quotation still open at the end of its paragraph
/// continues into the next paragraph when that paragraph opens with a quotation mark (the newspaper
/// convention for quotes of several paragraphs) or when, within a few paragraphs that hold no other
/// double marks, a closing mark comes with nothing open before it; otherwise it ends with its
/// paragraph. An open single mark at the end of a paragraph is dropped: it is more often an
/// apostrophe than a quote.
///
///     let text = "He said: “We were able to break that. And that’s what happened.”"
///     QuotationFinder.quotations(in: text).map { $0.content.slice(of: text)! }
///     // ["We were able to break that. And that’s what happened."]
public enum QuotationFinder {
    /// How many paragraphs (blank lines aside) an unclosed quotation may reach over to find its closing mark.
    static let maxContinuation = 5

    /// The outermost quotations of `text`, in order, with speakers where the text names them.
    public static func quotations(in text: String) -> [Quotation] {
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer in
            let bytes = UnsafeBufferPointer(buffer)
            let quotes = marks(bytes)
            return SpeakerFinder.attribute(quotes, in: bytes)
        }
    }

    /// What one paragraph's marks add up to.
    private struct ParagraphQuotes {
        var range: Range<Int>
        var closed: [(open: QuoteMark, close: QuoteMark)] = []
        /// The outermost double mark still open at the end of the paragraph.
        var unclosed: QuoteMark?
        /// A double closer met with nothing open, before any other double mark.
        var orphanClose: QuoteMark?
        var hasDoubleMarks = false
        var opensAtStart = false
        var contentStart = 0
    }

    private static func marks(_ bytes: UnsafeBufferPointer<UInt8>) -> [Quotation] {
        let paragraphs = paragraphRanges(bytes).map { scan(bytes, $0) }
        var result: [Quotation] = []
        var index = 0
        while index < paragraphs.count {
            let paragraph = paragraphs[index]
            for (open, close) in paragraph.closed {
                append(open: open, close: close, bytes, to: &result)
            }
            guard let open = paragraph.unclosed else {
                index += 1
                continue
            }
            // Follow the quotation into the next paragraphs.
            var next = index + 1
            var chained = index
            var ending: (close: QuoteMark?, paragraph: Int)? = nil
            var reached = 0
            while next < paragraphs.count, reached < maxContinuation {
                let following = paragraphs[next]
                if following.range.isEmpty || following.contentStart == following.range.upperBound {
                    next += 1
                    continue
                }
                reached += 1
                if following.opensAtStart {
                    // The quote goes on, reopened by the newspaper convention.
                    if let first = following.closed.first, first.open.start == following.contentStart {
                        ending = (first.close, next)
                        break
                    }
                    chained = next
                    next += 1
                    continue
                }
                if let orphan = following.orphanClose {
                    ending = (orphan, next)
                    break
                }
                if following.hasDoubleMarks { break }
                next += 1
            }
            if ending == nil, chained > index { ending = (nil, chained) }
            if let ending {
                if let close = ending.close {
                    append(open: open, close: close, bytes, to: &result)
                } else {
                    append(open: open, upTo: paragraphs[ending.paragraph].range.upperBound, bytes, to: &result)
                }
                // Quotes in the swallowed paragraphs after the closing mark still count.
                let last = paragraphs[ending.paragraph]
                if let close = ending.close {
                    for (open, after) in last.closed where open.start >= close.end {
                        append(open: open, close: after, bytes, to: &result)
                    }
                }
                index = ending.paragraph + 1
                if let tail = last.unclosed, let close = ending.close, tail.start >= close.end {
                    append(open: tail, upTo: last.range.upperBound, bytes, to: &result)
                }
            } else {
                append(open: open, upTo: paragraph.range.upperBound, bytes, to: &result)
                index += 1
            }
        }
        return result
    }

    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> ParagraphQuotes {
        var paragraph = ParagraphQuotes(range: range)
        var stack: [QuoteMark] = []
        paragraph.contentStart = trimmed(bytes, range).lowerBound
        for mark in QuoteMark.marks(in: bytes, range: range) {
            let isFirstDouble = mark.family == .double && !paragraph.hasDoubleMarks
            if mark.family == .double { paragraph.hasDoubleMarks = true }
            let openIndex = stack.lastIndex { $0.family == mark.family }
            let closes = mark.role == .closeOnly || (mark.role == .openOrClose && openIndex != nil)
            if closes {
                guard let openIndex else {
                    if isFirstDouble { paragraph.orphanClose = mark }
                    continue
                }
                let open = stack[openIndex]
                stack.removeSubrange(openIndex...)
                // Outermost unless a double quote is still open around it; a single mark left open
                // below is more likely an apostrophe ("rock 'n roll") than a quote around this one.
                if !stack.contains(where: { $0.family == .double }) {
                    paragraph.closed.removeAll { $0.open.start > open.start }
                    paragraph.closed.append((open, mark))
                }
            } else {
                if stack.isEmpty, mark.start == paragraph.contentStart, mark.family == .double { paragraph.opensAtStart = true }
                stack.append(mark)
            }
        }
        paragraph.unclosed = stack.first { $0.family == .double }
        return paragraph
    }

    private static func append(open: QuoteMark, close: QuoteMark, _ bytes: UnsafeBufferPointer<UInt8>,
                               to result: inout [Quotation])
    {
        let content = trimmed(bytes, open.end..<close.start)
        guard hasWord(bytes, content) else { return }
        result.append(Quotation(span: TextSpan(start: open.start, end: close.end), content: TextSpan(content),
                                isClosed: true))
    }

    private static func append(open: QuoteMark, upTo end: Int, _ bytes: UnsafeBufferPointer<UInt8>,
                               to result: inout [Quotation])
    {
        let content = trimmed(bytes, open.end..<end)
        guard hasWord(bytes, content) else { return }
        result.append(Quotation(span: TextSpan(start: open.start, end: content.upperBound), content: TextSpan(content),
                                isClosed: false))
    }

    private static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, QuoteMark.classify(bytes, lower) == .space {
            lower += QuoteMark.scalarLength(bytes[lower])
        }
        while upper > lower, bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x09 || bytes[upper - 1] == 0x0A
            || bytes[upper - 1] == 0x0D
        {
            upper -= 1
        }
        return lower..<upper
    }

    private static func hasWord(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        range.contains { QuoteMark.classify(bytes, $0) == .word && bytes[$0] & 0xC0 != 0x80 }
    }

    private static func paragraphRanges(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        for index in 0..<bytes.count where bytes[index] == 0x0A {
            ranges.append(start..<index)
            start = index + 1
        }
        ranges.append(start..<bytes.count)
        return ranges
    }
}
