import Extraction
import XCTest

/// Sentences of our own for every form the tagger reads, and for the numbers it must not take.
/// Each case lists every mention, dumped as "text → interval granularity flags", compared whole.
final class DateExtractorFormTests: XCTestCase {
    private static let feb26 = PartialDate(year: 2021, month: 2, day: 26)

    private func dump(_ text: String, published: PartialDate? = nil) -> [String] {
        DateExtractor(publication: published).mentions(in: text).map { mention in
            var line = (mention.span.slice(of: text) ?? "<bad span>") + " → "
            switch mention.value {
            case .interval(let interval): line += interval.description
            case .annual(let day): line += day.iso
            case .unresolved: line += "unresolved"
            }
            line += " " + mention.granularity.rawValue
            if mention.isInferred { line += " inferred" }
            if mention.isRelative { line += " relative" }
            if mention.isRecurring { line += " annual" }
            if mention.role == .dateline { line += " dateline" }
            if mention.role == .citation { line += " citation" }
            return line
        }
    }

    private func check(_ cases: [(String, PartialDate?, [String])], file: StaticString = #filePath, line: UInt = #line) {
        for (text, published, expected) in cases {
            XCTAssertEqual(dump(text, published: published), expected, text, file: file, line: line)
        }
    }

    func testFullDates() {
        check([
            ("The massacre began on 26 February 2021 in the town.", nil,
             ["26 February 2021 → [2021-02-26, 2021-02-27) day"]),
            ("It happened on February 26, 1992, at night.", nil, ["February 26, 1992 → [1992-02-26, 1992-02-27) day"]),
            ("Reported Feb. 26, 1992 by wire services.", nil, ["Feb. 26, 1992 → [1992-02-26, 1992-02-27) day"]),
            ("The decree is dated 26.02.1992 in the archive.", nil, ["26.02.1992 → [1992-02-26, 1992-02-27) day"]),
            ("The file was stamped 1992-02-26 by the clerk.", nil, ["1992-02-26 → [1992-02-26, 1992-02-27) day"]),
            ("Sept. 11, 2001 changed everything.", nil, ["Sept. 11, 2001 → [2001-09-11, 2001-09-12) day"]),
            ("He was born on the 3rd of March 1950.", nil, ["3rd of March 1950 → [1950-03-03, 1950-03-04) day"]),
            ("The ceasefire took effect on 10 November 2020.", nil, ["10 November 2020 → [2020-11-10, 2020-11-11) day"]),
            ("A leap day, 29 February 2020, was chosen.", nil, ["29 February 2020 → [2020-02-29, 2020-03-01) day"]),
            ("The court sat on 12/25/2019 for the verdict.", nil, ["12/25/2019 → [2019-12-25, 2019-12-26) day"]),
            ("The year ended on Dec. 31, 1999 with fireworks.", nil, ["Dec. 31, 1999 → [1999-12-31, 2000-01-01) day"]),
            ("Nothing happened on 31 February 2021.", nil, []),
            ("The form 02/03/1992 could be read either way.", nil, []),
        ])
    }

    func testDayRanges() {
        check([
            ("Fighting raged on February 25-26, 1992 around the town.", nil,
             ["February 25-26, 1992 → [1992-02-25, 1992-02-27) day"]),
            ("Troops moved in on the night of 25-26 February 1992.", nil,
             ["25-26 February 1992 → [1992-02-25, 1992-02-27) day"]),
            ("Talks ran from 3 to 5 March 2019 in Geneva.", nil, ["3 to 5 March 2019 → [2019-03-03, 2019-03-06) day"]),
            ("The summit is on 14–15 June 2022.", nil, ["14–15 June 2022 → [2022-06-14, 2022-06-16) day"]),
            ("On the night of 25-26 February, the town fell.", PartialDate(year: 1993, month: 1, day: 5),
             ["25-26 February → [1992-02-25, 1992-02-27) day inferred"]),
        ])
    }

    func testMonths() {
        check([
            ("The interview is dated December 2000.", nil, ["December 2000 → [2000-12-01, 2001-01-01) month"]),
            ("The village was retaken in April 2016, officials said.", nil, ["April 2016 → [2016-04-01, 2016-05-01) month"]),
            ("By March of 2003 the war had begun.", nil, ["March of 2003 → [2003-03-01, 2003-04-01) month"]),
            ("February 2017 marks the 25th anniversary.", nil, ["February 2017 → [2017-02-01, 2017-03-01) month"]),
        ])
    }

