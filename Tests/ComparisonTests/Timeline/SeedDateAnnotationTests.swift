import Comparison
import Corpus
import Extraction
import XCTest

/// The date tagger against the hand annotation of the seeds.
final class SeedDateAnnotationTests: XCTestCase {
    private struct Key: Hashable {
        var document: String
        var start: String?
        var granularity: String
        /// Unresolved mentions have no start; they are told apart by their words.
        var words: String?
    }

    private func key(document: String, text: String, start: String?, granularity: String) -> Key {
        Key(document: String(document.prefix(3)), start: start, granularity: granularity, words: start == nil ? text : nil)
    }

    /// Precision and recall on (document, start, granularity), counting repeated mentions.
    func testPrecisionAndRecallOnTheSeedsAreAtLeast95Percent() {
        let timeline = Timeline(BuiltInCorpus.load())
        var found: [Key: Int] = [:]
        for mention in timeline.mentions {
            let date = mention.date
            found[key(document: mention.documentID, text: mention.text, start: date.startISO,
                      granularity: date.granularity.rawValue), default: 0] += 1
        }
        var expected: [Key: Int] = [:]
        for row in SeedDateAnnotation.all {
            expected[key(document: row.document, text: row.text, start: row.start, granularity: row.granularity), default: 0] += 1
        }
        var correct = 0
        for (key, count) in found { correct += min(count, expected[key] ?? 0) }
        let foundTotal = found.values.reduce(0, +), expectedTotal = expected.values.reduce(0, +)
        let precision = Double(correct) / Double(max(1, foundTotal))
        let recall = Double(correct) / Double(max(1, expectedTotal))
        print("seed dates: \(correct) correct of \(foundTotal) found and \(expectedTotal) annotated; "
              + "precision \(String(format: "%.3f", precision)), recall \(String(format: "%.3f", recall))")
        for (key, count) in found where count > (expected[key] ?? 0) { print("  extra: \(key) ×\(count - (expected[key] ?? 0))") }
        for (key, count) in expected where count > (found[key] ?? 0) { print("  missed: \(key) ×\(count - (found[key] ?? 0))") }
        XCTAssertEqual(expectedTotal, 68)
        XCTAssertGreaterThanOrEqual(precision, 0.95)
        XCTAssertGreaterThanOrEqual(recall, 0.95)
    }

    /// The same mentions, in text order, by their words: a failure shows exactly what moved.
    func testMentionWordsFollowTheAnnotationInOrder() {
        let timeline = Timeline(BuiltInCorpus.load())
        for document in ["000", "001", "002", "003", "004"] {
            let found = timeline.mentions.filter { $0.documentID.hasPrefix(document) }
                .map { "\($0.text) \($0.date.startISO ?? "unresolved") \($0.date.granularity.rawValue)" }
            let expected = SeedDateAnnotation.all.filter { $0.document == document }
                .map { "\($0.text) \($0.start ?? "unresolved") \($0.granularity)" }
            XCTAssertEqual(found, expected, document)
        }
    }
}
