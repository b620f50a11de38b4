import Comparison
import Corpus
import Extraction

/// Search across every article: a query field, and below it the matching articles, best first,
/// each with its source letter, hit count, title and a snippet with the hits marked.
///
/// Results follow the query as it is typed. Enter opens the reader at the chosen article's first
/// hit with every hit highlighted, as its search (n and N step through them). The index is built
/// when the pane is first shown, never at start-up.
public struct SearchPane: ContentPane {
    public static let title = "Search"

    private let index: Result<SearchIndex, SearchError>
    public private(set) var query = ""
    public private(set) var results: SearchResults?
    /// Why the query cannot be searched (a malformed query, a failed index), in plain words.
    public private(set) var problem: String?
    public private(set) var selection = 0
    public private(set) var top = 0
    /// The query is the last run's, not typed yet in this one: it is shown selected, and what is
    /// typed replaces it.
    public private(set) var queryIsRestored = false

    /// Results fetched: a screenful at first (each costs a snippet and a hit count), then a
    /// screenful more whenever the selection passes the end.
    private var fetched = 0

    public init(store: DocumentStore, progress: BuildProgress? = nil) {
        index = Result { () throws(SearchError) in try SearchIndex.of(store, progress: progress) }
        if case .failure(let error) = index { problem = error.description }
    }

    public var title: String { Self.title }
    public var keyContext: Keymap.Context { .search }

    // MARK: Typing

    public mutating func handleKey(_ key: Key, context: PaneContext) -> PaneOutcome? {
        if queryIsRestored {
            // The last run's query stands selected, as in a browser's address bar: typing
            // replaces it, Backspace clears it, anything else keeps it.
            queryIsRestored = false
            switch key {
            case .character, .backspace, .delete, .control("u"), .control("w"): query = ""
            default: break
            }
            if key == .backspace || key == .delete {
                run(rows: Self.visibleResults(in: context.area))
                return PaneOutcome.none
            }
        }
        switch key {
        case .character(let character):
            query.append(character)
        case .backspace, .delete:
            guard !query.isEmpty else { return PaneOutcome.none }
            query.removeLast()
        case .control("u"):
            query = ""
        case .control("w"):
            while query.last?.isWhitespace == true { query.removeLast() }
            while let last = query.last, !last.isWhitespace { query.removeLast() }
        default:
            return nil
        }
        run(rows: Self.visibleResults(in: context.area))
        return PaneOutcome.none
    }

    private mutating func run(rows: Int) {
        selection = 0
        top = 0
        fetched = max(1, rows)
        results = nil
        guard case .success(let index) = index else { return }
        problem = nil
        guard !query.allSatisfy(\.isWhitespace) else { return }
        do {
            results = try index.search(SearchQuery(query), limit: fetched)
        } catch let error as SearchQueryError {
            problem = error.description
        } catch {
            problem = "\(error)"
        }
    }

    // MARK: The reading session

    /// The query typed, as the place for the next run.
    public func save(into session: inout ReadingSession, context: PaneContext) {
        if !query.isEmpty { session.panePlaces[title] = query }
    }

    /// Searches again for what the last run had typed; the query stands selected, so typing
    /// starts a new one.
    public mutating func restore(_ session: ReadingSession, context: PaneContext) {
        guard let typed = session.panePlaces[title], query.isEmpty else { return }
        query = typed
        queryIsRestored = true
        run(rows: Self.visibleResults(in: context.area))
    }

    // MARK: Actions

    public mutating func perform(_ action: Action, context: PaneContext) -> PaneOutcome {
        let count = results?.results.count ?? 0
        let page = max(1, Self.visibleResults(in: context.area))
        switch action {
        case .lineDown: selection += 1
        case .lineUp: selection -= 1
        case .pageDown: selection += page
        case .pageUp: selection -= page
        case .top: selection = 0
        case .bottom: selection = (results?.total ?? 0) - 1
        case .open:
            guard let results, let result = results.results[safe: selection], case .success(let index) = index else {
                return .message(query.isEmpty ? "Type words to search for" : "Nothing to open", isError: true)
            }
            do {
                let hits = try index.hits(of: result, for: results.query)
                return .openReaderSearching(documentID: result.documentID, query: query, matches: hits)
            } catch {
                return .message(error.description, isError: true)
            }
        default:
            return .none
        }
        if selection >= count, let results, count < results.total, case .success(let index) = index {
            // Past the fetched rows: fetch enough more to reach the selection.
            fetched = max(fetched + page, selection + 1)
            self.results = (try? index.search(results.query, limit: fetched)) ?? results
        }
        let available = self.results?.results.count ?? 0
        selection = max(0, min(selection, available - 1))
        if selection < top { top = selection }
        if selection >= top + page { top = selection - page + 1 }
        return .none
    }

    // MARK: Drawing

    /// Rows above the results: the query field, a summary line, a blank.
    static let headerRows = 3

    /// How many results fit: each takes two rows (title line, snippet line).
    static func visibleResults(in rect: Rect) -> Int { max(0, (rect.height - headerRows) / 2) }

