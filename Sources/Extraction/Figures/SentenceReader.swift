/// Reads the figures of one sentence from its tokens.
struct SentenceReader {
    let tokens: [Token]
    let bytes: UnsafeBufferPointer<UInt8>
    let sentence: TextSpan

    /// A number that may count people, and what was found around it.
    private struct Candidate {
        var match: NumberReader.Match
        var group: String?
        /// One past the noun (or "of them"), or the number's end when there is no noun.
        var nounEnd: Int
        var isBackReference = false
        /// The first token of the whole a partitive count is taken from ("the 40" in "12 of the 40 miners").
        var wholeStart: Int?
        var head: Int?
        var measures: [String] = []
        var chainEnd: Int
        var listEnd: Int?
        var measure: String?
    }

    func read(into state: inout DocumentState) {
        let matches = NumberReader.read(tokens, bytes)
        var years: [(year: Int, token: Int)] = []
        var counted = [Bool](repeating: false, count: tokens.count)
        for match in matches { for index in match.first..<match.end { counted[index] = true } }
        for index in tokens.indices where tokens[index].kind == .number && tokens[index].isYearLike && !counted[index] {
            let token = tokens[index]
            years.append((Int(token.value), index))
            state.yearMentions[Int(token.value), default: 0] += 1
        }
        var candidates = matches.filter { !$0.quantity.isPercent }.map(candidate)
        let wholes = Set(candidates.compactMap(\.wholeStart))
        candidates.removeAll { wholes.contains($0.match.first) }
        guard !candidates.isEmpty else { return }
        let starts = Set(candidates.map(\.match.first))

        for index in candidates.indices {
            let chain = self.chain(from: candidates[index].nounEnd, stopAt: starts, lives: tokens.indices.contains(candidates[index].nounEnd - 1) && tokens[candidates[index].nounEnd - 1].lower == "lives")
            candidates[index].measures = chain.measures
            candidates[index].chainEnd = chain.end
            if chain.measures.isEmpty, let generic = chain.generic { candidates[index].measure = generic }
        }
        // Lists: "613 people, including 106 women and 63 children"; "613 were killed, including ...".
        for index in candidates.indices.dropFirst() where candidates[index].group != nil && !candidates[index].isBackReference {
            let previous = candidates[index - 1]
            let first = candidates[index].match.first
            let isItem = previous.head == nil
                ? isListIntro(previous.nounEnd, first) || isListIntro(previous.chainEnd, first)
                : isListIntro(previous.nounEnd, first) || isListContinuation(previous.nounEnd, first)
                    || isListContinuation(previous.chainEnd, first)
            if isItem {
                let head = previous.head ?? index - 1
                candidates[index].head = head
                candidates[head].listEnd = candidates[index].chainEnd
                // The predicate after the list is the whole's: "..., including 40 women, were rescued".
                if candidates[head].measures.isEmpty, !candidates[index].measures.isEmpty {
                    candidates[head].measures = candidates[index].measures
                } else if candidates[head].measures.isEmpty, candidates[head].measure == nil {
                    candidates[head].measure = candidates[index].measure
                }
            }
        }
        // Measures for whole counts and back-references.
        for index in candidates.indices where candidates[index].head == nil {
            candidates[index].measure = measure(for: candidates[index], stopAt: starts)
        }
        let among = amongMeasure()
        var attribution: String??  // found once, for the first figure of the sentence
        let sentenceText = text(sentence)
        var sentenceHasFigure = false
        var local: [Int: Int] = [:]  // candidate index -> figure index
        for index in candidates.indices {
            var candidate = candidates[index]
            var partOf: Int?
            if let head = candidate.head {
                candidate.measure = candidates[head].measure
                partOf = local[head]
            } else if let among {
                candidate.measure = among
                partOf = state.figures.indices.last { state.figures[$0].measure == among && state.figures[$0].partOf == nil }
            } else if candidate.isBackReference {
                if let parent = state.lastHead ?? local.values.max() {
                    partOf = parent
                    candidate.group = state.figures[parent].group
                    if candidate.measure == nil { candidate.measure = state.figures[parent].measure }
                } else {
                    candidate.group = "people"  // "150 of them" with nothing before it to refer to
                }
            }
            if candidate.group == nil, candidate.measure != nil, standsAlone(candidate) { candidate.group = "people" }
            guard let measure = candidate.measure, let group = candidate.group else { continue }
            let nearest = years.min { abs($0.token - candidate.match.first) < abs($1.token - candidate.match.first) }
            if attribution == nil { attribution = .some(self.attribution()) }
            let figure = Figure(quantity: candidate.match.quantity, measure: measure, group: group,
                                attribution: attribution ?? nil, sentence: sentenceText, sentenceSpan: sentence, partOf: partOf)
            local[index] = state.figures.count
            state.figures.append(figure)
            state.years.append(nearest?.year)
            sentenceHasFigure = true
            if candidate.head == nil, among == nil, !candidate.isBackReference { state.lastHead = state.figures.count - 1 }
        }
        if sentenceHasFigure {
            for year in Set(years.map(\.year)) { state.figureSentenceYears[year, default: 0] += 1 }
        }
    }

