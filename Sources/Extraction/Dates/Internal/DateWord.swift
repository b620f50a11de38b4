/// The words the date tagger reads, recognized by a packed lowercase key so that no `String` is
/// made per word of text.
enum DateWord: String, CaseIterable {
    case january, february, march, april, may, june, july, august, september, october, november, december
    case jan, feb, mar, apr, jun, jul, aug, sep, sept, oct, nov, dec
    case monday, tuesday, wednesday, thursday, friday, saturday, sunday
    case `in`, on, by, since, until, till, from, to, through, during, before, after, of, the, and, between
    case circa, around, at
    case early, mid, late, end, beginning, start, middle, turn
    case day, days, night, week, weeks, month, months, year, years, decade, decades, century, centuries
    case ago, later, last, past, next, this, every, each, annually, yearly
    case yesterday, today, tomorrow
    case over, about, nearly, almost, some, approximately, roughly, than, more, up, total
    case a, an, one, two, three, four, five, six, seven, eight, nine, ten, eleven, twelve, fifteen, twenty
    case thirty, forty, fifty, hundred
    case first, second, third, fourth, fifth, sixth, seventh, eighth, ninth, tenth, eleventh, twelfth
    case thirteenth, fourteenth, fifteenth, sixteenth, seventeenth, eighteenth, nineteenth, twentieth
    case no, nos, number, vol, page, pp, p, resolution, article, room, flight, route, model
    case declared, declare, declares, declaring, designated, designate, designates, proclaimed, proclaim
    case proclaims, will, shall, scheduled, upcoming, due, expected, planned
    // Words before "will" that make it the noun ("people of good will").
    case good, ill, free, own, political
    // Nouns that make the number before them a count, not a year ("1275 people").
    case people, persons, civilians, residents, refugees, children, women, men, soldiers, troops, victims
    case families, hostages, members, votes, dollars, euros, pounds, percent, km, miles, metres, meters
    case tons, tonnes, homes, houses, cases, deaths, casualties, students, workers, employees
    case inhabitants, pages, copies, signatures, participants, delegates, deputies, officers, police
    case prisoners, villages, buildings, vehicles, tanks, hectares, acres, kilometres, kilometers
    case feet, metre, meter, units, items, words, times, points, signatories, protesters, demonstrators
    case wounded, dead, killed, injured, missing, displaced, detained, arrested

    /// The month a month name or abbreviation stands for.
    var month: Int? {
        switch self {
        case .january, .jan: return 1
        case .february, .feb: return 2
        case .march, .mar: return 3
        case .april, .apr: return 4
        case .may: return 5
        case .june, .jun: return 6
        case .july, .jul: return 7
        case .august, .aug: return 8
        case .september, .sep, .sept: return 9
        case .october, .oct: return 10
        case .november, .nov: return 11
        case .december, .dec: return 12
        default: return nil
        }
    }

    /// 1 for Monday through 7 for Sunday.
    var weekday: Int? {
        switch self {
        case .monday: return 1
        case .tuesday: return 2
        case .wednesday: return 3
        case .thursday: return 4
        case .friday: return 5
        case .saturday: return 6
        case .sunday: return 7
        default: return nil
        }
    }

    var isAbbreviatedMonth: Bool {
        switch self {
        case .jan, .feb, .mar, .apr, .jun, .jul, .aug, .sep, .sept, .oct, .nov, .dec: return true
        default: return false
        }
    }

    /// The number a cardinal word stands for ("a decade ago", "two decades ago").
    var cardinal: Int? {
        switch self {
        case .a, .an, .one: return 1
        case .two: return 2
        case .three: return 3
        case .four: return 4
        case .five: return 5
        case .six: return 6
        case .seven: return 7
        case .eight: return 8
        case .nine: return 9
        case .ten: return 10
        case .eleven: return 11
        case .twelve: return 12
        case .fifteen: return 15
        case .twenty: return 20
        case .thirty: return 30
        case .forty: return 40
        case .fifty: return 50
        case .hundred: return 100
        default: return nil
        }
    }

    /// The number an ordinal word stands for ("the twentieth century").
    var ordinal: Int? {
        switch self {
        case .first: return 1
        case .second: return 2
        case .third: return 3
        case .fourth: return 4
        case .fifth: return 5
        case .sixth: return 6
        case .seventh: return 7
        case .eighth: return 8
        case .ninth: return 9
        case .tenth: return 10
        case .eleventh: return 11
        case .twelfth: return 12
        case .thirteenth: return 13
        case .fourteenth: return 14
        case .fifteenth: return 15
        case .sixteenth: return 16
        case .seventeenth: return 17
        case .eighteenth: return 18
        case .nineteenth: return 19
        case .twentieth: return 20
        default: return nil
        }
    }

    /// The unit a time word counts, for relative dates.
    var unit: RelativeUnit? {
        switch self {
        case .day, .days: return .day
        case .week, .weeks: return .week
        case .month, .months: return .month
        case .year, .years: return .year
        case .decade, .decades: return .decade
        case .century, .centuries: return .century
        default: return nil
        }
    }

    /// Words before a number that make it an amount ("more than 2000", "some 1500").
    var isQuantifier: Bool {
        switch self {
        case .over, .about, .nearly, .almost, .some, .approximately, .roughly, .than, .up, .total: return true
        default: return false
        }
    }

    /// Words before a number that make it a label ("No. 5", "Resolution 1993").
    var isNumberLabel: Bool {
        switch self {
        case .no, .nos, .number, .vol, .page, .pp, .p, .resolution, .article, .room, .flight, .route, .model:
            return true
        default: return false
        }
    }

    /// Prepositions after which a four-digit number is a year even before 1900 ("in 1915").
    var isTemporalPreposition: Bool {
        switch self {
        case .in, .since, .by, .until, .till, .during, .before, .after, .from, .circa, .around, .of, .to, .through:
            return true
        default: return false
        }
    }

    var isCountNoun: Bool { rawValue.count > 1 && DateWord.countNouns.contains(self) }

    var isDeclaringVerb: Bool {
        switch self {
        case .declared, .declare, .declares, .declaring, .designated, .designate, .designates, .proclaimed,
             .proclaim, .proclaims:
            return true
        default: return false
        }
    }

    private static let countNouns: Set<DateWord> = [
        .people, .persons, .civilians, .residents, .refugees, .children, .women, .men, .soldiers, .troops,
        .victims, .families, .hostages, .members, .votes, .dollars, .euros, .pounds, .percent, .km, .miles,
        .metres, .meters, .tons, .tonnes, .homes, .houses, .cases, .deaths, .casualties, .students, .workers,
        .employees, .inhabitants, .pages, .copies, .signatures, .participants, .delegates, .deputies,
        .officers, .police, .prisoners, .villages, .buildings, .vehicles, .tanks, .hectares, .acres,
        .kilometres, .kilometers, .feet, .metre, .meter, .units, .items, .words, .times, .points,
        .signatories, .protesters, .demonstrators, .wounded, .dead, .killed, .injured, .missing,
        .displaced, .detained, .arrested,
    ]

    /// Every word by its packed key.
    static let byKey: [UInt64: DateWord] = {
        var table: [UInt64: DateWord] = [:]
        for word in allCases {
            var key: UInt64 = 0
            for byte in word.rawValue.utf8 { key = key &* 27 &+ UInt64(byte - 0x60) }
            table[key] = word
        }
        return table
    }()

    /// The longest word the table holds, in letters; longer words are never looked up.
    static let maximumLength = 13
}
