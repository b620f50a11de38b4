import Comparison
import Corpus
import Extraction

/// The frequency view: per row, the distinct values and how many sources state each, for when the
/// sources are too many for a column each; and the frequency sheet of one row.
extension FiguresPane {
    /// How many source columns fit at a width beside the row's key, from the first.
    func fittingColumns(_ width: Int) -> Int {
        let layout = FigureColumnLayout.solve(width: width, measure: measureNeed, group: groupNeed, sources: sourceWidths,
                                              keeping: 0)
        // A single column that does not fit is shown cut; it does not count as fitting.
        return layout.end == 1 && layout.lineWidth > width ? 0 : layout.end
    }

    func frequencyStatus(_ selected: FigureTable.Row, _ context: PaneContext) -> (position: String, hints: String) {
        let frequencies = self.frequencies[visibleRows[row]]
        let values = frequencies.values.count
        let counts = "\(values) value\(values == 1 ? "" : "s"), \(Self.sources(frequencies.sourceCount))"
        guard showsSheet, frequencies.values.indices.contains(value) else {
            let position = "frequencies · row \(row + 1)/\(visibleRows.count) · \(counts) · \(selected.status.rawValue)"
            let columns = PaneContext.Hint(FiguresAction.view.action, "columns"), help = PaneContext.Hint(.showHelp, "help")
            let hints = showsSentences ? sentenceHints(closing: "close", context)
                : mode == .chart ? context.hints([.init(FiguresAction.chart.action, "table"), columns, help], in: keyContext)
                : context.hints([.init(.open, "values"), .init(FiguresAction.chart.action, "chart"), columns, help], in: keyContext)
            return (position, hints)
        }
        let frequency = frequencies.values[value]
        var position = "frequency sheet · value \(value + 1)/\(values) · \(frequency.text) ×\(frequency.count)"
        if showsSentences {
            let count = sentenceLayout?.mentions.count ?? 0
            position += " · sentence \(min(sentence + 1, count))/\(count)"
            return (position, sentenceHints(closing: "values", context))
        }
        return (position, context.hints([.init(.open, "sentences"), .init(.back, "table")], in: keyContext))
    }

    // MARK: Table

    /// Widths of the frequency table's columns at a width.
    struct FrequencyColumns {
        var measure: Int
        var group: Int
        /// The status column's width: 0 below 80 columns, where the `!` and the status line say it.
        var status: Int
        var count: Int
        var values: Int
    }

    func frequencyColumns(_ width: Int) -> FrequencyColumns {
        let wide = width >= 120
        let measure = min(wide ? 28 : 10, max(7, measureWidth))
        let group = min(wide ? 20 : 10, max(5, groupWidth))
        let status = width >= 80 ? 9 : 0
        let count = max(7, String(table.documents.count).count)
        let used = Self.markWidth + measure + 1 + group + 1 + 4 + 1 + status + count + 2
        return FrequencyColumns(measure: measure, group: group, status: status, count: count, values: max(0, width - used))
    }

