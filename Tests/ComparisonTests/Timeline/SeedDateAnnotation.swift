/// Every date mention in the reading text of the five seeds, annotated by hand from reading them.
///
/// One row per mention, in text order: the document (its id's first three characters), the words
/// as written, the start as ISO 8601 at the mention's granularity (decades and centuries by their
/// first year, recurring days as "--MM-DD", `nil` for a relative date that cannot be resolved
/// because the article's publication date is unknown), and the granularity.
///
/// Rules the annotation follows:
/// - Publication dates as Corpus reads them: 000 2021-02-26, 001 2012-03-01, 002 2021-02-25,
///   003 and 004 unknown. Datelines and issue lines are mentions (they are in the reading text);
///   the "Related articles" dates of 000 are page furniture, not in the reading text, not counted.
/// - A yearless date takes its year as a reader would: 001's "On February 26" is the 2012
///   commemoration (published 1 March 2012); 000's "late November" is November 2020; 004's "April
///   events" and "April battles" are April 2016 (the paragraph before is about 2016).
/// - Parts: "late"/"end of" a century is its last three tenths (1970 for the 20th), "early 1990s"
///   starts in 1990; "last week" is the calendar week (Monday first) before the publication's.
/// - "February 26 every year" and "declared February 26 as ..." are one recurring day.
/// - Durations that are not anchored to the time of writing are not dates: "for around three
///   decades until the 44-day war", "for almost twenty years", "for so many years", "the events of
///   20 years". "After over 30 years" and "after 25 years" are (the issue lists the former).
/// - Not dates: ordinals ("20th anniversary", "366th"), counts (613, 1,275, 1275, 700,000),
///   resolution numbers (822, 853, 874, 844, 62/243), "No. 5", "Vol. 5", times ("03:13"), "in
///   recent years", "to date", "to this day", "today" in "today close to 20 percent" is kept as an
///   unresolvable relative date.
struct SeedDateAnnotation {
    var document: String
    var text: String
    var start: String?
    var granularity: String

    static let all: [SeedDateAnnotation] = seed000 + seed001 + seed002 + seed003 + seed004

    private static func rows(_ document: String, _ rows: [(String, String?, String)]) -> [SeedDateAnnotation] {
        rows.map { SeedDateAnnotation(document: document, text: $0.0, start: $0.1, granularity: $0.2) }
    }

    static let seed000 = rows("000", [
        ("26 February 2021", "2021-02-26", "day"),  // dateline "Baku, 26 February 2021 –"
        ("February 26, 1992", "1992-02-26", "day"),
        ("November 10, 2020", "2020-11-10", "day"),
        ("early 1990s", "1990", "decade"),
        ("2008-2018", "2008", "year"),
        ("1992", "1992", "year"),  // "forces in 1992"
        ("December 2000", "2000-12", "month"),
        ("November 10, 2020", "2020-11-10", "day"),
        ("late November", "2020-11", "month"),
    ])

    static let seed001 = rows("001", [
        ("March 01, 2012", "2012-03-01", "day"),  // "Vol. 5, No. 5 (March 01, 2012)"
        ("1992", "1992", "year"),  // title: "1992 Khojaly genocide remembered ..."
        ("February 26", "2012-02-26", "day"),
        ("20th century", "1900", "century"),
        ("February 25-26, 1992", "1992-02-25", "day"),
        ("last two centuries", "1800", "century"),
        ("end of the 20th century", "1970", "century"),
        ("1992", "1992", "year"),  // "the 1992 events"
        ("1992", "1992", "year"),  // "actions in 1992"
        ("1915", "1915", "year"),
        ("last century", "1900", "century"),
        ("1991", "1991", "year"),  // "since 1991"
        ("1992", "1992", "year"),  // "the 1992 tragedy"
        ("28 February 2012", "2012-02-28", "day"),  // six footnotes "(accessed 28 February 2012)"
        ("28 February 2012", "2012-02-28", "day"),
        ("28 February 2012", "2012-02-28", "day"),
        ("28 February 2012", "2012-02-28", "day"),
        ("28 February 2012", "2012-02-28", "day"),
        ("28 February 2012", "2012-02-28", "day"),
    ])

    static let seed002 = rows("002", [
        ("25 February 2021", "2021-02-25", "day"),  // byline "On 25 February 2021 at 03:13"
        ("February 26", "--02-26", "day"),  // "On February 26 every year"
        ("26 February 1992", "1992-02-26", "day"),
        ("8 May 2008", "2008-05-08", "day"),
        ("Last week", "2021-02-15", "day"),
        ("February 26", "--02-26", "day"),  // Minnesota "has declared February 26 as"
        ("February 12, 2021", "2021-02-12", "day"),
        ("February 26", "--02-26", "day"),  // Florida "has previously declared February 26"
        ("20th century", "1900", "century"),
        ("After over 30 years", "1991", "year"),
        ("2020", "2020", "year"),
        ("1992", "1992", "year"),
        ("26 February 1992", "1992-02-26", "day"),  // the repeated closing paragraph
    ])

    static let seed003 = rows("003", [
        ("late 20th century", "1970", "century"),
        ("February 25-26, 1992", "1992-02-25", "day"),
        ("early 1990s", "1990", "decade"),
    ])

    static let seed004 = rows("004", [
        ("February 2017", "2017-02", "month"),
        ("after 25 years", nil, "year"),
        ("20th century", "1900", "century"),
        ("February 25, 1992", "1992-02-25", "day"),
        ("16 June 2015", "2015-06-16", "day"),
        ("1993", "1993", "year"),  // the resolutions table: 822, 853, 874, 844 of 1993
        ("1993", "1993", "year"),
        ("1993", "1993", "year"),
        ("1993", "1993", "year"),
        ("2008", "2008", "year"),  // "62/243 2008"
        ("April 2016", "2016-04", "month"),
        ("1991", "1991", "year"),
        ("1994", "1994", "year"),  // "a cease-fire in 1994"
        ("today", nil, "day"),
        ("2016", "2016", "year"),  // heading "Deadly Clashes of 2016"
        ("2016", "2016", "year"),  // "During 2016"
        ("1994", "1994", "year"),  // "back in 1994"
        ("April", "2016-04", "month"),  // "April events"
        ("April", "2016-04", "month"),  // "The April battles"
        ("February 26, 1992", "1992-02-26", "day"),
        ("Last year", nil, "year"),
        ("1988", "1988", "year"),
        ("1992", "1992", "year"),
        ("1994", "1994", "year"),  // "The 1994 ceasefire"
    ])
}
