import Browser
import XCTest

/// The theme is the one table of looks: every role has one, and the ANSI renderer reads it.
final class ThemeTests: XCTestCase {
    func testEveryRoleButNormalLooksUnlikePlainTextInTheStandardTheme() {
        XCTAssertEqual(Theme.standard.look(.normal), Theme.Look(.standard))
        let plain = Style.allCases.filter { $0 != .normal && Theme.standard.look($0) == Theme.Look(.standard) }
        XCTAssertEqual(plain, [])
    }

    /// Configuration names roles by their case names; the spelt-out names must not drift from them.
    func testEveryRoleIsNamedAsItsCaseAndFoundByThatName() {
        for style in Style.allCases {
            XCTAssertEqual(style.name, "\(style)")
            XCTAssertEqual(Style(name: style.name), style)
        }
        XCTAssertNil(Style(name: "Figure"))
        XCTAssertNil(Style(name: ""))
    }

    func testEveryRoleButNormalHasAnAnsiSequence() {
        for style in Style.allCases where style != .normal {
            XCTAssertTrue(AnsiPalette.sgr(style).hasPrefix("\u{1B}["), "\(style)")
        }
        XCTAssertEqual(AnsiPalette.sgr(.normal), "")
    }

    /// The sequences `snapshot --color` wrote before the theme table, role by role.
    func testAnsiSequencesAreThoseOfTheTable() {
        let expected: [Style: String] = [
            .dim: "2", .heading: "1;36", .topBar: "37;44", .activeTab: "1;30;46", .statusBar: "30;47",
            .statusMessage: "1;34;47", .statusError: "1;37;41", .selection: "30;46", .selectionInactive: "30;47",
            .figure: "1;33", .date: "32", .searchMatch: "30;43", .currentMatch: "1;30;45", .border: "34",
            .key: "1;32", .controlMark: "1;35", .difference: "4;30;43", .currentDifference: "1;4;30;45",
            .pairMark: "1;36", .disputed: "1;31", .differs: "1;4;31", .bar: "36",
        ]
        for (style, code) in expected { XCTAssertEqual(AnsiPalette.sgr(style), "\u{1B}[\(code)m", "\(style)") }
    }

    func testAChangedLookChangesTheSequence() {
        var theme = Theme.standard
        theme[.figure] = Theme.Look(.red, on: .black, [.underline])
        XCTAssertEqual(AnsiPalette.sgr(.figure, theme: theme), "\u{1B}[4;31;40m")
    }

    func testMonochromeKeepsSelectionAndMatchesApart() {
        let theme = Theme.standard
        XCTAssertNotEqual(theme.look(.searchMatch).monochrome, theme.look(.currentMatch).monochrome)
        XCTAssertNotEqual(theme.look(.selection).monochrome, theme.look(.selectionInactive).monochrome)
    }
}
