/// What a person leaves behind in one corpus and finds again next time: where each article was
/// read to, which were read, the marks, the pane and article last shown, the searches typed.
///
/// The browser gives it out (`BrowserModel.readingSession`) and takes it in at start; keeping it
/// on disk is the front end's business. Positions are bytes of an article's reading text, so
/// they hold at any width.
public struct ReadingSession: Sendable, Equatable, Codable {
    /// A place in an article: the byte of its reading text at the top line.
    public struct Place: Sendable, Equatable, Codable {
        public var document: String
        public var position: Int

        public init(document: String, position: Int) {
            self.document = document
            self.position = position
        }
    }

    /// Reading positions by article id (an article read from its top has none).
    public var positions: [String: Int] = [:]
    /// Marks by letter (`m` letter sets one, `'` letter returns to it, as in less and vim).
    public var marks: [String: Place] = [:]
    /// The title of the pane last shown.
    public var pane: String?
    /// The article selected in the list, and whether its reader was open.
    public var selection: String?
    public var reading = false
    /// The articles read (whose reader had the keyboard), by id.
    public var read: Set<String> = []
    /// Searches typed after `/` or `?`, oldest first.
    public var searches: [String] = []
    /// Each pane's own place, by the pane's title, in the pane's own words (the timeline entry's
    /// date, the figure row's measure, the search typed, the sources compared); a pane that no
    /// longer finds what its place names starts where it would.
    public var panePlaces: [String: String] = [:]

    /// How many searches are kept.
    public static let searchLimit = 100

    public init() {}
}
