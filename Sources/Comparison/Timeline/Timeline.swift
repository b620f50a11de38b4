import Corpus
import Extraction

/// The dated events of a corpus, merged into one chronology.
///
/// Mentions that denote the same period at the same granularity are one entry, listing every
/// source that mentions it. Entries run in time order; a coarser period comes before the finer
/// ones that start with it ("1992" before "February 1992" before "February 25-26, 1992").
/// Recurring days come first. Each document's publication date is an entry of its own kind, and a
/// dateline is a mention of such an entry (even when the metadata did not take the date from it). Relative dates in documents without a
/// publication date cannot be placed; they are kept in `unplaced`.
///
///     let timeline = Timeline(BuiltInCorpus.load())
///     timeline.entries.first { $0.startISO == "1992-02-26" }?.documentIDs  // sources that date to it
public struct Timeline: Sendable {
    public let entries: [TimelineEntry]
    /// Dates in references (access dates, years beside document numbers), grouped like the
    /// entries, of kind `citation`: kept apart so the chronology holds only what happened.
    public let citations: [TimelineEntry]
    /// Mentions that denote no period: relative dates without a publication date, yearless dates
    /// without any year to take.
    public var unplaced: [TimelineMention] { unplacedIndices.map { store.mention(Int($0)) } }
    /// Every mention, packed; entries and `unplaced` keep positions in it.
    let store: TimelineMentionStore
    private let unplacedIndices: [Int32]

    /// The timeline of every document in `store`; `progress`, if given, counts the documents read.
    public init(_ store: DocumentStore, progress: BuildProgress? = nil) {
        progress?.start(total: store.count)
        var mentions = TimelineMentionStore.Builder()
        var groups: [Key: [Int32]] = [:]
        var published: [Key: [String]] = [:]
        var unplaced: [Int32] = []
        for document in store.documents {
            defer { progress?.advance() }
            mentions.startDocument(document.id)
            if let date = document.metadata.published {
                published[Key(kind: .published, period: Self.period(of: date)), default: []].append(document.id)
            }
            for mention in TimelineMention.all(in: document) {
                let index = Int32(mentions.add(mention))
                switch mention.date.value {
                case .unresolved:
                    unplaced.append(index)
                case .annual(let day):
                    groups[Key(kind: .recurring, period: .annual(day)), default: []].append(index)
                case .interval(let interval):
                    let period = TimelineEntry.Period.interval(interval, mention.date.granularity)
                    switch mention.date.role {
                    case .dateline:
                        // A dateline states when the article was published, known to the metadata or not.
                        groups[Key(kind: .published, period: period), default: []].append(index)
                    case .citation:
                        groups[Key(kind: .citation, period: period), default: []].append(index)
                    case .event:
                        groups[Key(kind: .event, period: period), default: []].append(index)
                    }
                }
            }
        }
        let built = mentions.build()
        self.store = built
        var entries: [TimelineEntry] = []
        for key in Set(groups.keys).union(published.keys) {
            var ordered = groups.removeValue(forKey: key) ?? []
            let chosen = EntryLabel.choose(ordered, in: built)
            if let chosen, let position = ordered.firstIndex(of: chosen) {
                ordered.insert(ordered.remove(at: position), at: 0)
            }
            let label = chosen.map { EntryLabel.clause(built.mention(Int($0))) }
            var entry = TimelineEntry(kind: key.kind, period: key.period, label: label ?? "",
                                      labelDocumentID: chosen.map { built.documentIDs[built.document(Int($0))] },
                                      mentionIndices: ordered, store: built)
            entry.publishedDocumentIDs = published[key] ?? []
            if entry.kind == .published, chosen == nil { entry.label = "published" }
            entry.isVague = Self.isVague(entry, in: built)
            entries.append(entry)
        }
        let sorted = entries.sorted(by: Self.precedes)
        self.entries = Self.mergingDaysIntoTheirNights(sorted.filter { $0.kind != .citation })
        self.citations = sorted.filter { $0.kind == .citation }
        self.unplacedIndices = unplaced
    }

    /// The longest span of days that takes in the single days inside it as one event: "the night
    /// of February 25-26" and "February 26" are one night told two ways. Longer spans ("last
    /// week", "2008-2018") stay apart from the days in them, which are events of their own.
    public static let nightDays = 3

