// Reports and rewritten copies of them, with the truth written beside: which sentences of the copy
// retell which sentences of the report, and which numbers the copy changed.
//
// A copy is made the way one outlet rewrites another's wire story, by rules: paragraphs reordered,
// sentences paraphrased (synonyms, active and passive, clauses moved to the other end), quotation
// marks and reporting verbs changed, some counts changed, one sentence dropped and one added. Each
// sentence has its original wording and two or three rewordings; in a template `[a|b]` is a choice
// of words (the report takes the first) and `{#name}` a count.
import Foundation

struct SentenceTemplate {
    var original: String
    var rewrites: [String]
}

enum RewrittenReports {
    static let templates: [SentenceTemplate] = [
        SentenceTemplate(
            original: "{#killed} people were killed in {place} when {event} struck on {date}, officials said.",
            rewrites: ["[Officials|Authorities] said {event} killed {#killed} people in {place} on {date}.",
                       "On {date}, {event} killed {#killed} people in {place}, [officials|authorities] [said|reported]."]),
        SentenceTemplate(
            original: "Among the dead were {#children} children.",
            rewrites: ["{#children} children were among the dead."]),
        SentenceTemplate(
            original: "Rescue teams evacuated {#evacuated} residents from the villages below the {structure}.",
            rewrites: ["{#evacuated} [residents|inhabitants] were evacuated from the villages below the {structure} by [rescue teams|emergency crews].",
                       "From the villages below the {structure}, [rescue teams|emergency crews] evacuated {#evacuated} [residents|inhabitants]."]),
        SentenceTemplate(
            original: "A further {#wounded} people were injured, the health ministry said.",
            rewrites: ["The health ministry said that another {#wounded} people were [injured|wounded].",
                       "Another {#wounded} people were [injured|wounded], according to the health ministry."]),
        SentenceTemplate(
            original: "{#missing} people were still missing on {day}.",
            rewrites: ["On {day}, {#missing} people [remained|were still] missing."]),
        SentenceTemplate(
            original: "“{quote1},” said {official}, the {role} of {place}.",
            rewrites: ["{official}, the {role} of {place}, [told reporters|said]: \"{quote1}.\"",
                       "\"{quote1},\" {official}, the {role} of {place}, [told reporters|stated]."]),
        SentenceTemplate(
            original: "“{quote2},” {organisation} said in a statement.",
            rewrites: ["In a statement, {organisation} [said|warned]: \"{quote2}.\"",
                       "\"{quote2},\" {organisation} [stated|wrote] in a statement."]),
        SentenceTemplate(
            original: "Engineers had warned for years that the {structure} needed urgent repairs.",
            rewrites: ["For years, engineers had [warned|cautioned] that the {structure} [needed|required] urgent repairs.",
                       "That the {structure} [needed|required] urgent repairs had been [known|said] by engineers for years."]),
        SentenceTemplate(
            original: "The {structure} was built in {year} to hold back the waters of the {river}.",
            rewrites: ["Built in {year}, the {structure} [held|kept] back the waters of the {river}.",
                       "The waters of the {river} were held back by the {structure}, which was built in {year}."]),
        SentenceTemplate(
            original: "Heavy rain had fallen across the region for three days before {event}.",
            rewrites: ["For three days before {event}, [heavy|intense] rain had fallen across the region.",
                       "Before {event}, [heavy|torrential] rain had fallen across the [region|area] for three days."]),
        SentenceTemplate(
            original: "Residents said the warning sirens did not sound until the water reached the first houses.",
            rewrites: ["The warning sirens did not sound until the water had reached the first houses, according to residents.",
                       "According to [residents|locals], the warning sirens [stayed silent|did not sound] until the water reached the first houses."]),
        SentenceTemplate(
            original: "The regional governor declared a state of emergency and asked the army for help.",
            rewrites: ["A state of emergency was declared by the regional governor, who [asked|called on] the army for help.",
                       "Asking the army for help, the regional governor [declared|proclaimed] a state of emergency."]),
        SentenceTemplate(
            original: "An inquiry into the causes of {event} will open next month, the prosecutor's office said.",
            rewrites: ["The prosecutor's office said an inquiry into the causes of {event} would open next month.",
                       "Next month an inquiry into the causes of {event} will [open|begin], the prosecutor's office [said|announced]."]),
        SentenceTemplate(
            original: "Aid groups have set up shelters in schools and sports halls in {town}.",
            rewrites: ["Shelters have been set up by aid groups in [schools|school buildings] and sports halls in {town}.",
                       "In {town}, aid groups have [set up|opened] shelters in schools and sports halls."]),
    ]
    /// In the report only.
    static let dropped = "Local television showed footage of flooded streets and of cars carried away by the current."
    /// In the copy only.
    static let added = "The newspaper could not independently confirm the figures."
    /// Sentences of the report by paragraph (indices into `templates`; -1 is `dropped`).
    static let paragraphs: [[Int]] = [[0, 1], [8, 9], [2, 13], [3, 4], [5, 10], [6, 11], [7, 12, -1]]

