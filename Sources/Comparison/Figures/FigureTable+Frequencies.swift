import Extraction

extension FigureTable {
    /// One distinct value of a row and the sources that state it.
    ///
    /// Statements are the same value when their bounds and kind are equal, however written
    /// ("more than 600" and "over 600"); each source's own statement, with its sentence, is kept in
    /// `values`, so every count can be traced back to the bytes behind it.
    public struct ValueFrequency: Sendable {
        /// The value as the first source stating it writes it.
        public var quantity: Quantity
        /// The sources stating it, as positions in `FigureTable.documents`, ascending.
        public var sources: [Int]
        /// Each source's own statement of the value, in the order of `sources`.
        public var values: [Value]

        /// How many sources state the value.
        public var count: Int { sources.count }
        public var text: String { quantity.text }
    }

    /// What the sources of one row state, value by value.
    public struct RowFrequencies: Sendable {
        /// The distinct values, those more sources state first; on a tie, by their bounds, lowest first.
        public var values: [ValueFrequency]
        /// The sources that state at least one value, as positions in `FigureTable.documents`, ascending.
        public var sources: [Int]
        /// In a disputed row, the sources whose values cannot all hold together with those of at
        /// least half of the other sources stating a value (with two sources, both); empty otherwise.
        public var differing: [Int]

        /// How many sources state a value. A source stating two values counts once here and once
        /// under each value, so the values' counts may add up to more.
        public var sourceCount: Int { sources.count }
    }

    /// The frequencies of every row, in row order. Linear in the values stated, plus a sort per row,
    /// so a table of 10,000 sources takes it in one pass.
    public func frequencies() -> [RowFrequencies] {
        let position = Dictionary(uniqueKeysWithValues: documents.enumerated().map { ($1, $0) })
        return rows.map { Self.frequencies(of: $0, position: position) }
    }

    /// The frequencies of one row; `position` gives each document's column.
    static func frequencies(of row: Row, position: [String: Int]) -> RowFrequencies {
        let stated = row.cells.compactMap { id, values in position[id].map { ($0, values) } }.sorted { $0.0 < $1.0 }
        var order: [Bounds: Int] = [:]
        var values: [ValueFrequency] = []
        for (source, cell) in stated {
            for value in cell {
                let bounds = Bounds(value.quantity)
                if let index = order[bounds] {
                    values[index].sources.append(source)
                    values[index].values.append(value)
                } else {
                    order[bounds] = values.count
                    values.append(ValueFrequency(quantity: value.quantity, sources: [source], values: [value]))
                }
            }
        }
        values.sort { lhs, rhs in
            lhs.count != rhs.count ? lhs.count > rhs.count : Bounds(lhs.quantity) < Bounds(rhs.quantity)
        }
        let differing = row.status == .disputed ? differingSources(comparable(stated.map { ($0.0, $0.1.map(\.quantity)) })) : []
        return RowFrequencies(values: values, sources: stated.map(\.0), differing: differing)
    }

    /// What can differ, by the rule of `FigureTable.disagree`: where the row states a number, its
    /// vague amounts ("hundreds") are left out, since they dispute no number; a source that states
    /// only those is then not counted either way.
    static func comparable(_ stated: [(source: Int, values: [Quantity])]) -> [(source: Int, values: [Quantity])] {
        guard stated.contains(where: { $0.values.contains { !$0.isVague } }) else { return stated }
        return stated.compactMap { source, values in
            let numbers = values.filter { !$0.isVague }
            return numbers.isEmpty ? nil : (source, numbers)
        }
    }

