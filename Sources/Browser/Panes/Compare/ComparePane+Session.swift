import Corpus

extension ComparePane {
    /// The sources compared, left first, by article id, as the place for the next run.
    public func save(into session: inout ReadingSession, context: PaneContext) {
        session.panePlaces[title] = ([leftDocument, rightDocument] + extraSources).map { store.documents[$0].id }
            .joined(separator: "\t")
    }

    /// Compares again the sources the last run left, if the corpus still has them all.
    public mutating func restore(_ session: ReadingSession, context: PaneContext) {
        guard let ids = session.panePlaces[title]?.split(separator: "\t").map(String.init) else { return }
        let letters = ids.compactMap { context.labels.label(of: $0) }
        guard letters.count == ids.count, letters.count >= 2 else { return }
        _ = command(["sources"] + letters, context: context)
    }
}
