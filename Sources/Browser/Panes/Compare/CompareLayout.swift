import Corpus
import Extraction

/// The compare pane's blocks wrapped into rows at two column widths: each block takes as many rows
/// as its longer side, so an aligned pair starts on the same row in both columns; a blank row
/// follows each block.
struct CompareLayout: Sendable {
    struct Row: Hashable, Sendable {
        var block: Int
        /// Bytes of each side's reading text on this row.
        var left: Range<Int>?
        var right: Range<Int>?
        var isFirstOfBlock: Bool
        var isSeparator: Bool
    }

    let leftWidth: Int
    let rightWidth: Int
    let rows: [Row]
    /// The first row of each block.
    let blockStart: [Int]

    init(_ passages: ComparePassages, leftText: String, rightText: String, leftWidth: Int, rightWidth: Int) {
        self.leftWidth = leftWidth
        self.rightWidth = rightWidth
        var rows: [Row] = []
        var blockStart: [Int] = []
        blockStart.reserveCapacity(passages.blocks.count)
        for (index, block) in passages.blocks.enumerated() {
            blockStart.append(rows.count)
            let left = block.left.map { Self.wrap($0.span, in: leftText, width: leftWidth) } ?? []
            let right = block.right.map { Self.wrap($0.span, in: rightText, width: rightWidth) } ?? []
            for line in 0..<max(1, left.count, right.count) {
                rows.append(Row(block: index, left: line < left.count ? left[line] : nil,
                                right: line < right.count ? right[line] : nil, isFirstOfBlock: line == 0, isSeparator: false))
            }
            if index < passages.blocks.count - 1 {
                rows.append(Row(block: index, left: nil, right: nil, isFirstOfBlock: false, isSeparator: true))
            }
        }
        self.rows = rows
        self.blockStart = blockStart
    }

    /// The rows of a block, separator excluded.
    func rows(ofBlock block: Int) -> Range<Int> {
        let start = blockStart[block]
        var end = block + 1 < blockStart.count ? blockStart[block + 1] : rows.count
        if end > start + 1, rows[end - 1].isSeparator { end -= 1 }
        return start..<end
    }

    /// Word-wraps a passage, starting a new line at each paragraph break inside it.
    static func wrap(_ span: TextSpan, in text: String, width: Int) -> [Range<Int>] {
        let utf8 = text.utf8
        guard span.start >= 0, span.end <= utf8.count, span.start < span.end else { return [] }
        var lines: [Range<Int>] = []
        var start = span.start
        let bytes = utf8
        var position = utf8.index(utf8.startIndex, offsetBy: span.start)
        var offset = span.start
        while offset <= span.end {
            if offset == span.end || bytes[position] == 0x0A {
                if offset > start {
                    let from = utf8.index(utf8.startIndex, offsetBy: start)
                    let piece = Substring(text.utf8[from..<position])
                    let trimmed = piece.drop { $0.isWhitespace }
                    let base = start + (piece.utf8.count - trimmed.utf8.count)
                    if !trimmed.isEmpty {
                        lines += ReaderLayout.wrap(trimmed, baseOffset: base, width: max(1, width))
                    }
                }
                start = offset + 1
                if offset == span.end { break }
            }
            position = utf8.index(after: position)
            offset += 1
        }
        return lines
    }
}
