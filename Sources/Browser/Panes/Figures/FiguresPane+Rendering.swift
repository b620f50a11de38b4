import Comparison
import Corpus
import Extraction

extension FiguresPane {
    /// The table rows shown below the header of `rect`, in order: each row's index in
    /// `table.rows`, its screen line, and whether it is the selected one. After a resize the
    /// stored scroll may hide the selection until the next key, so the window is moved to show it.
    func shownRows(_ rect: Rect) -> [(index: Int, y: Int, selected: Bool)] {
        let shown = max(1, rect.height - 1)
        let first = row >= top + shown ? row - shown + 1 : min(top, row)
        return (0..<max(0, rect.height - 1)).compactMap { line in
            let position = first + line
            guard position < visibleRows.count else { return nil }
            return (visibleRows[position], rect.y + 1 + line, position == row)
        }
    }

    static let markWidth = FigureColumnLayout.markWidth

    /// The table's columns at a width, with the selected source among those shown.
    func columns(for width: Int) -> FigureColumnLayout {
        FigureColumnLayout.solve(width: width, measure: measureNeed, group: groupNeed, sources: sourceWidths, keeping: column)
    }

    public func render(_ context: PaneContext, into buffer: inout CellBuffer, _ rect: Rect) {
        guard rect.height > 0 else { return }
        guard !visibleRows.isEmpty else {
            buffer.write("No figures in these articles", x: rect.x + 1, y: rect.y, style: .dim)
            return
        }
        let frequencyView = sourcesView(for: rect.width) == .frequencies
        if frequencyView, showsSheet {
            renderSheet(context, into: &buffer, rect)
            return
        }
        let upper = rect.rows(0, tableHeight(rect))
        switch (mode, frequencyView) {
        case (.chart, false): renderChart(context, into: &buffer, upper)
        case (.chart, true): renderValueChart(into: &buffer, upper)
        case (.table, false): renderTable(into: &buffer, upper)
        case (.table, true): renderFrequencyTable(into: &buffer, upper)
        }
        let lower = rect.rows(upper.height, rect.height - upper.height)
        if showsSentences {
            renderSentences(context, into: &buffer, lower)
        } else if frequencyView {
            renderFrequencyLegend(into: &buffer, lower)
        } else {
            renderLegend(context, into: &buffer, lower)
        }
    }

    // MARK: Table

