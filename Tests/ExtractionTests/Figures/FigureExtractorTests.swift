import Extraction
import XCTest

/// Sentences written for these tests (not from the seeds), each with every figure it should give.
final class FigureExtractorTests: XCTestCase {
    private func check(_ cases: [(String, [String])], file: StaticString = #filePath, line: UInt = #line) {
        for (text, expected) in cases {
            XCTAssertEqual(figureDump(text, file: file, line: line), expected, text, file: file, line: line)
        }
    }

    func testMeasuresFromTheLexicon() {
        check([
            ("Eight people were killed in the shelling.", ["killed/people \"Eight\" 8..8"]),
            ("At least 30 men were executed.", ["killed/men \"At least 30\" 30.."]),
            ("The ministry reported 20 dead and 50 injured.",
             ["killed/people \"20\" 20..20 by \"The ministry\"", "wounded/people \"50\" 50..50 by \"The ministry\""]),
            ("1,275 people were taken hostage.", ["hostages/people \"1,275\" 1275..1275"]),
            ("Between 200 and 300 villagers were captured.", ["hostages/people \"Between 200 and 300\" 200..300"]),
            ("150 people went missing.", ["missing/people \"150\" 150..150"]),
            ("Dozens of residents remain unaccounted for.", ["missing/people \"Dozens\" 24..99"]),
            ("Thousands of people were injured.", ["wounded/people \"Thousands\" 2000..9999"]),
            ("A total of 1,000 civilians were disabled.", ["disabled/people \"1,000\" 1000..1000"]),
            ("Over one million people have been displaced.", ["displaced/people \"Over one million\" 1000000.."]),
            ("Some 5,000 Azerbaijanis were deported.", ["displaced/people \"Some 5,000\" 4500..5500"]),
            ("Nearly 2,000 families fled their homes.", ["displaced/families \"Nearly 2,000\" 1800..2000"]),
            ("Up to 500 Armenians were displaced.", ["displaced/people \"Up to 500\" ..500"]),
            ("613 lives were lost.", ["killed/people \"613\" 613..613"]),
            ("Five soldiers died and 12 were wounded.",
             ["killed/soldiers \"Five\" 5..5", "wounded/people \"12\" 12..12"]),
            ("Eight people were killed and 23 others injured.",
             ["killed/people \"Eight\" 8..8", "wounded/people \"23\" 23..23"]),
            ("The 1992 events left 613 dead.", ["killed/people \"613\" 613..613 in 1992"]),
            ("Hundreds of thousands of people were displaced.",
             ["displaced/people \"Hundreds of thousands\" 100000..999999"]),
        ])
    }

    func testMeasuresFromNounsAndVerbsBeforeTheCount() {
        check([
            ("The massacre of more than six hundred civilians shocked the world.",
             ["killed/people \"more than six hundred\" 600.."]),
            ("The attack claimed the lives of hundreds of civilians.", ["killed/people \"hundreds\" 200..999"]),
            ("Israeli strikes killed 50 Palestinians on Tuesday.", ["killed/people \"50\" 50..50"]),
            ("The blast injured 14 passengers.", ["wounded/people \"14\" 14..14"]),
            ("Gunmen abducted 20 girls.", ["hostages/children \"20\" 20..20"]),
            ("The conflict displaced more than 700,000 Azerbaijanis.", ["displaced/people \"more than 700,000\" 700000.."]),
            ("The 44-day war killed 2,900 soldiers.", ["killed/soldiers \"2,900\" 2900..2900"]),
            ("Thousands of people on both sides fell victim to the dispute.", ["victims/people \"Thousands\" 2000..9999"]),
        ])
    }

    func testOtherCountsKeepTheirOwnMeasure() {
        check([
            ("Khojaly was a town with a population of seven thousand people.",
             ["population/people \"seven thousand\" 7000..7000"]),
            ("More than 60,000 marched in Baku.", ["marched/people \"More than 60,000\" 60000.."]),
            ("More than 60,000 Azerbaijanis marched in Baku.", ["marched/people \"More than 60,000\" 60000.."]),
            ("Tens of thousands of people marched.", ["marched/people \"Tens of thousands\" 10000..99999"]),
            ("About 200 people attended the funeral.", ["attended/people \"About 200\" 180..220"]),
            ("Police arrested 39 protesters.", ["arrested/people \"39\" 39..39"]),
            ("Some 300 children were orphaned.", ["orphaned/children \"Some 300\" 270..330"]),
            ("Roughly 70 elderly people were evacuated.", ["evacuated/elderly \"Roughly 70\" 63..77"]),
            ("The rebels freed 40 hostages.", ["freed/people \"40\" 40..40"]),
            ("About 10,000 refugees live in the camp.", ["population/people \"About 10,000\" 9000..11000"]),
        ])
    }

