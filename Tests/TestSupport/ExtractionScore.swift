/// Precision and recall of extracted keys against a hand annotation, counting repeats: a key found
/// twice and annotated once is one right and one extra.
public struct ExtractionScore<Key: Hashable & CustomStringConvertible> {
    public let correct: Int
    public let found: Int
    public let expected: Int
    /// Keys found more often than annotated, and annotated more often than found, with how many.
    public let extra: [(key: Key, count: Int)]
    public let missed: [(key: Key, count: Int)]

    public init(found: some Sequence<Key>, expected: some Sequence<Key>) {
        var foundCounts: [Key: Int] = [:], expectedCounts: [Key: Int] = [:]
        for key in found { foundCounts[key, default: 0] += 1 }
        for key in expected { expectedCounts[key, default: 0] += 1 }
        correct = foundCounts.reduce(0) { $0 + min($1.value, expectedCounts[$1.key] ?? 0) }
        self.found = foundCounts.values.reduce(0, +)
        self.expected = expectedCounts.values.reduce(0, +)
        func surplus(_ counts: [Key: Int], over others: [Key: Int]) -> [(key: Key, count: Int)] {
            counts.compactMap { key, count in
                let more = count - (others[key] ?? 0)
                return more > 0 ? (key, more) : nil
            }.sorted { $0.key.description < $1.key.description }
        }
        extra = surplus(foundCounts, over: expectedCounts)
        missed = surplus(expectedCounts, over: foundCounts)
    }

    public var precision: Double { Double(correct) / Double(max(1, found)) }
    public var recall: Double { Double(correct) / Double(max(1, expected)) }

    /// "NAME: precision 0.950 (19/20), recall 0.905 (19/21)", then one line per extra and missed key.
    public func report(_ name: String) -> String {
        func three(_ value: Double) -> String {
            let thousandths = Int((value * 1000).rounded())
            let fraction = String(thousandths % 1000)
            return "\(thousandths / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
        }
        var lines = ["\(name): precision \(three(precision)) (\(correct)/\(found)), recall \(three(recall)) (\(correct)/\(expected))"]
        lines += extra.map { "  extra:  \($0.key)" + ($0.count > 1 ? " ×\($0.count)" : "") }
        lines += missed.map { "  missed: \($0.key)" + ($0.count > 1 ? " ×\($0.count)" : "") }
        return lines.joined(separator: "\n")
    }
}
