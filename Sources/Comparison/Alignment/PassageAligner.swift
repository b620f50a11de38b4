import Corpus
import Extraction

/// Pairs the passages of two texts that tell the same thing.
///
/// Three kinds of evidence, strongest first:
/// 1. **The same quotation.** Two quotations of at least four words whose folded words mostly agree
///    in order (2·LCS / (N + M) ≥ `quotationSimilarity`), or where the shorter is nearly all found in
///    the longer (≥ `quotationContainment` of its words, for quotes cut short by one source).
/// 2. **Shared wording.** Passages whose three-word shingles overlap by Dice ≥ `wordingSimilarity`.
/// 3. **The same figures.** Sentences that state at least two of the same figures, or one figure of
///    three or more digits (small numbers and years match by chance; see `NumberTokenFigures`);
///    the best match shares most of its figures and leads with the same one.
/// 4. **A paraphrase.** Of the sentences still free, those that share most of their distinctive
///    words, in any order (`paraphraseSimilarity`), two of them at least not names: a retelling
///    with synonyms, clauses moved, the voice turned, or other numbers ("25 were missing on
///    Tuesday" / "On Tuesday, 28 remained missing"). Numbers do not count (the figures stage and
///    the claims deal with them), and words weigh by how rare they are across the two texts, so
///    the story's own names, which every sentence carries, say little. Anchors are the rarer
///    content words (an inverted index), so only sentences that share one are ever compared.
///
/// Pairs are one-to-one: candidates are taken best first (by kind, then score) while both passages
/// are free. Word changes are listed for pairs whose compared words are near-identical; for the
/// others, inside the stretch the two share most closely (Smith-Waterman over words,
/// `LocalAlignment`), when that stretch is long enough (`sharedStretchWords`).
///
///     let alignment = PassageAligner.align(storeDocumentA, storeDocumentB)
///     for pair in alignment.pairs { print(pair.kind, pair.similarity, pair.changes.count) }
public enum PassageAligner {
    /// Quotations this alike are one remark. Tuned on the seeds: the Sargsyan remark carried by
    /// seeds 000 and 002 ("Khojalu"/"Khojaly", "We needed to put a stop to all that"/"We were able to
    /// break that [stereotype]") scores 0.85 (0.87 of the shorter found in the longer); of every other
    /// pair of remarks across the seeds, none scores over 0.31 (0.39 contained).
    public static let quotationSimilarity = 0.6
    public static let quotationContainment = 0.8
    /// Sentences whose informative three-word shingles overlap this much (Dice) share their wording.
    /// Tuned on the seeds: the sentence pairs across them that a reader would call the same statement
    /// ("including 106 women and 63 children", "the fate of 150 of them", "one of the worst tragedies
    /// of the 20th century") score 0.22 to 0.32; the best-scoring other pairs, which share a phrase
    /// such as "the largest massacre" and little else, score 0.17 at most.
    public static let wordingSimilarity = 0.2
    /// Sentences whose distinctive words overlap this much (Dice, each word weighed by its rarity
    /// across both texts) tell the same thing. Tuned on planted rewrites (`crossread-corpus-generator
    /// --rewrites`, 20 reports): the retold sentences score 0.46 and up, unrelated ones 0.21 at most;
    /// on the seeds, unrelated sentences that share the story's vocabulary reach 0.39, and the one
    /// paraphrase (Human Rights Watch's "largest massacre", in 000 and 002) scores 0.47.
    public static let paraphraseSimilarity = 0.4
    /// Words in more sentences than this share of both texts (and at least `commonWordFloor`) are
    /// not anchors: they still count in a pair's score, but never make two sentences candidates.
    static let commonWordShare = 0.05
    /// A paraphrase shares at least this many words that are not names.
    static let minimumSharedContentWords = 2
    static let commonWordFloor = 8
    /// Added to the figures score of two sentences that lead with the same figure.
    static let leadingFigureBonus = 0.5
    /// Compared words at least this alike (2·LCS / (N + M)) get their word changes listed.
    public static let nearIdentical = 0.5
    /// Passages less alike get the changes inside the stretch they share most closely (a local
    /// alignment), when it holds at least this many common words: fewer say too little.
    public static let sharedStretchWords = 4