    func renderFrequencyTable(into buffer: inout CellBuffer, _ rect: Rect) {
        let layout = frequencyColumns(rect.width)
        let header = String(repeating: " ", count: Self.markWidth) + DisplayWidth.pad("MEASURE", to: layout.measure) + " "
            + DisplayWidth.pad("GROUP", to: layout.group) + " WHEN " + (layout.status > 0 ? DisplayWidth.pad("STATUS", to: layout.status) : "")
            + String(repeating: " ", count: layout.count - 7) + "SOURCES  VALUES (×N: N sources state it)"
        buffer.write(header, x: rect.x, y: rect.y, style: .heading, limit: rect.width)
        for (index, y, selected) in shownRows(rect) {
            let tableRow = table.rows[index]
            let disputed = tableRow.status == .disputed
            let base: Style = selected ? .selection : .normal
            if selected { buffer.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: base) }
            var x = buffer.write(disputed ? "! " : "  ", x: rect.x, y: y, style: disputed && !selected ? .disputed : base,
                                 limit: rect.width)
            let keyStyle: Style = selected ? base : disputed ? .disputed : .normal
            let key = DisplayWidth.pad(DisplayWidth.truncate(tableRow.key.measure, to: layout.measure), to: layout.measure) + " "
                + DisplayWidth.pad(DisplayWidth.truncate(tableRow.key.group, to: layout.group), to: layout.group) + " "
                + DisplayWidth.pad(tableRow.key.when ?? "-", to: 4) + " "
                + (layout.status > 0 ? DisplayWidth.pad(tableRow.status.rawValue, to: layout.status) : "")
            x = buffer.write(key, x: x, y: y, style: keyStyle, limit: rect.maxX - x)
            let count = String(frequencies[index].sourceCount)
            x = buffer.write(String(repeating: " ", count: max(0, layout.count - count.count)) + count + "  ", x: x, y: y,
                             style: base, limit: rect.maxX - x)
            drawValues(frequencies[index].values, into: &buffer, x: x, y: y, width: min(layout.values, rect.maxX - x),
                       selected: selected)
        }
    }

    /// "613 ×18 · more than 600 ×8 · +2 more": as many values as fit whole, most stated first, then
    /// how many more there are.
    private func drawValues(_ values: [FigureTable.ValueFrequency], into buffer: inout CellBuffer, x: Int, y: Int, width: Int,
                            selected: Bool)
    {
        let base: Style = selected ? .selection : .normal, quiet: Style = selected ? .selection : .dim
        let end = x + width
        var column = x
        for (number, value) in values.enumerated() {
            let separator = number == 0 ? "" : " · "
            let count = " ×\(value.count)"
            let rest = values.count - number - 1
            let more = rest == 0 ? 0 : DisplayWidth.of(" · +\(rest) more")
            let needed = DisplayWidth.of(separator) + DisplayWidth.of(value.text) + DisplayWidth.of(count)
            guard column + needed + more <= end || (number == 0 && column + needed <= end) else {
                if number == 0 {
                    // Not even one value whole: as much of it as fits.
                    let cut = DisplayWidth.truncate(value.text, to: max(1, width - DisplayWidth.of(count)))
                    column = buffer.write(cut, x: column, y: y, style: base, limit: end - column)
                    buffer.write(count, x: column, y: y, style: quiet, limit: end - column)
                } else {
                    buffer.write(" · +\(values.count - number) more", x: column, y: y, style: quiet, limit: end - column)
                }
                return
            }
            column = buffer.write(separator, x: column, y: y, style: quiet, limit: end - column)
            column = buffer.write(value.text, x: column, y: y, style: base, limit: end - column)
            column = buffer.write(count, x: column, y: y, style: quiet, limit: end - column)
        }
    }

    func renderFrequencyLegend(into buffer: inout CellBuffer, _ rect: Rect) {
        var y = rect.y
        if let note = selectedRow?.note, y < rect.maxY {
            buffer.write("Sum: " + labelled(note), x: rect.x + 1, y: y, style: .dim, limit: rect.width - 1)
        }
        y += 1
        let lines = ["! disputed row  ×N: N of the \(Self.sources(table.documents.count)) state the value",
                     "Enter: the row's values and who states each  c: chart  f: a column per source"]
        for line in lines where y < rect.maxY {
            buffer.write(line, x: rect.x + 1, y: y, style: .dim, limit: rect.width - 1)
            y += 1
        }
    }

    // MARK: Sheet

    /// The selected row's values, each with its count, a bar to scale of the sources stating any
    /// value, and the first sources stating it; below, the selected value's sources or sentences.
    func renderSheet(_ context: PaneContext, into buffer: inout CellBuffer, _ rect: Rect) {
        guard let index = selectedRowIndex, let tableRow = selectedRow else { return }
        let frequencies = self.frequencies[index]
        let values = frequencies.values
        let upper = rect.rows(0, min(rect.height, sheetHeight(rect)))
        let disputed = tableRow.status == .disputed
        var title = "\(tableRow.key.measure) · \(tableRow.key.group)"
        if let when = tableRow.key.when { title += " · \(when)" }
        var x = buffer.write(disputed ? "! " : "  ", x: rect.x, y: rect.y, style: .disputed, limit: rect.width)
        x = buffer.write(title, x: x, y: rect.y, style: disputed ? .disputed : .heading, limit: rect.maxX - x)
        buffer.write("  \(tableRow.status.rawValue) · \(Self.sources(frequencies.sourceCount)) state \(values.count) "
            + "value\(values.count == 1 ? "" : "s")", x: x, y: rect.y, style: .dim, limit: rect.maxX - x)
        guard upper.height > 2 else { return }

        let valueWidth = min(rect.width >= 120 ? 28 : 16, max(5, valueWidths[index]))
        let countWidth = max(7, String(frequencies.sourceCount).count)
        let fixed = 2 + valueWidth + 1 + countWidth + 2
        let barWidth = max(4, (rect.width - fixed) / 2)
        let labelsX = rect.x + fixed + barWidth + 2
        buffer.write("  " + DisplayWidth.pad("VALUE", to: valueWidth) + " " + DisplayWidth.pad("SOURCES", to: countWidth)
            + "  " + DisplayWidth.pad("SHARE OF THE \(frequencies.sourceCount)", to: barWidth) + "  STATED BY",
            x: rect.x, y: rect.y + 1, style: .heading, limit: rect.width)
        let shown = upper.height - 2
        let first = max(0, min(value - shown + 1, values.count - shown))
        for line in 0..<shown {
            let number = first + line
            guard number < values.count else { break }
            let frequency = values[number]
            let y = rect.y + 2 + line
            let selected = number == value
            let base: Style = showsSentences && selected ? .selectionInactive : selected ? .selection : .normal
            if selected { buffer.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: base) }
            let count = String(frequency.count)
            let text = (selected ? "▶ " : "  ") + DisplayWidth.pad(DisplayWidth.truncate(frequency.text, to: valueWidth), to: valueWidth)
                + " " + String(repeating: " ", count: countWidth - count.count) + count + "  "
            var x = buffer.write(text, x: rect.x, y: y, style: base, limit: rect.width)
            let length = Double(frequency.count) / Double(max(1, frequencies.sourceCount)) * Double(barWidth)
            x = buffer.write(Self.countBar(length), x: x, y: y, style: selected ? base : .bar, limit: min(barWidth, rect.maxX - x))
            let labels = Self.labels(frequency.sources, width: rect.maxX - labelsX)
            buffer.write(labels, x: labelsX, y: y, style: selected ? base : .key, limit: rect.maxX - labelsX)
        }
        if first + shown < values.count, shown > 0 {
            let more = "+\(values.count - first - shown) more (j/k)"
            buffer.write(more, x: rect.maxX - DisplayWidth.of(more) - 1, y: rect.y + 1, style: .dim)
        }

        let lower = rect.rows(upper.height, rect.height - upper.height)
        if showsSentences {
            renderSentences(context, into: &buffer, lower)
        } else {
            renderValueSources(context, values.indices.contains(value) ? values[value] : nil, frequencies.sourceCount,
                               into: &buffer, lower)
        }
    }

    /// A bar of `length` cells, eighths drawn with partial blocks, at least a sliver for any count.
    static func countBar(_ length: Double) -> String {
        let eighths = max(1, Int((length * 8).rounded()))
        let partial = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
        return String(repeating: "█", count: eighths / 8) + partial[eighths % 8]
    }

    /// Source labels that fit `width`, then how many more: "A B C D +14".
    static func labels(_ sources: [Int], width: Int) -> String {
        var text = ""
        var used = 0  // labels are ASCII: a column a character
        for (number, source) in sources.enumerated() {
            let label = (text.isEmpty ? "" : " ") + SourceLabels.label(source)
            let rest = sources.count - number - 1
            let more = rest == 0 ? 0 : String(rest).count + 2
            guard used + label.utf8.count + more <= width else {
                return text + (text.isEmpty ? "" : " ") + "+\(sources.count - number)"
            }
            text += label
            used += label.utf8.count
        }
        return text
    }

    /// The sources stating the selected value, one a line with their title, as many as fit.
    private func renderValueSources(_ context: PaneContext, _ frequency: FigureTable.ValueFrequency?, _ total: Int,
                                    into buffer: inout CellBuffer, _ rect: Rect)
    {
        guard let frequency, rect.height > 1 else { return }
        let heading = "── \(frequency.text) · stated by \(frequency.count) of the \(Self.sources(total)) · Enter: their sentences "
        buffer.write(heading + String(repeating: "─", count: max(0, rect.width - DisplayWidth.of(heading))), x: rect.x,
                     y: rect.y, style: .border, limit: rect.width)
        let room = rect.height - 1
        let shown = frequency.count <= room ? frequency.count : room - 1
        let labelWidth = frequency.sources.last.map { DisplayWidth.of(SourceLabels.label($0)) + 2 } ?? 3
        for line in 0..<max(0, shown) {
            let source = frequency.sources[line]
            let y = rect.y + 1 + line
            let x = buffer.write(DisplayWidth.pad(SourceLabels.label(source), to: labelWidth), x: rect.x + 1, y: y, style: .key,
                                 limit: rect.width - 1)
            var text = context.labels.entries.indices.contains(source) ? context.labels.entries[source].title : ""
            // A source that words the value its own way says so ("over 600" beside "more than 600").
            let wording = frequency.values[line].text
            if wording != frequency.text { text = "“\(wording)”  " + text }
            buffer.write(DisplayWidth.truncate(text, to: rect.maxX - x), x: x, y: y, limit: rect.maxX - x)
        }
        if shown < frequency.count {
            buffer.write("… and \(frequency.count - shown) more: Enter lists every one with its sentence", x: rect.x + 1,
                         y: rect.y + 1 + shown, style: .dim, limit: rect.width - 1)
        }
    }

    // MARK: Chart

    /// The selected row drawn per distinct value (not per source), each on the axis as the table's
    /// chart draws it, led by how many sources state it.
    func renderValueChart(into buffer: inout CellBuffer, _ rect: Rect) {
        guard let tableRow = selectedRow, let index = selectedRowIndex else { return }
        let frequencies = self.frequencies[index]
        let disputed = tableRow.status == .disputed
        var title = "\(tableRow.key.measure) · \(tableRow.key.group)"
        if let when = tableRow.key.when { title += " · \(when)" }
        var x = buffer.write(disputed ? "! " : "  ", x: rect.x, y: rect.y, style: .disputed, limit: rect.width)
        x = buffer.write(title, x: x, y: rect.y, style: disputed ? .disputed : .heading, limit: rect.maxX - x)
        buffer.write("  \(tableRow.status.rawValue) · a bar per value · row \(row + 1)/\(visibleRows.count) · j/k row, c table",
                     x: x, y: rect.y, style: .dim, limit: rect.maxX - x)

        let values = frequencies.values
        let axis = Self.axisEnd(values.map(\.quantity))
        let labelWidth = max(5, String(frequencies.sourceCount).count + 3)
        let valueWidth = min(34, max(14, rect.width / 4))
        let barWidth = max(4, rect.width - labelWidth - valueWidth - 2)
        func position(_ value: Double) -> Int { min(barWidth, Int((value / axis * Double(barWidth)).rounded())) }
        var y = rect.y + 2
        for (number, frequency) in values.enumerated() {
            guard y < rect.maxY - 2 else { break }
            if y == rect.maxY - 3, number < values.count - 1 {
                buffer.write("… \(values.count - number) more values: Esc, then Enter lists them all", x: rect.x + labelWidth,
                             y: y, style: .dim, limit: rect.width - labelWidth)
                break
            }
            buffer.write(DisplayWidth.pad("×\(frequency.count)", to: labelWidth - 1), x: rect.x, y: y, style: .key,
                         limit: labelWidth - 1)
            buffer.write(Self.bar(frequency.quantity, width: barWidth, position: position), x: rect.x + labelWidth, y: y,
                         style: .bar, limit: barWidth + 1)
            buffer.write(Self.describe(frequency.quantity), x: rect.x + labelWidth + barWidth + 2, y: y, limit: valueWidth)
            y += 1
        }
        Self.renderAxis(axis, into: &buffer, rect, labelWidth: labelWidth, barWidth: barWidth)
    }
}
