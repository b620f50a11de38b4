import Extraction
import XCTest

/// Sentences written after the rules were settled and annotated before the extractor saw them: a
/// check on how the rules carry over to text they were not shaped by. Misses here are kept, not
/// fixed sentence by sentence, so the score stays an honest estimate.
final class HeldOutSentenceTests: XCTestCase {
    private struct Key: Hashable, CustomStringConvertible {
        var sentence: Int
        var measure: String
        var group: String
        var value: String
        var description: String { "#\(sentence) \(measure)/\(group) \"\(value)\"" }
    }

    private static let sentences: [(String, [(measure: String, group: String, value: String)])] = [
        ("At least 37 people were killed and 120 wounded when a suicide bomber struck a mosque, police said.",
         [("killed", "people", "At least 37"), ("wounded", "people", "120")]),
        ("The ministry said 14 soldiers had been killed in clashes along the border.", [("killed", "people", "14")]),
        ("More than 2,500 people remain missing after the floods.", [("missing", "people", "More than 2,500")]),
        ("Some 800,000 people were displaced by the fighting, according to the UN refugee agency.",
         [("displaced", "people", "Some 800,000")]),
        ("The storm left 22 people dead and hundreds homeless.", [("killed", "people", "22"), ("displaced", "people", "hundreds")]),
        ("Rebels abducted 276 schoolgirls from a boarding school.", [("hostages", "children", "276")]),
        ("Among those killed were four journalists.", [("killed", "people", "four")]),
        ("Of the 58 passengers, 41 survived.", [("survived", "people", "41")]),
        ("Officials estimate that up to 10,000 civilians have been killed since March.", [("killed", "people", "up to 10,000")]),
        ("Nearly 300 migrants, including 40 women, were rescued off the coast.",
         [("rescued", "people", "Nearly 300"), ("rescued", "women", "40")]),
        ("The blast injured 25 people, five of them seriously.", [("wounded", "people", "25"), ("wounded", "people", "five")]),
        ("Two police officers were shot dead on Friday.", [("killed", "people", "Two")]),
        ("Around 1,500 troops have been deployed to the region.", [("deployed", "people", "Around 1,500")]),
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
        ("The 3 suspects were detained on Monday.", [("detained", "people", "3")]),
        ("Over 60 percent of the victims were women.", []),
        ("The regiment's 300 soldiers surrendered.", [("surrendered", "people", "300")]),
        ("Only 12 of the 40 miners were rescued.", [("rescued", "people", "12")]),
        ("Five years ago, 200 people died in a similar fire.", [("killed", "people", "200")]),
        ("The 12 member states voted for resolution 2334 in December 2016.", []),
        ("The march, which began at 10 a.m., drew about 20,000 people.", [("drew", "people", "about 20,000")]),
    ]

    func testPrecisionAndRecallOnUnseenSentences() {
        var found = Set<Key>()
        var expected = Set<Key>()
        for (index, (sentence, figures)) in Self.sentences.enumerated() {
            for figure in FigureExtractor.figures(in: sentence) {
                found.insert(Key(sentence: index, measure: figure.measure, group: figure.group, value: figure.value))
            }
            for figure in figures {
                expected.insert(Key(sentence: index, measure: figure.measure, group: figure.group, value: figure.value))
            }
        }
        let right = found.intersection(expected)
        let precision = Double(right.count) / Double(max(1, found.count))
        let recall = Double(right.count) / Double(max(1, expected.count))
        print("figures on held-out sentences: precision \(String(format: "%.3f", precision)) (\(right.count)/\(found.count)), "
            + "recall \(String(format: "%.3f", recall)) (\(right.count)/\(expected.count))")
        for wrong in found.subtracting(expected).sorted(by: { $0.description < $1.description }) { print("  extra:  \(wrong)") }
        for missed in expected.subtracting(found).sorted(by: { $0.description < $1.description }) { print("  missed: \(missed)") }
        XCTAssertGreaterThanOrEqual(precision, 0.80)
        XCTAssertGreaterThanOrEqual(recall, 0.70)
    }
}
