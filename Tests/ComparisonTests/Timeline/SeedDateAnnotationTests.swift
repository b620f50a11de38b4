import Comparison
import Corpus
import Extraction
import TestSupport
import XCTest

/// The date tagger against the hand annotation of the seeds.
final class SeedDateAnnotationTests: XCTestCase {
    private struct Key: Hashable, CustomStringConvertible {
        var document: String
        var start: String?
        var granularity: String
        /// Unresolved mentions have no start; they are told apart by their words.
        var words: String?
        var description: String { "\(document) \(start ?? "unresolved") \(granularity)" + (words.map { " \"\($0)\"" } ?? "") }
    }

    private func key(document: String, text: String, start: String?, granularity: String) -> Key {
        Key(document: String(document.prefix(3)), start: start, granularity: granularity, words: start == nil ? text : nil)
    }

    /// Precision and recall on (document, start, granularity), counting repeated mentions.
    func testPrecisionAndRecallOnTheSeedsAreAtLeast95Percent() {
        let mentions = BuiltInCorpus.load().documents.flatMap(TimelineMention.all(in:))
        let found = mentions.map { mention in
            key(document: mention.documentID, text: mention.text, start: mention.date.startISO,
                granularity: mention.date.granularity.rawValue)
        }
        let expected = SeedDateAnnotation.all.map { row in
            key(document: row.document, text: row.text, start: row.start, granularity: row.granularity)
        }
        let score = ExtractionScore(found: found, expected: expected)
        print(score.report("seed dates"))
        let precision = score.precision, recall = score.recall, expectedTotal = score.expected
        XCTAssertEqual(expectedTotal, 68)
        XCTAssertGreaterThanOrEqual(precision, 0.95)
        XCTAssertGreaterThanOrEqual(recall, 0.95)
    }

    /// The same mentions, in text order, by their words: a failure shows exactly what moved.
    func testMentionWordsFollowTheAnnotationInOrder() {
        let mentions = BuiltInCorpus.load().documents.flatMap(TimelineMention.all(in:))
        for document in ["000", "001", "002", "003", "004"] {
            let found = mentions.filter { $0.documentID.hasPrefix(document) }
                .map { "\($0.text) \($0.date.startISO ?? "unresolved") \($0.date.granularity.rawValue)" }
            let expected = SeedDateAnnotation.all.filter { $0.document == document }
                .map { "\($0.text) \($0.start ?? "unresolved") \($0.granularity)" }
            XCTAssertEqual(found, expected, document)
        }
    }
}
