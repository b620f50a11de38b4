/// The English words for numbers, scales, vague amounts and the qualifiers that bound them.
enum NumberWords {
    static let units: [String: Double] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
        "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]
    static let scales: [String: Double] = [
        "hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000, "dozen": 12,
    ]
    /// Vague plurals and their ranges: "hundreds" is at least two hundred and under a thousand.
    static let vague: [String: (low: Double, high: Double)] = [
        "dozens": (24, 99), "scores": (40, 99), "hundreds": (200, 999), "thousands": (2000, 9999),
        "millions": (2_000_000, 999_999_999),
    ]

    /// The unit of each vague plural, for "hundreds of thousands" and "tens of thousands".
    static let vagueScales: [String: Double] = [
        "hundreds": 100, "thousands": 1000, "millions": 1_000_000,
    ]

    /// How a qualifier bounds the number after it.
    enum Bound { case atLeast, atMost, nearly, about, total }

    /// Qualifiers, longest first, as lowercased word sequences.
    static let qualifiers: [([String], Bound)] = [
        (["no", "fewer", "than"], .atLeast), (["no", "less", "than"], .atLeast), (["not", "less", "than"], .atLeast),
        (["in", "excess", "of"], .atLeast), (["as", "many", "as"], .atMost), (["no", "more", "than"], .atMost),
        (["a", "total", "of"], .total), (["an", "estimated"], .about),
        (["more", "than"], .atLeast), (["at", "least"], .atLeast), (["upwards", "of"], .atLeast),
        (["well", "over"], .atLeast), (["just", "over"], .atLeast),
        (["close", "to"], .nearly), (["just", "under"], .nearly), (["up", "to"], .atMost), (["at", "most"], .atMost),
        (["fewer", "than"], .atMost), (["less", "than"], .atMost),
        (["over"], .atLeast), (["above"], .atLeast), (["nearly"], .nearly), (["almost"], .nearly),
        (["about"], .about), (["around"], .about), (["approximately"], .about), (["roughly"], .about),
        (["some"], .about), (["estimated"], .about), (["circa"], .about), (["under"], .atMost), (["below"], .atMost),
    ]

    static let months: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    /// Words after which a number names a document, a clause or a thing, not a count.
    static let labelWords: Set<String> = [
        "resolution", "resolutions", "no", "nos", "vol", "volume", "number", "article", "articles", "page", "pages",
        "p", "pp", "chapter", "section", "paragraph", "para", "clause", "case", "law", "decree", "order", "item",
        "issue", "room", "flight", "route", "footnote", "note", "tel", "phone", "fax", "ext", "box", "suite",
        "apartment", "building", "block", "km", "kilometre", "kilometer", "grade", "level", "step", "stage", "part",
        "annex", "appendix", "table", "figure", "fig", "unit", "regiment", "division", "brigade", "battalion", "platoon",
        "motorized", "code", "verse", "protocol", "rule", "act", "bill", "amendment", "convention", "session",
    ]

    /// Words after which a four-digit number is a year: "in 1992", "since 1991".
    static let yearWords: Set<String> = [
        "in", "since", "of", "by", "until", "till", "from", "during", "before", "after", "the", "year", "early",
        "late", "mid", "summer", "winter", "spring", "autumn", "fall", "and", "to", "between", "circa", "around",
    ]

    static let timeWords: Set<String> = ["am", "pm", "a.m", "p.m", "o'clock", "gmt", "utc", "hrs", "h"]

    /// Whether the letters at `range` may be a number word: a key of their first eight lowercased
    /// letters and their length, looked up without making a string. Exact for words of up to eight
    /// letters; longer ones are confirmed against the tables by their callers.
    static func mayBeNumberWord(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        let length = range.count
        guard length >= 3, length <= 9,
              prefixes[prefixIndex(bytes[range.lowerBound], bytes[range.lowerBound + 1], bytes[range.lowerBound + 2])]
        else { return false }
        var key: UInt64 = 0
        for index in range.prefix(8) { key = key << 8 | UInt64(bytes[index] | 0x20) }
        return numberWordKeys.contains(key &* 31 &+ UInt64(length))
    }

    /// Which three-letter beginnings a number word can have: a table lookup that turns most words
    /// away before any hashing.
    static let prefixes: [Bool] = {
        var table = [Bool](repeating: false, count: 27 * 27 * 27)
        for word in Array(units.keys) + Array(scales.keys) + Array(vague.keys) + ["tens"] {
            let bytes = Array(word.utf8)
            table[prefixIndex(bytes[0], bytes[1], bytes[2])] = true
        }
        return table
    }()

    @inline(__always) static func prefixIndex(_ first: UInt8, _ second: UInt8, _ third: UInt8) -> Int {
        @inline(__always) func letter(_ byte: UInt8) -> Int {
            let lower = byte | 0x20
            return lower >= 0x61 && lower <= 0x7A ? Int(lower - 0x60) : 0
        }
        return (letter(first) * 27 + letter(second)) * 27 + letter(third)
    }

    static let numberWordKeys: Set<UInt64> = {
        let words = Array(units.keys) + Array(scales.keys) + Array(vague.keys) + ["tens"]
        return Set(words.map { word -> UInt64 in
            var key: UInt64 = 0
            for byte in word.utf8.prefix(8) { key = key << 8 | UInt64(byte) }
            return key &* 31 &+ UInt64(word.utf8.count)
        })
    }()

    /// Whether a lowercased word can start or continue a number written in words.
    static func isNumberWord(_ word: String) -> Bool {
        units[word] != nil || scales[word] != nil || vague[word] != nil
    }
}