    private func renderTable(into buffer: inout CellBuffer, _ rect: Rect) {
        let layout = columns(for: rect.width)
        var x = buffer.write(String(repeating: " ", count: Self.markWidth) + DisplayWidth.pad("MEASURE", to: layout.measure),
                             x: rect.x, y: rect.y, style: .heading, limit: rect.width)
        x = buffer.write(" " + DisplayWidth.pad("GROUP", to: layout.group) + " " + DisplayWidth.pad("WHEN", to: layout.when),
                         x: x, y: rect.y, style: .heading, limit: rect.maxX - x)
        x = buffer.write(layout.first > 0 ? "‹" : " ", x: x, y: rect.y, style: .key, limit: rect.maxX - x)
        for index in layout.first..<layout.end {
            x = buffer.write(" ", x: x, y: rect.y, style: .heading, limit: rect.maxX - x)
            x = buffer.write(DisplayWidth.pad(SourceLabels.label(index), to: layout.sources[index]), x: x, y: rect.y,
                             style: index == column ? .key : .heading, limit: min(layout.sources[index], rect.maxX - x))
        }
        x = buffer.write(layout.end < layout.sources.count ? " ›" : "  ", x: x, y: rect.y, style: .key, limit: rect.maxX - x)
        if layout.note > 0 { buffer.write(" NOTE", x: x, y: rect.y, style: .heading, limit: rect.maxX - x) }

        for (index, y, selected) in shownRows(rect) {
            let tableRow = table.rows[index]
            let disputed = tableRow.status == .disputed
            let base: Style = selected ? .selectionInactive : .normal
            if selected { buffer.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: base) }
            var x = buffer.write(disputed ? "! " : "  ", x: rect.x, y: y, style: disputed ? .disputed : base, limit: rect.width)
            let keyStyle: Style = selected ? base : disputed ? .disputed : .normal
            x = buffer.write(DisplayWidth.pad(DisplayWidth.truncate(tableRow.key.measure, to: layout.measure), to: layout.measure),
                             x: x, y: y, style: keyStyle, limit: rect.maxX - x)
            x = buffer.write(" " + DisplayWidth.pad(DisplayWidth.truncate(tableRow.key.group, to: layout.group), to: layout.group)
                             + " " + DisplayWidth.pad(tableRow.key.when ?? "-", to: layout.when),
                             x: x, y: y, style: keyStyle, limit: rect.maxX - x)
            x += 1
            for source in layout.first..<layout.end {
                let cell = self.cell(index, source)
                let width = layout.sources[source]
                x = buffer.write(" ", x: x, y: y, style: base, limit: rect.maxX - x)
                let text = cell.text.isEmpty ? "·" : (cell.differs ? "*" : "") + cell.text
                let style: Style = selected && source == column ? .selection
                    : cell.differs ? .differs : cell.text.isEmpty ? (selected ? base : .dim) : base
                x = buffer.write(DisplayWidth.pad(DisplayWidth.truncate(text, to: width), to: width), x: x, y: y, style: style,
                                 limit: min(width, rect.maxX - x))
            }
            x += 2
            if layout.note > 0, let note = tableRow.note {
                buffer.write(" " + DisplayWidth.truncate(labelled(note), to: rect.maxX - x - 1), x: x, y: y,
                             style: selected ? base : .dim, limit: rect.maxX - x)
            }
        }
    }

    /// Notes name documents by id; the pane names them by their labels.
    func labelled(_ note: String) -> String {
        var result = note
        for (index, id) in table.documents.enumerated() {
            result = result.replacingOccurrences(of: id, with: SourceLabels.label(index))
        }
        return result
    }

    // MARK: Chart

    private func renderChart(_ context: PaneContext, into buffer: inout CellBuffer, _ rect: Rect) {
        guard let tableRow = selectedRow else { return }
        let index = visibleRows[row]
        let disputed = tableRow.status == .disputed
        var title = "\(tableRow.key.measure) · \(tableRow.key.group)"
        if let when = tableRow.key.when { title += " · \(when)" }
        var x = buffer.write(disputed ? "! " : "  ", x: rect.x, y: rect.y, style: .disputed, limit: rect.width)
        x = buffer.write(title, x: x, y: rect.y, style: disputed ? .disputed : .heading, limit: rect.maxX - x)
        buffer.write("  \(tableRow.status.rawValue) · row \(row + 1)/\(visibleRows.count) · j/k row, c table", x: x, y: rect.y,
                     style: .dim, limit: rect.maxX - x)

        let values = cells[index].values.flatMap(\.values).map(\.quantity)
        let axis = Self.axisEnd(values)
        // Each bar is named: its letter and the start of its source's title.
        let letterWidth = SourceLabels.label(max(0, table.documents.count - 1)).count + 1
        let nameWidth = min(24, max(0, rect.width / 5 - letterWidth))
        let labelWidth = letterWidth + 1 + (nameWidth > 0 ? nameWidth + 1 : 0)
        let valueWidth = min(34, max(14, rect.width / 4))
        let barWidth = max(4, rect.width - labelWidth - valueWidth - 2)
        func position(_ value: Double) -> Int { min(barWidth, Int((value / axis * Double(barWidth)).rounded())) }

        var y = rect.y + 2
        for source in table.documents.indices {
            let cell = self.cell(index, source)
            let label = SourceLabels.label(source)
            let selected = source == column
            let labelStyle: Style = selected ? .selection : cell.differs ? .differs : .key
            let mark = cell.differs ? "*" : " "
            guard y < rect.maxY - 2 else { break }
            let after = buffer.write(DisplayWidth.pad(mark + label, to: letterWidth + 1), x: rect.x, y: y, style: labelStyle,
                                     limit: letterWidth + 1)
            if nameWidth > 0, context.labels.entries.indices.contains(source) {
                buffer.write(DisplayWidth.truncate(context.labels.entries[source].title, to: nameWidth), x: after, y: y,
                             style: selected ? .selection : .dim, limit: nameWidth)
            }
            if cell.values.isEmpty {
                buffer.write("states no value", x: rect.x + labelWidth, y: y, style: .dim, limit: rect.width - labelWidth)
                y += 1
                continue
            }
            for value in cell.values where y < rect.maxY - 2 {
                let bar = Self.bar(value.quantity, width: barWidth, position: position)
                buffer.write(bar, x: rect.x + labelWidth, y: y, style: cell.differs ? .differs : .bar, limit: barWidth + 1)
                buffer.write(Self.describe(value.quantity), x: rect.x + labelWidth + barWidth + 2, y: y,
                             style: cell.differs ? .differs : .normal, limit: valueWidth)
                y += 1
            }
        }
        Self.renderAxis(axis, into: &buffer, rect, labelWidth: labelWidth, barWidth: barWidth)
    }

    /// The chart's scale along its last two lines: 0, the middle and the end of the axis.
    static func renderAxis(_ axis: Double, into buffer: inout CellBuffer, _ rect: Rect, labelWidth: Int, barWidth: Int) {
        let axisY = rect.maxY - 2
        guard axisY > rect.y + 1 else { return }
        buffer.write("└" + String(repeating: "─", count: barWidth), x: rect.x + labelWidth - 1, y: axisY, style: .border,
                     limit: barWidth + 1)
        buffer.write("0", x: rect.x + labelWidth, y: axisY + 1, style: .dim)
        let middle = Self.number(axis / 2), end = Self.number(axis)
        buffer.write(middle, x: rect.x + labelWidth + barWidth / 2 - DisplayWidth.of(middle) / 2, y: axisY + 1, style: .dim)
        buffer.write(end, x: rect.x + labelWidth + barWidth - DisplayWidth.of(end), y: axisY + 1, style: .dim)
    }

    /// The end of the axis: the largest bound stated, a quarter more for open ranges, rounded up to
    /// 1, 2 or 5 times a power of ten.
    static func axisEnd(_ values: [Quantity]) -> Double {
        var largest = 1.0
        for value in values {
            if let high = value.high { largest = max(largest, high) }
            if let low = value.low { largest = max(largest, value.high == nil ? low * 1.25 : low) }
        }
        var power = 1.0
        while power * 10 <= largest { power *= 10 }
        for step in [1.0, 2, 5, 10] where step * power >= largest { return step * power }
        return largest
    }

    /// A value drawn to scale: an exact number as a solid bar, a range from its low to its high
    /// bound, an open bound as an arrow to the axis's end (or from zero).
    static func bar(_ value: Quantity, width: Int, position: (Double) -> Int) -> String {
        if value.isExact, let exact = value.low { return String(repeating: "█", count: max(1, position(exact))) }
        let low = value.low.map(position) ?? 0
        let high = value.high.map(position) ?? width
        var bar = String(repeating: " ", count: low)
        bar += value.low == nil ? "←" : "├"
        let inner = max(0, high - low - 1)
        bar += String(repeating: "─", count: inner)
        bar += value.high == nil ? "→" : "┤"
        return bar
    }

    /// "613", "more than 600 (≥600)", "hundreds (200–999)".
    static func describe(_ value: Quantity) -> String {
        if value.isExact { return value.text }
        switch (value.low, value.high) {
        case (let low?, let high?): return "\(value.text) (\(number(low))–\(number(high)))"
        case (let low?, nil): return "\(value.text) (≥\(number(low)))"
        case (nil, let high?): return "\(value.text) (≤\(number(high)))"
        case (nil, nil): return value.text
        }
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    // MARK: Sentences and legend

    func renderSentences(_ context: PaneContext, into buffer: inout CellBuffer, _ rect: Rect) {
        guard let index = selectedRowIndex, let tableRow = selectedRow, rect.height > 1 else { return }
        let value = sheetValue(rect.width)
        let textWidth = Self.quoteWidth(rect.width)
        let cached = sentenceLayout.flatMap {
            $0.row == index && $0.column == column && $0.value == value && $0.width == textWidth ? $0 : nil
        }
        let mentions = cached?.mentions ?? self.mentions(width: rect.width)
        let quotes = cached?.quotes ?? Self.quotes(mentions, width: textWidth)
        let count = mentions.count
        let sentences = "\(count) sentence\(count == 1 ? "" : "s") "
        let heading: String
        if let value, frequencies[index].values.indices.contains(value) {
            let frequency = frequencies[index].values[value]
            heading = "── \(tableRow.key.measure) · \(tableRow.key.group): \(frequency.text) · "
                + "\(Self.sources(frequency.count)) · " + sentences
        } else {
            heading = "── \(SourceLabels.label(column)) · \(tableRow.key.measure) · \(tableRow.key.group): "
                + "\(selectedCell?.text ?? "") · " + sentences
        }
        buffer.write(heading + String(repeating: "─", count: max(0, rect.width - DisplayWidth.of(heading))), x: rect.x,
                     y: rect.y, style: .border, limit: rect.width)
        // A block per sentence: its source, the quoted lines, the authority it cites, a blank line.
        // Start at the selected sentence when everything does not fit.
        var total = 0
        for lines in quotes where total <= rect.height - 1 { total += lines.count + 3 }
        let first = total <= rect.height - 1 ? 0 : max(0, min(sentence, count - 1))
        var y = rect.y + 1
        for number in first..<count {
            guard y < rect.maxY else { break }
            let mention = mentions[number]
            let selected = number == sentence
            let label = SourceLabels.label(mention.source)
            let title = context.labels.entries.indices.contains(mention.source) ? context.labels.entries[mention.source].title : ""
            buffer.write((selected ? "▶ " : "  ") + "\(label)  \(title)", x: rect.x, y: y, style: selected ? .key : .heading,
                         limit: rect.width)
            y += 1
            for line in quotes[number] where y < rect.maxY {
                QuotedSentence.draw(line, into: &buffer, x: rect.x + 4, y: y, limit: rect.maxX - rect.x - 4,
                                    highlight: selected ? .currentMatch : nil)
                y += 1
            }
            if y < rect.maxY {
                let attribution = mention.figure.figure.attribution.map { "Attributed in the sentence to \($0)" }
                    ?? "The sentence names no authority for the figure"
                buffer.write(attribution, x: rect.x + 4, y: y, style: .dim, limit: rect.maxX - rect.x - 4)
            }
            y += 2
        }
    }

    /// "1 source", "37 sources".
    static func sources(_ count: Int) -> String { "\(count) source\(count == 1 ? "" : "s")" }

    private func renderLegend(_ context: PaneContext, into buffer: inout CellBuffer, _ rect: Rect) {
        let shown = legendLines(context.area.height)
        var y = rect.y
        if shown.note {
            if let note = selectedRow?.note, y < rect.maxY {
                buffer.write("Sum: " + labelled(note), x: rect.x + 1, y: y, style: .dim, limit: rect.width - 1)
            }
            y += 1
        }
        if shown.marks, y < rect.maxY {
            let marks = "! disputed row  * differs from most sources  · states nothing"
            buffer.write(marks, x: rect.x + 1, y: y, style: .dim, limit: rect.width - 1)
            y += 1
        }
        SourceLegend(entries: context.labels.entries).render(into: &buffer, rect.rows(y - rect.y, rect.maxY - y))
    }
}
