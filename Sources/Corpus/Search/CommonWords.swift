import Foundation

/// The rows and frequencies of the words many documents hold, kept beside the FTS5 index so that a
/// query of such words is ranked without FTS5 decoding every position of them.
///
/// bm25 needs, for each matching row, how often each phrase occurs in it. FTS5 keeps positions,
/// not counts, so ranking `the` (in every article, dozens of times in each) meant decoding
/// every position of it in the index: 6.5 ms on 10,000 articles, 64 ms on 100,000, where a
/// rare word takes one or two. A word in at least one row in sixteen (`CommonWordsPolicy`) has
/// a list in the `common_words` table: its rows in order with its count in each. A query made
/// only of such words, in a shape where each phrase's count in a matching row is its plain count
/// (`CommonWordsQuery`), is ranked from the lists, with the same documents, order and scores as
/// FTS5's bm25; any other query goes to FTS5. Snippets and hits always come from FTS5.
///
/// The lists are made once the rows are written (`SearchRanking.rebuildCommonWords`) and, for an
/// index file, patched for the rows an update touched (`patchCommonWords`).
enum CommonWords {
    static let createTable = "CREATE TABLE IF NOT EXISTS common_words (word TEXT PRIMARY KEY, postings BLOB NOT NULL)"
}

/// Which words get a list: those in at least `minimumShare` of the rows and in at least
/// `minimumDocuments` of them (a small corpus is quick to search without any list).
struct CommonWordsPolicy: Sendable, Hashable {
    var minimumDocuments = 256
    var minimumShare = 1.0 / 16

    static let standard = CommonWordsPolicy()

    /// The fewest rows a word must be in to get a list, in an index of `rows` rows.
    func threshold(rows: Int) -> Int {
        max(1, minimumDocuments, Int((Double(rows) * minimumShare).rounded(.up)))
    }
}

/// A word's rows, in ascending order, and how many times it occurs in each.
struct WordPostings: Sendable, Hashable {
    var rows: [Int64] = []
    var frequencies: [Int32] = []

    var count: Int { rows.count }

    /// Each row as the difference from the one before (the first from 0), then the frequency,
    /// both as little-endian base-128 integers (as `PackedWriter` writes them).
    func encoded() -> Data {
        var writer = PackedWriter()
        var previous: Int64 = 0
        for (row, frequency) in zip(rows, frequencies) {
            writer.write(Int(row - previous))
            writer.write(Int(frequency))
            previous = row
        }
        return Data(writer.bytes)
    }

    /// The list `encoded()` made, or `nil` for bytes it cannot have made. Read in place rather than
    /// with `PackedReader`, which copies the bytes first: this runs for every word of every query.
    init?(decoding data: Data) {
        let decoded = data.withUnsafeBytes { bytes -> WordPostings? in
            var postings = WordPostings()
            postings.rows.reserveCapacity(bytes.count / 2)
            postings.frequencies.reserveCapacity(bytes.count / 2)
            var position = 0
            var row: Int64 = 0
            func next() -> Int64? {
                var value: Int64 = 0
                var shift: Int64 = 0
                while position < bytes.count, shift < 56 {
                    let byte = bytes[position]
                    position += 1
                    value |= Int64(byte & 0x7F) << shift
                    if byte < 0x80 { return value }
                    shift += 7
                }
                return nil
            }
            while position < bytes.count {
                guard let delta = next(), let frequency = next(), frequency > 0, frequency <= Int64(Int32.max),
                      postings.rows.isEmpty || delta > 0 else { return nil }
                row += delta
                postings.rows.append(row)
                postings.frequencies.append(Int32(frequency))
            }
            return postings
        }
        guard let decoded else { return nil }
        self = decoded
    }

    init() {}

    init(rows: [Int64], frequencies: [Int32]) {
        self.rows = rows
        self.frequencies = frequencies
    }

    /// This list without the rows in `removed`, with `added` merged in (its rows none of these).
    func replacing(_ removed: Set<Int64>, with added: WordPostings) -> WordPostings {
        var merged = WordPostings()
        merged.rows.reserveCapacity(count + added.count)
        merged.frequencies.reserveCapacity(count + added.count)
        var next = 0
        for (row, frequency) in zip(rows, frequencies) where !removed.contains(row) {
            while next < added.count, added.rows[next] < row {
                merged.rows.append(added.rows[next])
                merged.frequencies.append(added.frequencies[next])
                next += 1
            }
            merged.rows.append(row)
            merged.frequencies.append(frequency)
        }
        merged.rows.append(contentsOf: added.rows[next...])
        merged.frequencies.append(contentsOf: added.frequencies[next...])
        return merged
    }
}

