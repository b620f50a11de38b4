import Comparison
import Corpus
import Extraction
import XCTest

final class PassageAlignerTests: XCTestCase {
    private let store = BuiltInCorpus.load()

    private func seed(_ number: Int) -> Document { store.documents[number] }

    // MARK: Small texts

    func testTheSameQuotationPairsAndListsItsWordChanges() {
        let left = "Costa said: “We will rebuild the town, whatever it costs.” The rain went on."
        let right = "Markets fell. “We will rebuild this town whatever it costs,” the mayor told reporters."
        let alignment = PassageAligner.align(left: left, right: right)
        XCTAssertEqual(alignment.pairs.count, 1)
        let pair = alignment.pairs[0]
        XCTAssertEqual(pair.kind, .quote)
        XCTAssertEqual(pair.left.span.slice(of: left), "We will rebuild the town, whatever it costs.")
        XCTAssertEqual(pair.right.span.slice(of: right), "We will rebuild this town whatever it costs,")
        XCTAssertEqual(pair.left.passage.slice(of: left), "Costa said: “We will rebuild the town, whatever it costs.”")
        XCTAssertEqual(pair.changes.map { "\($0.kind.rawValue) \($0.left.slice(of: left)!) -> \($0.right.slice(of: right)!)" },
                       ["replace the -> this"])
        XCTAssertEqual(alignment.unmatchedLeft.map { $0.slice(of: left)! }, ["The rain went on."])
        XCTAssertEqual(alignment.unmatchedRight.map { $0.slice(of: right)! }, ["Markets fell."])
    }

    func testSentencesStatingTheSameFiguresPair() {
        let left = "The weather was cold. Officials said 613 people died and 1,275 were taken hostage."
        let right = "In all, 1275 hostages were taken, and the dead numbered 613. Nobody was tried."
        let pairs = PassageAligner.align(left: left, right: right).pairs
        XCTAssertEqual(pairs.map(\.kind), [.figures])
        XCTAssertEqual(pairs.first?.left.span.slice(of: left), "Officials said 613 people died and 1,275 were taken hostage.")
        XCTAssertEqual(pairs.first?.right.span.slice(of: right), "In all, 1275 hostages were taken, and the dead numbered 613.")
        XCTAssertEqual(pairs.first?.isNearIdentical, false)
        XCTAssertEqual(pairs.first?.changes, [])
    }

    func testDatesAndSmallNumbersAloneDoNotPair() {
        let left = "On February 26, 1992 the town fell to 3 columns."
        let right = "Markets closed on 26 February 1992 after 3 days."
        XCTAssertEqual(PassageAligner.align(left: left, right: right).pairs, [])
    }

    func testSentencesSharingTheirWordingPair() {
        let left = "The battered cars rattled through the pass, choking with exhaust gases. Other news."
        let right = "Then the battered cars rattled through the mountain pass, choking with exhaust. Weather."
        let pairs = PassageAligner.align(left: left, right: right).pairs
        XCTAssertEqual(pairs.map(\.kind), [.wording])
        XCTAssertEqual(pairs.first?.isNearIdentical, true)
        XCTAssertEqual(pairs.first?.changes.map(\.kind), [.insert, .insert, .delete])
    }

    func testSharedNamesAloneDoNotMakeWording() {
        let left = "The event was the largest in the Armenia-Azerbaijan Nagorno-Karabakh conflict."
        let right = "The United Nations supports a settlement of the Armenia-Azerbaijan Nagorno-Karabakh conflict."
        XCTAssertEqual(PassageAligner.align(left: left, right: right).pairs, [])
    }

    func testPairsThatKeepBothOrdersAreTold() {
        let left = "Alpha one two three four. Beta five six seven eight. Gamma nine ten eleven twelve."
        let right = "Beta five six seven eight. Gamma nine ten eleven twelve. Alpha one two three four."
        let alignment = PassageAligner.align(left: left, right: right)
        XCTAssertEqual(alignment.pairs.map { $0.left.span.slice(of: left)!.prefix(5) }, ["Alpha", "Beta ", "Gamma"])
        XCTAssertEqual(alignment.inOrderPairs, [1, 2])
    }

