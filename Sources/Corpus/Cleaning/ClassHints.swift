/// What an element's class, id and role say it is: part of an article, or furniture around one.
///
/// The words are matched whole, after splitting on anything not a letter or digit ("story-body"
/// is "story" and "body", "header" is not "ad"). One place for the word lists: change a rule here.
enum ClassHints {
    struct Hint {
        /// A word that names furniture: comments, sharing, adverts, related stories, newsletters ...
        var isFurniture = false
        /// A word that names the article: article, content, story, body ...
        var isArticle = false
        /// The weight the scorer adds: +25 for an article word, -25 for a furniture word.
        var weight: Int { (isArticle ? 25 : 0) - (isFurniture ? 25 : 0) }
    }

    /// Words that name what is around an article, never in it.
    static let furnitureWords: Set<Substring> = [
        "comment", "comments", "commenting", "commentlist", "disqus", "replies", "reply",
        "related", "relatedposts", "recirc", "recirculation", "recommended", "recommendations", "recommendation",
        "trending", "popular", "mostpopular", "mostread", "morestories", "readmore", "readnext", "upnext",
        "share", "sharing", "sharebar", "sharetools", "shares", "social", "socialmedia", "sociallinks", "follow",
        "cookie", "cookies", "consent", "gdpr",
        "newsletter", "newsletters", "subscribe", "subscription", "signup", "paywall", "login", "registration",
        "promo", "promos", "promotion", "promoted", "advert", "adverts", "advertisement", "advertising",
        "ad", "ads", "adslot", "adunit", "adcontainer", "dfp", "sponsor", "sponsored", "outbrain", "taboola",
        "breadcrumb", "breadcrumbs", "sidebar", "nav", "navbar", "navigation", "menu", "footer", "masthead",
        "banner", "popup", "modal", "overlay", "toolbar", "tools", "widget", "widgets", "pagination", "pager",
        "tags", "tagcloud", "keywords", "topics", "byline", "bio", "authorbio", "credit", "credits",
        "copyright", "disclaimer", "print", "skip", "hidden", "sronly", "visuallyhidden", "screenreader",
        "caption-credit", "meta", "postmeta", "rss", "feedback", "jump", "teaser", "teasers", "headlines",
    ]

    /// Words that name the article itself.
    static let articleWords: Set<Substring> = [
        "article", "articlebody", "content", "maincontent", "body", "story", "storybody", "entry",
        "entrycontent", "main", "post", "postbody", "postcontent", "text", "prose", "blog", "hentry",
    ]

    /// Words that, before a furniture word, say the element merely has one nearby ("has-sidebar").
    private static let stateWords: Set<Substring> = ["has", "with", "no", "show", "enable", "enabled", "without"]

    static func hint(_ attributes: Attributes) -> Hint {
        var hint = Hint()
        var text = attributes.classAndID
        if let role = attributes.role {
            if ["navigation", "complementary", "banner", "contentinfo", "dialog", "menu", "menubar", "alert"].contains(role) {
                hint.isFurniture = true
            } else if role == "main" || role == "article" {
                hint.isArticle = true
            }
        }
        guard !text.isEmpty else { return hint }
        text = text.lowercased()
        let words = text.split { !($0.isLetter || $0.isNumber) }
        var previous: Substring = ""
        for word in words {
            if furnitureWords.contains(word), !stateWords.contains(previous) { hint.isFurniture = true }
            if articleWords.contains(word) { hint.isArticle = true }
            previous = word
        }
        return hint
    }
}
