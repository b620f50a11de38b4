import Corpus
import Extraction

extension ArticlesPane {
    // MARK: Layout and places

    /// Lays out the selected document for the reader's width, restoring its reading position.
    mutating func refreshReader(force: Bool = false) {
        guard let document = selectedDocument else {
            layout = nil
            return
        }
        // An article counts as read once its reader has had the keyboard.
        if focus == .reader { readDocuments.insert(document) }
        let readerWidth = min(measure ?? .max, max(1, (geometry.reader?.width ?? area.width) - 1))
        if !force, layoutDocument == document, layout?.width == readerWidth { return }
        let raw = rawDocuments.contains(document)
        let source = store.documents[document]
        let key = LayoutKey(document: document, width: readerWidth, raw: raw)
        if let cached = layoutCache[key] {
            layout = cached
        } else {
            let made = ReaderLayout(document: source, text: raw ? source.rawDisplay : source.reading, width: readerWidth, isRaw: raw)
            layoutCache[key] = made
            layoutCacheOrder.append(key)
            if layoutCacheOrder.count > Self.layoutCacheSize { layoutCache[layoutCacheOrder.removeFirst()] = nil }
            layout = made
        }
        layoutDocument = document
        if raw {
            highlights = []
        } else if let cached = highlightCache[document] {
            highlights = cached
        } else if defersSlowWork {
            highlights = []
            pendingHighlights = document
        } else {
            highlights = ReaderHighlights.figuresAndDates(source).sorted { $0.span < $1.span }
            highlightCache[document] = highlights
        }
        if let anchor = positions[PositionKey(document: document, raw: raw)], let layout {
            readerTop = clampReaderTop(layout.lineIndex(containing: anchor))
        } else {
            readerTop = 0
        }
        if let current = search, let layout {
            if current.isReadingTextSearch {
                // Its matches are ranges of the reading text: they hold at any width, not in the raw view.
                if raw { search = nil }
            } else {
                var state = SearchState(query: current.query, forward: current.forward, in: layout.text)
                // The same text (highlights arriving, a new width) keeps the match you were at.
                if state.matches == current.matches { state.current = current.current }
                search = state
            }
        }
    }

    /// Keeps the reader's place in the article shown (none when it is at the top).
    mutating func savePosition() {
        guard let document = layoutDocument, let layout else { return }
        let key = PositionKey(document: document, raw: rawDocuments.contains(document))
        let firstBody = layout.lines.firstIndex { if case .body = $0 { true } else { false } } ?? 0
        if readerTop <= firstBody { positions[key] = nil } else { positions[key] = layout.anchor(ofLine: readerTop) }
    }

    func clampReaderTop(_ top: Int) -> Int {
        guard let layout else { return 0 }
        return max(0, min(top, max(0, layout.lines.count - readerHeight)))
    }

    /// Scrolls so the line holding `range` is near the top, as less does.
    mutating func reveal(_ range: Range<Int>) {
        guard let layout else { return }
        let line = layout.lineIndex(containing: range.lowerBound)
        if line < readerTop || line >= readerTop + readerHeight { readerTop = clampReaderTop(line - 1) }
    }

    // MARK: Search

    /// Searches the open article for `query` from the top line, as less does; `repeating` (an
    /// empty pattern) goes on from the current match of the same pattern, if there is one.
    mutating func runSearch(_ query: String, forward: Bool, repeating: Bool = false) -> PaneOutcome {
        guard let layout, !query.isEmpty else { return .none }
        var state = SearchState(query: query, forward: forward, in: layout.text)
        guard !state.matches.isEmpty else {
            search = state
            return .message((state.isInvalidPattern ? "Not a valid pattern, and as text: " : "Pattern not found: ") + query,
                            isError: true)
        }
        var outcome = PaneOutcome.none
        if state.isInvalidPattern {
            outcome = .message("Not a valid pattern: searched for the text as typed", isError: false)
        }
        var previous: Range<Int>?
        if repeating, let search, !search.isReadingTextSearch, search.query == query, let current = search.current {
            previous = search.matches[current]
        }
        let anchor = layout.anchor(ofLine: readerTop)
        if forward {
            let after = previous.map { $0.lowerBound + 1 } ?? anchor
            state.current = state.matches.firstIndex { $0.lowerBound >= after } ?? 0
        } else {
            let before = previous?.lowerBound ?? anchor
            state.current = state.matches.lastIndex { $0.lowerBound < before } ?? (state.matches.count - 1)
        }
        search = state
        reveal(state.matches[state.current!])
        return outcome
    }

    mutating func stepMatch(forward: Bool) -> PaneOutcome {
        guard var state = search else { return .message("No search yet: / searches forward, ? backward", isError: true) }
        guard !state.matches.isEmpty else { return .message("Pattern not found: \(state.query)", isError: true) }
        let direction = forward == state.forward
        let count = state.matches.count
        let current = state.current ?? (direction ? -1 : count)
        var next = current + (direction ? 1 : -1)
        var outcome = PaneOutcome.none
        if next >= count || next < 0 {
            next = (next + count) % count
            outcome = .message(direction ? "Search wrapped to the top" : "Search wrapped to the bottom", isError: false)
        }
        state.current = next
        search = state
        reveal(state.matches[next])
        return outcome
    }

