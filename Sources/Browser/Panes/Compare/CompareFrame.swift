/// Where the compare pane puts each side in its rectangle: side by side with a gutter of marks
/// between them, or, below `ComparePane.stackedBelowWidth`, the left source above the right.
///
///     side by side:  Left header   │  Right header
///                    left text    =│= right text
///     stacked:       Left header
///                    = left text
///                    Right header
///                    = right text
struct CompareFrame: Sendable {
    let area: Rect
    let isStacked: Bool
    /// Each side's header row, its text rows, and the column of its mark.
    let leftHeader: Rect
    let rightHeader: Rect
    let leftText: Rect
    let rightText: Rect
    let leftMark: Int
    let rightMark: Int
    /// The divider between the sides (a column side by side, a row stacked).
    let divider: Int?

    init(_ area: Rect) {
        self.area = area
        isStacked = area.width < ComparePane.stackedBelowWidth
        if isStacked {
            let topHeight = area.height / 2
            leftHeader = area.rows(0, 1)
            leftText = Rect(x: area.x + 2, y: area.y + 1, width: area.width - 2, height: max(0, topHeight - 1))
            rightHeader = area.rows(topHeight, 1)
            rightText = Rect(x: area.x + 2, y: area.y + topHeight + 1, width: area.width - 2,
                             height: max(0, area.height - topHeight - 1))
            leftMark = area.x
            rightMark = area.x
            divider = nil
        } else {
            // left text, a space, its mark, the divider, the right mark, a space, right text
            let leftWidth = (area.width - 5) / 2
            leftText = Rect(x: area.x, y: area.y + 1, width: leftWidth, height: area.height - 1)
            leftMark = area.x + leftWidth + 1
            divider = leftMark + 1
            rightMark = leftMark + 2
            rightText = Rect(x: rightMark + 2, y: area.y + 1, width: area.maxX - rightMark - 2, height: area.height - 1)
            leftHeader = Rect(x: area.x, y: area.y, width: leftWidth, height: 1)
            rightHeader = Rect(x: rightMark, y: area.y, width: area.maxX - rightMark, height: 1)
        }
    }

    var leftTextWidth: Int { max(1, leftText.width) }
    var rightTextWidth: Int { max(1, rightText.width) }

    func visibleRows(_ side: ComparePane.Side) -> Int {
        max(1, side == .left ? leftText.height : rightText.height)
    }
}
