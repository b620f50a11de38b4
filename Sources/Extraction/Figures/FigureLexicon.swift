/// The words that say what was counted (measures) and who (groups).
enum FigureLexicon {
    /// Measures in the order tables list them.
    static let measureOrder = ["killed", "wounded", "hostages", "missing", "disabled", "displaced", "victims"]

    /// Single words that name a measure when they predicate a count ("were killed", "went missing").
    static let measureWords: [String: String] = [
        "killed": "killed", "murdered": "killed", "died": "killed", "dead": "killed", "slain": "killed",
        "slaughtered": "killed", "massacred": "killed", "executed": "killed", "perished": "killed", "drowned": "killed",
        "wounded": "wounded", "injured": "wounded", "hurt": "wounded",
        "captured": "hostages", "abducted": "hostages", "kidnapped": "hostages",
        "missing": "missing", "disappeared": "missing",
        "disabled": "disabled", "maimed": "disabled", "crippled": "disabled",
        "displaced": "displaced", "uprooted": "displaced", "fled": "displaced", "homeless": "displaced", "expelled": "displaced", "deported": "displaced",
    ]

    /// Word sequences that name a measure ("taken hostage", "unaccounted for").
    static let measurePhrases: [([String], String)] = [
        (["taken", "hostage"], "hostages"), (["taken", "hostages"], "hostages"), (["held", "hostage"], "hostages"),
        (["taken", "prisoner"], "hostages"), (["taken", "prisoners"], "hostages"), (["taken", "captive"], "hostages"),
        (["unaccounted", "for"], "missing"), (["lost", "their", "lives"], "killed"), (["fell", "victim"], "victims"),
        (["fell", "victims"], "victims"), (["forced", "to", "flee"], "displaced"), (["became", "refugees"], "displaced"),
        (["based", "in"], "population"), (["living", "in"], "population"), (["residing", "in"], "population"),
        (["live", "in"], "population"), (["sought", "refuge"], "displaced"), (["left", "homeless"], "displaced"), (["fled", "abroad"], "displaced"), (["lived", "in"], "population"), (["frozen", "to", "death"], "killed"),
    ]

    /// Nouns and gerunds that name a measure for the count after them: "the massacre of", "killing".
    static let measureBefore: [String: String] = [
        "massacre": "killed", "killing": "killed", "killings": "killed", "murder": "killed", "deaths": "killed",
        "death": "killed", "toll": "killed", "bodies": "killed", "remains": "killed", "slaughter": "killed", "execution": "killed", "lives": "killed", "murdering": "killed",
        "slaughtering": "killed", "massacring": "killed", "killed": "killed", "executing": "killed",
        "wounding": "wounded", "injuring": "wounded", "wounded": "wounded", "injured": "wounded",
        "fate": "missing", "disappearance": "missing",
        "capturing": "hostages", "capture": "hostages", "abduction": "hostages", "abducting": "hostages",
        "displacement": "displaced", "displacing": "displaced", "displaced": "displaced", "expulsion": "displaced",
        "population": "population", "evacuation": "evacuated", "evacuating": "evacuated", "evacuated": "evacuated",
    ]

