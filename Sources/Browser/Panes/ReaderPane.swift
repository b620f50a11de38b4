import Corpus
import Extraction

/// The reader: the laid-out article from the current top line, with figures, dates and search
/// matches styled by their byte ranges.
enum ReaderPane {
    static func render(_ model: BrowserModel, into buffer: inout CellBuffer, _ rect: Rect) {
        guard let layout = model.layout else {
            buffer.write("No article selected", x: rect.x, y: rect.y, style: .dim)
            return
        }
        let text = layout.text
        let utf8 = text.utf8
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
                var offset = range.lowerBound
                let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
                let end = utf8.index(start, offsetBy: range.count)
                var highlightIndex = firstHighlight(model.highlights, from: offset)
                var matchIndex = matches.firstIndex { $0.upperBound > offset } ?? matches.count
                for character in text[start..<end] {
                    let size = character.utf8.count
                    while highlightIndex < model.highlights.count, model.highlights[highlightIndex].span.end <= offset { highlightIndex += 1 }
                    while matchIndex < matches.count, matches[matchIndex].upperBound <= offset { matchIndex += 1 }
                    var style = layout.titleRange?.contains(offset) == true ? Style.heading : Style.normal
                    if highlightIndex < model.highlights.count, model.highlights[highlightIndex].span.start <= offset {
                        style = model.highlights[highlightIndex].style
                    }
                    if let marked = model.marked, marked.range.contains(offset) { style = .currentMatch }
                    if matchIndex < matches.count, matches[matchIndex].contains(offset) {
                        style = matches[matchIndex] == current ? .currentMatch : .searchMatch
                    }
                    x = buffer.write(String(character), x: x, y: y, style: style, limit: rect.maxX - x)
                    offset += size
                    if x >= rect.maxX { break }
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
