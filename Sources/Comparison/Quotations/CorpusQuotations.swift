import Corpus
import Extraction

/// Every distinct remark quoted in a corpus, each with the sources that carry it and their wordings.
///
/// Quotations of at least four words count as remarks (shorter ones are terms in quotation marks,
/// like “referendum”). Two quotations are one remark by the rule the passage aligner uses
/// (`PassageAligner.quotationSimilarity` and `quotationContainment`), and the groups are the
/// connected sets under that rule. Groups come in order of first appearance in the corpus.
///
///     for group in CorpusQuotations.groups(in: store) {
///         print(group.speaker ?? "-", group.documentIDs, group.text)
///     }
public enum CorpusQuotations {
    /// The groups of `store`; `progress`, if given, counts the documents read.
    public static func groups(in store: DocumentStore, progress: BuildProgress? = nil) -> [QuotationGroup] {
        struct Remark {
            var document: Document
            var quotation: Quotation
            var tokens: [WordToken]
        }
        var remarks: [Remark] = []
        progress?.start(total: store.count)
        for document in store.documents {
            defer { progress?.advance() }
            var bytes = Array(document.reading.text.utf8)
            let quotations = QuotationFinder.quotations(in: document.reading.text)
            bytes.withUnsafeMutableBufferPointer { buffer in
                for quotation in quotations {
                    let tokens = WordTokenizer.tokens(UnsafeBufferPointer(buffer), quotation.content.range)
                    if tokens.count >= AlignmentText.minimumQuotationWords {
                        remarks.append(Remark(document: document, quotation: quotation, tokens: tokens))
                    }
                }
            }
        }
        // Candidates share a shingle; the remark rule decides; groups are the connected sets.
        var parents = Array(remarks.indices)
        func root(_ index: Int) -> Int {
            var index = index
            while parents[index] != index {
                parents[index] = parents[parents[index]]
                index = parents[index]
            }
            return index
        }
        var index: [UInt64: [Int]] = [:]
        // A remark worded exactly as an earlier one joins it at once: a wire story's quotation
        // carried by hundreds of sources is compared once, not with each of its copies.
        var firstWithWords: [[UInt64]: Int] = [:]
        for (position, remark) in remarks.enumerated() {
            let words = remark.tokens.map(\.key)
            if let earlier = firstWithWords[words] {
                parents[root(position)] = root(earlier)
                continue
            }
            firstWithWords[words] = position
            var seen: Set<Int> = []
            for shingle in AlignmentText.shingles(remark.tokens[...]) {
                for other in index[shingle] ?? [] where seen.insert(other).inserted && root(other) != root(position) {
                    if PassageAligner.remarkMatch(remarks[other].tokens, remark.tokens) != nil {
                        parents[root(position)] = root(other)
                    }
                }
                index[shingle, default: []].append(position)
            }
        }
        var members: [Int: [Int]] = [:]
        var order: [Int] = []
        for position in remarks.indices {
            let group = root(position)
            if members[group] == nil { order.append(group) }
            members[group, default: []].append(position)
        }
        return order.map { group in
            let positions = members[group]!
            let first = remarks[positions[0]]
            let text = first.quotation.content.slice(of: first.document.reading.text) ?? ""
            let variants = positions.map { position -> QuotationGroup.Variant in
                let remark = remarks[position]
                let reading = remark.document.reading
                let own = remark.quotation.content.slice(of: reading.text) ?? ""
                let diff = WordDiff.changes(WordTokenizer.tokens(in: text), WordTokenizer.tokens(in: own),
                                            leftEnd: text.utf8.count, rightEnd: own.utf8.count)
                return QuotationGroup.Variant(
                    documentID: remark.document.id, quotation: remark.quotation, text: own,
                    sourceSpan: reading.sourceSpan(remark.quotation.content), similarity: diff.similarity,
                    changes: diff.changes)
            }
            let speaker = positions.lazy.compactMap { remarks[$0].quotation.speaker?.name }.first
            return QuotationGroup(text: text, speaker: speaker, variants: variants)
        }
    }
}
