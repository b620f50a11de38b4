/// What an element's class, id and role say it is: part of an article, or furniture around one.
///
/// The words are matched whole, after splitting on anything not a letter or digit ("story-body"
/// is "story" and "body", "header" is not "ad"). One place for the word lists: change a rule here.
enum ClassHints {
    struct Hint {
        /// A word that names furniture: comments, sharing, adverts, related stories, newsletters ...
        var isFurniture = false
        /// Only a word that wrappers also use ("ad", "sidebar").
        var isWeak = false
        /// A class that hides the element from sight.
        var isHidden = false
        /// A word that names the article: article, content, story, body ...
        var isArticle = false
        /// The weight the scorer adds: +25 for an article word, -25 for a furniture word.
        var weight: Int { (isArticle ? 25 : 0) - (isFurniture ? 25 : 0) }
    }

    /// Words that name what is around an article, never in it: an element they name is furniture
    /// whatever it holds.
    static let furnitureWords: Set<Substring> = [
        "comment", "comments", "commenting", "commentlist", "disqus", "replies",
        "related", "relatedposts", "recirc", "recirculation", "recommended", "recommendations", "recommendation",
        "trending", "mostpopular", "mostread", "morestories", "readmore", "readnext", "upnext",
        "share", "sharing", "sharebar", "sharetools", "shares", "social", "socialmedia", "sociallinks",
        "cookie", "cookies", "consent", "gdpr", "newsletter", "newsletters", "subscribe", "subscription", "signup",
        "outbrain", "taboola", "breadcrumb", "breadcrumbs", "byline", "authorbio", "credit", "credits",
        "copyright", "disclaimer", "sronly", "visuallyhidden", "screenreader", "sponsored",
    ]

    /// Words that usually name furniture but also turn up on wrappers of a whole page
    /// ("Page-ad-margins", "advertisement-off-canvas-pusher", "paywall"): an element they name is
    /// furniture unless it holds most of the text.
    static let weakFurnitureWords: Set<Substring> = [
        "ad", "ads", "adslot", "adunit", "adcontainer", "dfp", "advert", "adverts", "advertisement", "advertising",
        "promo", "promos", "promotion", "promoted", "sponsor", "popular", "follow", "login", "registration",
        "sidebar", "nav", "navbar", "navigation", "menu", "masthead", "banner", "paywall", "tools", "print",
        "skip", "hidden", "meta", "postmeta", "bio", "headlines", "jump", "keywords", "topics", "popup", "modal",
        "overlay", "toolbar", "widget", "widgets", "pagination", "pager", "footer", "tags", "tagcloud", "rss",
        "feedback", "teaser", "teasers", "reply", "slideshow", "gallery", "carousel", "lightbox",
    ]

    /// Class names that hide an element from sight (text for screen readers: "Image caption",
    /// "Image copyright"); such an element is not read at all.
    static let hiddenClassNames: Set<Substring> = [
        "hidden", "hide", "is-hidden", "u-hidden", "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text",
        "screen-reader-only", "off-screen", "offscreen", "element-invisible", "invisible", "a11y-hidden",
    ]

    /// Class names that say what state a page is in, or which category it files the article under
    /// ("has-sidebar", "comments-open", "category-native-advertising"), not what the element is.
    private static func isStateOrCategory(_ name: Substring) -> Bool {
        for prefix in ["has-", "with-", "no-", "is-", "category-", "tag-", "tags-", "topic-", "section-"] where name.hasPrefix(prefix) {
            return true
        }
        return name.contains("enabled") || name.contains("disabled") || name.hasSuffix("-open") || name.hasSuffix("-closed")
            || name.hasSuffix("-active")
    }

    /// Words that name the article itself.
    static let articleWords: Set<Substring> = [
        "article", "articlebody", "content", "maincontent", "body", "story", "storybody", "entry",
        "entrycontent", "main", "post", "postbody", "postcontent", "text", "prose", "blog", "hentry",
    ]

    static func hint(_ attributes: Attributes) -> Hint {
        var hint = Hint()
        var strong = false
        if let role = attributes.role {
            if ["navigation", "complementary", "banner", "contentinfo", "dialog", "menu", "menubar", "alert"].contains(role) {
                hint.isFurniture = true
                strong = true
            } else if role == "main" || role == "article" {
                hint.isArticle = true
            }
        }
        // Lower-cased already (`Attributes`).
        let text = attributes.classAndID
        for name in text.split(separator: " ") where !isStateOrCategory(name) {
            if hiddenClassNames.contains(name) { hint.isHidden = true }
            for word in words(of: name) {
                if furnitureWords.contains(word) {
                    hint.isFurniture = true
                    strong = true
                } else if weakFurnitureWords.contains(word) {
                    hint.isFurniture = true
                }
                if articleWords.contains(word) { hint.isArticle = true }
            }
        }
        hint.isWeak = hint.isFurniture && !strong
        return hint
    }

    /// The runs of letters and digits in a class name (bytes past ASCII count as letters), cut by bytes
    /// rather than by `Character`: this runs for every element of every page.
    private static func words(of name: Substring) -> [Substring] {
        let utf8 = name.utf8
        var words: [Substring] = []
        var wordStart: Substring.UTF8View.Index?
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let byte = utf8[index]
            let isWordByte = byte >= 0x80 || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A)
            if isWordByte {
                if wordStart == nil { wordStart = index }
            } else if let start = wordStart {
                words.append(Substring(utf8[start..<index]))
                wordStart = nil
            }
            index = utf8.index(after: index)
        }
        if let start = wordStart { words.append(Substring(utf8[start..<utf8.endIndex])) }
        return words
    }
}
