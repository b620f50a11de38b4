import Comparison
import Corpus
import Extraction

/// Two sources aligned once and cut into the stretches the compare pane shows, in reading order.
///
/// A stretch (`Block`) is an aligned pair on shared rows, or one passage of one side against a gap.
/// Pairs outside `inOrderPairs` (told at another place by the right source) stay where each side
/// has them, marked as paired elsewhere.
/// Built once per chosen pair of sources; nothing here depends on the screen's size.
struct ComparePassages: Sendable {
    /// One side of a block: a passage of that side's reading text, and the pair it belongs to.
    struct Item: Hashable, Sendable {
        var span: TextSpan
        /// The pair (index into `alignment.pairs`) when the passage is paired, shown here or elsewhere.
        var pair: Int?
    }

    struct Block: Hashable, Sendable {
        var left: Item?
        var right: Item?
        /// The in-order pair this block shows on shared rows.
        var aligned: Int?
    }

    /// A place where the two sources part: one word change of a near-identical pair, or a whole pair
    /// told in other words (`change == nil`).
    struct Difference: Hashable, Sendable {
        var pair: Int
        var change: Int?
    }

    let leftID: String
    let rightID: String
    let alignment: PassageAlignment
    let blocks: [Block]
    let differences: [Difference]
    /// For each pair, the block showing its left and its right passage.
    let leftBlock: [Int]
    let rightBlock: [Int]

    init(left: Document, right: Document) {
        leftID = left.id
        rightID = right.id
        let alignment = PassageAligner.align(left, right)
        self.alignment = alignment
        let inOrder = alignment.inOrderPairs
        let leftItems = (alignment.unmatchedLeft.map { Item(span: $0, pair: nil) }
            + alignment.pairs.indices.map { Item(span: alignment.pairs[$0].left.passage, pair: $0) }).sorted { $0.span < $1.span }
        let rightItems = (alignment.unmatchedRight.map { Item(span: $0, pair: nil) }
            + alignment.pairs.indices.map { Item(span: alignment.pairs[$0].right.passage, pair: $0) }).sorted { $0.span < $1.span }
        var blocks: [Block] = []
        var nextLeft = 0, nextRight = 0
        // Between two aligned pairs, each passage gets a block of its own, against a gap: two
        // passages side by side would read as aligned when nothing pairs them. The left side's
        // come first, as it is read first.
        func gap(until leftEnd: Int, _ rightEnd: Int) {
            for item in leftItems[nextLeft..<leftEnd] { blocks.append(Block(left: item, right: nil, aligned: nil)) }
            for item in rightItems[nextRight..<rightEnd] { blocks.append(Block(left: nil, right: item, aligned: nil)) }
        }
        for pair in inOrder {
            let leftAt = leftItems.firstIndex { $0.pair == pair }!, rightAt = rightItems.firstIndex { $0.pair == pair }!
            gap(until: leftAt, rightAt)
            blocks.append(Block(left: leftItems[leftAt], right: rightItems[rightAt], aligned: pair))
            nextLeft = leftAt + 1
            nextRight = rightAt + 1
        }
        gap(until: leftItems.count, rightItems.count)
        self.blocks = blocks

        var leftBlock = [Int](repeating: 0, count: alignment.pairs.count), rightBlock = leftBlock
        for (index, block) in blocks.enumerated() {
            if let pair = block.left?.pair { leftBlock[pair] = index }
            if let pair = block.right?.pair { rightBlock[pair] = index }
        }
        self.leftBlock = leftBlock
        self.rightBlock = rightBlock

        var differences: [Difference] = []
        for (index, pair) in alignment.pairs.enumerated() {
            if !pair.changes.isEmpty {
                differences += pair.changes.indices.map { Difference(pair: index, change: $0) }
            } else if pair.similarity < 1 {
                differences.append(Difference(pair: index, change: nil))
            }
        }
        // In the order a reader meets them going down the left column.
        self.differences = differences.enumerated().sorted {
            (leftBlock[$0.element.pair], $0.offset) < (leftBlock[$1.element.pair], $1.offset)
        }.map(\.element)
    }

    /// Whether a pair sits on shared rows (in both texts' order) rather than at two places.
    func isAligned(_ pair: Int) -> Bool { blocks[leftBlock[pair]].aligned == pair }

    /// The reading-text spans of a side's changed words in one pair, by change index.
    func changeSpans(ofPair pair: Int, left: Bool) -> [TextSpan] {
        alignment.pairs[pair].changes.map { left ? $0.left : $0.right }
    }
}
