import Corpus
import Extraction

/// Every count that two or more chosen sources state, lined up: which agree, which differ, and
/// which one source alone states.
///
/// Built on the figure table's rows (`FigureTable`: one row per measure × group × `when`, each
/// source's distinct values), so whatever the figure extractor calls a measure or a group, claims
/// follow. This file is the one place that reads figures for claims.
///
///     let claims = ClaimComparison(of: [left, right])
///     for claim in claims.differences { print(claim.title, claim.valueText(0), claim.valueText(1)) }
public struct ClaimComparison: Sendable {
    /// The chosen documents' ids, in order: the claims' columns.
    public let documents: [String]
    /// Every count any chosen source states, in the figure table's order (measure, event, group).
    public let claims: [Claim]

    /// Claims of documents whose figures are already found (`figures` may hold other documents'
    /// figures too; they are left out).
    public init(documents: [String], figures: [DocumentFigure]) {
        self.documents = documents
        let chosen = Set(documents)
        // Claims are what the sources report of the toll, as the table's default rows are: a town's
        // population or the marchers are not claims to compare.
        let table = FigureTable(documents: documents, figures: figures.filter { chosen.contains($0.documentID) },
                                rows: .casualties)
        claims = table.rows.map { row in
            let values = documents.map { (row.cells[$0] ?? []).map(Self.value) }
            return Claim(measure: row.key.measure, group: row.key.group, event: row.key.when, values: values,
                         status: Claim.status(values))
        }
    }

    /// Claims of `documents`, their figures read from the index file or found in their texts.
    public init(of documents: [Document], progress: BuildProgress? = nil) {
        progress?.start(total: documents.count)
        var figures: [DocumentFigure] = []
        for document in documents {
            figures += DocumentFigure.figures(of: document)
            progress?.advance()
        }
        self.init(documents: documents.map(\.id), figures: figures)
    }

    /// A value of the figure table as a claim keeps it.
    private static func value(_ value: FigureTable.Value) -> ClaimValue {
        let figure = value.figure, found = figure.figure
        return ClaimValue(quantity: found.quantity, sentence: found.sentence, span: found.span,
                          sentenceSpan: found.sentenceSpan, readingSpan: figure.readingSpan,
                          readingSentenceSpan: figure.readingSentenceSpan)
    }

    /// Claims two or more sources state and do not agree on, in table order.
    public var differences: [Claim] { claims.filter { $0.status == .differs } }

    /// How many claims have a status; for `.single`, those of one source (nil: any source).
    public func count(_ status: Claim.Status, source: Int? = nil) -> Int {
        claims.filter { $0.status == status && (source == nil || $0.stating == [source!]) }.count
    }
}