    func testYearsAndYearRanges() {
        check([
            ("The conflict began in 1988 when claims were made.", nil, ["1988 → [1988-01-01, 1989-01-01) year"]),
            ("By 1994 a ceasefire was signed.", nil, ["1994 → [1994-01-01, 1995-01-01) year"]),
            ("The 1994 ceasefire agreement held.", nil, ["1994 → [1994-01-01, 1995-01-01) year"]),
            ("Sanctions lasted until 2003.", nil, ["2003 → [2003-01-01, 2004-01-01) year"]),
            ("The events in 1915 are disputed.", nil, ["1915 → [1915-01-01, 1916-01-01) year"]),
            ("Sargsyan was president in 2008-2018.", nil, ["2008-2018 → [2008-01-01, 2019-01-01) year"]),
            ("The war lasted from 1991 to 1994.", nil, ["1991 to 1994 → [1991-01-01, 1995-01-01) year"]),
            ("Between 1992 and 1994 thousands fled.", nil, ["1992 and 1994 → [1992-01-01, 1995-01-01) year"]),
            ("The 1992–93 winter was harsh.", nil, ["1992–93 → [1992-01-01, 1994-01-01) year"]),
            ("822 1993 UN accepted the stance.", nil, ["1993 → [1993-01-01, 1994-01-01) year citation"]),
        ])
    }

    func testPartsAndSpans() {
        check([
            ("The minister spoke in late November 2020.", nil, ["late November 2020 → [2020-11-21, 2020-12-01) month"]),
            ("Violence peaked in the early 1990s.", nil, ["early 1990s → [1990-01-01, 1993-01-01) decade"]),
            ("Prices rose in the mid-1990s.", nil, ["mid-1990s → [1993-01-01, 1997-01-01) decade"]),
            ("It was one of the worst tragedies of the 20th century.", nil,
             ["20th century → [1900-01-01, 2000-01-01) century"]),
            ("It happened in the late 20th century.", nil, ["late 20th century → [1970-01-01, 2000-01-01) century"]),
            ("This began at the end of the 19th century.", nil,
             ["end of the 19th century → [1870-01-01, 1900-01-01) century"]),
            ("The twenty-first century has been turbulent.", nil,
             ["twenty-first century → [2000-01-01, 2100-01-01) century"]),
            ("Protests grew in early 2011.", nil, ["early 2011 → [2011-01-01, 2011-05-01) year"]),
            ("The town was founded in the 1960s.", nil, ["1960s → [1960-01-01, 1970-01-01) decade"]),
            ("Music of the '80s and the early ’90s returned.", nil,
             ["'80s → [1980-01-01, 1990-01-01) decade", "early ’90s → [1990-01-01, 1993-01-01) decade"]),
            ("Borders moved in the 19th and 20th centuries.", nil,
             ["19th and 20th centuries → [1800-01-01, 2000-01-01) century"]),
        ])
    }

    func testDatesOfReferencesAreCitations() {
        check([
            ("See http://example.org/report.html (accessed 3 March 2015).", nil,
             ["3 March 2015 → [2015-03-03, 2015-03-04) day citation"]),
            ("Retrieved on 9 June 2018 from the archive.", nil, ["9 June 2018 → [2018-06-09, 2018-06-10) day citation"]),
            ("Last visited: 2019.", nil, ["2019 → [2019-01-01, 2020-01-01) year citation"]),
            ("Security Council 951 1994 It called for calm.", nil, ["1994 → [1994-01-01, 1995-01-01) year citation"]),
            ("Resolution 77/12 2022 was adopted.", nil, ["2022 → [2022-01-01, 2023-01-01) year citation"]),
            ("Resolution 412 (1977) demanded a withdrawal.", nil, ["1977 → [1977-01-01, 1978-01-01) year citation"]),
            ("[7] The Valley Post, 2 April 2016, https://valley.example/story", nil,
             ["2 April 2016 → [2016-04-02, 2016-04-03) day citation"]),
            // Events stay events: a count before a year, a date with no reference around it.
            ("In 1994 about 1,200 people left.", nil, ["1994 → [1994-01-01, 1995-01-01) year"]),
            ("The town fell on 26 February 1992 after 613 were killed.", nil,
             ["26 February 1992 → [1992-02-26, 1992-02-27) day"]),
            ("[3] The river rose in 2016 and fell in 2017.", nil,
             ["2016 → [2016-01-01, 2017-01-01) year", "2017 → [2017-01-01, 2018-01-01) year"]),
        ])
    }

