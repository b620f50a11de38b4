/// One screen position: a grapheme and its style. A wide character's second column holds a
/// continuation cell (`width == 0`).
///
/// A cell is plain bits (the character is held as a code, see `GraphemeTable`), so a frame of
/// cells is made, copied, compared and freed without reference counting.
public struct Cell: Hashable, Sendable {
    /// The character as `GraphemeTable` codes it: a single scalar is its own value.
    var code: UInt32
    public var width: UInt8
    public var style: Style

    public init(character: Character, width: UInt8, style: Style) {
        self.init(code: GraphemeTable.code(of: character), width: width, style: style)
    }

    init(code: UInt32, width: UInt8, style: Style) {
        self.code = code
        self.width = width
        self.style = style
    }

    public var character: Character {
        get { GraphemeTable.character(code) }
        set { code = GraphemeTable.code(of: newValue) }
    }

    /// The character's byte when it is printable ASCII, else 0: lets the front end skip Unicode
    /// work for most cells.
    public var ascii: UInt8 { code >= 0x20 && code < 0x7F ? UInt8(code) : 0 }

    /// The character when it is a single Unicode scalar (most are), without making a `Character`.
    public var scalar: Unicode.Scalar? { GraphemeTable.isScalar(code) ? Unicode.Scalar(code) : nil }

    public static let blank = Cell(code: 0x20, width: 1, style: .normal)
}