    /// Aligns two documents by their reading texts.
    public static func align(_ left: Document, _ right: Document) -> PassageAlignment {
        align(left: left.reading.text, right: right.reading.text)
    }

    /// Aligns two texts; spans in the result are offsets into them.
    public static func align(left: String, right: String) -> PassageAlignment {
        align(AlignmentText(left), AlignmentText(right))
    }

    private struct Candidate {
        var left: Int
        var right: Int
        var kind: PassagePair.Kind
        var score: Double

        var rank: Int {
            switch kind {
            case .quote: return 3
            case .wording: return 2
            case .figures: return 1
            case .paraphrase: return 0
            }
        }
    }

    static func align(_ left: AlignmentText, _ right: AlignmentText) -> PassageAlignment {
        var leftTaken = [Bool](repeating: false, count: left.sentences.count)
        var rightTaken = [Bool](repeating: false, count: right.sentences.count)
        var pairs: [PassagePair] = []
        // Quotations first: a pair takes every sentence its quotations run across, on both sides.
        for candidate in sorted(quotationCandidates(left, right)) {
            let leftRange = left.quotationSentences[candidate.left], rightRange = right.quotationSentences[candidate.right]
            guard !leftRange.contains(where: { leftTaken[$0] }), !rightRange.contains(where: { rightTaken[$0] }) else { continue }
            for index in leftRange { leftTaken[index] = true }
            for index in rightRange { rightTaken[index] = true }
            pairs.append(pair(candidate, left: (left.passage(ofQuotation: candidate.left), left.quotations[candidate.left].content,
                                                left.quotationTokens[candidate.left]),
                              right: (right.passage(ofQuotation: candidate.right), right.quotations[candidate.right].content,
                                      right.quotationTokens[candidate.right]),
                              left, right))
        }
        // Each candidate, best first, pairs two sentences neither of which is taken yet.
        func take(_ candidates: [Candidate]) {
            for candidate in sorted(candidates) where !leftTaken[candidate.left] && !rightTaken[candidate.right] {
                leftTaken[candidate.left] = true
                rightTaken[candidate.right] = true
                let leftSpan = left.sentences[candidate.left], rightSpan = right.sentences[candidate.right]
                pairs.append(pair(candidate, left: (leftSpan, leftSpan, left.sentenceTokens[candidate.left]),
                                  right: (rightSpan, rightSpan, right.sentenceTokens[candidate.right]), left, right))
            }
        }
        // Then sentences, by wording and by figures.
        take(wordingCandidates(left, right) + figureCandidates(left, right))
        // Last, paraphrases among the sentences still free.
        take(paraphraseCandidates(left, right, leftTaken: leftTaken, rightTaken: rightTaken))
        pairs.sort { ($0.left.passage, $0.right.passage) < ($1.left.passage, $1.right.passage) }
        return PassageAlignment(
            leftSentences: left.sentences, rightSentences: right.sentences,
            leftQuotations: left.quotations, rightQuotations: right.quotations, pairs: pairs,
            unmatchedLeft: left.sentences.indices.filter { !leftTaken[$0] }.map { left.sentences[$0] },
            unmatchedRight: right.sentences.indices.filter { !rightTaken[$0] }.map { right.sentences[$0] })
    }

    /// Best first: by kind, then score; ties in text order, so the result never depends on hashing.
    private static func sorted(_ candidates: [Candidate]) -> [Candidate] {
        candidates.sorted { a, b in
            if a.rank != b.rank { return a.rank > b.rank }
            if a.score != b.score { return a.score > b.score }
            return (a.left, a.right) < (b.left, b.right)
        }
    }