    func testDatelines() {
        check([
            ("Baku, 26 February 2021 –\nThe text follows here.", nil,
             ["26 February 2021 → [2021-02-26, 2021-02-27) day dateline"]),
            ("On 25 February 2021 at 03:13\nBody text.", nil, ["25 February 2021 → [2021-02-25, 2021-02-26) day dateline"]),
            ("Vol. 5, No. 5 (March 01, 2012)", nil, ["March 01, 2012 → [2012-03-01, 2012-03-02) day dateline"]),
            ("Brenvik, 26 December 1999 – More than 82 people went missing that night.", nil,
             ["26 December 1999 → [1999-12-26, 1999-12-27) day dateline"]),
            ("In Brenvik, 26 December 1999 is remembered – by some.", nil,
             ["26 December 1999 → [1999-12-26, 1999-12-27) day"]),
            ("A paragraph with many words mentions 26 February 2021 and is not a dateline at all.", nil,
             ["26 February 2021 → [2021-02-26, 2021-02-27) day"]),
        ])
    }

    func testYearsInferredFromContextOrPublication() {
        check([
            ("On February 26, leaders laid wreaths.", PartialDate(year: 2012, month: 3, day: 1),
             ["February 26 → [2012-02-26, 2012-02-27) day inferred"]),
            ("The minister spoke in late November.", Self.feb26,
             ["late November → [2020-11-21, 2020-12-01) month inferred"]),
            ("The talks will resume on March 15.", Self.feb26, ["March 15 → [2021-03-15, 2021-03-16) day inferred"]),
            ("Talks resumed on March 15.", Self.feb26, ["March 15 → [2020-03-15, 2020-03-16) day inferred"]),
            ("In 1992 the siege ended on February 26 after weeks.", nil,
             ["1992 → [1992-01-01, 1993-01-01) year", "February 26 → [1992-02-26, 1992-02-27) day inferred"]),
            ("Clashes broke out during 2016.\nThe April battles were decisive.", nil,
             ["2016 → [2016-01-01, 2017-01-01) year", "April → [2016-04-01, 2016-05-01) month inferred"]),
            ("On March 3, crowds gathered.", nil, ["March 3 → unresolved day"]),
            ("People of good will met on February 20.", Self.feb26, ["February 20 → [2021-02-20, 2021-02-21) day inferred"]),
            ("Elections are due in June, the commission said.", Self.feb26,
             ["June → [2021-06-01, 2021-07-01) month inferred"]),
            ("The treaty of 1921 was signed in Kars on October 13.", Self.feb26,
             ["1921 → [1921-01-01, 1922-01-01) year", "October 13 → [1921-10-13, 1921-10-14) day inferred"]),
        ])
    }

    func testRecurringDays() {
        check([
            ("Every year on February 26, Azerbaijanis commemorate the victims.", nil, ["February 26 → --02-26 day annual"]),
            ("On February 26 every year, people gather.", Self.feb26, ["February 26 → --02-26 day annual"]),
            ("Minnesota declared February 26 as a day of remembrance.", Self.feb26, ["February 26 → --02-26 day annual"]),
            ("The day is marked annually on 9 May.", nil, ["9 May → --05-09 day annual"]),
        ])
    }

