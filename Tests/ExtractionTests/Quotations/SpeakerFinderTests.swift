import Extraction
import XCTest

/// Speakers found from the reporting clause before or after a quotation, across sentence
/// boundaries, organisations included.
final class SpeakerFinderTests: XCTestCase {
    /// Each quotation's first words and its speaker with cue, or "-" when none is named.
    private func speakers(_ text: String) -> [String] {
        QuotationFinder.quotations(in: text).map { quote in
            let words = quote.content.slice(of: text)!.split(separator: " ").prefix(3).joined(separator: " ")
            guard let speaker = quote.speaker else { return "\(words) — -" }
            XCTAssertEqual(speaker.span.slice(of: text), speaker.name, "the span is the name")
            return "\(words) — \(speaker.name) [\(speaker.cue)]"
        }
    }

    func testOrganisationsSpeakAfterAndBeforeTheQuotation() {
        XCTAssertEqual(speakers("“The shelling was indiscriminate and unlawful,” Human Rights Watch said."),
                       ["The shelling was — Human Rights Watch [said]"])
        XCTAssertEqual(speakers("Human Rights Watch said in a statement: “The shelling was indiscriminate.”"),
                       ["The shelling was — Human Rights Watch [said]"])
        XCTAssertEqual(speakers("“Aid is on its way to every village,” the ministry said in a statement."),
                       ["Aid is on — the ministry [said]"])
        XCTAssertEqual(speakers("“No warning was given to the villages below,” according to the ministry."),
                       ["No warning was — the ministry [according to]"])
        XCTAssertEqual(speakers("Amnesty International reported that “whole streets had been burned to the ground”."),
                       ["whole streets had — Amnesty International [reported]"])
    }

    func testAPassiveClauseNamesItsAgent() {
        XCTAssertEqual(speakers(#"This was described by Human Rights Watch as "the largest massacre to date in the conflict"."#),
                       ["the largest massacre — Human Rights Watch [described]"])
        XCTAssertEqual(speakers("The attack was called “a deliberate act of terror” by the interior minister."),
                       ["a deliberate act — the interior minister [called]"])
    }

    func testAPronounTakesTheSpeakerOfThePreviousSentence() {
        let text = "Human Rights Watch said the attack broke the laws of war. “There was no military target anywhere near the market,” it said."
        XCTAssertEqual(speakers(text), ["There was no — Human Rights Watch [said]"])
        let aside = "Elin Suleymanov, the ambassador, spoke at the ceremony. The victims will be remembered, he said, "
            + "but “the people do not want revenge, only justice.”"
        XCTAssertEqual(speakers(aside), ["the people do — Elin Suleymanov [said]"])
    }

    func testAPronounSkipsDaysAndRunsNamesPastInitialsButNotIntoBrackets() {
        XCTAssertEqual(speakers("The coach met his players on Tuesday, telling them to keep going. “You have beaten strong teams,” he said."),
                       ["You have beaten — -"], "a day is no one")
        XCTAssertEqual(speakers("Maria K. Lindqvist, the family's lawyer, spoke to reporters. “He regrets every word of it,” she said."),
                       ["He regrets every — Maria K. Lindqvist [said]"])
        XCTAssertEqual(speakers("“It was a strange year for all of us,” said Anna Costa (“The Long Night”)."),
                       ["It was a — Anna Costa [said]", "The Long Night — -"])
    }

    func testAClauseEndingInAColonBeforeTheParagraphNamesTheSpeaker() {
        let text = "The regional rescue service said in a statement on Tuesday:\n\n“Our teams are still searching the mud for survivors.”"
        XCTAssertEqual(speakers(text), ["Our teams are — The regional rescue service [said]"])
    }

    func testASentenceWithoutAReportingClauseStillNamesNobody() {
        XCTAssertEqual(speakers("The ministry met on Monday. “The dam had not been inspected for ten years.”"),
                       ["The dam had — -"])
        XCTAssertEqual(speakers("It was, he said, “a day nobody here will ever forget”."), ["a day nobody — -"])
        XCTAssertEqual(speakers("Anna Costa signed the declaration. It is also stated there that “the town will be rebuilt”."),
                       ["the town will — -"], "an \"it\" that stands for no one")
    }

    func testAClauseCutShortAtTheEndOfTheTextNamesNobodyAndNeverTraps() {
        for text in ["“The water came at night,” the", "“The water came at night,” by the", "“The water came at night,” it",
                     "The", "said the “The water came at night”", "“The water came at night” the ministry",
                     "He said. “The water came at night,” he said the", "“a b c d”:", ":\n\n“The water came at night”"] {
            for quote in QuotationFinder.quotations(in: text) {
                if let speaker = quote.speaker { XCTAssertEqual(speaker.span.slice(of: text), speaker.name, text) }
            }
        }
        XCTAssertEqual(speakers("“The water came at night,” the ministry"), ["The water came — -"], "a name with no verb")
    }
}
