/// Makes the snippet FTS5's `snippet(reading, 0, char(1), char(2), '…', 16)` makes, byte for
/// byte, in one pass over the text instead of two and without trying every hit against every
/// other (`crossread_snippet`, registered by `SearchRanking`).
///
/// FTS5 (3.40) tokenizes a row twice for a snippet (once for sentence starts, once to copy the
/// window out) and scores every candidate window against every hit; for `the`, in an article of
/// 800 words with 60 of them, that is most of a search's time. The algorithm here is FTS5's
/// (`fts5SnippetFunction` and `fts5HighlightCb` in `fts5_aux.c`), the same windows in the same
/// order, ties kept by the first found. The words are found as unicode61 finds them: runs of
/// letters, digits and private-use characters. A text whose word count differs from the one FTS5
/// stored, or that holds combining marks (which unicode61's diacritic removal may keep inside a
/// word), is left to FTS5's own `snippet` (`make` gives `nil`); `SnippetMakerTests` compares the
/// two on every row of several corpora.
enum SnippetMaker {
    /// Words of context around the hits.
    static let tokens = 16
    static let open: UInt8 = 0x01
    static let close: UInt8 = 0x02
    static let ellipsis = Array("…".utf8)

    /// One hit of the query: which phrase, at which word, and how many words the phrase has.
    struct Instance {
        var phrase: Int
        var offset: Int
        var size: Int
    }

    /// The marked snippet of `text`, whose FTS5 word count is `documentTokens`, for the hits
    /// `instances` (in FTS5's order: by word); `nil` when the words cannot be found as FTS5 found them.
    static func make(_ text: UnsafeBufferPointer<UInt8>, documentTokens: Int, instances: [Instance], phrases: Int) -> [UInt8]? {
        guard let words = Words(text), words.count == documentTokens else { return nil }
        let size = documentTokens
        let nToken = tokens
        var seen = [Bool](repeating: false, count: max(1, phrases))
        /// The score of the window of `nToken` words from `start`, and FTS5's adjusted start.
        func score(from start: Int) -> (score: Int, adjusted: Int) {
            for index in seen.indices { seen[index] = false }
            var low = 0, high = instances.count
            while low < high {
                let middle = (low + high) / 2
                if instances[middle].offset < start { low = middle + 1 } else { high = middle }
            }
            var total = 0, first = -1, last = 0
            var index = low
            while index < instances.count, instances[index].offset < start + nToken {
                let instance = instances[index]
                total += seen[instance.phrase] ? 1 : 1000
                seen[instance.phrase] = true
                if first < 0 { first = instance.offset }
                last = instance.offset + instance.size
                index += 1
            }
            var adjusted = first - (nToken - (last - first)) / 2
            if adjusted + nToken > size { adjusted = size - nToken }
            if adjusted < 0 { adjusted = 0 }
            return (total, adjusted)
        }
        var bestScore = 0, bestStart = 0
        var sentence = 0
        for instance in instances {
            let offset = instance.offset
            guard offset <= size else { return nil }
            let window = score(from: offset)
            if window.score > bestScore {
                bestScore = window.score
                bestStart = window.adjusted
            }
            if !words.sentenceStarts.isEmpty, size > nToken {
                while sentence < words.sentenceStarts.count - 1, words.sentenceStarts[sentence + 1] <= offset { sentence += 1 }
                let start = words.sentenceStarts[sentence]
                if start < offset {
                    let bonus = score(from: start).score + (start == 0 ? 120 : 100)
                    if bonus > bestScore {
                        bestScore = bonus
                        bestStart = start
                    }
                }
            }
        }
        return highlight(text, words: words, instances: instances, from: bestStart, size: size)
    }