    static let events = ["the dam collapse", "the flood", "the landslide", "the embankment failure"]
    static let structures = ["dam", "embankment", "reservoir wall", "levee"]
    static let rivers = ["Orlen", "Marrow", "Kestrel", "Fenn", "Dunmere"]
    static let roles = ["mayor", "deputy mayor", "district governor", "fire chief"]
    static let organisations = ["the Valley Relief Network", "Civil Rescue International", "the Red Crescent",
                                "Watershed Rights Watch", "the regional rescue service"]
    static let quotes = [
        "We have never seen water rise so fast in this valley",
        "Whole streets disappeared in a matter of minutes and people had nowhere to run",
        "The warnings were there for years and nobody listened to them",
        "Our teams are still searching the mud for survivors and we will not stop",
        "Families need shelter, clean water and medicine before the night comes",
        "This was not a natural disaster but the result of neglect",
    ]
    static let days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    /// What the truth file says about one report and its copy.
    struct Truth: Codable {
        struct Span: Codable {
            var start: Int
            var end: Int
            var text: String
        }
        struct Pair: Codable {
            var original: Span
            var rewrite: Span
        }
        var original: String
        var rewrite: String
        /// Sentences that tell the same thing, one in each file (byte offsets into the files).
        var pairs: [Pair]
        /// Counts the copy states differently: the number in each file.
        var numberChanges: [Pair]
        var onlyInOriginal: [Span]
        var onlyInRewrite: [Span]
    }