    public func render(_ context: PaneContext, into buffer: inout CellBuffer, _ rect: Rect) {
        guard rect.height > 0 else { return }
        var x = buffer.write(" Search: ", x: rect.x, y: rect.y, style: .heading, limit: rect.width)
        x = buffer.write(query, x: x, y: rect.y, style: queryIsRestored ? .selection : .normal, limit: rect.maxX - x)
        buffer.write("█", x: x, y: rect.y, limit: rect.maxX - x)
        guard rect.height > 1 else { return }
        if let problem {
            buffer.write(" " + problem, x: rect.x, y: rect.y + 1, style: .statusError, limit: rect.width)
        } else if let results {
            let summary = results.total == 0 ? "No article matches"
                : results.total == 1 ? "1 article matches"
                : "\(results.total.groupedDigits) articles match"
            buffer.write(" " + summary, x: rect.x, y: rect.y + 1, style: .dim, limit: rect.width)
        } else {
            buffer.write(" Words, \"phrases\", prefix*, AND, OR, NOT; any case, any accents",
                         x: rect.x, y: rect.y + 1, style: .dim, limit: rect.width)
        }
        guard let results else { return }
        for slot in 0..<Self.visibleResults(in: rect) {
            let position = top + slot
            guard position < results.results.count else { break }
            let y = rect.y + Self.headerRows + slot * 2
            renderResult(results.results[position], selected: position == selection, context, into: &buffer,
                         Rect(x: rect.x, y: y, width: rect.width, height: 2))
        }
    }

    private func renderResult(_ result: SearchResult, selected: Bool, _ context: PaneContext, into buffer: inout CellBuffer,
                              _ rect: Rect) {
        let style: Style = selected ? .selection : .normal
        if selected { buffer.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), style: style) }
        var x = buffer.write(selected ? "▸ " : "  ", x: rect.x, y: rect.y, style: style)
        let label = context.labels.label(of: result.documentID) ?? "?"
        x = buffer.write(label + " ", x: x, y: rect.y, style: selected ? style : .key, limit: rect.maxX - x)
        let hits = "\(result.hitCount) hit\(result.hitCount == 1 ? "" : "s")"
        x = buffer.write(DisplayWidth.pad(hits, to: 8) + " ", x: x, y: rect.y, style: selected ? style : .dim, limit: rect.maxX - x)
        buffer.write(result.title, x: x, y: rect.y, style: selected ? style : .heading, limit: rect.maxX - x)
        renderSnippet(result.snippet, into: &buffer, x: rect.x + 4, y: rect.y + 1, width: rect.width - 4)
    }

    /// The snippet with its hits styled; when the first hit would fall past the middle of the
    /// line, the words before it are cut (marked with "…") so the hit shows.
    private func renderSnippet(_ snippet: SearchSnippet, into buffer: inout CellBuffer, x: Int, y: Int, width: Int) {
        guard width > 0 else { return }
        var offset = 0
        var pieces: [(character: Character, offset: Int)] = []
        for character in snippet.text {
            pieces.append((character, offset))
            offset += character.utf8.count
        }
        var start = 0
        if let first = snippet.hits.first {
            let before = snippet.text.utf8.prefix(first.start)
            let widthBefore = DisplayWidth.of(String(decoding: before, as: UTF8.self))
            if widthBefore > width / 2 {
                var dropped = 0
                while start < pieces.count, widthBefore - dropped > width / 4 {
                    dropped += DisplayWidth.of(pieces[start].character)
                    start += 1
                }
                // Cut at a word's start, not inside one.
                while start < pieces.count, pieces[start].offset < first.start, !pieces[start].character.isWhitespace { start += 1 }
                while start < pieces.count, pieces[start].character.isWhitespace { start += 1 }
            }
        }
        var column = x
        if start > 0 { column = buffer.write("…", x: column, y: y, style: .dim) }
        var hitIndex = 0
        for piece in pieces[start...] {
            while hitIndex < snippet.hits.count, snippet.hits[hitIndex].end <= piece.offset { hitIndex += 1 }
            let isHit = hitIndex < snippet.hits.count && snippet.hits[hitIndex].start <= piece.offset
            let next = buffer.write(String(piece.character), x: column, y: y, style: isHit ? .searchMatch : .normal,
                                    limit: x + width - column)
            if next == column, DisplayWidth.of(piece.character) > 0 { break }
            column = next
        }
    }

    public func status(_ context: PaneContext) -> (position: String, hints: String) {
        let count = results?.total ?? 0
        let position = count == 0 ? "Search" : "result \(selection + 1)/\(count)"
        let hints = context.hints([.init(text: "type to search"), .init([.lineUp, .lineDown], joinedBy: "", "choose"),
                                   .init(.open, "read"), .init(.returnToPreviousPane, "back")], in: keyContext)
        return (position, hints)
    }

    // MARK: Registration

    public static let factory = PaneFactory(title: title, activity: "Indexing articles", takesTyping: true,
                                            bindings: bindings) {
        SearchPane(store: $0, progress: $1)
    }

    /// Keys of the pane (typing goes to the query before these), and the keys that open it.
    public static let bindings: [Keymap.Binding] = [
        .init(keys: [.character("s")], action: .showPane(title), context: .global, help: "Search every article"),
        .init(keys: [.character("/")], action: .showPane(title), context: .list, help: "Search every article"),
        .init(keys: [.down, .control("n")], action: .lineDown, context: .search, help: "Next result"),
        .init(keys: [.up, .control("p")], action: .lineUp, context: .search, help: "Previous result"),
        .init(keys: [.pageDown, .control("f")], action: .pageDown, context: .search, help: "Page down"),
        .init(keys: [.pageUp, .control("b")], action: .pageUp, context: .search, help: "Page up"),
        .init(keys: [.home], action: .top, context: .search, help: "First result"),
        .init(keys: [.end], action: .bottom, context: .search, help: "Last result"),
        .init(keys: [.enter], action: .open, context: .search,
              help: "Read the article at its first hit (n/N step through the hits)"),
        .init(keys: [.escape], action: .returnToPreviousPane, context: .search,
              help: "Back to the pane you came from (the query stays)"),
    ]
}

private extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}

extension Keymap.Context {
    /// The Search pane's keys.
    public static let search = Keymap.Context(id: "search", heading: "Search pane")
}