    /// The sources whose values are incompatible with those of at least half of the others.
    ///
    /// Two sources are compatible when every value of one is compatible with every value of the
    /// other. For bounds on one line that holds exactly when the highest low bound of each is at
    /// most the lowest high bound of the other, so each source is reduced to that pair, and the
    /// sources it contradicts are counted with binary searches and one sweep rather than compared
    /// in pairs: O(n log n) for n sources.
    static func differingSources(_ stated: [(source: Int, values: [Quantity])]) -> [Int] {
        struct Reduced {
            var source: Int
            /// The highest low bound and the lowest high bound of the source's values.
            var low: Double
            var high: Double
            /// A value of its own has a low bound above its high one: it holds with nothing.
            var isBroken: Bool
        }
        let reduced = stated.map { source, values in
            Reduced(source: source,
                    low: values.map { $0.low ?? -.infinity }.max() ?? -.infinity,
                    high: values.map { $0.high ?? .infinity }.min() ?? .infinity,
                    isBroken: values.contains { ($0.low ?? -.infinity) > ($0.high ?? .infinity) })
        }
        let sound = reduced.filter { !$0.isBroken }
        let broken = reduced.count - sound.count
        let lows = sound.map(\.low).sorted(), highs = sound.map(\.high).sorted()
        // A source whose own values do not overlap (low above high) can be below one source and
        // above it at once; those are counted per source with a sweep over the high bounds.
        let both = bothSides(sound.map { ($0.low, $0.high) })
        var differing: [Int] = []
        let others = reduced.count - 1
        var position = 0
        for source in reduced {
            var disagreeing = others
            if !source.isBroken {
                let below = lowerBound(highs, source.low)  // their lowest high bound is under its highest low
                let above = lows.count - upperBound(lows, source.high)
                // A source whose own values do not overlap is below and above itself: once, net.
                let itself = source.low > source.high ? 1 : 0
                disagreeing = below + above - both[position] - itself + broken
                position += 1
            }
            if disagreeing > 0, disagreeing * 2 >= others { differing.append(source.source) }
        }
        return differing
    }

    /// For each (low, high), how many of `bounds` have their high below its low and their low above
    /// its high: sorted by high bound, they join a Fenwick tree over low bounds as the sweep passes.
    private static func bothSides(_ bounds: [(low: Double, high: Double)]) -> [Int] {
        let lows = Array(Set(bounds.map(\.low))).sorted()
        var tree = Array(repeating: 0, count: lows.count + 1)
        func add(_ low: Double) {
            var index = lowerBound(lows, low) + 1
            while index < tree.count {
                tree[index] += 1
                index += index & -index
            }
        }
        /// How many added low bounds are at or below `value`.
        func atOrBelow(_ value: Double) -> Int {
            var index = upperBound(lows, value), total = 0
            while index > 0 {
                total += tree[index]
                index -= index & -index
            }
            return total
        }
        let byHigh = bounds.indices.sorted { bounds[$0].high < bounds[$1].high }
        let queries = bounds.indices.sorted { bounds[$0].low < bounds[$1].low }
        var result = Array(repeating: 0, count: bounds.count)
        var added = 0
        for query in queries {
            // Every source whose high bound is below this one's low bound is in the tree.
            while added < byHigh.count, bounds[byHigh[added]].high < bounds[query].low {
                add(bounds[byHigh[added]].low)
                added += 1
            }
            result[query] = added - atOrBelow(bounds[query].high)
        }
        return result
    }

    /// The distinct value a quantity states: its bounds and kind, not its wording.
    struct Bounds: Hashable, Comparable {
        var low: Double?
        var high: Double?
        var isExact: Bool
        var isVague: Bool

        init(_ quantity: Quantity) {
            low = quantity.low
            high = quantity.high
            isExact = quantity.isExact
            isVague = quantity.isVague
        }

        /// Low bound first (open below first), then high bound (open above last), exact first.
        static func < (lhs: Bounds, rhs: Bounds) -> Bool {
            (lhs.low ?? -.infinity, lhs.high ?? .infinity, lhs.isExact ? 0 : 1, lhs.isVague ? 1 : 0)
                < (rhs.low ?? -.infinity, rhs.high ?? .infinity, rhs.isExact ? 0 : 1, rhs.isVague ? 1 : 0)
        }
    }
}

/// The number of elements of the sorted `values` below `value`.
private func lowerBound(_ values: [Double], _ value: Double) -> Int {
    var low = 0, high = values.count
    while low < high {
        let middle = (low + high) / 2
        if values[middle] < value { low = middle + 1 } else { high = middle }
    }
    return low
}

/// The number of elements of the sorted `values` at or below `value`.
private func upperBound(_ values: [Double], _ value: Double) -> Int {
    var low = 0, high = values.count
    while low < high {
        let middle = (low + high) / 2
        if values[middle] <= value { low = middle + 1 } else { high = middle }
    }
    return low
}
