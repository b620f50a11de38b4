import Corpus
import Extraction
import TestSupport
import XCTest

/// The article of a web page is found by its content: the pages here are made up, each built
/// around one rule of `ArticleFinder`.
final class ArticleFinderTests: XCTestCase {
    private static let prose = [
        "The river rose overnight and flooded the lower town, forcing hundreds of families from their homes, officials said on Friday.",
        "Water reached the first floors of the houses nearest the bank, and the old bridge was closed to traffic by the police.",
        "By noon the level had begun to fall, but the weather service warned that more rain, perhaps heavier, was expected on Sunday.",
        "Volunteers from the villages upstream brought boats, blankets and food to the school, which served as a shelter for the week.",
        "The mayor said the town would ask the regional government for help with repairs, which could take months to finish.",
    ]

    /// A news page with every kind of furniture around an article that has a heading, a list, a
    /// quotation, a figure with its caption and a table.
    static let newsPage = ArticleFixtures.Fixture("news.html", """
        <!doctype html><html><head><title>Floods recede - The Valley Post</title>
        <meta property="og:site_name" content="The Valley Post"></head>
        <body class="single has-sidebar">
        <nav class="main-nav"><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
        <div class="cookie-banner"><p>We use cookies to improve your experience on our site, and to show you relevant advertising.</p></div>
        <header><h1>Floods recede in the lower town</h1><p class="byline">By Ana Ruiz</p></header>
        <div class="ad"><p>Buy the new phone today, with a discount of 20 per cent for readers of this site only.</p></div>
        <article class="story">
        <p>\(prose[0])</p>
        <p>\(prose[1])</p>
        <h2>Shelters open</h2>
        <p>\(prose[2])</p>
        <ul><li>Blankets and dry clothes for 300 people</li><li>Hot meals twice a day at the school</li></ul>
        <blockquote><p>We have never seen the water this high in forty years, said one resident.</p></blockquote>
        <figure><img src="bridge.jpg" alt="The bridge"><figcaption>The old bridge under water on Friday. <span class="credit">Photo: J. Smith</span></figcaption></figure>
        <p>\(prose[3])</p>
        <table><tr><th>District</th><th>Homes flooded</th></tr><tr><td>Lower town</td><td>412</td></tr></table>
        <p>\(prose[4])</p>
        <div class="newsletter-signup"><p>Sign up for our newsletter to get the day's most important stories, every morning, for free.</p></div>
        </article>
        <aside class="sidebar"><p>Most read: a long list of other stories that readers of this site looked at today, with more.</p></aside>
        <div class="related-stories"><h3>Related</h3><p>Earlier floods in the valley left many without power, as crews worked through the night.</p></div>
        <section id="comments"><div class="comment"><p>I heard 900 people were killed, and nobody is telling us the truth about it.</p></div></section>
        <footer><p>Copyright The Valley Post. All rights reserved, including the right to reproduce this page.</p></footer>
        </body></html>
        """)

    func testTheArticleIsKeptWithItsHeadingsListsQuotesCaptionsAndTablesAndTheFurnitureIsLeftOut() {
        XCTAssertEqual(Self.newsPage.parse().readingParagraphs, [
            Self.prose[0], Self.prose[1], "Shelters open", Self.prose[2],
            "Blankets and dry clothes for 300 people", "Hot meals twice a day at the school",
            "We have never seen the water this high in forty years, said one resident.",
            "The old bridge under water on Friday.",
            Self.prose[3], "District", "Homes flooded", "Lower town", "412", Self.prose[4],
        ])
    }

    func testAReadersCommentNeverBecomesAFigureOfTheArticle() {
        let document = Self.newsPage.parse()
        XCTAssertFalse(document.reading.text.contains("900"))
        XCTAssertFalse(FigureExtractor.figures(in: document.reading.text).contains { $0.value.contains("900") })
    }

    /// An article cut into sections with adverts between them is read whole: the element that holds
    /// every section wins over the one section that scores best.
    func testAnArticleInSectionsIsReadWhole() {
        let sections = (0..<4).map { section in
            "<section class=\"body-column\"><div class=\"column\">" + (0..<3).map { "<p>Part \(section): \(Self.prose[($0 + section) % 5])</p>" }.joined()
                + "</div></section><div class=\"ad-slot\"><p>Advertisement</p></div>"
        }.joined()
        let page = ArticleFixtures.Fixture("sections.html", "<html><body><div id=\"story\">\(sections)</div>"
            + "<div class=\"more\"><a href=\"/a\">Another story that is a link</a> <a href=\"/b\">And one more link here</a></div></body></html>")
        let paragraphs = page.parse().readingParagraphs
        XCTAssertEqual(paragraphs.count, 12)
        XCTAssertEqual(paragraphs.first, "Part 0: \(Self.prose[0])")
        XCTAssertEqual(paragraphs.last, "Part 3: \(Self.prose[0])")
    }

