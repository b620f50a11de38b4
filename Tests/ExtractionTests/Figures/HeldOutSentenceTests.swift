import Extraction
import TestSupport
import XCTest

/// Sentences written after the rules were settled and annotated before the extractor saw them: a
/// check on how the rules carry over to text they were not shaped by.
///
/// The first batch scored precision 0.885, recall 0.719 on its first run; its misses led to general
/// fixes (predicates after "including" lists, partitives, a verb right before the count, more nouns
/// for people), so it is no longer unseen. The second batch was written after those fixes and is kept
/// as first annotated: its misses stay misses, so its score remains an honest estimate. It scored
/// precision 0.895, recall 0.708 on its first run; the one change since, combined groups kept as
/// written ("men and boys") rather than as canonical names, adds one hit.
///
/// When the figures got one vocabulary (`FigureVocabulary`), the annotations were renamed to it and
/// nothing else: "rescued" is `survived`, "detained" is `arrested`, soldiers and police are their own
/// groups. Which counts each sentence states, and their values, are as first annotated.
final class HeldOutSentenceTests: XCTestCase {
    private struct Key: Hashable, CustomStringConvertible {
        var sentence: Int
        var measure: String
        var group: String
        var value: String
        var description: String { "#\(sentence) \(measure)/\(group) \"\(value)\"" }
    }

    private typealias Batch = [(String, [(measure: String, group: String, value: String)])]

    private static let firstBatch: Batch = [
        ("At least 37 people were killed and 120 wounded when a suicide bomber struck a mosque, police said.",
         [("killed", "people", "At least 37"), ("wounded", "people", "120")]),
        ("The ministry said 14 soldiers had been killed in clashes along the border.", [("killed", "soldiers", "14")]),
        ("More than 2,500 people remain missing after the floods.", [("missing", "people", "More than 2,500")]),
        ("Some 800,000 people were displaced by the fighting, according to the UN refugee agency.",
         [("displaced", "people", "Some 800,000")]),
        ("The storm left 22 people dead and hundreds homeless.", [("killed", "people", "22"), ("displaced", "people", "hundreds")]),
        ("Rebels abducted 276 schoolgirls from a boarding school.", [("hostages", "children", "276")]),
        ("Among those killed were four journalists.", [("killed", "people", "four")]),
        ("Of the 58 passengers, 41 survived.", [("survived", "people", "41")]),
        ("Officials estimate that up to 10,000 civilians have been killed since March.", [("killed", "people", "up to 10,000")]),
        ("Nearly 300 migrants, including 40 women, were rescued off the coast.",
         [("survived", "people", "Nearly 300"), ("survived", "women", "40")]),
        ("The blast injured 25 people, five of them seriously.", [("wounded", "people", "25"), ("wounded", "people", "five")]),
        ("Two police officers were shot dead on Friday.", [("killed", "police", "Two")]),
        ("Around 1,500 troops have been deployed to the region.", [("deployed", "soldiers", "Around 1,500")]),
        ("The town, home to 45,000 people, was shelled overnight.", [("population", "people", "45,000")]),
        ("In the 2008 war, 850 people died.", [("killed", "people", "850")]),
        ("Hundreds were arrested during the protests.", [("arrested", "people", "Hundreds")]),
        ("The virus has infected more than 4,000 people and killed 90.",
         [("infected", "people", "more than 4,000"), ("killed", "people", "90")]),
        ("A dozen children were injured when the school roof collapsed.", [("wounded", "children", "A dozen")]),
        ("The attack on the village killed 11, including three children.",
         [("killed", "people", "11"), ("killed", "children", "three")]),
        ("Tens of thousands of residents fled the city.", [("displaced", "people", "Tens of thousands")]),
        ("He was sentenced to 15 years for the murder of 3 people.", [("killed", "people", "3")]),
        ("The 3 suspects were detained on Monday.", [("arrested", "people", "3")]),
        ("Over 60 percent of the victims were women.", []),
        ("The regiment's 300 soldiers surrendered.", [("surrendered", "soldiers", "300")]),
        ("Only 12 of the 40 miners were rescued.", [("survived", "people", "12")]),
        ("Five years ago, 200 people died in a similar fire.", [("killed", "people", "200")]),
        ("The 12 member states voted for resolution 2334 in December 2016.", []),
        ("The march, which began at 10 a.m., drew about 20,000 people.", [("drew", "people", "about 20,000")]),
    ]

