/// A rectangle of cells: columns `x..<x+width`, rows `y..<y+height`.
public struct Rect: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public var maxX: Int { x + width }
    public var maxY: Int { y + height }
    public var isEmpty: Bool { width == 0 || height == 0 }

    public func contains(x column: Int, y row: Int) -> Bool {
        column >= x && column < maxX && row >= y && row < maxY
    }

    /// The rows `from..<from+count` of this rectangle (clipped).
    public func rows(_ from: Int, _ count: Int) -> Rect {
        let top = min(height, max(0, from))
        return Rect(x: x, y: y + top, width: width, height: min(count, height - top))
    }

    /// Splits into a left part `leftWidth` wide, a one-column gap when `gap` is true, and the rest.
    public func splitColumns(leftWidth: Int, gap: Bool) -> (left: Rect, right: Rect) {
        let left = Rect(x: x, y: y, width: min(width, leftWidth), height: height)
        let skip = gap ? 1 : 0
        return (left, Rect(x: x + left.width + skip, y: y, width: width - left.width - skip, height: height))
    }
}
