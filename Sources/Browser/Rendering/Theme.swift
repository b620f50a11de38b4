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

    /// The look of every role; a role missing here falls back to plain text.
    public var looks: [Style: Look]

    public init(looks: [Style: Look]) { self.looks = looks }

    public func look(_ style: Style) -> Look { looks[style] ?? Look(.standard) }

    /// Crossread's colours: white on blue bars, cyan for where you are, yellow figures, green dates.
    public static let standard = Theme(looks: [
        .normal: Look(.standard),
        .dim: Look(.standard, [.dim], monochrome: [.dim]),
        .heading: Look(.cyan, [.bold], monochrome: [.bold]),
        .topBar: Look(.white, on: .blue, monochrome: [.reverse]),
        .activeTab: Look(.black, on: .cyan, [.bold], monochrome: [.reverse, .bold]),
        .statusBar: Look(.black, on: .white, monochrome: [.reverse]),
        .statusMessage: Look(.blue, on: .white, [.bold], monochrome: [.reverse]),
        .statusError: Look(.white, on: .red, [.bold], monochrome: [.reverse, .bold]),
        .selection: Look(.black, on: .cyan, monochrome: [.reverse]),
        .selectionInactive: Look(.black, on: .white, monochrome: [.underline]),
        .figure: Look(.yellow, [.bold], monochrome: [.bold]),
        .date: Look(.green, monochrome: [.underline]),
        .searchMatch: Look(.black, on: .yellow, monochrome: [.reverse]),
        .currentMatch: Look(.black, on: .magenta, [.bold], monochrome: [.reverse, .bold, .underline]),
        .border: Look(.blue),
        .key: Look(.green, [.bold], monochrome: [.bold]),
        .controlMark: Look(.magenta, [.bold], monochrome: [.bold, .underline]),
        .difference: Look(.black, on: .yellow, [.underline], monochrome: [.underline]),
        .currentDifference: Look(.black, on: .magenta, [.bold, .underline], monochrome: [.reverse, .bold, .underline]),
        .pairMark: Look(.cyan, [.bold], monochrome: [.bold]),
        .disputed: Look(.red, [.bold], monochrome: [.bold]),
        .differs: Look(.red, [.bold, .underline], monochrome: [.bold, .underline]),
        .bar: Look(.cyan),
    ])
}