    func testNestedGroups() {
        check([
            ("613 people were killed, including 106 women and 63 children.",
             ["killed/people \"613\" 613..613", "killed/women \"106\" 106..106 part of 0",
              "killed/children \"63\" 63..63 part of 0"]),
            ("More than 600 people, including 106 women and 63 children, were tortured and brutally murdered.",
             ["killed/people \"More than 600\" 600..", "killed/women \"106\" 106..106 part of 0",
              "killed/children \"63\" 63..63 part of 0"]),
            ("613 civilians were killed, including 106 women, 70 elderly and 83 children.",
             ["killed/people \"613\" 613..613", "killed/women \"106\" 106..106 part of 0",
              "killed/elderly \"70\" 70..70 part of 0", "killed/children \"83\" 83..83 part of 0"]),
            ("613 Azerbaijani civilians including 169 women and children were brutally murdered.",
             ["killed/people \"613\" 613..613", "killed/women and children \"169\" 169..169 part of 0"]),
            ("487 people including 76 children were wounded while 1275 people were taken hostages.",
             ["wounded/people \"487\" 487..487", "wounded/children \"76\" 76..76 part of 0",
              "hostages/people \"1275\" 1275..1275"]),
            ("The shelling killed 40 people, among them 12 children.",
             ["killed/people \"40\" 40..40", "killed/children \"12\" 12..12 part of 0"]),
            ("Three women and two children were among the wounded.",
             ["wounded/women \"Three\" 3..3", "wounded/children \"two\" 2..2"]),
            ("613 lives were lost, including 106 women, with thousands more wounded, taken hostage, or missing.",
             ["killed/people \"613\" 613..613", "killed/women \"106\" 106..106 part of 0",
              "wounded, hostages or missing/people \"thousands\" 2000..9999"]),
        ])
    }

    func testBackReferences() {
        check([
            ("613 people were killed. Among the killed were 63 children, 106 women, and 70 elderly people.",
             ["killed/people \"613\" 613..613", "killed/children \"63\" 63..63 part of 0",
              "killed/women \"106\" 106..106 part of 0", "killed/elderly \"70\" 70..70 part of 0"]),
            ("1,275 people were taken hostage. Nothing is known about the fate of 150 of them.",
             ["hostages/people \"1,275\" 1275..1275", "missing/people \"150\" 150..150 part of 0"]),
            ("More than 600 people were murdered. The fate of 150 of them, including 68 women and 26 children, remains unknown.",
             ["killed/people \"More than 600\" 600..", "missing/people \"150\" 150..150 part of 0",
              "missing/women \"68\" 68..68 part of 1", "missing/children \"26\" 26..26 part of 1"]),
            ("Among the dead were 12 women.", ["killed/women \"12\" 12..12"]),
            ("The fate of 150 of them remains unknown.", ["missing/people \"150\" 150..150"]),
        ])
    }

    func testAttribution() {
        check([
            ("According to Azerbaijan's Government, 613 civilians were killed.",
             ["killed/people \"613\" 613..613 by \"Azerbaijan's Government\""]),
            ("According to international rights groups, 487 people were wounded.",
             ["wounded/people \"487\" 487..487 by \"international rights groups\""]),
            ("487 people were wounded, international rights groups said.",
             ["wounded/people \"487\" 487..487 by \"international rights groups\""]),
            ("Nearly 1,000 were wounded, officials said.", ["wounded/people \"Nearly 1,000\" 900..1000 by \"officials\""]),
            ("As reported by Human Rights Watch, 200 civilians died.",
             ["killed/people \"200\" 200..200 by \"Human Rights Watch\""]),
            ("Eight people were killed, said Ahmed Aliyev, a local official.",
             ["killed/people \"Eight\" 8..8 by \"Ahmed Aliyev\""]),
            ("Eight people were killed in the attack.", ["killed/people \"Eight\" 8..8"]),
        ])
    }

    func testWhenAFigureBelongsToAnotherYear() {
        check([
            ("Armenia targeted civilians again in the recent war in 2020, killing over 100 civilians and wounding over 400.",
             ["killed/people \"over 100\" 100.. in 2020", "wounded/people \"over 400\" 400.. in 2020"]),
            ("In 1992, 613 people were killed. In 2020, over 100 civilians were killed. The 1992 massacre is remembered.",
             ["killed/people \"613\" 613..613", "killed/people \"over 100\" 100.. in 2020"]),
            ("More than 100 were injured in 2021, the health ministry said. The war of 1992 killed 613 people. "
                + "The 1992 war ended in 1994 after 613 people were killed.",
             ["wounded/people \"More than 100\" 100.. by \"the health ministry\" in 2021",
              "killed/people \"613\" 613..613", "killed/people \"613\" 613..613 in 1994"]),
        ])
    }

