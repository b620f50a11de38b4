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
        /// The text's word for the measure ("perished", "bodies").
        var word: String?
        /// The measure a noun after the number names ("42 deaths", "three dead children").
        var nounMeasure: String?
        /// The group after a back-reference: "six of them children", "14 of whom were women".
        var backGroup: String?
        var isFeared = false
        /// The measure is a possibility ("could kill thousands"), not what happened.
        var isHypothetical = false
        /// The count is a whole of which none is counted: "None of the 150 passengers was hurt".
        var isNegated = false
        /// The measure came from a toll, a "number of" or a casualty verb before the count, which
        /// count people: "the toll rose to 156 on Tuesday", "Fire kills 9 in Lutsk".
        var isToll = false
    }

    /// What a chain of verbs after a count says.
    private struct Chain {
        var measures: [String] = []
        var generic: String?
        var end: Int
        var word: String?
        var isFeared = false
        var isHypothetical = false
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
            let year = Int(token.value)
            // "May 14, 2019", "in May 2019": a full date; "the 2010 floods": another event's name.
            let previous = word(index - 1), beforeComma = word(index - 2), twoBack = word(index - 3)
            if state.firstDatedYear == nil, previous.map({ NumberWords.months.contains($0) }) == true
                || (previous == "," && (beforeComma.map { NumberWords.months.contains($0) } == true
                    || (tokens.indices.contains(index - 2) && tokens[index - 2].kind == .number
                        && twoBack.map { NumberWords.months.contains($0) } == true)))
            {
                state.firstDatedYear = year
            }
            if previous == "the", index + 1 < tokens.count, tokens[index + 1].kind == .word, !tokens[index + 1].isCapitalized {
                state.passingYears.insert(year)
            }
        }
        var candidates = matches.filter { !$0.quantity.isPercent && !isAge($0) && !isCountOfThings($0) }.map(candidate)
        let wholes = Set(candidates.compactMap(\.wholeStart))
        candidates.removeAll { wholes.contains($0.match.first) }
        guard !candidates.isEmpty else { return }
        let starts = Set(candidates.map(\.match.first))

        for index in candidates.indices {
            let chain = self.chain(from: candidates[index].nounEnd, stopAt: starts, lives: tokens.indices.contains(candidates[index].nounEnd - 1) && tokens[candidates[index].nounEnd - 1].lower == "lives")
            candidates[index].measures = chain.measures
            candidates[index].chainEnd = chain.end
            candidates[index].isFeared = chain.isFeared
            candidates[index].isHypothetical = chain.isHypothetical
            if !chain.measures.isEmpty { candidates[index].word = chain.word }
            if chain.measures.isEmpty, let generic = chain.generic {
                candidates[index].measure = generic
                candidates[index].word = generic
            }
        }
        // Lists: "613 people, including 106 women and 63 children"; "613 were killed, including ...".
        for index in candidates.indices.dropFirst() where candidates[index].group != nil && !candidates[index].isBackReference {
            let previous = candidates[index - 1]
            let first = candidates[index].match.first
            let isItem = previous.head == nil
                ? isListIntro(previous.nounEnd, first) || isListIntro(previous.chainEnd, first)
                    || isListIntroAfterAdverbial(Swift.max(previous.nounEnd, previous.chainEnd), first)
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
        let nounEnds = Dictionary(candidates.map { ($0.match.first, $0.nounEnd) }, uniquingKeysWith: { first, _ in first })
        for index in candidates.indices where candidates[index].head == nil {
            measure(for: &candidates[index], stopAt: starts, nounEnds: nounEnds, previousToll: state.previousToll)
        }
        // "The bodies of 14 children and five women were recovered": a count joined to the one
        // before takes its measure when it has none of the vocabulary's own.
        for index in candidates.indices.dropFirst() where candidates[index].head == nil && !candidates[index].isBackReference {
            let previous = candidates[index - 1]
            guard let measure = previous.measure, FigureVocabulary.isCasualty(measure),
                  !FigureVocabulary.isCasualty(candidates[index].measure ?? ""), candidates[index].group != nil,
                  isListContinuation(previous.nounEnd, candidates[index].match.first)
            else { continue }
            candidates[index].measure = measure
            candidates[index].word = previous.word
        }
        state.previousToll = tokens.contains { $0.lower.utf8.count == 4 && $0.lower == "toll" } ? "killed" : nil
        let among = amongMeasure()
        // The count an "Among the dead were ..." sentence takes its parts from: found once, as a
        // long sentence of many parts would otherwise search the figures for each.
        let amongWhole = among.flatMap { among in
            state.figures.indices.last { state.figures[$0].measure == among.measure && state.figures[$0].partOf == nil }
        }
        var attribution: String??  // found once, for the first figure of the sentence
        let sentenceText = text(sentence)
        var sentenceHasFigure = false
        var local: [Int: Int] = [:]  // candidate index -> figure index
        for index in candidates.indices {
            var candidate = candidates[index]
            var partOf: Int?
            if let head = candidate.head {
                candidate.measure = candidates[head].measure
                candidate.word = candidates[head].word
                candidate.isFeared = candidates[head].isFeared
                partOf = local[head]
                if candidates[head].isHypothetical { continue }
            } else if let among, !FigureVocabulary.isCasualty(candidate.measure ?? "") || among.partOf {
                candidate.measure = among.measure
                candidate.word = among.word
                if among.partOf { partOf = amongWhole }
            } else if candidate.isBackReference {
                if let parent = state.lastHead ?? local.values.max() {
                    partOf = parent
                    candidate.group = candidate.backGroup ?? state.figures[parent].group
                    if candidate.measure == nil {
                        candidate.measure = state.figures[parent].measure
                        candidate.word = state.figures[parent].word
                    }
                } else {
                    candidate.group = candidate.backGroup ?? "people"  // "150 of them" with nothing before it to refer to
                }
            }
            if candidate.isHypothetical || candidate.isNegated { continue }
            if candidate.group == nil, candidate.measure != nil, standsAlone(candidate) { candidate.group = "people" }
            // "Among the reported deaths, 504 were in Ludian and 72 in Qiaojia"; "19 deaths in California,
            // three in Oregon and one in Washington"; "Suzu with 98 deaths, Wajima with 83": a count
            // with a place and no noun repeats the count before it.
            if candidate.group == nil, !candidate.isBackReference, let previous = local.keys.filter({ $0 < index }).max(),
               let previousFigure = local[previous].map({ state.figures[$0] }), previousFigure.isCasualty,
               isElliptical(candidates[index], after: candidates[previous].match.first),
               among != nil || !FigureVocabulary.isCasualty(candidate.measure ?? "")
            {
                candidate.group = previousFigure.group
                candidate.measure = among?.measure ?? previousFigure.measure
                candidate.word = among?.word ?? previousFigure.word
            } else if candidate.group == nil, among != nil, isElliptical(candidates[index]) || word(candidate.match.end) == "were" {
                candidate.group = "people"
            } else if candidate.group == nil, let among, !among.partOf {
                // A fact box: "Injuries: 71 to firefighters, and 27 to civilians", "Dead: 12".
                if word(candidate.match.end) == "to", let noun = word(candidate.match.end + 1), let group = FigureLexicon.groupNouns[noun] {
                    candidate.group = group
                } else {
                    candidate.group = "people"
                }
            }
            // A toll counts people; so does a plural the lexicon does not know before a casualty
            // ("60 climbers may have died", "12 hikers were injured").
            if candidate.group == nil, let measure = candidate.measure, FigureVocabulary.isCasualty(measure),
               candidate.isToll || (isUnknownPlural(candidate.nounEnd) && !countsThings(candidates[index]))
            {
                candidate.group = "people"
            }
            guard let measure = candidate.measure, let group = candidate.group else { continue }
            let nearest = years.min { abs($0.token - candidate.match.first) < abs($1.token - candidate.match.first) }
            if attribution == nil { attribution = .some(self.attribution()) }
            let figure = Figure(quantity: candidate.match.quantity, measure: measure, group: group,
                                attribution: attribution ?? nil, sentence: sentenceText, sentenceSpan: sentence, partOf: partOf,
                                word: candidate.word, isFeared: candidate.isFeared)
            local[index] = state.figures.count
            state.figures.append(figure)
            state.years.append(nearest?.year)
            sentenceHasFigure = true
            if candidate.head == nil, among?.partOf != true, !candidate.isBackReference { state.lastHead = state.figures.count - 1 }
        }
        if sentenceHasFigure {
            for year in Set(years.map(\.year)) { state.figureSentenceYears[year, default: 0] += 1 }
        }
    }

    // MARK: The noun after the number

    private func candidate(_ match: NumberReader.Match) -> Candidate {
        var index = match.end
        var result = Candidate(match: match, nounEnd: match.end, chainEnd: match.end)
        result.isNegated = isNegatedWhole(match.first)
        // "12 of the 40 miners": the count takes the noun of the whole it is taken from, and the
        // whole ("the 40 miners") is a reference, not a figure of its own.
        // "30 of the train's 341 passengers": a possessive before the whole.
        var possessive = 0
        if word(index) == "of", word(index + 1) == "the", index + 2 < tokens.count, tokens[index + 2].kind == .word {
            if tokens[index + 2].lower.hasSuffix("'s") {
                possessive = 1  // "train's"
            } else if index + 4 < tokens.count, tokens[index + 3].lower == "'", word(index + 4) == "s" {
                possessive = 3  // "train’s"
            }
        }
        if word(index) == "of", let determiner = word(index + 1), ["the", "these", "those", "its", "their"].contains(determiner),
           index + 2 + possessive < tokens.count,
           tokens[index + 2 + possessive].kind == .number || tokens[index + 2 + possessive].isNumberWord
        {
            result.wholeStart = index + 2 + possessive
            index += 2 + possessive
            while index < tokens.count, tokens[index].kind == .number || tokens[index].isNumberWord
                || (tokens[index].lower == "," && index + 1 < tokens.count && tokens[index + 1].kind == .number)
            { index += 1 }
        }
        if word(index) == "of", let next = word(index + 1), ["them", "whom", "those", "these"].contains(next) {
            result.isBackReference = true
            result.nounEnd = index + 2
            // "six of them children", "eight of whom are children"
            var after = index + 2
            if let verb = word(after), ["are", "were", "was", "is"].contains(verb) { after += 1 }
            if let noun = word(after), let group = FigureLexicon.groupNouns[noun], group != "people" {
                result.backGroup = group
                result.nounEnd = after + 1
            }
            return result
        }
        // "five of his bodyguards", "three of the passengers": the group is the whole's.
        if word(index) == "of", let determiner = word(index + 1),
           ["his", "her", "their", "its", "our", "my", "the", "those", "these"].contains(determiner),
           let noun = word(index + 2), FigureLexicon.nounMeasures[noun] == nil, noun != "victims",
           let group = FigureLexicon.groupNouns[noun] ?? (determiner != "the" && isUnknownPlural(index + 2) ? "people" : nil)
        {
            result.group = group
            result.nounEnd = index + 3
            return result
        }
        // "Seven of the dead were children", "two of the injured": the measure is the whole's.
        if word(index) == "of", let determiner = word(index + 1), determiner == "the" || determiner == "those",
           let noun = word(index + 2),
           let measure = FigureLexicon.nounMeasures[noun] ?? FigureLexicon.measureWords[noun] ?? (noun == "victims" ? "victims" : nil)
        {
            result.nounMeasure = measure
            result.word = noun
            var after = index + 3
            result.nounEnd = after
            if let verb = word(after), ["are", "were", "was", "is", "included"].contains(verb) { after += 1 }
            if let noun = word(after), let group = FigureLexicon.groupNouns[noun] {
                result.group = group
                result.nounEnd = after + 1
            } else {
                result.group = "people"
            }
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
            // "4 storm-related fatalities": a hyphen inside a modifier.
            if token.lower == "-", !token.spaceBefore, position + 1 < tokens.count, !tokens[position + 1].spaceBefore,
               position > index, tokens[position - 1].kind == .word
            {
                position += 1
                continue
            }
            guard token.kind == .word else { break }
            // "42 deaths", "19 bodies", "three dead children", "two injured women", "318 new cases"
            // A word that is also a verb ("wounded", "dead") is a noun only before a group noun;
            // otherwise the chain after the number reads it with what follows ("wounded, taken hostage").
            if let measure = FigureLexicon.nounMeasures[token.lower],
               FigureLexicon.measureWords[token.lower] == nil || word(position + 1).map({ FigureLexicon.groupNouns[$0] != nil }) == true
            {
                result.nounMeasure = measure
                result.word = token.lower
                var end = position + 1
                if let next = word(end), let group = FigureLexicon.groupNouns[next] {
                    result.group = group
                    end += 1
                } else {
                    result.group = "people"
                }
                result.nounEnd = end
                return result
            }
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
                // "two police officers": a second noun of the same group is part of the first.
                if let next = word(end), FigureLexicon.groupNouns[next] == group || (group == "police" && next == "officers") { end += 1 }
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
            {
                // "98 confirmed deaths", "nine unidentified bodies": a modifier before the noun.
                let isVerb = ["were", "was", "are", "is", "have", "has", "had", "be", "been"].contains(lower)
                if !isVerb, !FigureLexicon.stopWords.contains(lower), !FigureLexicon.clauseBreaks.contains(lower),
                   FigureLexicon.measureWords[lower] == nil, skipped < 2, let next = word(position + 1),
                   FigureLexicon.nounMeasures[next] != nil
                {
                    skipped += 1
                    position += 1
                    continue
                }
                break
            }
            skipped += 1
            position += 1
        }
        return result
    }

    /// "None of the 150", "neither of the two": the count is the whole, and none of it is counted.
    private func isNegatedWhole(_ first: Int) -> Bool {
        var index = first - 1
        if let determiner = word(index), ["the", "its", "their", "these", "those"].contains(determiner) { index -= 1 }
        guard let preposition = word(index), preposition == "of" || preposition == "among" else { return false }
        guard let negation = word(index - 1) else { return false }
        return ["none", "neither", "nobody"].contains(negation)
    }

    /// A count in a list of places: "and 72 in Qiaojia", ", three in Oregon", "Wajima with 83,".
    private func isElliptical(_ candidate: Candidate, after previousStart: Int? = nil) -> Bool {
        let first = candidate.match.first, end = candidate.match.end
        let after = word(end)
        let placeAfter = after == "in" || after == "at"
        let withBefore = word(first - 1) == "with" && (after == nil || after == "," || after == "and" || after == ".")
        guard placeAfter || withBefore else { return false }
        // Parallel with the count before: "19 deaths in California, three in Oregon", not "three people
        // dead and 1.1 million in Florida without power".
        if let previousStart, previousStart < first,
           !tokens[previousStart..<first].contains(where: { ["in", "at", "with"].contains($0.lower) })
        {
            return false
        }
        var index = first - 1
        while index >= 0, first - index <= 4 {
            if tokens[index].lower == "," || tokens[index].lower == "and" { return true }
            index -= 1
        }
        return false
    }

    /// "in the three northern districts": a count of things inside a toll's phrase, not the toll.
    private func countsThings(_ candidate: Candidate) -> Bool {
        if let before = word(candidate.match.first - 1), ["the", "these", "those", "its", "their"].contains(before) { return true }
        for offset in 0..<2 {
            if let next = word(candidate.match.end + offset), FigureLexicon.nonPeople.contains(next) { return true }
        }
        return false
    }

    /// "four states", "40 homes": a number whose noun counts things.
    private func isCountOfThings(_ match: NumberReader.Match) -> Bool {
        for offset in 0..<2 {
            guard let next = word(match.end + offset) else { return false }
            if FigureLexicon.nonPeople.contains(next) { return true }
            if FigureLexicon.groupNouns[next] != nil || FigureLexicon.nounMeasures[next] != nil { return false }
        }
        return false
    }

    /// "Muntazer Ahmed, 4, was wounded", "Parise, 35, had scored": an age between commas after a name.
    private func isAge(_ match: NumberReader.Match) -> Bool {
        guard match.first >= 2, match.end < tokens.count, tokens[match.first - 1].lower == ",", tokens[match.end].lower == ",",
              tokens[match.first - 2].isCapitalized, tokens[match.first - 2].kind == .word,
              let value = match.quantity.exactValue, value < 120, match.end == match.numberStart + 1
        else { return false }
        return true
    }

    /// A lowercase plural the lexicon does not know, right after a count: "climbers", "hikers".
    private func isUnknownPlural(_ start: Int) -> Bool {
        var index = start
        // "100 Hindu devotees": past a capitalized adjective.
        if index + 1 < tokens.count, tokens[index].isCapitalized, tokens[index].kind == .word, tokens[index + 1].kind == .word { index += 1 }
        guard index < tokens.count, tokens[index].kind == .word, !tokens[index].isCapitalized else { return false }
        let lower = tokens[index].lower
        // "previous", "various", "bus", "crisis" end in s but are not plurals.
        return lower.count > 3 && lower.hasSuffix("s") && !lower.hasSuffix("ss") && !lower.hasSuffix("us")
            && !lower.hasSuffix("is") && !FigureLexicon.stopWords.contains(lower) && !FigureLexicon.nonPeople.contains(lower)
    }

    /// A count with no noun stands for people when a verb or the clause's end follows it ("487 were injured").
    private func standsAlone(_ candidate: Candidate) -> Bool {
        // "lost one", "one of": a lone "one" is a pronoun far more often than a count.
        if tokens[candidate.match.numberStart].lower == "one", candidate.match.end == candidate.match.numberStart + 1 {
            // "one dead", "one injured": a measure right after makes it a count.
            guard let next = word(candidate.match.end), FigureLexicon.measureWords[next] != nil else { return false }
            return true
        }
        var index = candidate.match.end
        if let next = word(index), ["more", "other", "others"].contains(next) { index += 1 }
        guard index < tokens.count else { return true }
        let token = tokens[index]
        if token.kind == .punctuation { return token.lower != "%" && token.lower != "-" }
        return FigureLexicon.auxiliaries.contains(token.lower) || FigureLexicon.measureWords[token.lower] != nil
            || FigureLexicon.clauseBreaks.contains(token.lower) || token.lower == "and"
            || (FigureLexicon.isParticiple(token.lower) && !FigureLexicon.reportingVerbs.contains(token.lower))
            || FigureLexicon.phrasesByFirstWord[token.lower] != nil
    }

    // MARK: What happened

    /// The verbs right after a count: "were tortured and brutally murdered", "wounded, taken hostage, or missing".
    private func chain(from start: Int, stopAt starts: Set<Int>, lives: Bool) -> Chain {
        var result = Chain(end: start)
        var measures: [String] = []
        var index = start
        var started = false
        var pendingModal = false
        if word(index) == "," { index += 1 }
        // A measure only feared after a confirmed one is left out: "missing and feared dead" is missing.
        var fearNext = false
        func found(_ measure: String, _ word: String, length: Int) {
            if fearNext, !measures.isEmpty {
                fearNext = false
                index += length
                result.end = index
                return
            }
            fearNext = false
            if !measures.contains(measure) { measures.append(measure) }
            if result.word == nil { result.word = word }
            if pendingModal { result.isHypothetical = true }
            index += length
            started = true
            result.end = index
        }
        while index < tokens.count, index < start + 14, !starts.contains(index) {
            let lower = tokens[index].lower
            if let (length, measure) = phrase(at: index) {
                found(measure, tokens[index..<(index + length)].map(\.lower).joined(separator: " "), length: length)
                continue
            }
            if lives, lower == "lost" {
                found("killed", "lost", length: 1)
                continue
            }
            if let measure = FigureLexicon.measureWords[lower] {
                found(measure, lower, length: 1)
                continue
            }
            // "200 people were aboard" counts who was there, not a casualty; "all 9 people aboard died" is a toll.
            if lower == "aboard" || lower == "onboard" || (lower == "on" && word(index + 1) == "board") {
                if result.generic == nil { result.generic = "aboard" }
                index += lower == "on" ? 2 : 1
                started = true
                result.end = index
                continue
            }
            if FigureLexicon.auxiliaries.contains(lower) || (lower.hasSuffix("ly") && lower.count > 3 && tokens[index].kind == .word) {
                index += 1
                continue
            }
            // "could kill", "may die": a possibility; "may have died": a hedge on what happened.
            if !started, FigureLexicon.modals.contains(lower) {
                if word(index + 1) != "have" { pendingModal = true }
                index += 1
                continue
            }
            // "feared dead", "thought to have drowned", "presumed killed"
            if FigureLexicon.fearWords.contains(lower), index + 1 < tokens.count {
                var next = index + 1
                if word(next) == "to", word(next + 1) == "have" { next += 2 }
                if let after = word(next), FigureLexicon.measureWords[after] != nil || phrase(at: next) != nil {
                    if measures.isEmpty { result.isFeared = true } else { fearNext = true }
                    index = next
                    continue
                }
            }
            // "one person reported missing", "12 people confirmed dead"
            if FigureLexicon.reportingVerbs.contains(lower), let next = word(index + 1), FigureLexicon.measureWords[next] != nil {
                index += 1
                continue
            }
            if tokens[index].kind == .word, FigureLexicon.isParticiple(lower), !FigureLexicon.reportingVerbs.contains(lower) {
                if result.generic == nil { result.generic = lower }
                index += 1
                started = true
                result.end = index
                continue
            }
            if started, lower == "," || lower == "and" || lower == "or" {
                index += 1
                continue
            }
            break
        }
        if measures.count > 1 {
            let conjunction = tokens[start..<Swift.max(start, result.end)].contains { $0.lower == "or" } ? "or" : "and"
            measures = [measures.dropLast().joined(separator: ", ") + " \(conjunction) " + measures.last!]
        }
        result.measures = measures
        return result
    }

    /// A measure phrase at `index`, with its length in tokens.
    private func phrase(at index: Int) -> (Int, String)? {
        guard let phrases = FigureLexicon.phrasesByFirstWord[tokens[index].lower] else { return nil }
        for (words, measure) in phrases where index + words.count <= tokens.count {
            var matched = true
            for (offset, word) in words.enumerated() where tokens[index + offset].lower != word {
                matched = false
                break
            }
            if matched { return (words.count, measure) }
        }
        return nil
    }

    /// The measure of a whole count: the verbs after it, the noun after it ("42 deaths"), the noun or
    /// gerund before it, a measure word in its clause, a toll or "number of" before it, another verb
    /// after or before it, or "victims" as its noun. Sets `measure`, `word` and `isHypothetical`.
    private func measure(for candidate: inout Candidate, stopAt starts: Set<Int>, nounEnds: [Int: Int], previousToll: String?) {
        if let measure = candidate.measures.first {
            candidate.measure = measure
            return
        }
        if let measure = candidate.nounMeasure {
            candidate.measure = measure
            return
        }
        let generic = candidate.measure
        if let (measure, word) = measureBefore(candidate, stopAt: starts, nounEnds: nounEnds, previousToll: previousToll,
                                               isHypothetical: &candidate.isHypothetical, isToll: &candidate.isToll)
        {
            candidate.measure = measure
            candidate.word = word
            return
        }
        if generic == nil, candidate.nounEnd > 0, let measure = FigureLexicon.personMeasures[tokens[candidate.nounEnd - 1].lower] {
            candidate.measure = measure
            candidate.word = tokens[candidate.nounEnd - 1].lower
            return
        }
        candidate.measure = generic
    }

    private func measureBefore(_ candidate: Candidate, stopAt starts: Set<Int>, nounEnds: [Int: Int], previousToll: String?,
                               isHypothetical: inout Bool, isToll: inout Bool) -> (String, String)?
    {
        var first = candidate.match.first
        // "killing all nine people", "killed another 179"
        if first >= 2, ["all", "another", "some", "an", "the"].contains(tokens[first - 1].lower), tokens[first - 2].kind == .word,
           FigureLexicon.measureBefore[tokens[first - 2].lower] != nil || FigureLexicon.measureWords[tokens[first - 2].lower] != nil
        { first -= 1 }
        // "the massacre of", "the lives of", "the fate of", "killing", "wounding"
        if first >= 1 {
            let before = tokens[first - 1].lower
            if before == "of", first >= 2, let measure = FigureLexicon.measureBefore[tokens[first - 2].lower] {
                isToll = FigureVocabulary.isCasualty(measure)  // "a death toll of more than 25,000 in ..."
                return (measure, tokens[first - 2].lower)
            }
            // "gunned down 13 villagers", "shot dead 16 people": a phrase ending right before the count.
            for length in 2...3 where first >= length {
                if let (matched, measure) = phrase(at: first - length), matched == length {
                    isToll = FigureVocabulary.isCasualty(measure)
                    return (measure, tokens[(first - length)..<first].map(\.lower).joined(separator: " "))
                }
            }
            if tokens[first - 1].kind == .word,
               let measure = FigureLexicon.measureBefore[before] ?? FigureLexicon.measureWords[before],
               before.hasSuffix("ing") || before.hasSuffix("ed") || FigureLexicon.measureWords[before] != nil
                || ["kill", "kills", "injure", "injures", "wound", "wounds"].contains(before)
            {
                // "could kill thousands", "threatens to kill": not a count of what happened.
                if first >= 2, FigureLexicon.modals.contains(tokens[first - 2].lower) || tokens[first - 2].lower == "to",
                   !before.hasSuffix("ed")
                {
                    isHypothetical = true
                }
                isToll = FigureVocabulary.isCasualty(measure) && !countsThings(candidate)
                return (measure, before)
            }
        }
        // "home to 45,000 people"
        if first >= 2, tokens[first - 2].lower == "home", tokens[first - 1].lower == "to" { return ("population", "home") }
        // "The death toll had reached 212", "the number of injured rose to 567", "an official figure of 156"
        if candidate.group == nil || candidate.group == "people", !countsThings(candidate),
           let toll = tollBefore(first, previousToll: previousToll)
        {
            if toll.isHypothetical { isHypothetical = true }
            isToll = true
            return (toll.measure, toll.word)
        }
        // "infected more than 4,000 people": a verb right before the count takes it as its object.
        if first >= 1, tokens[first - 1].kind == .word, FigureLexicon.isParticiple(tokens[first - 1].lower),
           !FigureLexicon.reportingVerbs.contains(tokens[first - 1].lower)
        {
            let verb = tokens[first - 1].lower
            // "pulled 18 survivors" are survivors; "freed 40 hostages" keeps "freed".
            if FigureLexicon.measureWords[verb] == nil, !FigureLexicon.releaseVerbs.contains(verb), candidate.nounEnd > 0,
               let measure = FigureLexicon.personMeasures[tokens[candidate.nounEnd - 1].lower]
            {
                return (measure, tokens[candidate.nounEnd - 1].lower)
            }
            return (FigureLexicon.measureWords[verb] ?? verb, verb)
        }
        // A measure word later in the clause: "Thousands of people on both sides fell victim", or
        // after a list: "two males, nine women and two juveniles were killed".
        var index = candidate.nounEnd
        var itemEnd = candidate.nounEnd  // the end of the last count of a list this one heads
        var sawModal = false
        while index < tokens.count, index < candidate.nounEnd + 12, !FigureLexicon.clauseBreaks.contains(tokens[index].lower) {
            if starts.contains(index) {
                // Only a list joined by "and" at its end: "Of the 58 passengers, 41 survived" is not one.
                guard isListContinuation(itemEnd, index), let end = nounEnds[index],
                      tokens[itemEnd..<index].contains(where: { $0.lower == "and" || $0.lower == "or" })
                        || (end < tokens.count && (tokens[end].lower == "and" || tokens[end].lower == ","))
                else { break }
                if tokens[itemEnd..<index].allSatisfy({ $0.lower == "," }), end < tokens.count, tokens[end].lower == "," {
                    // ", nine women, and two juveniles": the item after must lead on to another.
                    var next = end + 1
                    if word(next) == "and" { next += 1 }
                    guard starts.contains(next) || (word(end + 1) == "and" && starts.contains(end + 2)) else { break }
                } else if tokens[itemEnd..<index].allSatisfy({ $0.lower == "," }), end < tokens.count, tokens[end].lower == "and" {
                    guard starts.contains(end + 1) else { break }
                } else if tokens[itemEnd..<index].allSatisfy({ $0.lower == "," }) {
                    break
                }
                index = Swift.max(end, index + 1)
                itemEnd = index
                continue
            }
            let lower = tokens[index].lower
            // ", and multiple passengers suffered injuries": another clause with its own subject.
            if lower == ",", let next = word(index + 1), next == "and" || next == "but", !starts.contains(index + 2) { break }
            if FigureLexicon.modals.contains(lower), word(index + 1) != "have" { sawModal = true }
            if let (length, measure) = phrase(at: index) {
                if sawModal { isHypothetical = true }
                return (measure, tokens[index..<(index + length)].map(\.lower).joined(separator: " "))
            }
            // "... sent to help the wounded": a measure word after "the" names people, it predicates nothing.
            if let measure = FigureLexicon.measureWords[lower], word(index - 1) != "the" {
                if sawModal { isHypothetical = true }
                return (measure, lower)
            }
            // "bringing to 26 the number of deaths"
            if lower == "number", word(index + 1) == "of", let noun = word(index + 2),
               let measure = FigureLexicon.nounMeasures[noun] ?? FigureLexicon.measureWords[noun]
            {
                isToll = true
                return (measure, noun)
            }
            index += 1
        }
        // "claimed 100 lives", "cost 50 lives": lives are counted when they are lost.
        if candidate.nounEnd > 0, tokens[candidate.nounEnd - 1].lower == "lives", candidate.group == "people" { return ("killed", "lives") }
        if candidate.measure != nil { return nil }
        // "have identified by name 39 Armenians": a verb shortly before the count.
        var back = first - 1
        while back >= 0, back >= first - 3, tokens[back].kind == .word {
            let lower = tokens[back].lower
            if FigureLexicon.isParticiple(lower), !FigureLexicon.reportingVerbs.contains(lower) { return (lower, lower) }
            back -= 1
        }
        if candidate.nounEnd > 0, tokens[candidate.nounEnd - 1].lower == "victims" { return ("victims", "victims") }
        return nil
    }

    /// "The death toll has risen to 87", "the number of injured rose to 567", "the tally stands at 9":
    /// a toll or count named earlier in the same clause, or a figure whose toll the previous sentence named.
    private func tollBefore(_ first: Int, previousToll: String?) -> (measure: String, word: String, isHypothetical: Bool)? {
        var index = first - 1
        var isHypothetical = false
        if index >= 0, tokens[index].lower == ":" { index -= 1 }  // "Death toll: 45"
        // "The number of people killed by the worst outbreak of the virus has risen to 5,160" is long.
        while index >= 0, first - index <= 16, tokens[index].kind == .word || tokens[index].lower == "'" {
            if first - index > 10, tokens[index].lower != "number", tokens[index].lower != "toll" {
                index -= 1
                continue
            }
            let lower = tokens[index].lower
            if FigureLexicon.modals.contains(lower) { isHypothetical = true }
            if lower == "toll" {
                let kind = index >= 1 ? tokens[index - 1].lower : ""
                return (kind == "injury" ? "wounded" : "killed", "toll", isHypothetical)
            }
            if ["number", "tally", "count", "total"].contains(lower), word(index + 1) == "of" {
                var next = index + 2
                while next < first, next < index + 6 {
                    if let measure = FigureLexicon.nounMeasures[tokens[next].lower] ?? FigureLexicon.measureWords[tokens[next].lower] {
                        return (measure, tokens[next].lower, isHypothetical)
                    }
                    next += 1
                }
            }
            if let previousToll, ["figure", "figures", "tally", "count", "total"].contains(lower) {
                return (previousToll, lower, isHypothetical)
            }
            index -= 1
        }
        return nil
    }

    /// "Among the killed were ...", "Of the deaths, ...", "Deaths: ...": the measure every count of the
    /// sentence takes, and whether its counts are parts of the count before.
    private func amongMeasure() -> (measure: String, word: String, partOf: Bool)? {
        guard tokens.count > 2 else { return nil }
        // "Deaths: seven", "- Rescued: 47 ...": a fact box, after a bullet if any.
        let label = ["-", "*", "?"].contains(tokens[0].lower) && tokens.count > 3 ? 1 : 0
        if tokens[label + 1].lower == ":",
           let measure = FigureLexicon.nounMeasures[tokens[label].lower] ?? FigureLexicon.personMeasures[tokens[label].lower]
            ?? FigureLexicon.measureWords[tokens[label].lower]
        {
            return (measure, tokens[label].lower, false)
        }
        // "The dead included 3 foreigners", "The injured are 40 miners and 2 rescuers"
        if tokens.count > 3, tokens[0].lower == "the", let measure = FigureLexicon.measureWords[tokens[1].lower],
           ["included", "include", "includes", "were", "are"].contains(tokens[2].lower)
        {
            return (measure, tokens[1].lower, true)
        }
        guard tokens.count > 3, ["among", "of"].contains(tokens[0].lower), ["the", "those"].contains(tokens[1].lower) else { return nil }
        for position in 2...3 where position < tokens.count {
            let word = tokens[position].lower
            guard let measure = FigureLexicon.nounMeasures[word] ?? FigureLexicon.measureWords[word] ?? (word == "victims" ? "victims" : nil)
            else { continue }
            // "Of the deaths, 17,388 were in Kashmir" needs its comma; "Of the 58 passengers" is a partitive.
            if tokens[0].lower == "of", !(position + 1 < tokens.count && tokens[position + 1].lower == ",") { return nil }
            return (measure, word, true)
        }
        return nil
    }

    // MARK: Lists

    private func isListIntro(_ from: Int, _ to: Int) -> Bool {
        guard from <= to else { return false }
        let words = tokens[from..<to].map(\.lower)
        return [["including"], [",", "including"], ["(", "including"], ["among", "them"], [",", "among", "them"],
                ["of", "whom"], [",", "of", "whom"], ["among", "whom"], [",", "among", "whom"], ["-", "including"]]
            .contains(words)
    }

    /// "rose to 156 on Tuesday, including 12 children": a short phrase between the whole and its list.
    private func isListIntroAfterAdverbial(_ from: Int, _ to: Int) -> Bool {
        guard to - from >= 3, to - from <= 7, tokens[to - 1].lower == "including", tokens[to - 2].lower == "," else { return false }
        return tokens[from..<(to - 2)].allSatisfy {
            ($0.kind == .word || $0.kind == .number) && !FigureLexicon.clauseBreaks.contains($0.lower) && $0.lower != "and"
                && !FigureLexicon.isParticiple($0.lower)
        }
    }

    private func isListContinuation(_ from: Int, _ to: Int) -> Bool {
        guard from <= to else { return false }
        let words = tokens[from..<to].map(\.lower)
        return [[","], ["and"], [",", "and"], ["or"], [",", "or"]].contains(words)
    }

    // MARK: Who says so

    /// "according to X", "as reported by X", "X said", "said X".
    func attribution() -> String? {
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
            // ", said X" or ",\" said X": a speaker after the verb, titles included ("rescue chief Olga Petrenko").
            let afterComma = index > 0 && (tokens[index - 1].lower == ","
                || (index > 1 && tokens[index - 2].lower == "," && ["\"", "?", "'"].contains(tokens[index - 1].lower)))
            if afterComma, index + 1 < tokens.count, tokens[index + 1].kind == .word {
                var end = index + 1
                while end < tokens.count, end < index + 7, tokens[end].kind == .word,
                      !FigureLexicon.stopWords.contains(tokens[end].lower) || tokens[end].lower == "of"
                { end += 1 }
                if tokens[(index + 1)..<end].contains(where: \.isCapitalized) {
                    return text(TextSpan(start: tokens[index + 1].start, end: tokens[end - 1].end))
                }
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
