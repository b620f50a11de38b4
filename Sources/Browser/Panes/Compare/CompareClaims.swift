import Comparison
import Corpus
import Extraction

/// The claims of the chosen sources in the order the compare pane's summary lists them: those
/// that differ first (the first differences `n` steps to), then those that agree, then each
/// source's own, source by source.
struct CompareClaims: Sendable {
    let documentIDs: [String]
    let comparison: ClaimComparison
    /// Indices into `comparison.claims`, in listing order.
    let order: [Int]
    /// How many of `order`'s first entries differ.
    let differingCount: Int
    /// For each source, the reading-text spans of the values it states in claims that differ, so
    /// the passages can mark those numbers wherever they stand.
    let differingSpans: [[TextSpan]]

    init(documents: [Document], progress: BuildProgress? = nil) {
        documentIDs = documents.map(\.id)
        comparison = ClaimComparison(of: documents, progress: progress)
        let claims = comparison.claims
        let differing = claims.indices.filter { claims[$0].status == .differs }
        let agreeing = claims.indices.filter { claims[$0].status == .agrees }
        let single = documents.indices.flatMap { source in
            claims.indices.filter { claims[$0].status == .single && claims[$0].stating == [source] }
        }
        order = differing + agreeing + single
        differingCount = differing.count
        differingSpans = documents.indices.map { source in
            differing.flatMap { claims[$0].values[source].map(\.readingSpan) }
        }
    }

    func claim(atRow row: Int) -> Claim { comparison.claims[order[row]] }

    /// "1 differs · 4 agree · 4 only in A · 2 only in E".
    func summary(labels: [String]) -> String {
        let differs = comparison.count(.differs), agrees = comparison.count(.agrees)
        var parts = ["\(differs) differ\(differs == 1 ? "s" : "")", "\(agrees) agree\(agrees == 1 ? "s" : "")"]
        for (index, label) in labels.enumerated() { parts.append("\(comparison.count(.single, source: index)) only in \(label)") }
        return parts.joined(separator: " · ")
    }
}