    // MARK: The noun after the number

    private func candidate(_ match: NumberReader.Match) -> Candidate {
        var index = match.end
        var result = Candidate(match: match, nounEnd: match.end, chainEnd: match.end)
        // "12 of the 40 miners": the count takes the noun of the whole it is taken from, and the
        // whole ("the 40 miners") is a reference, not a figure of its own.
        if word(index) == "of", let determiner = word(index + 1), ["the", "these", "those", "its", "their"].contains(determiner),
           index + 2 < tokens.count, tokens[index + 2].kind == .number || tokens[index + 2].isNumberWord
        {
            result.wholeStart = index + 2
            index += 2
            while index < tokens.count, tokens[index].kind == .number || tokens[index].isNumberWord
                || (tokens[index].lower == "," && index + 1 < tokens.count && tokens[index + 1].kind == .number)
            { index += 1 }
        }
        if word(index) == "of", let next = word(index + 1), ["them", "whom", "those", "these"].contains(next) {
            result.isBackReference = true
            result.nounEnd = index + 2
            return result
        }
        let lastWord = tokens[match.end - 1].lower
        if word(index) == "of", match.quantity.isVague || NumberWords.scales[lastWord] != nil {
            index += 1  // "thousands of people", "a million of"
            if word(index) == "the" { index += 1 }
        }
        if let next = word(index), ["more", "other", "additional", "further"].contains(next) { index += 1 }
        result.nounEnd = index
        var skipped = 0
        var position = index
        while position < tokens.count, skipped <= 3 {
            let token = tokens[position]
            guard token.kind == .word else { break }
            if var group = FigureLexicon.group(of: token) {
                var end = position + 1
                if group == "elderly" || token.lower == "old" || token.lower == "elderly" {
                    group = "elderly"
                    if let next = word(end), FigureLexicon.groupNouns[next] == "people" { end += 1 }
                }
                // "women and children": a combined group written as one.
                if let conjunction = word(end), conjunction == "and" || conjunction == "or", end + 1 < tokens.count {
                    var other = end + 1
                    if word(other) == "the" { other += 1 }
                    // Combined groups keep the words as written ("men and boys"), lowercased.
                    if other < tokens.count, let second = FigureLexicon.group(of: tokens[other]), second != group,
                       second != "people" || tokens[other].lower == "elderly"
                    {
                        group = "\(token.lower) \(conjunction) \(tokens[other].lower)"
                        end = other + 1
                    }
                }
                result.group = group
                result.nounEnd = end
                return result
            }
            if token.lower == "old", word(position + 1) == "people" {
                result.group = "elderly"
                result.nounEnd = position + 2
                return result
            }
            let lower = token.lower
            if FigureLexicon.stopWords.contains(lower) || FigureLexicon.auxiliaries.contains(lower)
                || FigureLexicon.measureWords[lower] != nil || FigureLexicon.clauseBreaks.contains(lower)
                || FigureLexicon.isParticiple(lower) || NumberWords.isNumberWord(lower)
            { break }
            skipped += 1
            position += 1
        }
        return result
    }

    /// A count with no noun stands for people when a verb or the clause's end follows it ("487 were injured").
    private func standsAlone(_ candidate: Candidate) -> Bool {
        // "lost one", "one of": a lone "one" is a pronoun far more often than a count.
        if tokens[candidate.match.numberStart].lower == "one", candidate.match.end == candidate.match.numberStart + 1 {
            return false
        }
        var index = candidate.match.end
        if let next = word(index), ["more", "other", "others"].contains(next) { index += 1 }
        guard index < tokens.count else { return true }
        let token = tokens[index]
        if token.kind == .punctuation { return token.lower != "%" && token.lower != "-" }
        return FigureLexicon.auxiliaries.contains(token.lower) || FigureLexicon.measureWords[token.lower] != nil
            || FigureLexicon.clauseBreaks.contains(token.lower) || token.lower == "and"
            || (FigureLexicon.isParticiple(token.lower) && !FigureLexicon.reportingVerbs.contains(token.lower))
            || FigureLexicon.measurePhrases.contains { $0.0[0] == token.lower }
    }

