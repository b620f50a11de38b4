import Corpus
import Extraction
import TestSupport
import XCTest

/// What a page declares about itself, each source in turn, and what is never taken for an author.
final class DeclaredMetadataTests: XCTestCase {
    private func metadata(_ head: String, body: String = "") -> Metadata {
        ArticleFixtures.Fixture("page.html", """
            <html><head>\(head)</head><body>\(body)<article><p>\(ArticleFixtures.firstProse)</p>
            <p>\(ArticleFixtures.secondProse)</p></article></body></html>
            """).parse().metadata
    }

    func testJSONLDComesFirst() {
        let found = metadata("""
            <title>Other title | The Valley Post</title>
            <meta property="og:title" content="Open Graph title"><meta name="author" content="Meta Author">
            <meta property="article:published_time" content="2020-01-01T00:00:00Z">
            <script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
              "headline": "Floods recede in the lower town", "datePublished": "2021-03-04T08:30:00+01:00",
              "author": [{"@type": "Person", "name": "Ana Ruiz"}, {"@type": "Person", "name": "Tomás Vidal"}],
              "publisher": {"@type": "Organization", "name": "The Valley Post"}}</script>
            """)
        XCTAssertEqual(found, Metadata(title: "Floods recede in the lower town", author: "Ana Ruiz, Tomás Vidal",
                                       published: PartialDate(year: 2021, month: 3, day: 4), outlet: "The Valley Post"))
    }

    func testJSONLDInAGraphWrappedInCDATAAndAReportAreRead() {
        let graph = metadata("""
            <script type="application/ld+json"><![CDATA[{"@graph": [{"@type": "WebSite", "name": "Valley"},
              {"@type": ["Article", "NewsArticle"], "headline": "From the graph", "author": {"name": "Ana Ruiz"}}]}]]></script>
            """)
        XCTAssertEqual(graph.title, "From the graph")
        XCTAssertEqual(graph.author, "Ana Ruiz")
        let report = metadata(#"<script type="application/ld+json">[{"@type": "Report", "headline": "Annual report", "author": "Water Board"}]</script>"#)
        XCTAssertEqual(report.title, "Annual report")
        XCTAssertEqual(report.author, "Water Board")
    }

    func testOpenGraphThenDublinCoreThenMetaAuthor() {
        let openGraph = metadata("""
            <meta property="og:title" content="Open Graph title"><meta property="og:site_name" content="Valley Post">
            <meta property="article:published_time" content="2021-03-04"><meta name="author" content="Ana Ruiz">
            """)
        XCTAssertEqual(openGraph, Metadata(title: "Open Graph title", author: "Ana Ruiz",
                                           published: PartialDate(year: 2021, month: 3, day: 4), outlet: "Valley Post"))
        let dublinCore = metadata("""
            <meta name="DC.title" content="Dublin Core title"><meta name="DC.creator" content="Ana Ruiz">
            <meta name="DC.creator" content="Tomás Vidal"><meta name="DC.date" content="2019-05-06">
            """)
        XCTAssertEqual(dublinCore, Metadata(title: "Dublin Core title", author: "Ana Ruiz, Tomás Vidal",
                                            published: PartialDate(year: 2019, month: 5, day: 6)))
        let spaced = metadata(#"<meta property="og:title twitter:title" content="Shared title">"#)
        XCTAssertEqual(spaced.title, "Shared title")
    }

    func testTimeElementsAndBylineElements() {
        let found = metadata("<title>Floods recede</title>", body: """
            <div class="byline">By <a rel="author" href="/ana">Ana Ruiz</a>, Valley Post</div>
            <time datetime="2021-03-04T08:30">March 4</time>
            """)
        XCTAssertEqual(found.author, "Ana Ruiz")
        XCTAssertEqual(found.published, PartialDate(year: 2021, month: 3, day: 4))
        let linkInByline = metadata("", body: "<div class=\"author-top\">\n  <span class=\"author_byline\">By <a href=\"/a\">Ana Ruiz</a></span>\n</div>")
        XCTAssertEqual(linkInByline.author, "Ana Ruiz")
        let itemprop = metadata("", body: #"<span itemprop="author">Tomás Vidal</span>"#)
        XCTAssertEqual(itemprop.author, "Tomás Vidal")
    }

    func testTheTitleLosesTheSiteNameItDeclares() {
        XCTAssertEqual(metadata(#"<title>Floods recede - BBC News</title><meta property="og:site_name" content="BBC News">"#).title,
                       "Floods recede")
        XCTAssertEqual(metadata(#"<title>Aktuálně.cz | Floods recede</title><meta property="og:site_name" content="Aktuálně.cz">"#).title,
                       "Floods recede")
        XCTAssertEqual(metadata(#"<title>Floods recede | Valley</title><meta property="og:site_name" content="Valley Post - news every day">"#).title,
                       "Floods recede")
        // A separator inside the title itself stays when the other side is not the site.
        XCTAssertEqual(metadata(#"<title>Floods - the town counts the cost</title><meta property="og:site_name" content="Valley Post">"#).title,
                       "Floods - the town counts the cost")
        // Without a declared site: the side the headline repeats, or a short last part after a long title.
        XCTAssertEqual(metadata("<title>Floods recede in the town | Valley</title>", body: "<h1>Floods recede in the town</h1>").title,
                       "Floods recede in the town")
        XCTAssertEqual(metadata("<title>Floods recede in the lower town – My website</title>").title, "Floods recede in the lower town")
    }

    func testNothingThatIsNotANameBecomesTheAuthor() {
        for junk in ["SIGN UP FOR OUR NEWSLETTER", "Older Article", "FAIL", "https://example.org/authors/ana", "Share this article",
                     "Posted 3 hours ago", "Footer"] {
            XCTAssertNil(metadata(#"<meta name="author" content="\#(junk)">"#, body: #"<p class="byline">\#(junk)</p>"#).author, junk)
        }
        XCTAssertNil(metadata("").author)
        XCTAssertEqual(metadata(#"<meta name="author" content="Organization for Transformative Works">"#).author,
                       "Organization for Transformative Works")
        XCTAssertEqual(metadata(#"<meta name="author" content="肖春芳">"#).author, "肖春芳")
        XCTAssertEqual(metadata(#"<meta name="author" content="Bradley M. Kuhn (http://example.org/bkuhn/)">"#).author, "Bradley M. Kuhn")
        XCTAssertEqual(metadata("", body: #"<span class="byline">Joe Wee Monday, February 29, 2016</span>"#).author, "Joe Wee")
    }

    /// A page that declares no title and has no `h1` has none: its first short line is not taken.
    func testAPageWithoutATitleHasNone() {
        XCTAssertNil(metadata("", body: "<p>Short first line</p>").title)
    }

    /// A page's furniture never names the outlet: no "Footer" from the last lines of a page.
    func testAnHTMLPagesOutletIsOnlyWhatItDeclares() {
        let found = metadata("<title>Floods</title>", body: "<div><p>Footer</p></div>")
        XCTAssertNil(found.outlet)
    }
}