    static func write(count: Int, to root: URL, random: inout SplitMix64) throws {
        let reports = root.appendingPathComponent("reports"), truths = root.appendingPathComponent("truth")
        try FileManager.default.createDirectory(at: reports, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: truths, withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        var changes = 0
        for index in 0..<count {
            let name = String(format: "report-%03d", index)
            var (original, rewrite, truth) = report(&random)
            truth.original = "reports/\(name).txt"
            truth.rewrite = "reports/\(name)-rewrite.txt"
            changes += truth.numberChanges.count
            try Data(original.utf8).write(to: reports.appendingPathComponent("\(name).txt"))
            try Data(rewrite.utf8).write(to: reports.appendingPathComponent("\(name)-rewrite.txt"))
            try encoder.encode(truth).write(to: truths.appendingPathComponent("\(name).json"))
        }
        print("wrote \(count) reports and their rewrites (\(changes) numbers changed) to \(root.path)")
    }

    /// One report, its copy, and the truth about them.
    static func report(_ random: inout SplitMix64) -> (String, String, Truth) {
        let place = random.pick(places)
        var town = random.pick(places)
        while town == place { town = random.pick(places) }
        let year = 1950 + random.below(50)
        let firstQuote = random.below(quotes.count)
        let values: [String: String] = [
            "place": place, "town": town, "event": random.pick(events), "structure": random.pick(structures),
            "river": random.pick(rivers) + " river", "date": "\(1 + random.below(28)) \(random.pick(months)) \(2000 + random.below(24))",
            "day": random.pick(days), "official": "\(random.pick(firstNames)) \(random.pick(lastNames))",
            "role": random.pick(roles), "organisation": random.pick(organisations), "year": "\(year)",
            "quote1": quotes[firstQuote], "quote2": quotes[(firstQuote + 1 + random.below(quotes.count - 1)) % quotes.count],
        ]
        let counts: [String: Int] = [
            "killed": 40 + random.below(400), "children": 10 + random.below(30), "evacuated": 1000 + 500 * random.below(12),
            "wounded": 60 + random.below(300), "missing": 11 + random.below(40),
        ]
        // Each count is changed in the copy with even odds; at least one always is.
        var changed = counts
        let forced = counts.keys.sorted()[random.below(counts.count)]
        for key in counts.keys.sorted() where key == forced || random.below(2) == 0 {
            let old = counts[key]!
            changed[key] = old + max(1, old * (5 + random.below(20)) / 100)
        }

        var originalText = Assembler(), rewriteText = Assembler()
        var originalSpans: [Int: (TextSpanLike, [String: TextSpanLike])] = [:]
        var droppedSpan: TextSpanLike?
        for (position, paragraph) in paragraphs.enumerated() {
            for sentence in paragraph {
                if sentence < 0 {
                    droppedSpan = originalText.add(dropped).0
                } else {
                    let (text, numbers) = render(templates[sentence].original, values, counts, choose: nil)
                    originalSpans[sentence] = originalText.add(text, numbers: numbers)
                }
            }
            if position < paragraphs.count - 1 { originalText.endParagraph() }
        }
        // The copy: paragraphs shuffled, the dropped sentence left out, one sentence added.
        var order = Array(paragraphs.indices)
        for index in stride(from: order.count - 1, to: 0, by: -1) { order.swapAt(index, random.below(index + 1)) }
        var rewriteSpans: [Int: (TextSpanLike, [String: TextSpanLike])] = [:]
        var addedSpan: TextSpanLike?
        for (position, paragraph) in order.enumerated() {
            for sentence in paragraphs[paragraph] where sentence >= 0 {
                let template = templates[sentence]
                let (text, numbers) = render(random.pick(template.rewrites), values, changed, choose: &random)
                rewriteSpans[sentence] = rewriteText.add(text, numbers: numbers)
            }
            if position == order.count / 2 { addedSpan = rewriteText.add(added).0 }
            if position < order.count - 1 { rewriteText.endParagraph() }
        }
        let original = originalText.text + "\n", rewrite = rewriteText.text + "\n"
        func span(_ span: TextSpanLike, _ text: String) -> Truth.Span {
            Truth.Span(start: span.start, end: span.end,
                       text: String(decoding: Array(text.utf8)[span.start..<span.end], as: UTF8.self))
        }
        var truth = Truth(original: "", rewrite: "", pairs: [], numberChanges: [], onlyInOriginal: [], onlyInRewrite: [])
        for sentence in originalSpans.keys.sorted() {
            let (left, leftNumbers) = originalSpans[sentence]!, (right, rightNumbers) = rewriteSpans[sentence]!
            truth.pairs.append(Truth.Pair(original: span(left, original), rewrite: span(right, rewrite)))
            for key in leftNumbers.keys.sorted() where counts[key] != changed[key] {
                truth.numberChanges.append(Truth.Pair(original: span(leftNumbers[key]!, original),
                                                      rewrite: span(rightNumbers[key]!, rewrite)))
            }
        }
        truth.onlyInOriginal = droppedSpan.map { [span($0, original)] } ?? []
        truth.onlyInRewrite = addedSpan.map { [span($0, rewrite)] } ?? []
        return (original, rewrite, truth)
    }

    struct TextSpanLike {
        var start: Int
        var end: Int
    }

    /// Text built a sentence at a time, keeping each sentence's byte span.
    struct Assembler {
        var text = ""
        private var atParagraphStart = true

        @discardableResult
        mutating func add(_ sentence: String, numbers: [String: TextSpanLike] = [:]) -> (TextSpanLike, [String: TextSpanLike]) {
            if !atParagraphStart { text += " " }
            atParagraphStart = false
            let start = text.utf8.count
            text += sentence
            let shifted = numbers.mapValues { TextSpanLike(start: $0.start + start, end: $0.end + start) }
            return (TextSpanLike(start: start, end: text.utf8.count), shifted)
        }

        mutating func endParagraph() {
            text += "\n\n"
            atParagraphStart = true
        }
    }

    /// A template filled in: with `choose` nil the first of each choice of words, else a random one;
    /// the spans of the counts, in bytes from the sentence's start.
    static func render(_ template: String, _ values: [String: String], _ counts: [String: Int],
                       choose random: UnsafeMutablePointer<SplitMix64>?) -> (String, [String: TextSpanLike])
    {
        var result = ""
        var numbers: [String: TextSpanLike] = [:]
        var rest = Substring(template)
        while let first = rest.first {
            if first == "[", let close = rest.firstIndex(of: "]") {
                let choices = rest[rest.index(after: rest.startIndex)..<close].split(separator: "|", omittingEmptySubsequences: false)
                let pick = random.map { $0.pointee.below(choices.count) } ?? 0
                result += choices[pick]
                rest = rest[rest.index(after: close)...]
            } else if first == "{", let close = rest.firstIndex(of: "}") {
                let name = String(rest[rest.index(after: rest.startIndex)..<close])
                if name.hasPrefix("#") {
                    let start = result.utf8.count
                    result += formatted(counts[String(name.dropFirst())]!)
                    numbers[String(name.dropFirst())] = TextSpanLike(start: start, end: result.utf8.count)
                } else {
                    result += values[name]!
                }
                rest = rest[rest.index(after: close)...]
            } else {
                result.append(first)
                rest = rest.dropFirst()
            }
        }
        // A sentence opens with a capital, whatever was filled in first ("the flood" -> "The flood").
        if let first = result.first, first.isLowercase { result = first.uppercased() + result.dropFirst() }
        return (result, numbers)
    }

    static func render(_ template: String, _ values: [String: String], _ counts: [String: Int],
                       choose random: inout SplitMix64) -> (String, [String: TextSpanLike])
    {
        withUnsafeMutablePointer(to: &random) { render(template, values, counts, choose: $0) }
    }

    /// "4,500": thousands separated as news writes them.
    static func formatted(_ value: Int) -> String {
        value >= 1000 ? "\(value / 1000),\(String(format: "%03d", value % 1000))" : "\(value)"
    }
}
