@testable import Browser
import Comparison
import Corpus
import Extraction
import TestSupport
import XCTest

/// The Figures pane finds a cell's sentences from the source's figures when asked; they are the
/// lists it kept per cell before, and a figure opened from the reader finds the same row.
final class FiguresPaneSentencesTests: XCTestCase {
    /// Per row key and document, the figures stating it, a sentence with the same number once: the
    /// lists the pane kept.
    private func keptMentions(_ figures: [DocumentFigure]) -> [FigureTable.Key: [String: [DocumentFigure]]] {
        var mentions: [FigureTable.Key: [String: [DocumentFigure]]] = [:]
        for found in figures {
            let key = FigureTable.Key(measure: found.figure.measure, group: found.figure.group, when: found.figure.when)
            var list = mentions[key]?[found.documentID] ?? []
            if !list.contains(where: { $0.readingSentenceSpan == found.readingSentenceSpan && $0.figure.quantity.text == found.figure.quantity.text }) {
                list.append(found)
            }
            mentions[key, default: [:]][found.documentID] = list
        }
        return mentions
    }

    func testEachCellsSentencesAreTheOnesKeptPerCellBefore() {
        for store in [BuiltInCorpus.load(), ManySourcesCorpus.store()] {
            let pane = FiguresPane(store: store)
            let kept = keptMentions(DocumentFigure.all(in: store))
            for (row, tableRow) in pane.table.rows.enumerated() {
                for (source, id) in pane.table.documents.enumerated() {
                    let expected = tableRow.cells[id] == nil ? [] : kept[tableRow.key]?[id] ?? []
                    XCTAssertEqual(pane.cellMentions(row, source), expected, "\(tableRow.key) \(id)")
                }
            }
        }
    }

    func testAFigureFromTheReaderOpensTheRowItStandsIn() {
        let store = ManySourcesCorpus.store()
        let context = PaneContext(store: store, labels: SourceLabels(store), area: Rect(x: 0, y: 0, width: 80, height: 22),
                                  keymap: .standard)
        let figures = DocumentFigure.all(in: store)
        var rowOfFigure: [String: [Int: FigureTable.Key]] = [:]
        for found in figures {
            rowOfFigure[found.documentID, default: [:]][found.readingSpan.start] =
                FigureTable.Key(measure: found.figure.measure, group: found.figure.group, when: found.figure.when)
        }
        let built = FiguresPane(store: store)
        for found in figures {
            var pane = built
            XCTAssertTrue(pane.reveal(.figure(documentID: found.documentID, span: found.readingSpan), context: context))
            XCTAssertEqual(pane.selectedRow?.key, rowOfFigure[found.documentID]?[found.readingSpan.start])
            XCTAssertEqual(pane.selectedDocument, found.documentID)
        }
    }
}
