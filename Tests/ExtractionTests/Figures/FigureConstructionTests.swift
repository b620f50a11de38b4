import Extraction
import XCTest

/// The ways news states a count of people, five or more sentences each, written for these tests
/// (about invented events) after reading reports of earthquakes, floods, storms, wars and massacres,
/// shootings, air, road and ferry crashes, fires, epidemics and building collapses. Each line is
/// `measure/group "value"`, with ` feared` when the text only fears it.
final class FigureConstructionTests: XCTestCase {
    private func check(_ cases: [(String, [String])], file: StaticString = #filePath, line: UInt = #line) {
        for (text, expected) in cases {
            let found = FigureExtractor.figures(in: text).map { figure in
                "\(figure.measure)/\(figure.group) \"\(figure.value)\"" + (figure.isFeared ? " feared" : "")
            }
            XCTAssertEqual(found, expected, text, file: file, line: line)
        }
    }

    /// "N deaths", "N dead", "N bodies were recovered", "N corpses", "N fatalities", "N casualties".
    func testCountsStatedByANoun() {
        check([
            ("Health workers have recorded 48 deaths in the district since Monday.", ["killed/people \"48\""]),
            ("The flood left 31 dead in the valley.", ["killed/people \"31\""]),
            ("Divers said 17 bodies were recovered from the hull on Tuesday.", ["killed/people \"17\""]),
            ("Villagers buried 12 corpses near the river.", ["killed/people \"12\""]),
            ("The crash brought the year's road fatalities to 903.", []),
            ("There were nine fatalities and 40 injuries at the stadium.",
             ["killed/people \"nine\"", "wounded/people \"40\""]),
            ("The army reported 60 casualties after the ambush.", ["casualties/people \"60\""]),
            ("Researchers estimate 2,300 excess deaths during the heatwave.", ["killed/people \"2,300\""]),
            ("Officials confirmed 6 storm-related fatalities on Friday.", ["killed/people \"6\""]),
            ("Suzhou counted 98 confirmed deaths and Linwei 41.", ["killed/people \"98\""]),
            ("Officials said 240 new cholera cases were reported this week.", ["infected/people \"240\""]),
            ("Militants gunned down 11 farmers near the border.", ["killed/people \"11\""]),
            ("Hospitals reported treating more than 90 people after the derailment.", ["wounded/people \"more than 90\""]),
            ("Rescuers are trying to reach 8 workers trapped in the tunnel.", ["missing/people \"8\""]),
            ("Six remain in critical condition and 25 have been admitted.",
             ["wounded/people \"Six\"", "wounded/people \"25\""]),
            ("The country has admitted more than 600,000 refugees since 2014.",
             ["admitted/people \"more than 600,000\""]),  // not a casualty
            ("The toll was raised to 61, with one person reported missing.",
             ["killed/people \"61\"", "missing/people \"one\""]),
        ])
    }

    /// "the death toll is / rose to / stands at N", "the number of injured reached N", and a toll
    /// named in one sentence and given in the next.
    func testTollsStatedByACopulaOrANounPhrase() {
        check([
            ("The death toll from the landslide rose to 156 on Sunday.", ["killed/people \"156\""]),
            ("The toll now stands at 73, the mayor said.", ["killed/people \"73\""]),
            ("By Friday the death toll from Monday's blast had reached 212.", ["killed/people \"212\""]),
            ("The number of injured people climbed to 1,140.", ["wounded/people \"1,140\""]),
            ("The official tally of the missing is 38.", ["missing/people \"38\""]),
            ("Officials revised the death toll again. The latest official figure is 402.",
             ["killed/people \"402\""]),
            ("Rescuers fear the toll could still reach 300.", []),
            ("Death toll: 45", ["killed/people \"45\""]),
            ("The number of people killed by the fever in the three northern districts has risen to 318.",
             ["killed/people \"318\""]),
            ("Two more deaths were recorded, bringing to 57 the number of deaths in the province.",
             ["killed/people \"Two\"", "killed/people \"57\""]),
            ("A private channel gave a death toll of more than 4,000 in the two provinces.",
             ["killed/people \"more than 4,000\""]),
        ])
    }

