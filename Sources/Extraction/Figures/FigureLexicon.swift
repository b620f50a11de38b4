/// The words that say what was counted (measures) and who (groups).
enum FigureLexicon {
    /// Single words that name a measure when they predicate a count ("were killed", "went missing").
    static let measureWords: [String: String] = [
        "killed": "killed", "murdered": "killed", "died": "killed", "dead": "killed", "slain": "killed",
        "slaughtered": "killed", "massacred": "killed", "executed": "killed", "perished": "killed", "drowned": "killed",
        "die": "killed", "dies": "killed", "kill": "killed", "kills": "killed", "succumbed": "killed", "electrocuted": "killed",
        "wounded": "wounded", "injured": "wounded", "hurt": "wounded", "hospitalized": "wounded", "hospitalised": "wounded",
        "treated": "wounded", "injures": "wounded", "injure": "wounded", "wounds": "wounded",
        "captured": "hostages", "abducted": "hostages", "kidnapped": "hostages",
        "missing": "missing", "disappeared": "missing", "unaccounted": "missing",
        "disabled": "disabled", "maimed": "disabled", "crippled": "disabled",
        "displaced": "displaced", "uprooted": "displaced", "fled": "displaced", "homeless": "displaced", "expelled": "displaced", "deported": "displaced",
        "evacuated": "evacuated", "relocated": "evacuated", "evacuate": "evacuated",
        "arrested": "arrested", "detained": "arrested",
        "rescued": "survived", "survived": "survived", "saved": "survived",
        "affected": "affected", "isolated": "affected", "stranded": "affected",
        "infected": "infected", "sickened": "infected",
        "trapped": "missing", "sick": "infected",
    ]

    /// Word sequences that name a measure ("taken hostage", "unaccounted for").
    static let measurePhrases: [([String], String)] = [
        (["taken", "hostage"], "hostages"), (["taken", "hostages"], "hostages"), (["held", "hostage"], "hostages"),
        (["taken", "prisoner"], "hostages"), (["taken", "prisoners"], "hostages"), (["taken", "captive"], "hostages"),
        (["unaccounted", "for"], "missing"), (["lost", "their", "lives"], "killed"), (["fell", "victim"], "victims"),
        (["fell", "victims"], "victims"), (["forced", "to", "flee"], "displaced"), (["became", "refugees"], "displaced"),
        (["based", "in"], "population"), (["living", "in"], "population"), (["residing", "in"], "population"),
        (["live", "in"], "population"), (["sought", "refuge"], "displaced"), (["left", "homeless"], "displaced"), (["fled", "abroad"], "displaced"), (["lived", "in"], "population"), (["frozen", "to", "death"], "killed"),
        (["passed", "away"], "killed"), (["burned", "to", "death"], "killed"), (["burnt", "to", "death"], "killed"),
        (["starved", "to", "death"], "killed"), (["stabbed", "to", "death"], "killed"), (["beaten", "to", "death"], "killed"),
        (["crushed", "to", "death"], "killed"), (["shot", "dead"], "killed"), (["gunned", "down"], "killed"),
        (["shot", "and", "killed"], "killed"), (["among", "the", "dead"], "killed"), (["among", "the", "killed"], "killed"),
        (["among", "the", "injured"], "wounded"), (["among", "the", "wounded"], "wounded"), (["among", "the", "victims"], "killed"),
        (["among", "the", "missing"], "missing"), (["suffered", "injuries"], "wounded"), (["pulled", "alive"], "survived"),
        (["left", "their", "homes"], "displaced"), (["fled", "their", "homes"], "displaced"), (["lost", "their", "homes"], "displaced"),
        (["forced", "to", "evacuate"], "evacuated"), (["ordered", "to", "evacuate"], "evacuated"),
        (["under", "evacuation"], "evacuated"), (["taking", "shelter"], "evacuated"), (["taken", "shelter"], "evacuated"),
        (["took", "shelter"], "evacuated"), (["sheltering", "in"], "evacuated"), (["fell", "ill"], "infected"),
        (["found", "alive"], "survived"), (["pulled", "out", "alive"], "survived"), (["escaped", "uninjured"], "survived"),
        (["escaped", "unhurt"], "survived"), (["escaped", "unharmed"], "survived"), (["feared", "trapped"], "missing"),
        (["in", "hospital"], "wounded"), (["in", "critical", "condition"], "wounded"), (["in", "shelters"], "evacuated"),
        (["in", "evacuation", "centers"], "evacuated"), (["in", "evacuation", "centres"], "evacuated"),
        (["in", "relief", "camps"], "displaced"), (["in", "displacement", "camps"], "displaced"),
        (["been", "admitted"], "wounded"), (["were", "admitted"], "wounded"), (["admitted", "to", "hospital"], "wounded"),
        (["made", "homeless"], "displaced"), (["taken", "to", "hospital"], "wounded"), (["rushed", "to", "hospital"], "wounded"),
    ]

