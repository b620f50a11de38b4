import Corpus

/// Every binding, generated from the keymap, grouped by where it applies; those of the pane help
/// was opened from come first.
enum HelpPane {
    static func render(_ model: BrowserModel, into buffer: inout CellBuffer, _ rect: Rect) {
        let lines = model.helpLines
        let keyWidth = min(24, (lines.filter { !$0.isHeading }.map { DisplayWidth.of($0.keys) }.max() ?? 0) + 2)
        for row in 0..<rect.height {
            let index = (model.helpTop ?? 0) + row
            guard index < lines.count else { break }
            let line = lines[index]
            let y = rect.y + row
            if line.isHeading {
                buffer.write(" " + line.keys, x: rect.x, y: y, style: .heading, limit: rect.width)
            } else {
                let x = buffer.write("   " + line.keys, x: rect.x, y: y, style: .key, limit: rect.width)
                buffer.write(line.help, x: max(x + 1, rect.x + 3 + keyWidth), y: y, style: .normal,
                             limit: rect.maxX - max(x + 1, rect.x + 3 + keyWidth))
            }
        }
    }
}