    /// Merges each event entry of one day into the event entry of 2 to `nightDays` days that holds
    /// it, when some source states that span itself (not relative to the time of writing): its
    /// mentions go under the span's own, each with its own date.
    static func mergingDaysIntoTheirNights(_ entries: [TimelineEntry]) -> [TimelineEntry] {
        var result = entries
        var absorbed = Set<Int>()
        for (spanIndex, span) in entries.enumerated() where span.kind == .event && span.granularity == .day {
            guard let interval = span.interval, (2...nightDays).contains(interval.days),
                  span.mentions.contains(where: { !$0.date.isRelative }) else { continue }
            // Entries run in time order: the days inside start at the span's start or after it.
            var dayIndex = spanIndex + 1
            while dayIndex < entries.count, let inner = entries[dayIndex].interval, inner.start < interval.end {
                let day = entries[dayIndex]
                if day.kind == .event, day.granularity == .day, inner.days == 1, inner.end <= interval.end,
                   !absorbed.contains(dayIndex) {
                    result[spanIndex] = result[spanIndex].absorbing(day)
                    absorbed.insert(dayIndex)
                }
                dayIndex += 1
            }
        }
        return result.enumerated().filter { !absorbed.contains($0.offset) }.map(\.element)
    }

    /// An event of decades or centuries that every mention states relative to the time of writing.
    private static func isVague(_ entry: TimelineEntry, in store: TimelineMentionStore) -> Bool {
        guard entry.kind == .event, entry.mentionCount > 0, entry.granularity == .decade || entry.granularity == .century
        else { return false }
        return (0..<entry.mentionCount).allSatisfy { entry.mention(at: $0).date.isRelative }
    }

    /// The entries that overlap [from, to] (each taken at its own precision: `to` "2021" runs
    /// through the end of 2021). Recurring days are kept when they fall in the range some year.
    /// With `citations`, the dates in references too, in time order among the events.
    public func entries(from: PartialDate?, to: PartialDate?, citations: Bool = false) -> [TimelineEntry] {
        guard !Self.isEmptyRange(from: from, to: to) else { return [] }
        let lower = from.map { Self.interval(of: $0).start }
        let upper = to.map { Self.interval(of: $0).end }
        let all = citations ? (entries + self.citations).sorted(by: Self.precedes) : entries
        return all.filter { entry in
            switch entry.period {
            case .interval(let interval, _):
                if let lower, interval.end <= lower { return false }
                if let upper, interval.start >= upper { return false }
                return true
            case .annual(let day):
                guard let lower, let upper else { return true }
                if upper.year - lower.year >= 2 { return true }
                for year in lower.year...upper.year {
                    guard day.day <= GregorianCalendar.daysIn(month: day.month, year: year) else { continue }
                    let date = CalendarDay(year: year, month: day.month, day: day.day)
                    if date >= lower && date < upper { return true }
                }
                return false
            }
        }
    }

    /// Whether [from, to] holds no day: `from` starts after `to` ends ("--from 2021 --to 1990").
    /// "2021-05" to "2021" is not empty: each bound is taken at its own precision.
    public static func isEmptyRange(from: PartialDate?, to: PartialDate?) -> Bool {
        guard let from, let to else { return false }
        return interval(of: from).start >= interval(of: to).end
    }

    private struct Key: Hashable {
        var kind: TimelineEntry.Kind
        var period: TimelineEntry.Period
    }

    static func interval(of date: PartialDate) -> DateInterval {
        if let month = date.month {
            if let day = date.day { return .day(date.year, month, day) }
            return .month(date.year, month)
        }
        return .years(date.year, through: date.year)
    }

    static func period(of date: PartialDate) -> TimelineEntry.Period {
        .interval(interval(of: date), date.day != nil ? .day : date.month != nil ? .month : .year)
    }

    /// Time order, coarser first among periods that start together; on the same period, events
    /// before publications.
    static func precedes(_ lhs: TimelineEntry, _ rhs: TimelineEntry) -> Bool {
        if lhs.period != rhs.period { return lhs.period < rhs.period }
        return lhs.kind.order < rhs.kind.order
    }
}

extension TimelineEntry.Kind {
    fileprivate var order: Int {
        switch self {
        case .recurring: return 0
        case .event: return 1
        case .published: return 2
        case .citation: return 3
        }
    }
}