    /// `measurePhrases` by their first word, longest first: one lookup per token instead of a scan.
    static let phrasesByFirstWord: [String: [([String], String)]] = Dictionary(grouping: measurePhrases) { $0.0[0] }
        .mapValues { $0.sorted { $0.0.count > $1.0.count } }

    /// Verbs that change what a person noun says about the people counted ("freed 40 hostages").
    static let releaseVerbs: Set<String> = ["freed", "released", "exchanged", "swapped", "returned", "repatriated", "traded"]

    /// Plurals that count things, not people, though a casualty verb may follow them ("40 houses
    /// were destroyed and ...", "3 cars were hit").
    static let nonPeople: Set<String> = [
        "houses", "homes", "buildings", "cars", "vehicles", "villages", "towns", "cities", "districts", "provinces",
        "states", "countries", "schools", "hospitals", "roads", "bridges", "animals", "cattle", "livestock", "horses",
        "dogs", "cats", "sheep", "goats", "trees", "boats", "ships", "planes", "aircraft", "trucks", "buses", "shops",
        "structures", "acres", "hectares", "kilometres", "kilometers", "miles", "metres", "meters", "feet", "tons",
        "tonnes", "dollars", "euros", "pounds", "rupees", "votes", "seats", "points", "goals", "runs", "hours", "minutes",
        "seconds", "weeks", "months", "decades", "centuries", "times", "percent", "units", "apartments", "flats",
        "attempts", "attacks", "incidents", "strikes", "blasts", "explosions", "raids", "operations", "days", "nights",
        "floors", "storeys", "stories", "rounds", "shots", "bullets", "rockets", "missiles", "shells", "bombs", "drones",
    ]

    /// Words after which a measure is feared or presumed rather than confirmed: "feared dead",
    /// "thought dead", "presumed killed", "believed drowned".
    static let fearWords: Set<String> = ["feared", "thought", "presumed", "believed"]

    /// Modal verbs: a measure after one, without "have", is a possibility, not a count of what
    /// happened ("could kill thousands"); with "have" it is a hedge ("may have died").
    static let modals: Set<String> = ["could", "would", "may", "might", "will", "can", "should", "must", "threatens", "risk"]

    /// Nouns that say what happened to the people a number counts ("42 deaths", "19 bodies",
    /// "318 cases"), with the canonical measure. A group noun after them gives the group ("three dead children").
    static let nounMeasures: [String: String] = [
        "deaths": "killed", "death": "killed", "dead": "killed", "fatalities": "killed", "fatality": "killed",
        "bodies": "killed", "corpses": "killed", "body": "killed", "killed": "killed",
        "casualties": "casualties", "injuries": "wounded", "injured": "wounded", "wounded": "wounded",
        "missing": "missing", "cases": "infected", "infections": "infected",
        "arrests": "arrested",
    ]

    /// Nouns for people that also say what happened to them ("40 hostages", "12 survivors"): the
    /// measure when nothing else in the clause gives one ("freed 40 hostages" keeps "freed").
    static let personMeasures: [String: String] = [
        "survivors": "survived", "survivor": "survived", "hostages": "hostages", "captives": "hostages", "abductees": "hostages",
        "detainees": "arrested", "evacuees": "evacuated",
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
        "affecting": "affected", "infecting": "infected", "arresting": "arrested", "detaining": "arrested",
        "village": "population", "town": "population", "city": "population", "country": "population",
        "nation": "population", "community": "population", "island": "population", "settlement": "population",
        "rescuing": "survived", "treating": "wounded", "hospitalizing": "wounded", "kill": "killed", "kills": "killed", "injure": "wounded", "injures": "wounded",
        "wound": "wounded", "wounds": "wounded", "leaving": "killed",
    ]