/// A query whose every phrase is one word, in a shape where each phrase's count in a matching row
/// is the word's plain count there (and 0 for the words it excludes): words joined by OR, or
/// by AND, with words or OR-groups after NOT. Mixed shapes (`a OR (b AND c)`) are left to FTS5,
/// whose count for a word in a row where its branch did not match is not a plain count.
struct CommonWordsQuery: Hashable {
    /// One word per phrase, in FTS5's order (left to right).
    let words: [String]
    /// The first `included` phrases decide the match; the rest exclude rows (NOT).
    let included: Int
    /// Whether a row needs every included word (AND) or any (OR).
    let needsAll: Bool

    /// The query `node` as words, each phrase made a word by `word` (`nil` when the phrase is not
    /// exactly one); `nil` when the shape or a phrase does not allow it.
    init?(_ node: SearchQuery.Node, word: (String) throws -> String?) rethrows {
        var excluded: [[String]] = []
        var base = node
        while case .not(let left, let right) = base {
            guard let group = Self.phrases(of: right, joinedBy: .or) else { return nil }
            excluded.insert(group, at: 0)
            base = left
        }
        let included: [String]
        if let any = Self.phrases(of: base, joinedBy: .or) {
            (included, needsAll) = (any, false)
        } else if let all = Self.phrases(of: base, joinedBy: .and) {
            (included, needsAll) = (all, true)
        } else {
            return nil
        }
        var words: [String] = []
        for phrase in included + excluded.joined() {
            guard let one = try word(phrase) else { return nil }
            words.append(one)
        }
        self.words = words
        self.included = included.count
    }

    private enum Joiner { case and, or }

    private static func phrases(of node: SearchQuery.Node, joinedBy joiner: Joiner) -> [String]? {
        switch node {
        case .phrase(let words, let prefix):
            return prefix ? nil : [words]
        case .and(let left, let right) where joiner == .and, .or(let left, let right) where joiner == .or:
            guard let first = phrases(of: left, joinedBy: joiner), let second = phrases(of: right, joinedBy: joiner) else { return nil }
            return first + second
        default:
            return nil
        }
    }

    /// The rows that match, in ascending order, with each phrase's count in each (row after row,
    /// `words.count` counts a row); `lists` holds one list per word, in the order of `words`.
    func matches(_ lists: [WordPostings]) -> (rows: [Int64], frequencies: [Int32]) {
        precondition(lists.count == words.count)
        if lists.count == 1 { return (lists[0].rows, lists[0].frequencies) }
        var rows: [Int64] = [], frequencies: [Int32] = []
        var cursors = [Int](repeating: 0, count: lists.count)
        func excludes(_ row: Int64) -> Bool {
            for phrase in included..<lists.count {
                let list = lists[phrase]
                while cursors[phrase] < list.count, list.rows[cursors[phrase]] < row { cursors[phrase] += 1 }
                if cursors[phrase] < list.count, list.rows[cursors[phrase]] == row { return true }
            }
            return false
        }
        if needsAll {
            guard let driver = (0..<included).min(by: { lists[$0].count < lists[$1].count }) else { return ([], []) }
            let driving = lists[driver]
            rows: for index in 0..<driving.count {
                let row = driving.rows[index]
                for phrase in 0..<included where phrase != driver {
                    let list = lists[phrase]
                    while cursors[phrase] < list.count, list.rows[cursors[phrase]] < row { cursors[phrase] += 1 }
                    guard cursors[phrase] < list.count else { break rows }
                    if list.rows[cursors[phrase]] != row { continue rows }
                }
                cursors[driver] = index
                guard !excludes(row) else { continue }
                rows.append(row)
                for phrase in 0..<lists.count {
                    frequencies.append(phrase < included ? lists[phrase].frequencies[cursors[phrase]] : 0)
                }
            }
        } else {
            while true {
                var row = Int64.max
                for phrase in 0..<included where cursors[phrase] < lists[phrase].count {
                    row = min(row, lists[phrase].rows[cursors[phrase]])
                }
                guard row != Int64.max else { break }
                let first = frequencies.count
                for phrase in 0..<included {
                    let list = lists[phrase]
                    if cursors[phrase] < list.count, list.rows[cursors[phrase]] == row {
                        frequencies.append(list.frequencies[cursors[phrase]])
                        cursors[phrase] += 1
                    } else {
                        frequencies.append(0)
                    }
                }
                if excludes(row) {
                    frequencies.removeSubrange(first...)
                    continue
                }
                rows.append(row)
                frequencies.append(contentsOf: repeatElement(0, count: lists.count - included))
            }
        }
        return (rows, frequencies)
    }
}
