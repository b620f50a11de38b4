/// The one place that says which measures and groups a figure can have, and which of them are
/// casualties that the Figures table compares.
///
/// A figure's `measure` is a canonical name from `measures` when the text's word is one the
/// lexicon knows ("perished", "bodies", "fatalities" are all `killed`; "injured", "hurt", "wounded"
/// are all `wounded`), and its `word` keeps the text's own word. A count whose verb the lexicon
/// does not know keeps that verb as its measure ("marched", "deployed"); such counts, counts of
/// who lives somewhere (`population`) and counts of families are figures but not casualties, so the
/// table leaves them out unless asked (`FigureTable(..., rows: .all)`).
///
///     killed      died, dead, deaths, perished, bodies, fatalities, passed away, lost their lives
///     wounded     injured, hurt, wounded, injuries
///     missing     missing, unaccounted for, disappeared
///     hostages    taken hostage, abducted, kidnapped, captured
///     displaced   displaced, fled, homeless, left their homes, refugees in
///     evacuated   evacuated, relocated, taking shelter, forced to evacuate
///     arrested    arrested, detained, held
///     survived    survived, rescued, pulled alive
///     affected    affected, isolated, stranded
///     infected    infected, cases, sickened
///     casualties  casualties (killed and wounded together, as the text counts them)
///     disabled    disabled, maimed
///     victims     victims of a crime the text does not name
///
/// Groups: `people` (civilians, residents, villagers, victims, passengers, a nationality ...),
/// `women`, `children`, `elderly`, `men`, `soldiers` (troops, servicemen, marines), `police`
/// (officers, policemen), `fighters` (militants, rebels, insurgents, guerrillas), `families`, or a
/// combined group as written ("women and children").
public enum FigureVocabulary {
    /// The canonical measures, in the order tables list them.
    public static let measures = [
        "killed", "wounded", "hostages", "missing", "disabled", "displaced", "victims", "casualties", "evacuated", "arrested",
        "survived", "affected", "infected",
    ]

    /// Measures named by a noun ("hostages"), which a group does not follow as it follows a
    /// participle ("killed children"): a title says "hostages (children)", and "hostages" alone
    /// for people.
    public static let nounMeasures: Set<String> = ["hostages", "victims", "casualties"]

    /// The canonical groups, in the order tables list them.
    public static let groups = ["people", "women", "children", "elderly", "men", "soldiers", "police", "fighters", "families"]

    /// Whether a figure of this measure is a casualty count the table compares by default: one of
    /// the canonical measures (a count of residents, marchers or troops deployed is not).
    /// Measures joined as the text joins them ("killed or wounded") are casualties when each is.
    public static func isCasualty(_ measure: String) -> Bool {
        if casualtySet.contains(measure) { return true }
        guard measure.contains(" ") else { return false }
        let parts = measure.split { $0 == " " || $0 == "," }.filter { $0 != "and" && $0 != "or" }
        return !parts.isEmpty && parts.allSatisfy { casualtySet.contains(String($0)) }
    }

    /// Whether a figure is a casualty count: its measure is one and it counts people, not
    /// households ("150 families were evacuated" is a figure, not a row to compare with counts of people).
    public static func isCasualty(_ measure: String, group: String) -> Bool {
        group != "families" && isCasualty(measure)
    }

    private static let casualtySet = Set(measures)
}
