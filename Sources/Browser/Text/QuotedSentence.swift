import Corpus

/// A sentence wrapped to a width, with one byte range of it (a figure, a date) in its own style.
///
/// The Figures and Timeline panes quote sources with it: the words are the source's own, cut into
/// lines at spaces, never reworded.
///
///     QuotedSentence("613 people were killed.", highlight: 0..<3, width: 12).lines
///     // [[("613", .figure), (" people", .normal)], [("were killed.", .normal)]]
struct QuotedSentence: Sendable {
    typealias Run = (text: String, style: Style)
    let lines: [[Run]]

    init(_ sentence: String, highlight: Range<Int>?, style: Style = .figure, width: Int) {
        let width = max(1, width)
        var lines: [[Run]] = []
        var line: [Run] = []
        var used = 0
        var offset = 0
        // Words with the spaces after them, so a line breaks between words.
        var words: [[(Character, Int)]] = [[]]
        for character in sentence {
            let bytes = character.utf8.count
            let shown: Character = character.isNewline || character == "\t" ? " " : character
            words[words.count - 1].append((shown, offset))
            if shown == " " { words.append([]) }
            offset += bytes
        }
        func append(_ character: Character, _ at: Int) {
            let characterStyle = highlight?.contains(at) == true ? style : Style.normal
            if let last = line.last, last.style == characterStyle {
                line[line.count - 1].text.append(character)
            } else {
                line.append((String(character), characterStyle))
            }
            used += DisplayWidth.of(character)
        }
        for word in words where !word.isEmpty {
            let wordWidth = word.reduce(0) { $0 + DisplayWidth.of($1.0) }
            let visibleWidth = word.last?.0 == " " ? wordWidth - 1 : wordWidth
            if used > 0, used + visibleWidth > width {
                lines.append(line)
                line = []
                used = 0
            }
            for (character, at) in word {
                if used + DisplayWidth.of(character) > width {
                    if character == " " { continue }
                    lines.append(line)
                    line = []
                    used = 0
                }
                append(character, at)
            }
        }
        if !line.isEmpty { lines.append(line) }
        self.lines = lines
    }

    /// Draws one line's runs at (x, y); `highlight`, when given, replaces the highlight's style
    /// (the selected quote's figure or date).
    static func draw(_ runs: [Run], into buffer: inout CellBuffer, x: Int, y: Int, limit: Int, highlight: Style? = nil) {
        var column = x
        for run in runs {
            let style = run.style == .normal ? Style.normal : (highlight ?? run.style)
            column = buffer.write(run.text, x: column, y: y, style: style, limit: max(0, x + limit - column))
        }
    }
}