    // MARK: Sentences and highlights

    /// The sentence `y` copies and `|` pipes: the one at the current search match or the mark, else
    /// none (then `|` pipes the whole article). Only in the reading text, where spans are sentences'.
    public var selectedSentence: String? {
        guard showsReader, !isRaw, let layout else { return nil }
        guard let pointed = search?.current.map({ search!.matches[$0] }) ?? marked?.range else {
            return nil
        }
        let text = layout.text
        guard let sentence = SentenceSplitter.sentences(in: text).first(where: { $0.range.contains(pointed.lowerBound) })
        else { return nil }
        let bytes = text.utf8
        let start = bytes.index(bytes.startIndex, offsetBy: sentence.start)
        let end = bytes.index(bytes.startIndex, offsetBy: sentence.end)
        return String(bytes[start..<end])
    }

    /// The highlight of `style` under the current search match or the mark, else the first one on
    /// the reader's screen.
    public func highlightOnScreen(_ style: Style) -> Highlight? {
        guard let layout else { return nil }
        let candidates = highlights.filter { $0.style == style }
        let pointed = search?.current.map { search!.matches[$0] } ?? marked?.range
        if let pointed, let hit = candidates.first(where: { $0.span.range.overlaps(pointed) }) { return hit }
        let lines = layout.lines[min(readerTop, layout.lines.count)..<min(layout.lines.count, readerTop + readerHeight)]
        var lower = Int.max, upper = Int.min
        for line in lines {
            if case .body(let range) = line {
                lower = min(lower, range.lowerBound)
                upper = max(upper, range.upperBound)
            }
        }
        guard lower < upper else { return nil }
        return candidates.first { $0.span.start < upper && $0.span.end > lower }
    }

    /// Asks the browser to show, in the pane that lists it, the reader's highlighted figure or
    /// date: the one under the search match or the mark, else the first on screen.
    mutating func crossLink(_ style: Style) -> PaneOutcome {
        let kind = style == .figure ? "figure" : "date"
        guard showsReader, !isRaw, let document = selectedDocument, let highlight = highlightOnScreen(style) else {
            return .message("No \(kind) highlighted on screen", isError: true)
        }
        let id = store.documents[document].id
        savePosition()
        return .reveal(style == .figure ? .figure(documentID: id, span: highlight.span) : .date(documentID: id, span: highlight.span))
    }

    // MARK: Marks and the reading session

    /// Sets mark `letter` at the reader's place, or goes to it (opening its article).
    mutating func mark(_ letter: Character, set: Bool) -> PaneOutcome {
        if set {
            guard let document = layoutDocument, let layout, !rawDocuments.contains(document) else {
                return .message("Marks are set in the reading text, not the raw view", isError: true)
            }
            marks[letter] = ReadingSession.Place(document: store.documents[document].id, position: layout.anchor(ofLine: readerTop))
            return .message("Mark \(letter) set", isError: false)
        }
        guard let place = marks[letter] else { return .message("No mark \(letter)", isError: true) }
        guard openReader(place.document) else { return .message("No article \(place.document)", isError: true) }
        guard let layout else { return .none }
        readerTop = clampReaderTop(layout.lineIndex(containing: place.position))
        return .message("Mark \(letter)", isError: false)
    }

    public func save(into session: inout ReadingSession, context: PaneContext) {
        var copy = self
        copy.savePosition()
        for (key, position) in copy.positions where !key.raw { session.positions[store.documents[key.document].id] = position }
        session.marks = Dictionary(uniqueKeysWithValues: marks.map { (String($0.key), $0.value) })
        session.selection = selectedDocument.map { store.documents[$0].id }
        session.reading = focus == .reader
        session.read = Set(readDocuments.map { store.documents[$0].id })
    }

    public mutating func restore(_ session: ReadingSession, context: PaneContext) {
        adopt(context)
        var indexByID: [String: Int] = [:]
        for (index, document) in store.documents.enumerated() { indexByID[document.id] = index }
        for (id, position) in session.positions {
            if let index = indexByID[id], position >= 0 { positions[PositionKey(document: index, raw: false)] = position }
        }
        for (letter, place) in session.marks where letter.count == 1 && indexByID[place.document] != nil {
            marks[Character(letter)] = place
        }
        readDocuments.formUnion(session.read.compactMap { indexByID[$0] })
        if let id = session.selection, let index = indexByID[id], let row = listOrder.firstIndex(of: index) {
            selection = row
            scrollListToSelection()
            if session.reading { focus = .reader }
            refreshReader(force: true)
        }
    }

    // MARK: Export

    /// The article list as shown, as a table to export.
    func listTable() -> ExportTable {
        let rows = listOrder.map { index -> [ExportTable.Cell] in
            let document = store.documents[index]
            return [.text(document.id), .text(document.metadata.title ?? ""), .text(document.metadata.published?.iso ?? ""),
                    .text(document.metadata.author ?? ""), .text(document.metadata.outlet ?? ""), .number(Double(document.wordCount))]
        }
        return ExportTable(columns: [.named("id"), .named("title"), .named("date"), .named("author"), .named("outlet"),
                                     .number("words")], rows: rows)
    }
}