    /// Nouns for people and the group they stand for.
    static let groupNouns: [String: String] = [
        "people": "people", "persons": "people", "person": "people", "civilians": "people", "residents": "people",
        "inhabitants": "people", "villagers": "people", "citizens": "people", "individuals": "people",
        "victims": "people", "lives": "people", "refugees": "people", "migrants": "people", "passengers": "people",
        "workers": "people", "students": "people", "protesters": "people", "demonstrators": "people",
        "worshippers": "people", "pilgrims": "people", "patients": "people", "prisoners": "people",
        "hostages": "people", "detainees": "people", "survivors": "people", "survivor": "people", "casualties": "people",
        "bodies": "people", "corpses": "people", "others": "people", "adults": "people", "idps": "people",
        "journalists": "people", "medics": "people", "doctors": "people",
        "suspects": "people", "gunmen": "people", "attackers": "people",
        "assailants": "people", "pilots": "people", "crewmen": "people", "rescuers": "people", "miners": "people", "farmers": "people", "tourists": "people",
        "bystanders": "people", "employees": "people", "staff": "people", "personnel": "people", "campers": "people", "crew": "people",
        "crewmembers": "people", "firefighters": "people", "youths": "people", "shoppers": "people", "visitors": "people",
        "fishermen": "people", "nationals": "people", "evacuees": "people", "teachers": "people", "nurses": "people",
        "devotees": "people", "mourners": "people", "fans": "people", "spectators": "people", "concertgoers": "people",
        "partygoers": "people", "churchgoers": "people", "commuters": "people", "climbers": "people", "hikers": "people",
        "soldiers": "soldiers", "troops": "soldiers", "servicemen": "soldiers", "marines": "soldiers", "sailors": "soldiers",
        "peacekeepers": "soldiers", "servicemembers": "soldiers", "conscripts": "soldiers", "paratroopers": "soldiers",
        "police": "police", "policemen": "police", "officers": "police", "policewomen": "police", "gendarmes": "police",
        "fighters": "fighters", "militants": "fighters", "insurgents": "fighters", "rebels": "fighters",
        "guerrillas": "fighters", "militiamen": "fighters", "jihadists": "fighters", "combatants": "fighters",
        "women": "women", "woman": "women", "girls": "children", "female": "women", "females": "women",
        "children": "children", "child": "children", "kids": "children", "boys": "children", "minors": "children",
        "infants": "children", "babies": "children", "teenagers": "children", "schoolgirls": "children",
        "schoolboys": "children", "schoolchildren": "children", "pupils": "children", "toddlers": "children",
        "juveniles": "children", "daughters": "children", "sons": "children", "toddler": "children", "baby": "children", "girl": "children", "boy": "children",
        "elderly": "elderly", "pensioners": "elderly",
        "men": "men", "man": "men", "male": "men", "males": "men",
        "families": "families",
    ]

    /// Plural names of peoples that do not follow the "-is", "-ans" pattern.
    static let demonyms: Set<String> = [
        "turks", "kurds", "jews", "arabs", "azeris", "serbs", "croats", "greeks", "poles", "czechs", "muslims", "hindus", "sikhs",
        "shiites", "shias", "buddhists", "catholics", "protestants", "copts", "druze", "uyghurs", "uighurs", "rohingya", "tamils",
    ]

    /// Auxiliaries, copulas and adverbs that may stand between a count and what happened to it.
    static let auxiliaries: Set<String> = [
        "were", "was", "are", "is", "be", "been", "being", "have", "has", "had", "got", "get", "went", "gone", "became",
        "become", "remain", "remains", "remained", "who", "that", "reportedly", "also", "all", "still", "later",
        "subsequently", "allegedly", "either", "both", "then", "each", "not", "never", "now", "already", "more",
        "officially", "confirmed", "initially", "so", "far", "critically", "seriously", "severely", "instantly",
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
