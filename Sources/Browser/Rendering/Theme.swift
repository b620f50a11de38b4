/// How each style role looks: the one table both the curses front end and the ANSI renderer read.
///
/// A look names a foreground and a background from the eight terminal colours (or the
/// terminal's own), the attributes added in colour, and the attributes that stand in for colour
/// in monochrome, so every distinction survives without it. Changing a colour is one entry here.
public struct Theme: Sendable, Equatable {
    /// One of the eight colours every colour terminal has, or the terminal's own default.
    public enum Color: String, Sendable, CaseIterable, Equatable {
        case standard = "default"
        case black, red, green, yellow, blue, magenta, cyan, white

        /// The colour's number in ANSI SGR codes and in curses (`COLOR_BLACK` is 0, ...); none for the default.
        public var number: Int? {
            switch self {
            case .standard: return nil
            case .black: return 0
            case .red: return 1
            case .green: return 2
            case .yellow: return 3
            case .blue: return 4
            case .magenta: return 5
            case .cyan: return 6
            case .white: return 7
            }
        }
    }

    /// Text attributes, combinable.
    public struct Attributes: OptionSet, Sendable, Hashable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        public static let bold = Attributes(rawValue: 1 << 0)
        public static let dim = Attributes(rawValue: 1 << 1)
        public static let underline = Attributes(rawValue: 1 << 2)
        public static let reverse = Attributes(rawValue: 1 << 3)
    }

    /// How one role looks.
    public struct Look: Sendable, Equatable {
        public var foreground: Color
        public var background: Color
        /// Attributes added to the colours.
        public var attributes: Attributes
        /// What the role looks like on a terminal without colour (or with colour turned off).
        public var monochrome: Attributes

        public init(_ foreground: Color, on background: Color = .standard, _ attributes: Attributes = [],
                    monochrome: Attributes = [])
        {
            self.foreground = foreground
            self.background = background
            self.attributes = attributes
            self.monochrome = monochrome
        }
    }

    /// The look of every role, at the role's raw value. An array rather than a dictionary keyed by
    /// `Style`: the first such dictionary made costs the runtime a search of every conformance in
    /// the program (is `Style` Hashable?), about 0.07 ms of start-up.
    private var table: [Look]

    /// A theme with the look `look` gives each role.
    public init(_ look: (Style) -> Look) { table = Style.allCases.map(look) }

    public func look(_ style: Style) -> Look { table[Int(style.rawValue)] }

    /// The look of `style`, to read or change.
    public subscript(style: Style) -> Look {
        get { table[Int(style.rawValue)] }
        set { table[Int(style.rawValue)] = newValue }
    }

    /// Crossread's colours: white on blue bars, cyan for where you are, yellow figures, green dates.
    public static let standard = Theme { style in
        switch style {
        case .normal: Look(.standard)
        case .dim: Look(.standard, [.dim], monochrome: [.dim])
        case .heading: Look(.cyan, [.bold], monochrome: [.bold])
        case .topBar: Look(.white, on: .blue, monochrome: [.reverse])
        case .activeTab: Look(.black, on: .cyan, [.bold], monochrome: [.reverse, .bold])
        case .statusBar: Look(.black, on: .white, monochrome: [.reverse])
        case .statusMessage: Look(.blue, on: .white, [.bold], monochrome: [.reverse])
        case .statusError: Look(.white, on: .red, [.bold], monochrome: [.reverse, .bold])
        case .selection: Look(.black, on: .cyan, monochrome: [.reverse])
        case .selectionInactive: Look(.black, on: .white, monochrome: [.underline])
        case .figure: Look(.yellow, [.bold], monochrome: [.bold])
        case .date: Look(.green, monochrome: [.underline])
        case .searchMatch: Look(.black, on: .yellow, monochrome: [.reverse])
        case .currentMatch: Look(.black, on: .magenta, [.bold], monochrome: [.reverse, .bold, .underline])
        case .border: Look(.blue)
        case .key: Look(.green, [.bold], monochrome: [.bold])
        case .controlMark: Look(.magenta, [.bold], monochrome: [.bold, .underline])
        case .difference: Look(.black, on: .yellow, [.underline], monochrome: [.underline])
        case .currentDifference: Look(.black, on: .magenta, [.bold, .underline], monochrome: [.reverse, .bold, .underline])
        case .pairMark: Look(.cyan, [.bold], monochrome: [.bold])
        case .disputed: Look(.red, [.bold], monochrome: [.bold])
        case .differs: Look(.red, [.bold, .underline], monochrome: [.bold, .underline])
        case .bar: Look(.cyan)
        }
    }
}
