import Corpus

/// A corpus of many short reports of one made-up event, for screens that must hold more sources
/// than columns fit: the same count stated by many sources, other counts by fewer, and dates most
/// sources share.
///
/// Every article is built from its number alone, so the same count always gives the same bytes.
/// The values follow fixed cycles (not the seeds' figures), so tests can say how many sources state
/// each: of every 20 reports, 9 say 613 were killed, 4 "more than 600" (one of them "over 600"),
/// 3 "about 500", 2 "1,000",
/// and 2 state no death toll; of the two in three that count children, 63 or 83 (three to two).
public enum ManySourcesCorpus {
    static let outlets = ["Northern Ledger", "Evening Courier", "Regional Observer", "Daily Chronicle", "Weekly Review",
                          "Harbour Times", "Valley Post"]
    static let authorities = ["the health ministry", "local officials", "a rights group", "the regional government",
                              "witnesses", "an official report"]

    /// The articles, named `report-01.md`, `report-02.md`, ...
    public static func fixtures(count: Int = 40) -> [ArticleFixtures.Fixture] {
        (0..<count).map { index in
            ArticleFixtures.Fixture(String(format: "report-%02d.md", index + 1), article(index))
        }
    }

    /// The articles parsed into a store, in order.
    public static func store(count: Int = 40) -> DocumentStore {
        DocumentStore(fixtures(count: count).map { $0.parse() })
    }

    static func article(_ index: Int) -> String {
        let outlet = outlets[index % outlets.count]
        let authority = authorities[index % authorities.count]
        let day = 1 + index % 9
        var paragraphs: [String] = []
        let killed: String? = switch index % 20 {
        case 0...8: "613"
        case 9...11: "more than 600"
        case 12: "over 600"
        case 13...15: "about 500"
        case 16, 17: "1,000"
        default: nil
        }
        var opening = "The dam above Marrowby gave way on 26 February 1992, and the flood reached the lower town before dawn."
        if let killed { opening += " According to \(authority), \(killed) people were killed in the flood, most of them at home." }
        paragraphs.append(opening)
        let children = index % 5 >= 3 ? "83" : "63"
        if index % 3 != 2 {
            paragraphs.append("Among the dead were \(children) children who were killed in the school by the river, "
                + "which stood in the path of the water.")
        }
        if index % 4 == 0 {
            paragraphs.append("Rescue teams said 487 people were wounded and were taken to hospitals in the valley "
                + "over the following days.")
        } else if index % 4 == 1 {
            paragraphs.append("Hospitals in the valley said nearly 500 people were wounded and treated over the "
                + "following days.")
        }
        if index == 6 {
            paragraphs.append("A week later, officials said 12 people went missing in the flood and were never found by "
                + "the search teams.")
        }
        if index % 6 == 0 {
            paragraphs.append("Engineers had warned about cracks in the dam in 1991, in a report that was never "
                + "published by the regional government.")
        }
        if index % 8 == 3 {
            paragraphs.append("The water had been rising since 25 February 1992, when heavy rain began to fall across "
                + "the hills above the town.")
        }
        paragraphs.append("The town has since been rebuilt further up the valley, and a memorial stands where the "
            + "school once was.")
        return """
            ---
            title: "The Marrowby dam flood, report \(index + 1)"
            author: Reporter \(index + 1)
            date: 1992-03-0\(day)
            outlet: \(outlet)
            ---

            \(paragraphs.joined(separator: "\n\n"))

            """
    }
}
