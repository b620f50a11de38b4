import Corpus

/// The widths of the Figures table's columns at one screen width, solved together.
///
/// The values are the point of the table, so the sources come first: each shown source column
/// gets the width of its widest value (up to `sourceCap`) before the label columns (MEASURE,
/// GROUP) take more than their minimum; then the labels grow to their median need, then to their
/// full need, then the sources past the cap, and what is left is the NOTE column. Labels are cut
/// before values. When not every source fits at `narrowSource` columns, the table scrolls
/// sideways: a window of sources around the selected one (and the pane may switch to frequencies).
///
/// A row is laid out as
///
///     mark(2) MEASURE ␠ GROUP ␠ WHEN ‹ (␠ SOURCE)… ␠› [␠ NOTE]
struct FigureColumnLayout: Equatable {
    /// How wide a label column wants to be: never under `minimum` (its heading's width, so the
    /// heading is whole), its median row's width, and its widest row's.
    struct LabelNeed: Equatable {
        var minimum: Int
        var median: Int
        var full: Int
        /// Every row's width, ascending: how many rows a width keeps whole.
        var widths: [Int]

        /// The need of a column headed `heading` holding `widths`, one per row.
        init(heading: String, widths: [Int]) {
            self.widths = widths.sorted()
            minimum = DisplayWidth.of(heading)
            median = max(minimum, self.widths.isEmpty ? 0 : self.widths[self.widths.count / 2])
            full = max(median, self.widths.last ?? 0)
        }

        /// How many rows are whole at `width`.
        func whole(at width: Int) -> Int {
            var low = 0, high = widths.count
            while low < high {
                let middle = (low + high) / 2
                if widths[middle] <= width { low = middle + 1 } else { high = middle }
            }
            return low
        }
    }

    var measure: Int
    var group: Int
    var when: Int
    /// Every source's width; only `first..<end` are shown.
    var sources: [Int]
    var first: Int
    var end: Int
    /// The NOTE column's width, 0 when it is not shown.
    var note: Int

    static let markWidth = 2
    static let whenWidth = 4
    /// The widest a source column grows before the labels reach their full need.
    static let sourceCap = 24
    /// A source column's width when they do not all fit and the table scrolls sideways.
    static let narrowSource = 9
    /// The NOTE column is shown only with at least this many columns to itself.
    static let noteMinimum = 20
    /// Everything but the label and source columns: the row mark, the spaces after MEASURE and
    /// GROUP, WHEN, the `‹` before the sources and the ` ›` after them.
    static let overhead = markWidth + 1 + 1 + whenWidth + 1 + 2

    /// The layout for `width` columns, with source `column` among those shown.
    static func solve(width: Int, measure measureNeed: LabelNeed, group groupNeed: LabelNeed, sources needs: [Int],
                      keeping column: Int) -> FigureColumnLayout {
        var measure = measureNeed.minimum, group = groupNeed.minimum
        let room = width - overhead - measure - group
        var widths = needs.map { min($0, narrowSource) }
        func cost(_ range: Range<Int>) -> Int { widths[range].reduce(0) { $0 + $1 + 1 } }
        var first = 0, end = needs.count
        if !needs.isEmpty, cost(0..<needs.count) > room {
            // The widest window that ends at the selected source, then as many after it as fit;
            // linear in the sources shown, as there may be thousands.
            let selected = max(0, min(column, needs.count - 1))
            var used = widths[selected] + 1
            first = selected
            end = selected + 1  // the selected source, cut if even it alone does not fit
            if used <= room {
                while first > 0, used + widths[first - 1] + 1 <= room {
                    first -= 1
                    used += widths[first] + 1
                }
                while end < needs.count, used + widths[end] + 1 <= room {
                    used += widths[end] + 1
                    end += 1
                }
            }
        }
        var spare = room - cost(first..<end)
        let shown = Array(first..<end)
        var labels = [measure, group]
        fill(&labels, [0, 1], toward: [measureNeed.median, groupNeed.median], spare: &spare)
        (measure, group) = (labels[0], labels[1])
        // The narrowest shown source grows first, so every value is whole before any grows past the cap.
        fill(&widths, shown, toward: shown.map { min(needs[$0], sourceCap) }, spare: &spare)
        (measure, group) = grow(measure, measureNeed, group, groupNeed, spare: &spare)
        fill(&widths, shown, toward: shown.map { needs[$0] }, spare: &spare)
        let note = first == 0 && end == needs.count && spare - 1 >= noteMinimum ? spare - 1 : 0
        return FigureColumnLayout(measure: measure, group: group, when: whenWidth, sources: widths, first: first, end: end,
                                  note: note)
    }

    /// Raises `widths[indices[k]]` toward `targets[k]` one column at a time, the narrowest first,
    /// while `spare` lasts.
    private static func fill(_ widths: inout [Int], _ indices: [Int], toward targets: [Int], spare: inout Int) {
        while spare > 0 {
            var pick: Int?
            for (k, index) in indices.enumerated() where widths[index] < targets[k] {
                if let chosen = pick, widths[indices[chosen]] <= widths[index] { continue }
                pick = k
            }
            guard let k = pick else { return }
            widths[indices[k]] += 1
            spare -= 1
        }
    }

    /// The label widths, from `measure` and `group` toward their full needs within `spare`, that
    /// keep the most label cells whole; of those, the one that uses the least room.
    private static func grow(_ measure: Int, _ measureNeed: LabelNeed, _ group: Int, _ groupNeed: LabelNeed,
                             spare: inout Int) -> (Int, Int) {
        var best = (measure: measure, group: group, whole: -1, used: 0)
        for extra in 0...max(0, min(spare, measureNeed.full - measure)) {
            let groupExtra = max(0, min(spare - extra, groupNeed.full - group))
            let whole = measureNeed.whole(at: measure + extra) + groupNeed.whole(at: group + groupExtra)
            if whole > best.whole || (whole == best.whole && extra + groupExtra < best.used) {
                best = (measure + extra, group + groupExtra, whole, extra + groupExtra)
            }
        }
        // Columns past a label's widest whole row hold nothing: they stay spare for the values.
        while best.measure > measure, measureNeed.whole(at: best.measure - 1) == measureNeed.whole(at: best.measure) {
            best.measure -= 1
        }
        while best.group > group, groupNeed.whole(at: best.group - 1) == groupNeed.whole(at: best.group) { best.group -= 1 }
        spare -= best.measure - measure + best.group - group
        return (best.measure, best.group)
    }

    /// The columns a row of this layout takes, NOTE included when shown.
    var lineWidth: Int {
        Self.overhead + measure + group + sources[first..<end].reduce(0) { $0 + $1 + 1 } + (note > 0 ? note + 1 : 0)
    }
}