    /// "as many as 500-1,000 may have died", "between 46,000 and 85,000", "no more than", "some 200".
    func testRangesAndHedges() {
        check([
            ("As many as 500-1,000 people may have died in the camps.", ["killed/people \"As many as 500-1,000\""]),
            ("Between 46,000 and 85,000 civilians were killed, researchers say.",
             ["killed/people \"Between 46,000 and 85,000\""]),
            ("No more than 20 passengers survived the sinking.", ["survived/people \"No more than 20\""]),
            ("Some 200 villagers were evacuated overnight.", ["evacuated/people \"Some 200\""]),
            ("Up to 70 miners are still trapped or missing.", ["missing/people \"Up to 70\""]),
            ("An estimated 3,000 residents fled the fighting.", ["displaced/people \"An estimated 3,000\""]),
        ])
        let range = FigureExtractor.figures(in: "As many as 500-1,000 people may have died.")[0].quantity
        XCTAssertEqual(range.stated, [500, 1000])
        XCTAssertEqual(range.qualifier, "as many as")
        XCTAssertNil(range.low)
        XCTAssertEqual(range.high, 1000)
        let about = FigureExtractor.figures(in: "About 10 people drowned.")[0].quantity
        XCTAssertEqual(about.stated, [10])
        XCTAssertEqual(about.qualifier, "about")
        XCTAssertEqual(about.low, 9)
        let between = FigureExtractor.figures(in: "Between 46,000 and 85,000 civilians were killed.")[0].quantity
        XCTAssertEqual(between.stated, [46000, 85000])
        XCTAssertEqual(between.qualifier, "between")
        let vague = FigureExtractor.figures(in: "Hundreds of people were injured.")[0].quantity
        XCTAssertEqual(vague.stated, [])
        XCTAssertTrue(vague.isVague)
    }

    /// The group in the head noun: "three dead children", "130 male and 51 female", "two police officers".
    func testTheGroupInTheHeadNoun() {
        check([
            ("Medics found three dead children in the basement.", ["killed/children \"three\""]),
            ("Two injured women were flown to the capital.", ["wounded/women \"Two\""]),
            ("Among the dead, 130 male and 51 female were identified.",
             ["killed/men \"130\"", "killed/women \"51\""]),
            ("Four police officers were wounded in the exchange of fire.", ["wounded/police \"Four\""]),
            ("The strike killed 11 soldiers and 3 rebels.", ["killed/soldiers \"11\"", "killed/fighters \"3\""]),
            ("Eight missing girls were last seen near the river.", ["missing/children \"Eight\""]),
        ])
    }

    /// Subjects before or after the number: "Of the 31 we saw, 8 were women", "Seven of the dead were children".
    func testSubjectsAroundTheNumber() {
        check([
            ("Seven of the dead were children.", ["killed/children \"Seven\""]),
            ("Five of the injured were police officers.", ["wounded/police \"Five\""]),
            ("Nine people died, four of them children.", ["killed/people \"Nine\"", "killed/children \"four\""]),
            ("Eight people, including three of his bodyguards, were killed.",
             ["killed/people \"Eight\"", "killed/people \"three\""]),
            ("The hospital received one dead body and 14 injured.", ["killed/people \"one\"", "wounded/people \"14\""]),
            ("Nineteen people were killed, including 12 Shiite Muslims.",
             ["killed/people \"Nineteen\"", "killed/people \"12\""]),
            ("Twenty people were hurt, six of whom were women.", ["wounded/people \"Twenty\"", "wounded/women \"six\""]),
            ("Of the deaths, 212 were recorded in the north.", ["killed/people \"212\""]),
            ("Among the dead were 14 pilgrims.", ["killed/people \"14\""]),
            ("Of the deaths, 61 were in the capital and 17 in the port.", ["killed/people \"61\"", "killed/people \"17\""]),
            ("At least 12 deaths were reported in Arlo, four in Bessin and one in Carra.",
             ["killed/people \"At least 12\"", "killed/people \"four\"", "killed/people \"one\""]),
            ("The worst-hit towns were Dornum with 40 confirmed deaths, Elbe with 22, and Fohr with 9.",
             ["killed/people \"40\"", "killed/people \"22\"", "killed/people \"9\""]),
            ("The dead included 3 foreigners and 2 police officers.", ["killed/people \"3\"", "killed/police \"2\""]),
            ("Two of the victims were firefighters.", ["victims/people \"Two\""]),
            ("At least 12 of the ferry's 90 passengers were hurt.", ["wounded/people \"At least 12\""]),
            ("The blaze left 12 people dead and another 40 in hospital.", ["killed/people \"12\"", "wounded/people \"40\""]),
        ])
    }

