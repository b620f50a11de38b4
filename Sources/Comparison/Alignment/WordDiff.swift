import Extraction

/// Word-level differences between two texts, by Myers' O((N+M)D) shortest edit script over words.
///
/// Words are compared folded (case, apostrophes and number separators aside; punctuation and
/// quotation marks are not words), so only changes a reader would call a different word show up.
/// Runs of deleted and inserted words between two common words become one replace.
///
///     let changes = WordDiff.changes(from: "We needed to stop that.", to: "We were able to stop that.")
///     // [replace "needed" -> "were able"]
public enum WordDiff {
    /// The changes that turn `left` into `right`; spans are offsets into each text.
    public static func changes(from left: String, to right: String) -> [WordChange] {
        let a = WordTokenizer.tokens(in: left), b = WordTokenizer.tokens(in: right)
        return changes(a, b, leftEnd: left.utf8.count, rightEnd: right.utf8.count).changes
    }

    /// The share of words the two texts have in common, in order: 2·LCS / (N + M), from 0 to 1.
    public static func similarity(_ left: String, _ right: String) -> Double {
        let a = WordTokenizer.tokens(in: left), b = WordTokenizer.tokens(in: right)
        return changes(a, b, leftEnd: 0, rightEnd: 0).similarity
    }

    /// The changes between two token runs and their similarity (2·LCS / (N + M)).
    static func changes(_ a: [WordToken], _ b: [WordToken], leftEnd: Int, rightEnd: Int)
        -> (changes: [WordChange], similarity: Double, common: Int)
    {
        let matched = matches(a.map(\.key), b.map(\.key))
        var result: [WordChange] = []
        var i = 0, j = 0
        for (mi, mj) in matched + [(a.count, b.count)] {
            if mi > i || mj > j {
                let leftSpan = mi > i ? TextSpan(start: a[i].span.start, end: a[mi - 1].span.end)
                    : emptySpan(at: i, a, end: leftEnd)
                let rightSpan = mj > j ? TextSpan(start: b[j].span.start, end: b[mj - 1].span.end)
                    : emptySpan(at: j, b, end: rightEnd)
                let kind: WordChange.Kind = mi == i ? .insert : mj == j ? .delete : .replace
                result.append(WordChange(kind: kind, left: leftSpan, right: rightSpan))
            }
            i = mi + 1
            j = mj + 1
        }
        let total = a.count + b.count
        return (result, total == 0 ? 1 : 2 * Double(matched.count) / Double(total), matched.count)
    }

    /// An empty span where a token at `index` would start (or after the last token).
    private static func emptySpan(at index: Int, _ tokens: [WordToken], end: Int) -> TextSpan {
        if index < tokens.count { return TextSpan(start: tokens[index].span.start, end: tokens[index].span.start) }
        let position = tokens.last?.span.end ?? end
        return TextSpan(start: position, end: position)
    }

    /// The index pairs of a longest common subsequence of `a` and `b`, in order (Myers 1986).
    static func matches(_ a: [UInt64], _ b: [UInt64]) -> [(Int, Int)] {
        // Common ends are matched directly; Myers runs on what is left between them.
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] {
            suffix += 1
        }
        var result: [(Int, Int)] = (0..<prefix).map { ($0, $0) }
        let n = a.count - prefix - suffix, m = b.count - prefix - suffix
        if n > 0, m > 0 {
            result += middle(a, b, prefix: prefix, n: n, m: m)
        }
        result += (0..<suffix).map { (a.count - suffix + $0, b.count - suffix + $0) }
        return result
    }

    private static func middle(_ a: [UInt64], _ b: [UInt64], prefix: Int, n: Int, m: Int) -> [(Int, Int)] {
        let maxD = n + m
        let offset = maxD + 1
        var v = [Int](repeating: 0, count: 2 * maxD + 3)
        var trace: [[Int]] = []
        var found = false
        for d in 0...maxD {
            trace.append(Array(v[(offset - d - 1)...(offset + d + 1)]))
            var k = -d
            while k <= d {
                var x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? v[offset + k + 1]
                    : v[offset + k - 1] + 1
                var y = x - k
                while x < n, y < m, a[prefix + x] == b[prefix + y] {
                    x += 1
                    y += 1
                }
                v[offset + k] = x
                if x >= n, y >= m {
                    found = true
                    break
                }
                k += 2
            }
            if found { break }
        }
        // Walk back through the saved frontiers to recover the snakes.
        var pairs: [(Int, Int)] = []
        var x = n, y = m
        for d in stride(from: trace.count - 1, through: 0, by: -1) {
            let saved = trace[d]  // v before round d, indices -d-1...d+1
            func value(_ k: Int) -> Int { saved[k + d + 1] }
            let k = x - y
            let previousK = (k == -d || (k != d && value(k - 1) < value(k + 1))) ? k + 1 : k - 1
            let previousX = d == 0 ? 0 : value(previousK)
            let previousY = d == 0 ? 0 : previousX - previousK
            while x > previousX, y > previousY {
                x -= 1
                y -= 1
                pairs.append((prefix + x, prefix + y))
            }
            x = previousX
            y = previousY
        }
        return pairs.reversed()
    }
}
