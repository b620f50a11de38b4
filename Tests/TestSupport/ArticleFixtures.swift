/// Small articles that exercise one cleaning rule each, shared by the corpus and command-line tests.
///
/// Each is the bytes of a file as a scraper might save it. Prose paragraphs are long enough to read
/// as prose (12 words or more), so only the lines under test look like page furniture.
public enum ArticleFixtures {
    /// A fixture's file name (its extension gives the format) and bytes.
    public struct Fixture: Sendable {
        public var name: String
        public var bytes: [UInt8]
        public var text: String { String(decoding: bytes, as: UTF8.self) }

        public init(_ name: String, _ text: String) { self.init(name, bytes: Array(text.utf8)) }
        public init(_ name: String, bytes: [UInt8]) {
            self.name = name
            self.bytes = bytes
        }
    }

    public static let firstProse = "The river rose overnight and flooded the lower town, forcing hundreds of families from their homes."
    public static let secondProse = "Officials said the water began to fall by noon, but warned that more rain was expected later in the week."
    public static let thirdProse = "Volunteers from neighbouring villages brought boats, blankets and food to the school that served as a shelter."

    /// Breadcrumbs and a font-size widget above the article.
    public static let breadcrumbsAndWidgets = Fixture("crumbs.txt", """
        Home » World » Europe » Floods
        Share | Tweet | Email
        Line Spacing+- AFont Size+- Print

        Flood waters recede in the lower town

        \(firstProse)

        \(secondProse)

        \(thirdProse)

        """)

    /// A "related articles" tail of short headlines and dates after the article.
    public static let relatedTail = Fixture("related.txt", """
        Flood waters recede in the lower town

        \(firstProse)

        \(secondProse)

        \(thirdProse)

        More from this section
        Bridge reopens after repairs
        12 March 2021
        Council approves new budget
        10 March 2021
        Schools close for the holiday

        """)

    /// A comment form after the article.
    public static let commentForm = Fixture("comments.txt", """
        Flood waters recede in the lower town

        \(firstProse)

        \(secondProse)

        \(thirdProse)

        Leave a Reply
        Your email address will not be published. Required fields are marked *
        Comment
        Name *
        Email *
        Website
        Post Comment

        """)

    /// Numbered footnotes at the end: short, but part of the article.
    public static let footnotes = Fixture("footnotes.txt", """
        Flood waters recede in the lower town

        \(firstProse)[1]

        \(secondProse)[2]

        \(thirdProse)

        [1] See the river authority's bulletin of 3 March 2021.

        [2] Figures from the regional weather service.

        [3] Ibid.

        """)

    /// The article ends with a short section of its own: a heading, a short sentence and one more.
    public static let shortFinalSection = Fixture("final-section.txt", """
        Flood waters recede in the lower town

        \(firstProse)

        \(secondProse)

        What happens next

        The council meets on Monday.

        A report on the damage is due by the end of the month.

        """)

    /// HTML with metadata in the head, navigation, scripts, styles, a footer and entities.
    public static let html = Fixture("page.html", """
        <!doctype html>
        <html><head>
        <title>Floods | The Valley Post</title>
        <meta property="og:title" content="Flood waters recede in the lower town">
        <meta name="author" content="By Ana Ruiz">
        <meta property="article:published_time" content="2021-03-04T08:30:00Z">
        <meta property="og:site_name" content="The Valley Post">
        <style>body { color: red; } p::before { content: "STYLE"; }</style>
        <script>var secret = "SCRIPT"; if (a < b) { document.write("<p>nope</p>"); }</script>
        </head>
        <body>
        <nav><a href="/">Home</a> | <a href="/world">World</a> NAVTEXT</nav>
        <header>HEADERTEXT</header>
        <article>
        <h1>Flood waters recede in the lower town</h1>
        <p>The river rose <b>overnight</b> and flooded the <a href="/lower">lower town</a>, forcing hundreds of
        families from their homes &mdash; &ldquo;the worst in &#50; decades&rdquo;, said the mayor&#x2019;s office.</p>
        <p>Fish &amp; chips shops stayed shut; prices rose &gt; 10&nbsp;% and &lt;b&gt; stayed text &unknown; here.</p>
        <!-- a comment: COMMENTTEXT -->
        <p>Volunteers brought boats, blankets and food<br>to the school that served as a shelter for the week.</p>
        </article>
        <aside>ASIDETEXT</aside>
        <form>FORMTEXT <input name="q"></form>
        <footer>FOOTERTEXT</footer>
        <script type="text/javascript">
        console.log("LATE SCRIPT");
        </script>
        </body></html>

        """)

