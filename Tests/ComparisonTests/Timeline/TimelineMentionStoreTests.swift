@testable import Comparison
import Corpus
import Extraction
import TestSupport
import XCTest

/// The packed store of a timeline's mentions gives back exactly the mentions put in it, and the
/// timeline built on it lists, entry by entry, every mention of its documents exactly once.
final class TimelineMentionStoreTests: XCTestCase {
    private func stored(_ mentions: [[TimelineMention]], ids: [String]) -> (TimelineMentionStore, [Int]) {
        var builder = TimelineMentionStore.Builder()
        var positions: [Int] = []
        for (id, list) in zip(ids, mentions) {
            builder.startDocument(id)
            for mention in list { positions.append(builder.add(mention)) }
        }
        return (builder.build(), positions)
    }

    func testEveryMentionOfTheSeedsAndOfManySourcesComesBackExactly() {
        for store in [BuiltInCorpus.load(), ManySourcesCorpus.store()] {
            let mentions = store.documents.map(TimelineMention.all(in:))
            let (packed, positions) = stored(mentions, ids: store.documents.map(\.id))
            XCTAssertEqual(positions, Array(0..<mentions.joined().count))
            XCTAssertEqual(positions.map(packed.mention), Array(mentions.joined()))
            XCTAssertEqual(positions.map(packed.dateSpan), mentions.joined().map(\.date.span))
            XCTAssertEqual(positions.map { packed.documentIDs[packed.document($0)] }, mentions.joined().map(\.documentID))
        }
    }

    func testMentionsThatDoNotNestOrDoNotFitComeBackExactly() {
        let sentence = "On 26 February 1992 the town fell."
        let date = DateMention(span: TextSpan(start: 3, end: 19), sentence: TextSpan(start: 0, end: 34),
                               value: .interval(.day(1992, 2, 26)), granularity: .day)
        let plain = TimelineMention(documentID: "a", text: "26 February 1992", sentence: sentence,
                                    span: TextSpan(start: 103, end: 119), date: date)
        var otherWording = plain
        otherWording.text = "the 26th"  // not the sentence's bytes at the date's place
        var outside = plain
        outside.date.span = TextSpan(start: 40, end: 50)  // beyond its sentence
        var far = plain
        far.span = TextSpan(start: 1 << 40, end: (1 << 40) + 16)
        var annual = plain
        annual.date.value = .annual(MonthDay(month: 2, day: 26))
        annual.date.role = .dateline
        annual.date.isInferred = true
        var unresolved = plain
        unresolved.date.value = .unresolved
        unresolved.date.isRelative = true
        unresolved.sentence = "Another sentence, same span."
        var inB = plain
        inB.documentID = "b"
        let list = [plain, otherWording, outside, far, annual, unresolved]
        let (packed, positions) = stored([list, [inB]], ids: ["a", "b"])
        XCTAssertEqual(positions.map(packed.mention), list + [inB])
        XCTAssertEqual(positions.map(packed.dateSpan), (list + [inB]).map(\.date.span))
    }

    func testEachMentionOfTheSeedsStandsUnderExactlyOneEntryOrCitationOrIsUnplaced() {
        let store = BuiltInCorpus.load()
        let timeline = Timeline(store)
        let listed = timeline.entries.flatMap(\.mentions) + timeline.citations.flatMap(\.mentions) + timeline.unplaced
        let found = store.documents.flatMap(TimelineMention.all(in:))
        XCTAssertEqual(listed.count, found.count)
        XCTAssertEqual(Set(listed), Set(found))
        for entry in timeline.entries + timeline.citations {
            XCTAssertEqual(entry.mentionCount, entry.mentions.count)
            for (position, mention) in entry.mentions.enumerated() {
                XCTAssertEqual(entry.mention(at: position), mention)
                XCTAssertEqual(entry.position(ofMentionIn: mention.documentID, dateSpan: mention.date.span), position)
            }
        }
    }
}