    /// The window of `tokens` words from `start`, hits marked as FTS5's `fts5HighlightCb` marks
    /// them (hits that overlap are one), with an ellipsis at each end that is not the text's.
    private static func highlight(_ text: UnsafeBufferPointer<UInt8>, words: Words, instances: [Instance], from start: Int,
                                  size: Int) -> [UInt8]
    {
        var output: [UInt8] = []
        output.reserveCapacity(256)
        let rangeEnd = start + tokens - 1
        if start > 0 { output += ellipsis }
        var hits = CoalescedHits(instances)
        while hits.start >= 0, hits.start < start { hits.next() }
        var copied = 0
        func copy(to end: Int) {
            if end > copied { output.append(contentsOf: text[copied..<end]) }
        }
        for position in start...min(rangeEnd, words.count - 1) {
            let (wordStart, wordEnd) = (words.starts[position], words.ends[position])
            if start > 0, position == start { copied = wordStart }
            if position == hits.start {
                copy(to: wordStart)
                output.append(open)
                copied = wordStart
            }
            if position == hits.end {
                if hits.start < start { output.append(open) }
                copy(to: wordEnd)
                output.append(close)
                copied = wordEnd
                hits.next()
            }
            if position == rangeEnd {
                copy(to: wordEnd)
                copied = wordEnd
                if position >= hits.start, position < hits.end { output.append(close) }
            }
        }
        if rangeEnd >= size - 1 {
            copy(to: text.count)
        } else {
            output += ellipsis
        }
        return output
    }

    /// Hits in word order, those that overlap merged (FTS5's `CInstIter`); -1 once past the last.
    private struct CoalescedHits {
        let instances: [Instance]
        var index = 0
        var start = -1
        var end = -1

        init(_ instances: [Instance]) {
            self.instances = instances
            next()
        }

        mutating func next() {
            start = -1
            end = -1
            while index < instances.count {
                let instance = instances[index]
                let last = instance.offset - 1 + instance.size
                if start < 0 {
                    start = instance.offset
                    end = last
                } else if instance.offset <= end {
                    if last > end { end = last }
                } else {
                    break
                }
                index += 1
            }
        }
    }

    /// The words of a text as unicode61 finds them, by byte range, and the words that start a
    /// sentence as FTS5's `fts5SentenceFinderCb` finds them (the first word, and each word after
    /// white space after `.` or `:`).
    struct Words {
        var starts: [Int] = []
        var ends: [Int] = []
        var sentenceStarts: [Int] = []

        var count: Int { starts.count }

        /// `nil` for text with a combining mark or bytes that are not UTF-8.
        init?(_ text: UnsafeBufferPointer<UInt8>) {
            starts.reserveCapacity(text.count / 5)
            ends.reserveCapacity(text.count / 5)
            var index = 0
            var wordStart = -1
            while index < text.count {
                let byte = text[index]
                let length: Int
                let isWord: Bool
                if byte < 0x80 {
                    length = 1
                    isWord = (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
                } else {
                    guard let (scalar, count) = Self.decode(text, at: index) else { return nil }
                    length = count
                    switch scalar.properties.generalCategory {
                    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                         .decimalNumber, .letterNumber, .otherNumber, .privateUse:
                        isWord = true
                    case .nonspacingMark, .spacingMark, .enclosingMark:
                        return nil
                    default:
                        isWord = false
                    }
                }
                if isWord, wordStart < 0 { wordStart = index }
                if !isWord, wordStart >= 0 {
                    add(wordStart, index, text)
                    wordStart = -1
                }
                index += length
            }
            if wordStart >= 0 { add(wordStart, text.count, text) }
        }

        private mutating func add(_ start: Int, _ end: Int, _ text: UnsafeBufferPointer<UInt8>) {
            if starts.isEmpty {
                sentenceStarts.append(0)
            } else {
                var back = start - 1
                var previous: UInt8 = 0
                while back >= 0 {
                    previous = text[back]
                    if previous != 0x20, previous != 0x09, previous != 0x0A, previous != 0x0D { break }
                    back -= 1
                }
                if back != start - 1, previous == 0x2E || previous == 0x3A { sentenceStarts.append(starts.count) }
            }
            starts.append(start)
            ends.append(end)
        }

        private static func decode(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int)? {
            let lead = text[index]
            let count: Int
            var value: UInt32
            switch lead {
            case 0xC2...0xDF: (count, value) = (2, UInt32(lead & 0x1F))
            case 0xE0...0xEF: (count, value) = (3, UInt32(lead & 0x0F))
            case 0xF0...0xF4: (count, value) = (4, UInt32(lead & 0x07))
            default: return nil
            }
            guard index + count <= text.count else { return nil }
            for offset in 1..<count {
                let byte = text[index + offset]
                guard byte & 0xC0 == 0x80 else { return nil }
                value = value << 6 | UInt32(byte & 0x3F)
            }
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return (scalar, count)
        }
    }
}