    /// Markdown with front matter, headings, emphasis, links, a list, a quote and a code block.
    public static let markdown = Fixture("notes.md", """
        ---
        title: "Flood waters recede"
        author: Ana Ruiz
        date: 2021-03-04
        outlet: The Valley Post
        ---

        # Flood waters recede in the lower town

        By Someone Else

        The river rose **overnight** and flooded the [lower town](https://example.org/lower), forcing
        hundreds of families from their homes, said _the mayor_ in a statement on Thursday.

        - first item of a list that is here
        - second item of a list that is here

        ```
        code stays as it is
        ```

        > Volunteers brought boats, blankets and food to the school that served as a shelter.

        \(thirdProse)

        \(secondProse)

        """)

    /// Plain text whose first lines look like a title, byline and dateline, under front matter that
    /// says otherwise: the front matter wins.
    public static let frontMatterOverHeuristics = Fixture("front.txt", """
        ---
        title: The declared title
        author: "Declared Author"
        date: 2020-05
        outlet: Declared Outlet
        ---
        A title in the text itself

        By Guessed Author

        Baku, 26 February 2021 (Reuters) –

        \(firstProse)

        \(secondProse)

        """)

    /// Control characters of every kind inside an article: escape sequences that would retitle the
    /// window, write the clipboard, clear the screen; BEL, backspace, a lone CR, CRLF line ends, tabs,
    /// DEL, the C1 CSI U+009B and a bidirectional override.
    public static let controlCharacters = Fixture("controls.txt", bytes: Array("""
        Title \u{1B}]2;pwned\u{07} here\r
        \r
        By Eve Mallory\r
        \r
        Escapes \u{1B}]52;c;aGVsbG8=\u{07} then \u{1B}[2J and \u{1B}[31mred\u{1B}[0m in prose that is long enough.\r
        \r
        A bell\u{07} a backspace\u{08} a lone\rcarriage return, a delete\u{7F}, a C1 CSI \u{9B}31m and \u{202E}reversed text.\r
        \r
        Tabs:\there\tand\t\tthere in a paragraph long enough to be prose for the rules.\r

        """.utf8))

    /// Windows-1252 bytes (not valid UTF-8): é, curly quotes, a euro sign and the byte 0x9B (›).
    public static let windows1252 = Fixture("cp1252.txt", bytes:
        Array("Caf".utf8) + [0xE9] + Array(" prices rose to 5 ".utf8) + [0x80] + Array(" and ".utf8)
        + [0x93] + Array("quoted".utf8) + [0x94] + Array(" text ".utf8) + [0x9B] + Array(" in an old file from the archive.\n".utf8))

    /// UTF-16 little-endian with a byte-order mark.
    public static let utf16LittleEndian = Fixture("utf16le.txt", bytes:
        [0xFF, 0xFE] + "Café in UTF-16\n\n\(firstProse)\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })

    /// UTF-16 big-endian with a byte-order mark.
    public static let utf16BigEndian = Fixture("utf16be.txt", bytes:
        [0xFE, 0xFF] + "Café in UTF-16\n\n\(firstProse)\n".utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] })

    /// UTF-8 with a byte-order mark.
    public static let utf8WithByteOrderMark = Fixture("bom.txt", bytes: [0xEF, 0xBB, 0xBF] + Array("Café with a BOM\n\n\(firstProse)\n".utf8))

    /// HTML saved with a UTF-8 byte-order mark.
    public static let htmlWithByteOrderMark = Fixture("bom.html", bytes: [0xEF, 0xBB, 0xBF]
        + Array("<html><body><h1>Café with a BOM</h1><p>\(firstProse)</p></body></html>\n".utf8))

    /// Hard-wrapped plain text, as mailing lists and old archives keep it.
    public static let hardWrapped = Fixture("wrapped.txt", """
        Flood waters recede

        The river rose overnight and flooded the lower town, forcing
        hundreds of families from their homes on the eastern bank. Officials
        said the water began to fall by noon, but warned that more rain was
        expected later in the week, and asked residents to stay away from
        the embankment until engineers had inspected the old stone walls.

        Volunteers from neighbouring villages brought boats, blankets and
        food to the school that served as a shelter. By evening more than
        three hundred people had registered there, the headmaster said, and
        the kitchen was serving hot meals to anyone who came to the door.

        Engineers will inspect the walls again on Friday, when the level of
        the river is expected to have fallen below the old flood mark that
        was painted on the church tower after the great flood of the past.

        """)

    /// Every fixture above.
    public static let all: [Fixture] = [
        breadcrumbsAndWidgets, relatedTail, commentForm, footnotes, shortFinalSection, html, markdown,
        frontMatterOverHeuristics, controlCharacters, windows1252, utf16LittleEndian, utf16BigEndian,
        utf8WithByteOrderMark, htmlWithByteOrderMark, hardWrapped,
    ]
}
