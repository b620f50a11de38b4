import Browser
import XCTest

/// Keys and habits carried over from less and vim: Ctrl-D/U/F/B, searches as regular expressions.
final class ConventionsTests: BrowserTestCase {
    func testControlKeysPageAndHalfPageTheReaderAsLessDoes() {
        var browser = model(80, 24)
        press("<Enter><C-f>", on: &browser)
        XCTAssertEqual(browser.articles.readerTop, 21, "Ctrl-F is a page, as Space")
        press("<C-b>", on: &browser)
        XCTAssertEqual(browser.articles.readerTop, 0)
        press("<C-d>", on: &browser)
        let half = browser.articles.readerTop
        XCTAssertGreaterThan(half, 0)
        press("<C-u>", on: &browser)
        XCTAssertEqual(browser.articles.readerTop, 0)
        press("d", on: &browser)
        XCTAssertEqual(browser.articles.readerTop, half, "Ctrl-D moves as d does")
    }

    func testControlKeysMoveTheListAndThePanes() {
        var browser = browser(80, 24)
        press("<C-d>", on: &browser)
        XCTAssertEqual(browser.articles.selection, min(Self.seeds.count - 1, 10), "half of the list's 21 rows")
        press("<C-u>", on: &browser)
        XCTAssertEqual(browser.articles.selection, 0)
        press("<C-f>", on: &browser)
        XCTAssertEqual(browser.articles.selection, Self.seeds.count - 1)
        press("<C-b>", on: &browser)
        XCTAssertEqual(browser.articles.selection, 0)
        press("2<C-f>", on: &browser)
        XCTAssertNil(browser.message, "Ctrl-F pages the Timeline too")
        press("?<C-f>", on: &browser)
        XCTAssertNil(browser.message, "and the help")
    }

    func testAQueryWithPatternCharactersIsARegularExpression() {
        let text = "The count rose in 1992 and again in 1993; a later report said 613."
        let search = SearchState(query: "19[0-9]{2}", forward: true, in: text)
        XCTAssertTrue(search.isPattern)
        XCTAssertEqual(search.matches.map { String(text.utf8[text.utf8.index(text.utf8.startIndex, offsetBy: $0.lowerBound)..<text.utf8.index(text.utf8.startIndex, offsetBy: $0.upperBound)])! },
                       ["1992", "1993"])
        XCTAssertEqual(SearchState(query: "rose|report", forward: true, in: text).matches.count, 2)
    }

    func testSmartCaseHoldsForPatterns() {
        let text = "Rose rose. ROSE."
        XCTAssertEqual(SearchState(query: "r.se", forward: true, in: text).matches.count, 3)
        XCTAssertEqual(SearchState(query: "R.se", forward: true, in: text).matches.count, 1)
    }

    func testAnInvalidPatternIsSearchedAsTextAndSaysSo() {
        let text = "A figure (about 600) stood in one report."
        let search = SearchState(query: "(about", forward: true, in: text)
        XCTAssertTrue(search.isInvalidPattern)
        XCTAssertEqual(search.matches, [9..<15])
        XCTAssertFalse(SearchState(query: "about", forward: true, in: text).isPattern, "plain text stays text")
    }

    func testTheReaderSearchesWithPatternsAndFallsBackForInvalidOnes() {
        var literal = model(80, 24)
        press("jj<Enter>/according<Enter>", on: &literal)
        var pattern = model(80, 24)
        press("jj<Enter>/acc?ording<Enter>", on: &pattern)
        XCTAssertEqual(pattern.articles.search?.matches, literal.articles.search?.matches)
        XCTAssertEqual(pattern.articles.search?.isPattern, true)

        press("/according (<Enter>", on: &pattern)
        XCTAssertEqual(pattern.articles.search?.isInvalidPattern, true)
        XCTAssertNotNil(pattern.message)
        XCTAssertTrue(pattern.message!.text.hasPrefix("Not a valid pattern"), pattern.message!.text)
    }
}
