/// The stretch two word runs share most closely, by Smith-Waterman local alignment.
///
/// A retelling often follows its source word for word for a while inside sentences that otherwise
/// part ("More than 600 people, including 106 women and 63 children, were killed" / "613 civilians
/// were killed, including 106 women, 70 elderly and 83 children"). A global diff of the whole
/// sentences finds too little in common to list changes; the best local stretch shows what changed
/// inside it. Scores: a shared word +2, a changed word −1, a word only one side has −1, so a stretch
/// stays aligned across a changed word between shared ones and ends where the two part for good.
enum LocalAlignment {
    static let match = 2
    static let mismatch = -1
    static let gap = -1

    /// The index ranges of the best-scoring stretch in `a` and `b` and its score, or nil when no
    /// word is shared.
    static func best(_ a: [UInt64], _ b: [UInt64]) -> (left: Range<Int>, right: Range<Int>, score: Int)? {
        guard !a.isEmpty, !b.isEmpty else { return nil }
        let width = b.count + 1
        var scores = [Int32](repeating: 0, count: (a.count + 1) * width)
        var best = (score: Int32(0), i: 0, j: 0)
        for i in 1...a.count {
            for j in 1...b.count {
                let diagonal = scores[(i - 1) * width + j - 1] + Int32(a[i - 1] == b[j - 1] ? match : mismatch)
                let up = scores[(i - 1) * width + j] + Int32(gap)
                let left = scores[i * width + j - 1] + Int32(gap)
                let score = max(0, diagonal, up, left)
                scores[i * width + j] = score
                if score > best.score { best = (score, i, j) }
            }
        }
        guard best.score > 0 else { return nil }
        // Back from the best cell to where the stretch starts (a score of zero).
        var i = best.i, j = best.j
        while i > 0, j > 0, scores[i * width + j] > 0 {
            let score = scores[i * width + j]
            if score == scores[(i - 1) * width + j - 1] + Int32(a[i - 1] == b[j - 1] ? match : mismatch) {
                i -= 1
                j -= 1
            } else if score == scores[(i - 1) * width + j] + Int32(gap) {
                i -= 1
            } else {
                j -= 1
            }
        }
        return (i..<best.i, j..<best.j, Int(best.score))
    }
}