    /// Nouns for people and the group they stand for.
    static let groupNouns: [String: String] = [
        "people": "people", "persons": "people", "person": "people", "civilians": "people", "residents": "people",
        "inhabitants": "people", "villagers": "people", "citizens": "people", "individuals": "people",
        "victims": "people", "lives": "people", "refugees": "people", "migrants": "people", "passengers": "people",
        "workers": "people", "students": "people", "soldiers": "people", "troops": "people", "servicemen": "people",
        "fighters": "people", "militants": "people", "protesters": "people", "demonstrators": "people",
        "worshippers": "people", "pilgrims": "people", "patients": "people", "prisoners": "people",
        "hostages": "people", "detainees": "people", "survivors": "people", "casualties": "people",
        "bodies": "people", "corpses": "people", "others": "people", "adults": "people", "idps": "people",
        "officers": "people", "policemen": "people", "journalists": "people", "medics": "people", "doctors": "people",
        "suspects": "people", "insurgents": "people", "rebels": "people", "gunmen": "people", "attackers": "people",
        "assailants": "people", "sailors": "people", "pilots": "people", "crewmen": "people", "peacekeepers": "people", "rescuers": "people", "miners": "people", "farmers": "people", "tourists": "people",
        "women": "women", "woman": "women", "girls": "children",
        "children": "children", "child": "children", "kids": "children", "boys": "children", "minors": "children",
        "infants": "children", "babies": "children", "teenagers": "children", "schoolgirls": "children",
        "schoolboys": "children", "schoolchildren": "children", "pupils": "children", "toddlers": "children",
        "elderly": "elderly", "pensioners": "elderly",
        "men": "men", "man": "men",
        "families": "families",
    ]

    /// Plural names of peoples that do not follow the "-is", "-ans" pattern.
    static let demonyms: Set<String> = ["turks", "kurds", "jews", "arabs", "azeris", "serbs", "croats", "greeks", "poles", "czechs"]

    /// Auxiliaries, copulas and adverbs that may stand between a count and what happened to it.
    static let auxiliaries: Set<String> = [
        "were", "was", "are", "is", "be", "been", "being", "have", "has", "had", "got", "get", "went", "gone", "became",
        "become", "remain", "remains", "remained", "who", "that", "reportedly", "also", "all", "still", "later",
        "subsequently", "allegedly", "either", "both", "then", "each", "not", "never", "now", "already", "more",
    ]

    /// Words that end a clause: what follows predicates something else.
    static let clauseBreaks: Set<String> = [
        ".", ";", ":", "!", "?", "while", "whereas", "but", "although", "though", "when", "as", "after", "before",
        "because", "since", "whose", "where",
    ]

    /// Verbs that report a count rather than say what happened to the people counted.
    static let reportingVerbs: Set<String> = [
        "reported", "said", "stated", "estimated", "confirmed", "noted", "recorded", "documented", "claimed",
        "announced", "counted", "registered", "listed", "cited", "quoted", "mentioned", "added", "included",
        "numbered", "totalled", "totaled", "aged", "needed", "used", "called", "named", "involved",
    ]

    /// Past participles that do not end in "-ed".
    static let irregularParticiples: Set<String> = [
        "lost", "taken", "held", "left", "gone", "seen", "shot", "beaten", "burnt", "burned", "driven",
        "thrown", "hidden", "born", "buried", "caught", "freed", "released",
    ]

    /// Words that stop the search for the noun after a number.
    static let stopWords: Set<String> = [
        "of", "in", "on", "at", "to", "for", "from", "by", "with", "and", "or", "but", "the", "a", "an", "this", "these",
        "those", "it", "its", "their", "they", "them", "he", "she", "we", "i", "you", "his", "her", "our", "than",
        "years", "year", "days", "day", "months", "month", "weeks", "hours", "times", "percent", "per", "out",
        "over", "into", "after", "before", "since", "during", "about", "more", "less", "other",
    ]

    static func group(of word: Token) -> String? {
        if let group = groupNouns[word.lower] { return group }
        return isDemonym(word) ? "people" : nil
    }

    /// "Azerbaijanis", "Armenians", "Iraqis", "Turks": the plural name of a people.
    static func isDemonym(_ word: Token) -> Bool {
        guard word.isCapitalized, word.kind == .word else { return false }
        let lower = word.lower
        if demonyms.contains(lower) { return true }
        guard lower.count >= 5 else { return false }
        return lower.hasSuffix("is") || lower.hasSuffix("ans") || lower.hasSuffix("ians")
    }

    static func isParticiple(_ word: String) -> Bool {
        (word.hasSuffix("ed") && word.count > 4) || irregularParticiples.contains(word)
    }
}
