import Corpus

/// A grid of cells the panes draw into; the front end copies it to the terminal.
///
/// Writing never lets a control character through (each becomes its visible mark) and never splits
/// a wide character at the edge of the rectangle it is clipped to:
///
///     var buffer = CellBuffer(width: 6, height: 1)
///     buffer.write("ab\u{1B}c", x: 0, y: 0)
///     buffer.lines  // ["ab␛c  "]
public struct CellBuffer: Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    /// Fills a rectangle with blanks of `style`.
    public mutating func fill(_ rect: Rect, style: Style = .normal) {
        let clipped = clip(rect)
        guard !clipped.isEmpty else { return }
        let cell = Cell(code: 0x20, width: 1, style: style)
        for row in clipped.y..<clipped.maxY {
            for column in clipped.x..<clipped.maxX { cells[row * width + column] = cell }
        }
    }

    /// Writes `text` from column `x` of row `y`, clipped to `limit` columns (default: the row's end).
    /// Returns the column after the last character written.
    @discardableResult
    public mutating func write(_ text: some StringProtocol, x: Int, y: Int, style: Style = .normal, limit: Int? = nil) -> Int {
        guard y >= 0, y < height, x < width else { return x }
        let end = min(width, limit.map { x + max(0, $0) } ?? width)
        var column = x
        for character in text {
            let (shown, characterWidth, markStyle) = Self.display(character)
            if characterWidth == 0 {
                continue  // a lone combining mark: drop rather than misplace it
            }
            if column + characterWidth > end { break }
            if column >= 0 {
                cells[y * width + column] = Cell(character: shown, width: UInt8(characterWidth), style: markStyle ?? style)
                if characterWidth == 2 { cells[y * width + column + 1] = Cell(code: 0x20, width: 0, style: markStyle ?? style) }
            }
            column += characterWidth
        }
        return column
    }

    /// Places a character already made safe (by `display`) and measured: the renderer's fast path.
    mutating func place(code: UInt32, width characterWidth: UInt8, x: Int, y: Int, style: Style) {
        let index = y * width + x
        cells[index] = Cell(code: code, width: characterWidth, style: style)
        if characterWidth == 2 { cells[index + 1] = Cell(code: 0x20, width: 0, style: style) }
    }

    /// Sets the style of existing cells without changing their characters.
    public mutating func restyle(_ rect: Rect, style: Style) {
        let clipped = clip(rect)
        guard !clipped.isEmpty else { return }
        for row in clipped.y..<clipped.maxY {
            for column in clipped.x..<clipped.maxX { cells[row * width + column].style = style }
        }
    }

    /// The screen as text, one string per row, wide characters once (for tests and snapshots).
    public var lines: [String] {
        (0..<height).map { row in
            var line = ""
            for column in 0..<width {
                let cell = cells[row * width + column]
                if cell.width > 0 { line.append(cell.character) }
            }
            return line
        }
    }

    /// The screen with ANSI SGR styles, for `crossread snapshot --color`.
    public func ansiLines(_ palette: (Style) -> String) -> [String] {
        (0..<height).map { row in
            var line = ""
            var current: Style?
            for column in 0..<width {
                let cell = cells[row * width + column]
                guard cell.width > 0 else { continue }
                if cell.style != current {
                    line += "\u{1B}[0m" + palette(cell.style)
                    current = cell.style
                }
                line.append(cell.character)
            }
            return line + "\u{1B}[0m"
        }
    }

    private func clip(_ rect: Rect) -> Rect {
        let x0 = max(0, rect.x), y0 = max(0, rect.y)
        return Rect(x: x0, y: y0, width: min(width, rect.maxX) - x0, height: min(height, rect.maxY) - y0)
    }

    /// What a character looks like on screen: itself, or the visible mark of a control character.
    static func display(_ character: Character) -> (Character, Int, Style?) {
        let utf8 = character.utf8
        if utf8.count == 1, let byte = utf8.first, byte >= 0x20, byte < 0x7F { return (character, 1, nil) }
        if character == "\r\n" { return ("␍", 1, .controlMark) }
        for scalar in character.unicodeScalars {
            if let mark = TerminalSafe.mark(for: scalar) { return (Character(mark), 1, .controlMark) }
        }
        if let first = character.unicodeScalars.first, (0x2400...0x2426).contains(first.value) {
            return (character, 1, .controlMark)
        }
        return (character, DisplayWidth.of(character), nil)
    }
}