    // MARK: What happened

    /// The verbs right after a count: "were tortured and brutally murdered", "wounded, taken hostage, or missing".
    private func chain(from start: Int, stopAt starts: Set<Int>, lives: Bool) -> (measures: [String], generic: String?, end: Int) {
        var measures: [String] = []
        var generic: String?
        var index = start
        var started = false
        var end = start
        if word(index) == "," { index += 1 }
        while index < tokens.count, index < start + 14, !starts.contains(index) {
            let lower = tokens[index].lower
            if let (length, measure) = phrase(at: index) {
                if !measures.contains(measure) { measures.append(measure) }
                index += length
                started = true
                end = index
                continue
            }
            if lives, lower == "lost" {
                if !measures.contains("killed") { measures.append("killed") }
                index += 1
                started = true
                end = index
                continue
            }
            if let measure = FigureLexicon.measureWords[lower] {
                if !measures.contains(measure) { measures.append(measure) }
                index += 1
                started = true
                end = index
                continue
            }
            if FigureLexicon.auxiliaries.contains(lower) || (lower.hasSuffix("ly") && lower.count > 3 && tokens[index].kind == .word) {
                index += 1
                continue
            }
            if tokens[index].kind == .word, FigureLexicon.isParticiple(lower), !FigureLexicon.reportingVerbs.contains(lower) {
                if generic == nil { generic = lower }
                index += 1
                started = true
                end = index
                continue
            }
            if started, lower == "," || lower == "and" || lower == "or" {
                index += 1
                continue
            }
            break
        }
        if measures.count > 1 {
            let conjunction = tokens[start..<Swift.max(start, end)].contains { $0.lower == "or" } ? "or" : "and"
            measures = [measures.dropLast().joined(separator: ", ") + " \(conjunction) " + measures.last!]
        }
        return (measures, generic, end)
    }

    /// A measure phrase at `index`, with its length in tokens.
    private func phrase(at index: Int) -> (Int, String)? {
        for (words, measure) in FigureLexicon.measurePhrases where index + words.count <= tokens.count {
            var matched = true
            for (offset, word) in words.enumerated() where tokens[index + offset].lower != word {
                matched = false
                break
            }
            if matched { return (words.count, measure) }
        }
        return nil
    }

    /// The measure of a whole count: the verbs after it, the noun or gerund before it, a measure word
    /// in its clause, another verb after or before it, or "victims" as its noun.
    private func measure(for candidate: Candidate, stopAt starts: Set<Int>) -> String? {
        if let measure = candidate.measures.first { return measure }
        let first = candidate.match.first
        // "the massacre of", "the lives of", "the fate of", "killing", "wounding"
        if first >= 1 {
            let before = tokens[first - 1].lower
            if before == "of", first >= 2, let measure = FigureLexicon.measureBefore[tokens[first - 2].lower] { return measure }
            if let measure = FigureLexicon.measureBefore[before], before.hasSuffix("ing") || before.hasSuffix("ed") { return measure }
            if let measure = FigureLexicon.measureWords[before], tokens[first - 1].kind == .word { return measure }  // "abducted 20 girls"
        }
        // "home to 45,000 people"
        if first >= 2, tokens[first - 2].lower == "home", tokens[first - 1].lower == "to" { return "population" }
        // "infected more than 4,000 people": a verb right before the count takes it as its object.
        if first >= 1, tokens[first - 1].kind == .word, FigureLexicon.isParticiple(tokens[first - 1].lower),
           !FigureLexicon.reportingVerbs.contains(tokens[first - 1].lower)
        {
            return FigureLexicon.measureWords[tokens[first - 1].lower] ?? tokens[first - 1].lower
        }
        // A measure word later in the clause: "Thousands of people on both sides fell victim".
        var index = candidate.nounEnd
        while index < tokens.count, index < candidate.nounEnd + 8, !FigureLexicon.clauseBreaks.contains(tokens[index].lower) {
            // Another count joined by "and" shares the predicate: "Three women and two children were wounded".
            if starts.contains(index), !(index == candidate.nounEnd + 1 && tokens[candidate.nounEnd].lower == "and") { break }
            if let (_, measure) = phrase(at: index) { return measure }
            if let measure = FigureLexicon.measureWords[tokens[index].lower] { return measure }
            index += 1
        }
        // "claimed 100 lives", "cost 50 lives": lives are counted when they are lost.
        if candidate.nounEnd > 0, tokens[candidate.nounEnd - 1].lower == "lives", candidate.group == "people" { return "killed" }
        if let generic = candidate.measure { return generic }
        // "have identified by name 39 Armenians": a verb shortly before the count.
        var back = first - 1
        while back >= 0, back >= first - 3, tokens[back].kind == .word {
            let lower = tokens[back].lower
            if FigureLexicon.isParticiple(lower), !FigureLexicon.reportingVerbs.contains(lower) { return lower }
            back -= 1
        }
        if candidate.nounEnd > 0, tokens[candidate.nounEnd - 1].lower == "victims" { return "victims" }
        if candidate.group == nil, tollBefore(first) { return "killed" }
        return nil
    }