    /// "no one was killed", "could kill thousands", "feared dead".
    func testNegationHypotheticalsAndFears() {
        check([
            ("No one was killed in the blast, police said.", []),
            ("There were no casualties among the crew.", []),
            ("Experts warn a major quake could kill thousands in the city.", []),
            ("The dam's failure would displace 40,000 people.", []),
            ("More than 300 people were aboard, and several passengers suffered injuries.",
             ["aboard/people \"More than 300\""]),  // who was there: a figure, not a casualty
            ("All 14 people on board died when the plane hit the ridge.", ["killed/people \"14\""]),
            ("Another 15 workers are feared dead under the rubble.", ["killed/people \"15\" feared"]),
            ("Thirty fishermen are presumed drowned.", ["killed/people \"Thirty\" feared"]),
            ("None of the 150 passengers was hurt.", []),
            ("The tornado destroyed 40 homes but caused no deaths.", []),
            ("The mayor, who survived at least three previous attacks, was unhurt.", []),
            ("Lena Marsh, 34, was injured in the blast.", []),
            ("Some 300 ambulances and 2,000 volunteers were sent to help the injured.", []),
            ("The storm left four people dead and 900,000 in the region without power.", ["killed/people \"four\""]),
            ("More than 60 Hindu devotees drowned in the river.", ["killed/people \"More than 60\""]),
            ("As many as 60 climbers may have died on the ridge.", ["killed/people \"As many as 60\""]),
        ])
    }

    /// Headlines and captions, capitalized and without a verb of their own.
    func testHeadlinesAndCaptions() {
        check([
            ("Storm Kills 14 as 30 Remain Missing", ["killed/people \"14\"", "missing/people \"30\""]),
            ("Ferry Disaster: 61 Dead, 120 Rescued", ["killed/people \"61\"", "survived/people \"120\""]),
            ("27 Killed, 80 Injured in Market Blast", ["killed/people \"27\"", "wounded/people \"80\""]),
            ("Quake Death Toll Rises to 340", ["killed/people \"340\""]),
            ("Photo: Rescuers carry one of the 12 bodies recovered from the mine.", ["killed/people \"12\""]),
            ("9 Die in Highway Pile-Up", ["killed/people \"9\""]),
            ("- Rescued: 31 lifted from rooftops, and 12 people in the old town.",
             ["survived/people \"31\"", "survived/people \"12\""]),
            ("Injuries: 31 to firefighters, and 12 to residents.",
             ["wounded/people \"31\"", "wounded/people \"12\""]),
            ("Of the 57 people on board, there was one survivor.", ["aboard/people \"57\"", "survived/people \"one\""]),
        ])
    }

    /// The source's own word is kept beside the canonical measure.
    func testTheSourcesWordIsKept() {
        let words = FigureExtractor.figures(in: """
            Forty people perished and 12 were hurt. Rescuers recovered 19 bodies. The wildfire injured 8 firefighters. \
            About 300 residents were relocated.
            """).map { "\($0.measure):\($0.word)" }
        XCTAssertEqual(words, ["killed:perished", "wounded:hurt", "killed:bodies", "wounded:injured", "evacuated:relocated"])
        XCTAssertTrue(FigureVocabulary.isCasualty("killed or wounded"))
        XCTAssertFalse(FigureVocabulary.isCasualty("marched"))
        XCTAssertFalse(FigureVocabulary.isCasualty("population"))
        XCTAssertFalse(FigureExtractor.figures(in: "About 150 families were evacuated.")[0].isCasualty, "households are not people")
        XCTAssertTrue(FigureExtractor.figures(in: "About 150 people were evacuated.")[0].isCasualty)
    }

    /// A quotation over several sentences carries its speaker; a quoted sentence after it in the
    /// same paragraph too; "According to X," opening a paragraph carries X to its later figures.
    func testAttributionAcrossSentences() {
        let text = """
            "We have recovered 31 bodies today. Many more are under the mud," said rescue chief Olga Petrenko. \
            "At least 200 people were injured."
            According to the ministry, 40 people remain missing. Rescuers pulled 18 survivors from the mud.
            The mayor said 12 homes burned. Separately, 7 people drowned.
            """
        let figures = FigureExtractor.figures(in: text).map { "\($0.value) by \($0.attribution ?? "nobody")" }
        XCTAssertEqual(figures, ["31 by rescue chief Olga Petrenko", "At least 200 by rescue chief Olga Petrenko",
                                 "40 by the ministry", "18 by the ministry", "7 by nobody"])
    }

    /// One event, one row: a toll given beside the text's own date shares the row of the toll given
    /// without a year; another event's toll keeps its year.
    func testOneEventOneRow() {
        let text = """
            Dam collapse: death toll rises to 156

            VARENKA, May 14, 2019 - The death toll rose to 156 on Tuesday. In the 2010 floods, the same river killed over 100 people.
            """
        let figures = FigureExtractor.figures(in: text).map { "\($0.value) in \($0.when ?? "-")" }
        XCTAssertEqual(figures, ["156 in -", "156 in -", "over 100 in 2010"])
    }
}
