import Corpus
import Extraction

/// The reader: the laid-out article from the current top line, with figures, dates and search
/// matches styled by their byte ranges.
enum ReaderView {
    static func render(_ model: ArticlesPane, into buffer: inout CellBuffer, _ rect: Rect) {
        guard let layout = model.layout else {
            buffer.write("No article selected", x: rect.x, y: rect.y, style: .dim)
            return
        }
        let matches = model.search?.matches ?? []
        let current = model.search?.current.map { matches[$0] }
        for row in 0..<rect.height {
            let index = model.readerTop + row
            guard index < layout.lines.count else { break }
            let y = rect.y + row
            switch layout.lines[index] {
            case .header(let line, let style):
                buffer.write(line, x: rect.x, y: y, style: style, limit: rect.width)
            case .blank:
                break
            case .body(let range):
                var x = rect.x
                var highlightIndex = firstHighlight(model.highlights, from: range.lowerBound)
                var matchIndex = matches.firstIndex { $0.upperBound > range.lowerBound } ?? matches.count
                let highlights = model.highlights
                for glyph in layout.glyphs[layout.lineGlyphs[index]] {
                    let offset = Int(glyph.offset)
                    while highlightIndex < highlights.count, highlights[highlightIndex].span.end <= offset { highlightIndex += 1 }
                    while matchIndex < matches.count, matches[matchIndex].upperBound <= offset { matchIndex += 1 }
                    var style = layout.titleRange?.contains(offset) == true ? Style.heading : Style.normal
                    if highlightIndex < highlights.count, highlights[highlightIndex].span.start <= offset {
                        style = highlights[highlightIndex].style
                    }
                    if let marked = model.marked, marked.range.contains(offset) { style = .currentMatch }
                    if matchIndex < matches.count, matches[matchIndex].contains(offset) {
                        style = matches[matchIndex] == current ? .currentMatch : .searchMatch
                    }
                    if glyph.isMark, style == .normal { style = .controlMark }
                    guard glyph.width > 0 else { continue }
                    if x + Int(glyph.width) > rect.maxX { break }
                    buffer.place(code: glyph.code, width: glyph.width, x: x, y: y, style: style)
                    x += Int(glyph.width)
                }
            }
        }
    }

    private static func firstHighlight(_ highlights: [Highlight], from offset: Int) -> Int {
        var low = 0, high = highlights.count
        while low < high {
            let middle = (low + high) / 2
            if highlights[middle].span.end <= offset { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