    /// "The death toll has risen to 87": a toll earlier in the same clause.
    private func tollBefore(_ first: Int) -> Bool {
        var index = first - 1
        while index >= 0, first - index <= 6, tokens[index].kind == .word || tokens[index].lower == "'" {
            if tokens[index].lower == "toll" { return true }
            index -= 1
        }
        return false
    }

    /// "Among the killed were ...": the measure every count of the sentence takes.
    private func amongMeasure() -> String? {
        guard tokens.count > 3, tokens[0].lower == "among", ["the", "those"].contains(tokens[1].lower) else { return nil }
        let word = tokens[2].lower
        if let measure = FigureLexicon.measureWords[word] { return measure }
        switch word {
        case "victims", "dead": return word == "dead" ? "killed" : "victims"
        case "hostages": return "hostages"
        default: return nil
        }
    }

    // MARK: Lists

    private func isListIntro(_ from: Int, _ to: Int) -> Bool {
        guard from <= to else { return false }
        let words = tokens[from..<to].map(\.lower)
        return [["including"], [",", "including"], ["(", "including"], ["among", "them"], [",", "among", "them"],
                ["of", "whom"], [",", "of", "whom"], ["among", "whom"], [",", "among", "whom"], ["-", "including"]]
            .contains(words)
    }

    private func isListContinuation(_ from: Int, _ to: Int) -> Bool {
        guard from <= to else { return false }
        let words = tokens[from..<to].map(\.lower)
        return [[","], ["and"], [",", "and"], ["or"], [",", "or"]].contains(words)
    }

    // MARK: Who says so

    /// "according to X", "as reported by X", "X said", "said X".
    private func attribution() -> String? {
        let stops = Self.attributionStops
        for index in tokens.indices {
            let lower = tokens[index].lower
            var start: Int?
            if lower == "according", word(index + 1) == "to" { start = index + 2 }
            if lower == "reported", word(index + 1) == "by" { start = index + 2 }
            if let start {
                var end = start
                while end < tokens.count, end < start + 8, !stops.contains(tokens[end].lower), tokens[end].kind != .number,
                      !FigureLexicon.clauseBreaks.contains(tokens[end].lower), tokens[end].lower != "in" || end == start
                { end += 1 }
                if end > start { return text(TextSpan(start: tokens[start].start, end: tokens[end - 1].end)) }
            }
        }
        for index in tokens.indices where Self.sayingVerbs.contains(tokens[index].lower) {
            var start = index
            while start > 0, index - start < 6, tokens[start - 1].kind == .word,
                  !FigureLexicon.stopWords.contains(tokens[start - 1].lower) || ["the", "of"].contains(tokens[start - 1].lower),
                  !FigureLexicon.auxiliaries.contains(tokens[start - 1].lower)
            { start -= 1 }
            while start < index, tokens[start].lower == "of" { start += 1 }
            let boundary = start == 0 || stops.contains(tokens[start - 1].lower) || tokens[start - 1].lower == "'"
            if start < index, boundary {
                return text(TextSpan(start: tokens[start].start, end: tokens[index - 1].end))
            }
            if index > 0, tokens[index - 1].lower == ",", index + 1 < tokens.count, tokens[index + 1].isCapitalized {
                var end = index + 1
                while end < tokens.count, end < index + 6, tokens[end].kind == .word, tokens[end].isCapitalized || tokens[end].lower == "of" { end += 1 }
                return text(TextSpan(start: tokens[index + 1].start, end: tokens[end - 1].end))
            }
        }
        return nil
    }

    // MARK: Helpers

    private static let sayingVerbs: Set<String> = [
        "said", "says", "say", "reported", "reports", "estimated", "estimates", "stated", "states", "announced",
    ]
    private static let attributionStops: Set<String> = [",", ".", ";", ":", "(", ")", "\"", "?", "!"]

    private func word(_ index: Int) -> String? { index >= 0 && index < tokens.count ? tokens[index].lower : nil }

    private func text(_ span: TextSpan) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[span.range]), as: UTF8.self)
    }
}
