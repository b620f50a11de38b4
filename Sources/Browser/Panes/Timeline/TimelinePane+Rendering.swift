import Comparison
import Corpus
import Extraction

extension TimelinePane {
    /// A row of the list as drawn: a line of `lines`, or one line of a quoted mention.
    private enum Row {
        case line(Int)
        case mention(item: Int, runs: [QuotedSentence.Run], first: Bool)
    }

    public func render(_ context: PaneContext, into buffer: inout CellBuffer, _ rect: Rect) {
        guard rect.height > 0 else { return }
        renderOverview(into: &buffer, rect.rows(0, 2))
        let (dateWidth, marksWidth) = columnsWidth(rect.width)
        let headerY = rect.y + 2
        guard headerY < rect.maxY else { return }
        var x = buffer.write("  " + DisplayWidth.pad("WHEN", to: dateWidth) + " " + DisplayWidth.pad("SOURCES", to: marksWidth),
                             x: rect.x, y: headerY, style: .heading, limit: rect.width)
        x = buffer.write(" WHAT (in one source's words)", x: x, y: headerY, style: .heading, limit: rect.maxX - x)
        var scope = "by \(zoom.rawValue)"
        if let sourceFilter, let column = documents.firstIndex(of: sourceFilter) { scope += " · only \(SourceLabels.label(column))" }
        if rect.maxX - DisplayWidth.of(scope) > x + 1 {
            buffer.write(scope, x: rect.maxX - DisplayWidth.of(scope) - 1, y: headerY, style: .dim)
        }
        let legend = legendHeight(rect)
        let list = rect.rows(3, rect.height - 3 - legend)
        if legend > 0 {
            let lines = min(documents.count, max(1, rect.height / 6))
            SourceLegend(entries: context.labels.entries).render(into: &buffer, rect.rows(rect.height - lines, lines))
        }
        guard !entryLines.isEmpty else {
            buffer.write("No dated entries" + (sourceFilter == nil ? "" : " from this source (Esc shows all)"), x: list.x + 2,
                         y: list.y, style: .dim, limit: list.width - 2)
            return
        }

        // The rows from `top` down, the selected entry's mentions under it when expanded.
        let quoteX = 2 + dateWidth + 1
        let quoteWidth = quoteWidth(list.width)
        var rows: [Row] = []
        var selectedEnd = 0
        // After a resize the stored scroll may hide the selection until the next key; show it now.
        var line = min(top, entryLines[selection])
        if entryLines[selection] >= line + list.height { line = entryLines[selection] - list.height + 1 }
        while line < lines.count, rows.count < list.height || (isExpanded && line <= entryLines[selection]) {
            rows.append(.line(line))
            if isExpanded, line == entryLines[selection] {
                let cached = expansionLayout.flatMap { $0.entry == entryIndex(selection) && $0.width == quoteWidth ? $0.quotes : nil }
                for (item, quote) in (cached ?? quotes(width: quoteWidth)).enumerated() {
                    for (number, runs) in quote.enumerated() { rows.append(.mention(item: item, runs: runs, first: number == 0)) }
                    if item == mention { selectedEnd = rows.count }
                }
            }
            line += 1
        }
        let skip = max(0, selectedEnd - list.height)
        for (offset, row) in rows.dropFirst(skip).prefix(list.height).enumerated() {
            let y = list.y + offset
            switch row {
            case .line(let index):
                drawLine(index, into: &buffer, x: list.x, y: y, width: list.width, dateWidth: dateWidth, marksWidth: marksWidth)
            case .mention(let item, let runs, let first):
                let selected = item == mention
                if first, selected { buffer.write("▶", x: list.x + quoteX - 2, y: y, style: .key) }
                let indent = first ? quoteX : quoteX + 3
                QuotedSentence.draw(runs, into: &buffer, x: list.x + indent, y: y, limit: list.width - indent,
                                    highlight: selected ? .currentMatch : nil)
            }
        }
    }

