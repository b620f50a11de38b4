@testable import Comparison
import Extraction
import XCTest

final class WordDiffTests: XCTestCase {
    /// Each change as `kind "left words" @span -> "right words" @span`.
    private func dump(_ left: String, _ right: String) -> [String] {
        WordDiff.changes(from: left, to: right).map { change in
            "\(change.kind.rawValue) \"\(change.left.slice(of: left)!)\" \(change.left) -> \"\(change.right.slice(of: right)!)\" \(change.right)"
        }
    }

    func testIdenticalWordsHaveNoChanges() {
        XCTAssertEqual(dump("And that’s what happened.", "And that’s what happened."), [])
        XCTAssertEqual(WordDiff.similarity("And that’s what happened.", "And that’s what happened."), 1)
    }

    func testCasePunctuationAndQuotationMarksAreFolded() {
        XCTAssertEqual(dump("“And that’s what happened,” he said.", "\"and that's what happened\" He said"), [])
        XCTAssertEqual(dump("1,275 people", "1275 people"), [])
    }

    func testReplacedWordsBecomeOneReplace() {
        XCTAssertEqual(dump("We needed to put a stop to all that.", "We were able to break that."), [
            "replace \"needed\" @3-9 -> \"were able\" @3-12",
            "replace \"put a stop to all\" @13-30 -> \"break\" @16-21",
        ])
    }

    func testInsertionsAndDeletionsMarkTheSpotOnTheOtherSide() {
        XCTAssertEqual(dump("They thought that the Armenians could not.", "They thought the Armenians really could not."), [
            "delete \"that\" @13-17 -> \"\" @13-13",
            "insert \"\" @32-32 -> \"really\" @27-33",
        ])
        XCTAssertEqual(dump("Before Khojaly.", "Before Khojaly, the town."), ["insert \"\" @14-14 -> \"the town\" @16-24"])
    }

    func testSimilarityIsTheShareOfWordsInCommonInOrder() {
        // 3 common words of 4 and 4: 2·3 / 8.
        XCTAssertEqual(WordDiff.similarity("a b c d", "a x c d"), 0.75, accuracy: 1e-9)
        XCTAssertEqual(WordDiff.similarity("a b", "c d"), 0)
    }

    func testMyersFindsALongestCommonSubsequence() {
        // Against a dynamic-programming LCS on deterministic pseudo-random word sequences.
        var state: UInt64 = 42
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        for _ in 0..<200 {
            let a = (0..<Int(next() % 30)).map { _ in next() % 5 }
            let b = (0..<Int(next() % 30)).map { _ in next() % 5 }
            let matches = WordDiff.matches(a, b)
            XCTAssertEqual(matches.count, lcsLength(a, b))
            for (i, j) in matches { XCTAssertEqual(a[i], b[j]) }
            for (first, second) in zip(matches, matches.dropFirst()) {
                XCTAssertLessThan(first.0, second.0)
                XCTAssertLessThan(first.1, second.1)
            }
        }
    }

    private func lcsLength(_ a: [UInt64], _ b: [UInt64]) -> Int {
        var row = [Int](repeating: 0, count: b.count + 1)
        for x in a {
            var diagonal = 0
            for (j, y) in b.enumerated() {
                let above = row[j + 1]
                row[j + 1] = x == y ? diagonal + 1 : max(row[j + 1], row[j])
                diagonal = above
            }
        }
        return row[b.count]
    }
}
