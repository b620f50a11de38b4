import Extraction

/// One period of the merged timeline: what it is, which sources date something to it, and a short
/// label in one source's own words.
public struct TimelineEntry: Hashable, Sendable {
    public enum Kind: String, Sendable, Codable {
        /// Something the sources date to this period.
        case event
        /// The day (or month, or year) an article was published.
        case published
        /// A day that comes back every year ("every year on February 26").
        case recurring
        /// A date in a reference: when a page was accessed, the year beside a document number.
        /// Kept apart from the events (`Timeline.citations`).
        case citation
    }

    /// What entries are merged on: the same period at the same granularity (for recurring days,
    /// the same month and day).
    public enum Period: Hashable, Sendable, Comparable {
        case interval(DateInterval, DateGranularity)
        case annual(MonthDay)

        public static func < (lhs: Period, rhs: Period) -> Bool {
            switch (lhs, rhs) {
            case (.annual(let a), .annual(let b)): return a < b
            case (.annual, .interval): return true
            case (.interval, .annual): return false
            case (.interval(let a, let coarse), .interval(let b, let fine)):
                if a.start != b.start { return a.start < b.start }
                if a.end != b.end { return a.end > b.end }
                return coarse < fine
            }
        }
    }

    public var kind: Kind
    public var period: Period
    /// A clause from one mention's sentence, as written, chosen for plain wording.
    public var label: String
    /// The document the label is quoted from.
    public var labelDocumentID: String?
    /// Every mention, the label's first, then in corpus and text order.
    public var mentions: [TimelineMention] { mentionIndices.map { store.mention(Int($0)) } }
    /// How many mentions `mentions` lists.
    public var mentionCount: Int { mentionIndices.count }
    /// Published entries: the documents published then (their mentions may be empty or datelines).
    public var publishedDocumentIDs: [String] = []
    /// Every mention says it only relative to the time of writing, over decades or centuries ("the
    /// last two centuries", "the last century"): the period is the writer's rough reach, not a
    /// date the sources give.
    public internal(set) var isVague = false
    /// How many of `mentions`, from the first, date the entry's whole period; the rest were merged
    /// in from shorter periods inside it (the days of a night that spans two), each keeping its own
    /// date.
    public internal(set) var ownMentionCount: Int
    /// The mentions, as positions in the timeline's `store`: millions of mentions are kept packed
    /// there once, and made into values only when asked for.
    let mentionIndices: [Int32]
    let store: TimelineMentionStore

    init(kind: Kind, period: Period, label: String, labelDocumentID: String?, mentionIndices: [Int32], store: TimelineMentionStore) {
        self.kind = kind
        self.period = period
        self.label = label
        self.labelDocumentID = labelDocumentID
        self.mentionIndices = mentionIndices
        self.store = store
        ownMentionCount = mentionIndices.count
    }

    /// This entry with `inner`'s mentions after its own: `inner` is a shorter period inside it.
    func absorbing(_ inner: TimelineEntry) -> TimelineEntry {
        var merged = TimelineEntry(kind: kind, period: period, label: label, labelDocumentID: labelDocumentID,
                                   mentionIndices: mentionIndices + inner.mentionIndices, store: store)
        merged.publishedDocumentIDs = publishedDocumentIDs
        merged.isVague = isVague
        merged.ownMentionCount = ownMentionCount
        return merged
    }

    /// The mention at `position` in `mentions`.
    public func mention(at position: Int) -> TimelineMention { store.mention(Int(mentionIndices[position])) }

    /// The position in `mentions` of the mention of `documentID` whose date has `span` in its
    /// reading text, found without making the mentions into values.
    public func position(ofMentionIn documentID: String, dateSpan span: TextSpan) -> Int? {
        mentionIndices.firstIndex { index in
            store.dateSpan(Int(index)) == span && store.documentIDs[store.document(Int(index))] == documentID
        }
    }

    public static func == (lhs: TimelineEntry, rhs: TimelineEntry) -> Bool {
        lhs.kind == rhs.kind && lhs.period == rhs.period && lhs.label == rhs.label && lhs.labelDocumentID == rhs.labelDocumentID
            && lhs.publishedDocumentIDs == rhs.publishedDocumentIDs && lhs.mentionCount == rhs.mentionCount
            && lhs.isVague == rhs.isVague && lhs.ownMentionCount == rhs.ownMentionCount && lhs.mentions == rhs.mentions
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        hasher.combine(period)
        hasher.combine(label)
        hasher.combine(labelDocumentID)
        hasher.combine(publishedDocumentIDs)
        hasher.combine(mentionCount)
    }

    public var granularity: DateGranularity {
        switch period {
        case .interval(_, let granularity): return granularity
        case .annual: return .day
        }
    }

    public var interval: DateInterval? {
        if case .interval(let interval, _) = period { return interval }
        return nil
    }

    /// The sources, each once, in corpus order of first appearance.
    public var documentIDs: [String] {
        var seen = Set<String>()
        return (publishedDocumentIDs + mentionIndices.map { store.documentIDs[store.document(Int($0))] })
            .filter { seen.insert($0).inserted }
    }

    /// ISO 8601 at the entry's granularity ("1992-02-25", "2000-12", "1993"; "--02-26" for a
    /// recurring day; decades and centuries by their first year).
    public var startISO: String {
        switch period {
        case .interval(let interval, let granularity): return interval.start.iso(granularity)
        case .annual(let day): return day.iso
        }
    }

    /// The exclusive end, written like `startISO`.
    public var endISO: String {
        switch period {
        case .interval(let interval, let granularity): return interval.end.isoEnd(granularity)
        case .annual(let day):
            let next = CalendarDay(year: 2000, month: day.month, day: day.day).adding(days: 1)
            return MonthDay(month: next.month, day: next.day).iso
        }
    }
}