    private func drawLine(_ index: Int, into buffer: inout CellBuffer, x: Int, y: Int, width: Int, dateWidth: Int, marksWidth: Int) {
        let end = x + width
        switch lines[index] {
        case .heading(let title, let sources, let count):
            var column = buffer.write(DisplayWidth.pad(DisplayWidth.truncate(title, to: dateWidth + 2), to: dateWidth + 2) + " ",
                                      x: x, y: y, style: .heading, limit: width)
            column = buffer.write(DisplayWidth.pad(marks(sources, width: width), to: marksWidth), x: column, y: y, style: .heading, limit: end - column)
            buffer.write(" \(count) entr\(count == 1 ? "y" : "ies")", x: column, y: y, style: .dim, limit: end - column)
        case .entry(let entryIndex):
            let entry = timeline.entries[entryIndex]
            let selected = entryLines.indices.contains(selection) && entryLines[selection] == index
            let base: Style = selected ? (isExpanded ? .selectionInactive : .selection) : .normal
            if selected { buffer.fill(Rect(x: x, y: y, width: width, height: 1), style: base) }
            var column = buffer.write("  " + DisplayWidth.pad(entryDates[entryIndex], to: dateWidth) + " ", x: x, y: y,
                                      style: base, limit: width)
            let sources = marks(entrySources[entryIndex], width: width)
            column = buffer.write(sources, x: column, y: y, style: selected ? base : .key, limit: end - column)
            column = buffer.write(String(repeating: " ", count: max(0, marksWidth - sources.count)), x: column, y: y, style: base,
                                  limit: end - column)
            column = buffer.write(" ", x: column, y: y, style: base, limit: end - column)
            switch entry.kind {
            case .published: column = buffer.write("[published] ", x: column, y: y, style: selected ? base : .date, limit: end - column)
            case .recurring: column = buffer.write("[every year] ", x: column, y: y, style: selected ? base : .date, limit: end - column)
            case .citation: column = buffer.write("[citation] ", x: column, y: y, style: selected ? base : .date, limit: end - column)
            case .event:
                if entry.isVague { column = buffer.write("[vague] ", x: column, y: y, style: selected ? base : .date, limit: end - column) }
            }
            let style: Style = selected ? base : entry.labelDocumentID == nil ? .dim : .normal
            // A label cut short keeps its closing mark and its source: “… words…” (B).
            let (quote, source) = entryLabels[entryIndex]
            if entryLabelWidths[entryIndex] <= end - column {
                column = buffer.write(quote, x: column, y: y, style: style, limit: end - column)
                buffer.write(source, x: column, y: y, style: style, limit: end - column)
            } else if end - column > DisplayWidth.of(source) + 2 {
                var cut = buffer.write(quote, x: column, y: y, style: style, limit: end - column - DisplayWidth.of(source) - 1)
                if buffer[cut - 1, y].character != "…" { cut = buffer.write("…", x: cut, y: y, style: style) }
                buffer.write(source, x: cut, y: y, style: style, limit: end - cut)
            }
        }
    }

    /// A letter per source that mentions it, `·` for the others; where letters do not fit, how many
    /// sources mention it ("37 sources", numbers aligned).
    private func marks(_ sources: [Int], width: Int) -> String {
        if !showsMarks(width) {
            let count = String(sources.count)
            return String(repeating: " ", count: max(0, String(documents.count).count - count.count)) + count
                + (sources.count == 1 ? " source" : " sources")
        }
        var marks = Array(repeating: Character("·"), count: documents.count)
        for source in sources { marks[source] = Character(SourceLabels.label(source)) }
        return String(marks)
    }

    // MARK: Overview

    /// The whole span of years, a density mark per year (entries of a year or finer starting in
    /// it), and below it the selected entry's place.
    private func renderOverview(into buffer: inout CellBuffer, _ rect: Rect) {
        guard let years, rect.height > 0 else { return }
        let first = years.lowerBound, last = years.upperBound
        let labelWidth = max(String(first).count, String(last).count)
        let stripX = rect.x + labelWidth + 1
        let stripWidth = rect.width - 2 * (labelWidth + 1)
        guard stripWidth > 4 else { return }
        let span = last - first + 1
        func column(_ year: Int) -> Int { min(stripWidth - 1, (year - first) * stripWidth / span) }
        var counts = Array(repeating: 0, count: stripWidth)
        for (offset, count) in yearCounts.enumerated() { counts[column(first + offset)] += count }
        let largest = max(1, counts.max() ?? 1)
        let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
        var strip = ""
        for count in counts {
            strip.append(count == 0 ? "·" : levels[min(7, (count * 8 - 1) / largest)])
        }
        buffer.write(String(first), x: rect.x, y: rect.y, style: .dim)
        buffer.write(strip, x: stripX, y: rect.y, style: .bar)
        buffer.write(String(last), x: stripX + stripWidth + 1, y: rect.y, style: .dim)
        guard rect.height > 1, let entry = selectedEntry else { return }
        guard let interval = entry.interval else {
            buffer.write("every year", x: stripX, y: rect.y + 1, style: .key)
            return
        }
        let from = column(interval.start.year), to = column(interval.end.adding(days: -1).year)
        let place = from == to ? "▲" : "├" + String(repeating: "─", count: max(0, to - from - 1)) + "┤"
        let end = buffer.write(place, x: stripX + from, y: rect.y + 1, style: .key)
        let date = entryDates[entryIndex(selection) ?? 0]
        if end + 1 + DisplayWidth.of(date) <= rect.maxX {
            buffer.write(date, x: end + 1, y: rect.y + 1, style: .key)
        } else if stripX + from - 1 - DisplayWidth.of(date) >= rect.x {
            buffer.write(date, x: stripX + from - 1 - DisplayWidth.of(date), y: rect.y + 1, style: .key)
        }
    }
}