    // MARK: The seeds

    func testTheSargsyanRemarkPairsBetweenSeeds000And002() throws {
        let left = seed(0), right = seed(2)
        let alignment = PassageAligner.align(left, right)
        let pair = try XCTUnwrap(alignment.pairs.first { $0.kind == .quote })
        let leftText = try XCTUnwrap(pair.left.span.slice(of: left.reading.text))
        let rightText = try XCTUnwrap(pair.right.span.slice(of: right.reading.text))
        XCTAssertTrue(leftText.hasPrefix("Before Khojalu, the Azerbaijanis thought"), leftText)
        XCTAssertTrue(rightText.hasPrefix("Before Khojaly, the Azerbaijanis thought"), rightText)
        XCTAssertTrue(pair.isNearIdentical)
        let changes = pair.changes.map {
            "\($0.kind.rawValue) \($0.left.slice(of: left.reading.text)!) -> \($0.right.slice(of: right.reading.text)!)"
        }
        XCTAssertEqual(changes, [
            "replace Khojalu -> Khojaly",
            "replace needed -> were able",
            "replace put a stop to all -> break",
            "insert  -> stereotype",
        ])
    }

    func testThe613KilledStatementPairsAcrossSeeds001To004() {
        for first in 1...3 {
            for second in (first + 1)...4 {
                let left = seed(first), right = seed(second)
                let alignment = PassageAligner.align(left, right)
                let pair = alignment.pairs.first { pair in
                    pair.left.span.slice(of: left.reading.text)!.contains("613")
                        && pair.right.span.slice(of: right.reading.text)!.contains("613")
                }
                XCTAssertNotNil(pair, "seeds \(first) and \(second)")
                XCTAssertEqual(pair?.kind, .figures, "seeds \(first) and \(second)")
            }
        }
    }

    func testPairsAreOneToOneAndCoverEverySentenceOnce() {
        for first in store.documents.indices {
            for second in store.documents.indices where second != first {
                let left = seed(first), right = seed(second)
                let alignment = PassageAligner.align(left, right)
                XCTAssertEqual(alignment, PassageAligner.align(left, right), "same input, same output")
                check(alignment.pairs.map(\.left.passage), alignment.unmatchedLeft, alignment.leftSentences)
                check(alignment.pairs.map(\.right.passage), alignment.unmatchedRight, alignment.rightSentences)
                for pair in alignment.pairs {
                    XCTAssertTrue(pair.left.passage.contains(pair.left.span))
                    XCTAssertTrue(pair.right.passage.contains(pair.right.span))
                    XCTAssertNotNil(pair.left.span.slice(of: left.reading.text))
                    XCTAssertNotNil(pair.right.span.slice(of: right.reading.text))
                    for change in pair.changes {
                        XCTAssertTrue(pair.left.span.contains(change.left))
                        XCTAssertTrue(pair.right.span.contains(change.right))
                    }
                }
                XCTAssertEqual(alignment.pairs.map(\.left.passage), alignment.pairs.map(\.left.passage).sorted())
            }
        }
    }

    /// Paired passages and unmatched sentences never overlap and together hold every sentence.
    private func check(_ paired: [TextSpan], _ unmatched: [TextSpan], _ sentences: [TextSpan],
                       file: StaticString = #filePath, line: UInt = #line)
    {
        let all = (paired + unmatched).sorted()
        for (a, b) in zip(all, all.dropFirst()) { XCTAssertFalse(a.overlaps(b), "\(a) \(b)", file: file, line: line) }
        for sentence in sentences {
            XCTAssertEqual(all.filter { $0.contains(sentence) }.count, 1, "\(sentence)", file: file, line: line)
        }
    }
}