    private static func pair(_ candidate: Candidate, left: (passage: TextSpan, span: TextSpan, tokens: Range<Int>),
                             right: (passage: TextSpan, span: TextSpan, tokens: Range<Int>),
                             _ leftText: AlignmentText, _ rightText: AlignmentText) -> PassagePair
    {
        let a = Array(leftText.tokens[left.tokens]), b = Array(rightText.tokens[right.tokens])
        let diff = WordDiff.changes(a, b, leftEnd: left.span.end, rightEnd: right.span.end)
        let nearIdentical = diff.similarity >= nearIdentical
        return PassagePair(
            left: .init(passage: left.passage, span: left.span), right: .init(passage: right.passage, span: right.span),
            kind: candidate.kind, similarity: diff.similarity, isNearIdentical: nearIdentical,
            changes: nearIdentical ? diff.changes : sharedStretchChanges(a, b))
    }

    /// The word changes inside the stretch two passages share most closely (`LocalAlignment`), when
    /// that stretch holds at least `sharedStretchWords` common words and is near-identical itself;
    /// else none.
    static func sharedStretchChanges(_ a: [WordToken], _ b: [WordToken]) -> [WordChange] {
        guard let stretch = LocalAlignment.best(a.map(\.key), b.map(\.key)), !stretch.left.isEmpty, !stretch.right.isEmpty
        else { return [] }
        let left = Array(a[stretch.left]), right = Array(b[stretch.right])
        let diff = WordDiff.changes(left, right, leftEnd: left.last!.span.end, rightEnd: right.last!.span.end)
        guard diff.common >= sharedStretchWords, diff.similarity >= nearIdentical else { return [] }
        return diff.changes
    }

    /// How well two quotations' words match as one remark, or `nil` when they are not the same remark.
    static func remarkMatch(_ a: [WordToken], _ b: [WordToken]) -> Double? {
        guard !a.isEmpty, !b.isEmpty else { return nil }
        let diff = WordDiff.changes(a, b, leftEnd: 0, rightEnd: 0)
        let containment = Double(diff.common) / Double(min(a.count, b.count))
        guard diff.similarity >= quotationSimilarity || containment >= quotationContainment else { return nil }
        return max(diff.similarity, containment)
    }

    // MARK: Candidates

    /// Quotation pairs (indices into each side's quotations).
    private static func quotationCandidates(_ left: AlignmentText, _ right: AlignmentText) -> [Candidate] {
        // Index the right side's remarks by shingle; a pair must share one before it is compared.
        var index: [UInt64: [Int]] = [:]
        for quote in right.quotations.indices where right.isRemark(quote) {
            for shingle in AlignmentText.shingles(right.tokens[right.quotationTokens[quote]]) {
                index[shingle, default: []].append(quote)
            }
        }
        var candidates: [Candidate] = []
        for quote in left.quotations.indices where left.isRemark(quote) {
            let tokens = Array(left.tokens[left.quotationTokens[quote]])
            var seen: Set<Int> = []
            for shingle in AlignmentText.shingles(tokens[...]) {
                for other in index[shingle] ?? [] where seen.insert(other).inserted {
                    guard let score = remarkMatch(tokens, Array(right.tokens[right.quotationTokens[other]])) else { continue }
                    candidates.append(Candidate(left: quote, right: other, kind: .quote, score: score))
                }
            }
        }
        return candidates
    }

    private static func wordingCandidates(_ left: AlignmentText, _ right: AlignmentText) -> [Candidate] {
        var index: [UInt64: [Int32]] = [:]
        index.reserveCapacity(right.tokens.count)
        for (sentence, shingles) in right.shingles.enumerated() {
            for shingle in shingles { index[shingle, default: []].append(Int32(sentence)) }
        }
        var shared = [Int](repeating: 0, count: right.sentences.count)
        var touched: [Int] = []
        var candidates: [Candidate] = []
        for (sentence, shingles) in left.shingles.enumerated() {
            for shingle in shingles {
                for other in index[shingle] ?? [] {
                    if shared[Int(other)] == 0 { touched.append(Int(other)) }
                    shared[Int(other)] += 1
                }
            }
            for other in touched {
                let dice = 2 * Double(shared[other]) / Double(shingles.count + right.shingles[other].count)
                if dice >= wordingSimilarity {
                    candidates.append(Candidate(left: sentence, right: other, kind: .wording, score: dice))
                }
                shared[other] = 0
            }
            touched.removeAll(keepingCapacity: true)
        }
        return candidates
    }