    func testRelativeDates() {
        check([
            ("Last week, the state issued a declaration.", PartialDate(year: 2021, month: 2, day: 25),
             ["Last week → [2021-02-15, 2021-02-22) day inferred relative"]),
            ("Two decades ago the town was destroyed.", Self.feb26,
             ["Two decades ago → [2001-01-01, 2002-01-01) year inferred relative"]),
            ("After over 30 years of injustice, the land was returned.", Self.feb26,
             ["After over 30 years → [1991-01-01, 1992-01-01) year inferred relative"]),
            ("Last year the conflict erupted again.", nil, ["Last year → unresolved year relative"]),
            ("The report was released yesterday.", Self.feb26,
             ["yesterday → [2021-02-25, 2021-02-26) day inferred relative"]),
            ("For much of the last century, borders shifted.", PartialDate(year: 2012, month: 3, day: 1),
             ["last century → [1900-01-01, 2000-01-01) century inferred relative"]),
            ("This year the ceremony was held online.", Self.feb26,
             ["This year → [2021-01-01, 2022-01-01) year inferred relative"]),
            ("Next month the envoys meet again.", Self.feb26, ["Next month → [2021-03-01, 2021-04-01) month inferred relative"]),
            ("Over the past two decades the region changed.", Self.feb26,
             ["past two decades → [2000-01-01, 2020-01-01) decade inferred relative"]),
            ("Three years ago, talks collapsed.", Self.feb26,
             ["Three years ago → [2018-01-01, 2019-01-01) year inferred relative"]),
            ("Even after 25 years, the scars remain.", nil, ["after 25 years → unresolved year relative"]),
            ("Last month talks stalled.", PartialDate(year: 2021), ["Last month → unresolved month relative"]),
        ])
    }

    func testWeekdaysAndRunsAcrossMonths() {
        let thursday = PartialDate(year: 2021, month: 2, day: 25)
        check([
            ("The vote took place on Monday in the capital.", thursday,
             ["Monday → [2021-02-22, 2021-02-23) day inferred relative"]),
            ("Envoys will meet on Monday to continue.", thursday, ["Monday → [2021-03-01, 2021-03-02) day inferred relative"]),
            ("The decree came last Thursday.", thursday, ["last Thursday → [2021-02-18, 2021-02-19) day inferred relative"]),
            ("Protesters gathered on Friday, officials said.", nil, ["Friday → unresolved day relative"]),
            ("It began on Wednesday, February 26, 1992, at dawn.", nil,
             ["Wednesday, February 26, 1992 → [1992-02-26, 1992-02-27) day"]),
            ("Bloody Sunday is remembered in Derry.", thursday, []),
            ("The siege lasted from February 26-March 1, 1992.", nil,
             ["February 26-March 1, 1992 → [1992-02-26, 1992-03-02) day"]),
            ("The fair ran 28 February–2 March 2020 in Baku.", nil,
             ["28 February–2 March 2020 → [2020-02-28, 2020-03-03) day"]),
            ("Posted 2021-02-26T10:00 by the desk.", nil, ["2021-02-26 → [2021-02-26, 2021-02-27) day"]),
        ])
    }

    func testNumbersThatAreNotDates() {
        check([
            ("During this action 613 people were killed.", nil, []),
            ("Moreover, 1,275 innocent people were taken hostage.", nil, []),
            ("In all 1275 people were taken hostage.", nil, []),
            ("The 366th motorized rifle regiment took part.", nil, []),
            ("General Assembly resolution 62/243 condemned it.", nil, []),
            ("See Vol. 5, No. 5 of the bulletin.", nil, []),
            ("No. 1993 was the serial number.", nil, []),
            ("More than 2000 people marched.", nil, []),
            ("The town had 7,000 residents and 20 percent were children.", nil, []),
            ("It may be true that May was warm.", nil, []),
            ("The 20th anniversary was marked.", nil, []),
            ("The flight left at 03:13 and landed at 10:45.", nil, []),
            ("They have been fighting for so many years.", nil, []),
            ("Over 24 US states recognized it.", nil, []),
            ("April Smith wrote the report.", nil, []),
            ("The 44-day war ended the occupation.", nil, []),
            ("This region remained under control for around three decades until the war.", nil, []),
            ("A total of 1,000 civilians were disabled and 2019 soldiers wounded.", nil, []),
            ("To this day nothing is known about the fate of 150 of them.", nil, []),
            ("A 2000-strong force crossed the 1500-year-old bridge.", nil, []),
            ("The company sold 1998 units and 2015 copies.", nil, []),
            ("The price was $1999 at launch.", nil, []),
            ("Call 1-800-2021 or see Decree No. 1992 and page 1993.", nil, []),
        ])
    }
}