    private static let secondBatch: Batch = [
        ("Fighting in the eastern province has killed at least 1,300 civilians this year, the United Nations said.",
         [("killed", "people", "at least 1,300")]),
        ("Eleven firefighters were injured battling the blaze.", [("wounded", "people", "Eleven")]),
        ("About 150 families were evacuated from their homes overnight.", [("evacuated", "families", "About 150")]),
        ("The landslide buried 40 houses and left 18 people missing.", [("missing", "people", "18")]),
        ("Seven of the dead were children.", [("killed", "children", "Seven")]),
        ("Over 2 million people have been forced to flee their homes.", [("displaced", "people", "Over 2 million")]),
        ("The gunman killed his wife and two daughters.", [("killed", "children", "two")]),
        ("Police detained 120 protesters in the capital.", [("arrested", "people", "120")]),
        ("The clinic has treated more than 3,000 wounded since the offensive began.",
         [("wounded", "people", "more than 3,000")]),
        ("Nine people died and 31 were hurt in the collision.", [("killed", "people", "Nine"), ("wounded", "people", "31")]),
        ("The quake struck at 4:17 a.m. local time, killing 23 people.", [("killed", "people", "23")]),
        ("In 1995, 8,000 Muslim men and boys were killed in Srebrenica.", [("killed", "men and boys", "8,000")]),
        ("Some 250 peacekeepers are stationed in the town.", [("stationed", "soldiers", "Some 250")]),
        ("Three journalists were among 12 people wounded in the blast.",
         [("wounded", "people", "Three"), ("wounded", "people", "12")]),
        ("Flight MH17 was shot down over Ukraine in 2014, killing all 298 people on board.", [("killed", "people", "298")]),
        ("At 3 p.m., 500 demonstrators marched to the square.", [("marched", "people", "500")]),
        ("Vote counts from 42 of 50 districts show a narrow lead.", []),
        ("More than 90 people have died from cholera, health officials say.", [("killed", "people", "More than 90")]),
        ("About 1,200 prisoners of war were exchanged.", [("exchanged", "people", "About 1,200")]),
        ("The 9/11 attacks killed nearly 3,000 people.", [("killed", "people", "nearly 3,000")]),
        ("Four Armenians and two Azerbaijanis were wounded on Monday.",
         [("wounded", "people", "Four"), ("wounded", "people", "two")]),
        ("Dozens of villagers were taken captive by the militia.", [("hostages", "people", "Dozens")]),
        ("Roughly half of the 600 residents have returned.", []),
    ]

    func testFirstBatch() { check(Self.firstBatch, "first batch (seen)", precision: 0.95, recall: 0.90) }

    func testSecondBatch() { check(Self.secondBatch, "second batch (unseen)", precision: 0.75, recall: 0.70) }

    private func check(_ batch: Batch, _ name: String, precision minimumPrecision: Double, recall minimumRecall: Double) {
        var found = Set<Key>()
        var expected = Set<Key>()
        for (index, (sentence, figures)) in batch.enumerated() {
            for figure in FigureExtractor.figures(in: sentence) {
                found.insert(Key(sentence: index, measure: figure.measure, group: figure.group, value: figure.value))
            }
            for figure in figures {
                expected.insert(Key(sentence: index, measure: figure.measure, group: figure.group, value: figure.value))
            }
        }
        let score = ExtractionScore(found: found, expected: expected)
        print(score.report("figures on the \(name)"))
        XCTAssertGreaterThanOrEqual(score.precision, minimumPrecision)
        XCTAssertGreaterThanOrEqual(score.recall, minimumRecall)
    }
}