    func testNotFiguresOfPeople() {
        check([
            ("It should be noted that over 24 US states have recognized the genocide.", []),
            ("The two nations signed the agreement.", []),
            ("The 366th regiment attacked the town.", []),
            ("UN Security Council resolution 822 demanded withdrawal.", []),
            ("General Assembly resolution 62/243 condemned the occupation.", []),
            ("He was born in 1960 and has three children.", []),
            ("20 percent of the territory was occupied.", []),
            ("About 40% of the victims were children.", []),
            ("February 2017 marks the 25th anniversary of the genocide.", []),
            ("On the night of February 25-26, 1992, the town was attacked.", []),
            ("A 100-strong crowd gathered.", []),
            ("He served 20 years in prison.", []),
            ("Vol. 5, No. 5 (March 01, 2012)", []),
            ("Call 555-123-4567; 12 people remain missing.", ["missing/people \"12\" 12..12"]),
            // The village's population is a figure, though not a casualty the table compares.
            ("In a village of 300 residents, 12 were killed.",
             ["population/people \"300\" 300..300", "killed/people \"12\" 12..12"]),
            ("130 children lost one parent.", ["lost/children \"130\" 130..130"]),
            ("More than a hundred diplomatic missions held services.", []),
            ("The meeting began at 10:30 with 40 members of parliament.", []),
        ])
    }

    func testEverydayNewsSentences() {
        check([
            ("At least 45 people have been killed and more than 200 injured in air strikes, health officials said on Sunday.",
             ["killed/people \"At least 45\" 45.. by \"health officials\"",
              "wounded/people \"more than 200\" 200.. by \"health officials\""]),
            ("The UN estimates that 1.2 million people have fled their homes.",
             ["displaced/people \"1.2 million\" 1200000..1200000 by \"The UN\""]),
            ("Rescuers found 12 survivors, while 30 others remain missing.",
             ["survived/people \"12\" 12..12", "missing/people \"30\" 30..30"]),
            ("The death toll has risen to 87, according to the Red Crescent.",
             ["killed/people \"87\" 87..87 by \"the Red Crescent\""]),
            ("Police said 3 men were arrested and 2 officers were hurt.",
             ["arrested/men \"3\" 3..3 by \"Police\"", "wounded/police \"2\" 2..2 by \"Police\""]),
            ("The attack left 14 dead and dozens wounded.",
             ["killed/people \"14\" 14..14", "wounded/people \"dozens\" 24..99"]),
            ("Authorities evacuated some 10,000 residents from the area.",
             ["evacuated/people \"some 10,000\" 9000..11000"]),
            ("The earthquake killed an estimated 2,000 people.", ["killed/people \"an estimated 2,000\" 1800..2200"]),
            ("More than 3 million Syrians have sought refuge abroad.",
             ["displaced/people \"More than 3 million\" 3000000.."]),
            ("In 2019, 250 migrants drowned in the Mediterranean.", ["killed/people \"250\" 250..250 in 2019"]),
            ("The hospital treated 64 patients, 20 of them in critical condition.",
             ["wounded/people \"64\" 64..64", "wounded/people \"20\" 20..20 part of 0"]),
            ("Gunmen opened fire on the market, killing at least 12 people and wounding 30 others.",
             ["killed/people \"at least 12\" 12..", "wounded/people \"30\" 30..30"]),
            ("At least 20 people, most of them women, were killed.", ["killed/people \"At least 20\" 20.."]),
            ("The floods claimed 100 lives.", ["killed/people \"100\" 100..100"]),
            ("The bodies of 30 people were found in a mass grave.", ["killed/people \"30\" 30..30"]),
            ("Five people including two children died in the fire.",
             ["killed/people \"Five\" 5..5", "killed/children \"two\" 2..2 part of 0"]),
            ("13 killed, 40 injured in bus crash", ["killed/people \"13\" 13..13", "wounded/people \"40\" 40..40"]),
            ("Some 400 families have been left homeless.", ["displaced/families \"Some 400\" 360..440"]),
            ("The fire destroyed 30 homes.", []),
            ("More than 20 aid workers are among the dead.", ["killed/people \"More than 20\" 20.."]),
            ("A 17-year-old boy was among the dead.", []),
            ("He has four children and lives in Baku.", []),
            ("The company employs 4,500 workers in 12 countries.", []),
        ])
    }
}
