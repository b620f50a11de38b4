import Corpus
import TestSupport
import XCTest

/// Pages no one should write still give a best-effort text, never a crash or a hang.
final class BadHTMLTests: XCTestCase {
    private let prose = ArticleFixtures.firstProse

    func testMalformedAndTruncatedMarkupIsReadAsABrowserWould() {
        let malformed = ArticleFixtures.Fixture("m.html", "<p>\(prose)<div>Unclosed <b>bold <i>and italic</b> text</i> runs on and on here.<p>Last words of the page are read as well</")
        XCTAssertEqual(malformed.parse().readingParagraphs, [prose, "Unclosed bold and italic text runs on and on here.", "Last words of the page are read as well"])
        let truncated = ArticleFixtures.Fixture("t.html", "<html><head><title>Cut</title></head><body><p>\(prose)</p><p>The second paragraph stops in the mid")
        XCTAssertEqual(truncated.parse().readingParagraphs, [prose, "The second paragraph stops in the mid"])
        let cutTag = ArticleFixtures.Fixture("c.html", "<p>\(prose)</p><p class=\"x")
        XCTAssertEqual(cutTag.parse().readingParagraphs, [prose])
    }

    func testDeepNestingNeitherOverflowsTheStackNorHangs() {
        let divs = ArticleFixtures.Fixture("deep.html", "<html><body>" + String(repeating: "<div>", count: 100_000)
            + "<p>\(prose)</p>" + String(repeating: "</div>", count: 100_000) + "</body></html>")
        XCTAssertEqual(divs.parse().readingParagraphs, [prose])
        let unclosed = ArticleFixtures.Fixture("open.html", String(repeating: "<div><span><b>", count: 30_000) + prose)
        XCTAssertEqual(unclosed.parse().readingParagraphs, [prose])
    }

    func testAPageOfScriptsHasNoText() {
        let scripts = ArticleFixtures.Fixture("s.html", "<html><head><script>var a = '<p>not text</p>';</script></head><body>"
            + String(repeating: "<script>document.write('<p>nor this</p>');</script><style>p { color: red }</style>", count: 1000) + "</body></html>")
        let document = scripts.parse()
        XCTAssertEqual(document.readingParagraphs, [])
        XCTAssertEqual(document.wordCount, 0)
    }

    func testNULBytesAreShownAsMarks() {
        let page = ArticleFixtures.Fixture("nul.html", bytes: Array("<p>Before".utf8) + [0x00] + Array("after, in one paragraph of the page.</p>".utf8))
        let document = page.parse()
        XCTAssertEqual(document.readingParagraphs, ["Before␀after, in one paragraph of the page."])
    }

    /// A large page: every paragraph is read, in order. (Its speed is measured by the benchmarks.)
    func testALargePageIsReadWhole() {
        let paragraph = "<p>\(prose) It is paragraph number NUMBER of a very long page.</p>\n"
        var html = "<html><body><article>"
        for number in 0..<20_000 { html += paragraph.replacingOccurrences(of: "NUMBER", with: String(number)) }
        let document = ArticleFixtures.Fixture("big.html", html + "</article></body></html>").parse()
        XCTAssertEqual(document.reading.paragraphs.count, 20_000)
        XCTAssertTrue(document.readingParagraphs.last?.hasSuffix("number 19999 of a very long page.") == true)
    }
}
