/// A key or terminal event, decoded once at the edge by the front end.
public enum Key: Hashable, Sendable {
    case character(Character)
    case control(Character)  // Ctrl plus a letter, as a lower-case letter
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete
    case function(Int)
    /// The terminal was resized to this many columns and rows.
    case resize(width: Int, height: Int)
    case mouse(MouseEvent)
}

/// A mouse event the terminal reported, in screen cells.
public struct MouseEvent: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case click, doubleClick, wheelUp, wheelDown }
    public var kind: Kind
    public var x: Int
    public var y: Int

    public init(_ kind: Kind, x: Int, y: Int) {
        self.kind = kind
        self.x = x
        self.y = y
    }
}
