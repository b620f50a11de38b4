import Comparison
import Corpus

/// The key to the source letters, shown under the Figures table and the Timeline: which article
/// each of A, B, C... is.
///
/// It takes a line per source ("A  000_c2bf…  Khojaly Genocide: Why…", the id from 120 columns)
/// while it may have that many lines; with fewer, the sources are packed side by side, as many to
/// a line as it takes ("A Khojaly Geno…  B 1992 Khojaly…"), so every letter keeps its name.
struct SourceLegend {
    let entries: [SourceLabels.Entry]

    /// The most lines a legend takes in an area `height` rows high: a third of it, at least one.
    static func budget(height: Int) -> Int { max(1, height / 3) }

    /// The lines the legend takes with `lines` to spare: one per source, or fewer, packed.
    func height(within lines: Int) -> Int { min(entries.count, max(1, lines)) }

    func render(into buffer: inout CellBuffer, _ rect: Rect) {
        guard rect.height > 0, rect.width > 2, !entries.isEmpty else { return }
        if entries.count <= rect.height {
            for (line, entry) in entries.enumerated() {
                let y = rect.y + line
                let x = buffer.write(DisplayWidth.pad(entry.label, to: 3), x: rect.x + 1, y: y, style: .key, limit: rect.width - 1)
                let idWidth = rect.width >= 120 ? DisplayWidth.of(entry.documentID) + 2 : 0
                if idWidth > 0 { buffer.write(entry.documentID, x: x, y: y, style: .dim, limit: rect.maxX - x) }
                buffer.write(DisplayWidth.truncate(entry.title, to: max(0, rect.maxX - x - idWidth)), x: x + idWidth, y: y,
                             limit: max(0, rect.maxX - x - idWidth))
            }
            return
        }
        let perLine = (entries.count + rect.height - 1) / rect.height
        let cell = max(3, (rect.width - 1) / perLine)
        for (index, entry) in entries.enumerated() {
            let y = rect.y + index / perLine
            guard y < rect.maxY else { break }
            let x = rect.x + 1 + (index % perLine) * cell
            let after = buffer.write(entry.label + " ", x: x, y: y, style: .key, limit: rect.maxX - x)
            let room = min(x + cell - 2, rect.maxX) - after
            if room > 0 { buffer.write(DisplayWidth.truncate(entry.title, to: room), x: after, y: y, limit: room) }
        }
    }
}