    /// Free sentences sharing most of their distinctive words, weighed by rarity (inverse sentence
    /// frequency over both texts).
    private static func paraphraseCandidates(_ left: AlignmentText, _ right: AlignmentText, leftTaken: [Bool],
                                             rightTaken: [Bool]) -> [Candidate]
    {
        var frequency: [UInt64: Int32] = [:]
        for words in left.words { for word in words { frequency[word.key, default: 0] += 1 } }
        for words in right.words { for word in words { frequency[word.key, default: 0] += 1 } }
        let total = Double(left.sentences.count + right.sentences.count)
        let anchorLimit = max(commonWordFloor, Int(total * commonWordShare))
        // 1/√(sentences holding the word): a word in one sentence weighs 1, one in a hundred 0.1.
        func weight(_ word: UInt64) -> Double { 1 / Double(frequency[word] ?? 1).squareRoot() }
        let rightWeights = right.words.map { $0.reduce(0) { $0 + weight($1.key) } }
        var index: [UInt64: [Int32]] = [:]
        for (sentence, words) in right.words.enumerated() where !rightTaken[sentence] {
            for word in words where word.isContent && Int(frequency[word.key] ?? 0) <= anchorLimit {
                index[word.key, default: []].append(Int32(sentence))
            }
        }
        var candidates: [Candidate] = []
        var seen = [Bool](repeating: false, count: right.sentences.count)
        var touched: [Int] = []
        for (sentence, words) in left.words.enumerated() where !leftTaken[sentence] && words.count >= 2 {
            for word in words where word.isContent && Int(frequency[word.key] ?? 0) <= anchorLimit {
                for other in index[word.key] ?? [] where !seen[Int(other)] {
                    seen[Int(other)] = true
                    touched.append(Int(other))
                }
            }
            guard !touched.isEmpty else { continue }
            let leftWeight = words.reduce(0) { $0 + weight($1.key) }
            for other in touched {
                seen[other] = false
                var shared = 0.0, sharedContent = 0
                var i = 0, j = 0
                let otherWords = right.words[other]
                while i < words.count, j < otherWords.count {
                    if words[i].key == otherWords[j].key {
                        shared += weight(words[i].key)
                        if words[i].isContent || otherWords[j].isContent { sharedContent += 1 }
                        i += 1
                        j += 1
                    } else if words[i].key < otherWords[j].key { i += 1 } else { j += 1 }
                }
                // Names alone ("the Armenia-Azerbaijan Nagorno-Karabakh conflict") are the story's,
                // not the sentence's: two words that carry content must be shared.
                guard sharedContent >= minimumSharedContentWords else { continue }
                let score = 2 * shared / (leftWeight + rightWeights[other])
                if score >= paraphraseSimilarity {
                    candidates.append(Candidate(left: sentence, right: other, kind: .paraphrase, score: score))
                }
            }
            touched.removeAll(keepingCapacity: true)
        }
        return candidates
    }

    private static func figureCandidates(_ left: AlignmentText, _ right: AlignmentText) -> [Candidate] {
        var index: [String: [Int]] = [:]
        for (sentence, keys) in right.figures.enumerated() {
            for key in keys { index[key, default: []].append(sentence) }
        }
        var candidates: [Candidate] = []
        for (sentence, keys) in left.figures.enumerated() where !keys.isEmpty {
            var shared: [Int: [String]] = [:]
            for key in keys {
                for other in index[key] ?? [] { shared[other, default: []].append(key) }
            }
            for (other, common) in shared {
                let distinctive = common.contains { $0.filter(\.isNumber).count >= 3 }
                guard common.count >= 2 || distinctive else { continue }
                // More shared figures, and fewer unshared ones, make a better match; a sentence is
                // mostly about its first figure ("613 were killed, including 106 women"), so two
                // sentences that lead with the same one match best.
                let otherKeys = right.figures[other]
                var score = Double(common.count) / Double(max(keys.count, otherKeys.count))
                if keys.first == otherKeys.first { score += leadingFigureBonus }
                candidates.append(Candidate(left: sentence, right: other, kind: .figures, score: score))
            }
        }
        return candidates
    }
}
