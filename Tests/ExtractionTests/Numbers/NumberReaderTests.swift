import Extraction
import XCTest

/// Each case is a phrase and the dump of every quantity read in it: `"text" low..high flags @span`.
final class NumberReaderTests: XCTestCase {
    private func dump(_ text: String) -> [String] {
        NumberReader.quantities(in: text).map { quantity in
            XCTAssertEqual(quantity.span.slice(of: text), quantity.text, "the span slices back to the text")
            var line = "\"\(quantity.text)\" \(bound(quantity.low))..\(bound(quantity.high))"
            if quantity.isExact { line += " exact" }
            if quantity.isVague { line += " vague" }
            if quantity.isPercent { line += " percent" }
            return line + " \(quantity.span)"
        }
    }

    private func bound(_ value: Double?) -> String {
        guard let value else { return "" }
        return value == value.rounded() ? String(Int(value)) : String(value)
    }

    private func check(_ cases: [(String, [String])], file: StaticString = #filePath, line: UInt = #line) {
        for (text, expected) in cases {
            XCTAssertEqual(dump(text), expected, text, file: file, line: line)
        }
    }

    func testDigitsWithSeparatorsAndScales() {
        check([
            ("1,275 people were taken hostage.", ["\"1,275\" 1275..1275 exact @0-5"]),
            ("1 275 people were taken hostage.", ["\"1 275\" 1275..1275 exact @0-5"]),
            ("Some 1.5 million people fled.", ["\"Some 1.5 million\" 1350000..1650000 @0-16"]),
            ("It cost 3.25 dollars.", ["\"3.25\" 3.25..3.25 exact @8-12"]),
            ("In all, 12,500,000 voted.", ["\"12,500,000\" 12500000..12500000 exact @8-18"]),
            ("1275 people were taken hostage.", ["\"1275\" 1275..1275 exact @0-4"]),
        ])
    }

    func testNumbersInWords() {
        check([
            ("six hundred civilians", ["\"six hundred\" 600..600 exact @0-11"]),
            ("a town of seven thousand people", ["\"seven thousand\" 7000..7000 exact @10-24"]),
            ("a dozen soldiers", ["\"a dozen\" 12..12 exact @0-7"]),
            ("one million refugees", ["\"one million\" 1000000..1000000 exact @0-11"]),
            ("twenty-five hostages", ["\"twenty-five\" 25..25 exact @0-11"]),
            ("two hundred and fifty families", ["\"two hundred and fifty\" 250..250 exact @0-21"]),
            ("a hundred missions", ["\"a hundred\" 100..100 exact @0-9"]),
        ])
    }

    func testQualifiersBecomeBounds() {
        check([
            ("more than 600 people", ["\"more than 600\" 600.. @0-13"]),
            ("over 400 wounded", ["\"over 400\" 400.. @0-8"]),
            ("at least 30 dead", ["\"at least 30\" 30.. @0-11"]),
            ("nearly 600 dead", ["\"nearly 600\" 540..600 @0-10"]),
            ("about 200 dead", ["\"about 200\" 180..220 @0-9"]),
            ("close to 20 percent of the land", ["\"close to 20 percent\" 18..20 percent @0-19"]),
            ("up to 1,000 people", ["\"up to 1,000\" ..1000 @0-11"]),
            ("fewer than 50 people", ["\"fewer than 50\" ..50 @0-13"]),
            ("some 300 people", ["\"some 300\" 270..330 @0-8"]),
            ("a total of 1,000 civilians", ["\"1,000\" 1000..1000 exact @11-16"]),
            ("no fewer than 20 people", ["\"no fewer than 20\" 20.. @0-16"]),
        ])
    }

    func testRangesAndVagueAmounts() {
        check([
            ("500-1,000 people", ["\"500-1,000\" 500..1000 @0-9"]),
            ("between 200 and 300 people", ["\"between 200 and 300\" 200..300 @0-19"]),
            ("from 10 to 20 people", ["\"from 10 to 20\" 10..20 @0-13"]),
            ("hundreds of civilians", ["\"hundreds\" 200..999 vague @0-8"]),
            ("Thousands of people", ["\"Thousands\" 2000..9999 vague @0-9"]),
            ("dozens of events", ["\"dozens\" 24..99 vague @0-6"]),
            ("tens of thousands of people", ["\"tens of thousands\" 10000..99999 vague @0-17"]),
        ])
    }

    func testPercentages() {
        check([
            ("20% of the land", ["\"20%\" 20..20 exact percent @0-3"]),
            ("20 per cent of the land", ["\"20 per cent\" 20..20 exact percent @0-11"]),
            ("approximately 30 percent of the territory", ["\"approximately 30 percent\" 27..33 percent @0-24"]),
        ])
    }

    func testYearsAndDatesAreNotCounts() {
        check([
            ("It happened in 1992.", []),
            ("On February 26, 1992, the town fell.", []),
            ("On the night of February 25-26, 1992, it began.", []),
            ("Baku, 26 February 2021 –", []),
            ("Sargsyan, President in 2008-2018, admitted it.", []),
            ("The 1992 events shaped the region.", []),
            ("Since 1991 the leaders have won support.", []),
            ("On 8 May 2008 a campaign was launched.", []),
            ("(accessed 28 February 2012)", []),
            ("Vol. 5, No. 5 (March 01, 2012)", []),
            ("On 26.02.1992, 613 people were killed.", ["\"613\" 613..613 exact @15-18"]),
            ("On 1992-02-26, 613 people were killed.", ["\"613\" 613..613 exact @15-18"]),
            ("On 26/02/1992 the town fell.", []),
            ("On February 26th, 1992 the town fell.", []),
        ])
    }

    func testOrdinalsLabelsPhonesAndTimesAreNotCounts() {
        check([
            ("the 20th anniversary of the genocide", []),
            ("the 366th motorized rifle regiment", []),
            ("the 366th CIS Regiment", []),
            ("UN Security Council resolution 822 demanded it.", []),
            ("United Nations Security Council 822 1993 UN accepted it.", []),
            ("General Assembly 62/243 2008 It condemned the use of force.", []),
            ("Call +994 12 555 1234 for details.", []),
            ("Call 555-123-4567 for details.", []),
            ("Phone: (012) 555 1234.", []),
            ("On 25 February 2021 at 03:13", []),
            ("The meeting began at 5 p.m. sharp.", []),
            ("See http://news.day.az/politics/317660.html today.", []),
            ("as footnote [3] shows", []),
            ("the 44-day war", []),
            ("a six-state regional platform", []),
            ("It is one of the factors.", []),
            ("Flight 370 vanished.", []),
        ])
    }
}