    /// A list of teasers, each a headline link and one summary, is not the rest of the article even
    /// when its summaries are sentences.
    func testTeasersBesideTheArticleAreLeftOut() {
        let teasers = (0..<8).map {
            "<div class=\"item\"><h3><a href=\"/t\($0)\">Teaser headline number \($0)</a></h3><p>A summary of another story, number \($0), with a full sentence in it.</p></div>"
        }.joined()
        let page = ArticleFixtures.Fixture("teasers.html", """
            <html><body><div class="wrap"><div class="article-body">\(Self.prose.map { "<p>\($0)</p>" }.joined())</div>
            <div class="more">\(teasers)</div></div></body></html>
            """)
        XCTAssertEqual(page.parse().readingParagraphs, Self.prose)
    }

    /// Classes that merely mention furniture ("has-sidebar", a category named for advertising, a
    /// page-wide wrapper with "ad" in its name) do not hide the article they wrap.
    func testWrappersWhoseClassesMentionFurnitureStillShowTheArticle() {
        let page = ArticleFixtures.Fixture("wrapper.html", """
            <html><body class="has-sidebar comments-open"><div class="page-ad-margins"><div class="post category-native-advertising">
            \(Self.prose.map { "<p>\($0)</p>" }.joined())</div></div>
            <div class="sidebar"><p>Other things to read on this site, chosen for you by our editors and by other readers.</p></div>
            </body></html>
            """)
        XCTAssertEqual(page.parse().readingParagraphs, Self.prose)
    }

    func testHiddenTextLinkListsAndAdvertLabelsAreNotRead() {
        let page = ArticleFixtures.Fixture("hidden.html", """
            <html><body><article>
            <p>\(Self.prose[0])<span class="sr-only"> Image caption</span></p>
            <p style="display: none">This paragraph is hidden from readers and should not be read at all, ever.</p>
            <p hidden>Neither is this one, which carries the hidden attribute on its opening tag.</p>
            <p>\(Self.prose[1])</p>
            <p><a href="/1">Read more about the floods</a>, <a href="/2">and the bridge</a></p>
            <div><p>Advertisement</p></div>
            <p>\(Self.prose[2])</p>
            </article></body></html>
            """)
        XCTAssertEqual(page.parse().readingParagraphs, Array(Self.prose[0...2]))
    }

    func testAPageOfAFewShortLinesIsReadWhole() {
        let page = ArticleFixtures.Fixture("short.html", "<html><body><p>Water is falling.</p><p>Roads reopen soon.</p></body></html>")
        XCTAssertEqual(page.parse().readingParagraphs, ["Water is falling.", "Roads reopen soon."])
    }

    /// The offset invariant on the new path: every paragraph and every figure of these pages maps
    /// to source bytes whose text, once tags are stripped and entities decoded, is what is shown.
    func testEveryParagraphAndFigureSpanSlicesBackToItsBytes() {
        let entityPage = ArticleFixtures.Fixture("entities.html", """
            <html><head><script>var a = "<p>not text</p>"; if (a < b) {}</script><style>p::before { content: "<b>" }</style>
            <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Prices"}</script></head>
            <body><script>document.write("<p>nor this</p>")</script><article><p>Prices rose &gt; 10&nbsp;% &mdash; the &ldquo;worst&rdquo; in <b>two</b> decades, said the mayor&#x2019;s office on Friday.</p>
            <p>About 1,200 people left; 3 bridges closed &amp; 40 roads were cut by the water, officials said.</p></article></body></html>
            """)
        var figuresChecked = 0
        for fixture in [Self.newsPage, entityPage] {
            let document = fixture.parse()
            let original = Array(document.original.utf8)
            let reading = Array(document.reading.text.utf8)
            for segment in document.reading.map.segments where segment.isCopy {
                XCTAssertEqual(Array(reading[segment.reading]), Array(original[segment.source]), "\(fixture.name) \(segment)")
            }
            for segment in document.reading.map.segments where !segment.isCopy {
                let source = String(decoding: original[segment.source], as: UTF8.self)
                XCTAssertTrue(source.hasPrefix("&") || source.allSatisfy(\.isWhitespace), "\(fixture.name): \(source)")
            }
            for index in document.reading.paragraphs.indices {
                let span = document.reading.sourceSpan(document.reading.paragraphs[index])
                let slice = String(decoding: original[span.start..<span.end], as: UTF8.self)
                XCTAssertEqual(Self.visibleText(slice), String(document.reading.paragraph(index)), fixture.name)
            }
            let figures = FigureExtractor.figures(in: document.reading.text)
            figuresChecked += figures.count
            for figure in figures {
                let span = document.reading.sourceSpan(figure.span)
                XCTAssertEqual(String(decoding: original[span.start..<span.end], as: UTF8.self), figure.value, fixture.name)
            }
        }
        XCTAssertGreaterThan(figuresChecked, 0)
    }

    /// Source HTML as a reader sees it: tags stripped, the few entities of these pages decoded,
    /// white space collapsed.
    private static func visibleText(_ html: String) -> String {
        var text = html.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
        for (entity, character) in [("&gt;", ">"), ("&nbsp;", " "), ("&mdash;", "—"), ("&ldquo;", "“"), ("&rdquo;", "”"),
                                    ("&#x2019;", "’"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
