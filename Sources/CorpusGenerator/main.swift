// Writes a deterministic synthetic corpus for tests and benchmarks.
//
//     crossread-corpus-generator OUTPUT-FOLDER [--count N] [--seed S] [--rewrites]
//
// Articles look like the scraped news Crossread reads: a title, a byline, a dateline, prose with
// figures, dates and quotations, page furniture before and after, and every tenth file in Markdown
// or HTML. The same count and seed always give the same bytes.
//
// With --rewrites it writes instead N reports and a rewritten copy of each (Rewrites.swift), with
// the truth beside them: which sentences correspond and which numbers were changed.
import Foundation

struct SplitMix64 {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
}

let places = ["Aldermoor", "Brenvik", "Castellan", "Dunmere", "Eskarra", "Fenwold", "Galloran", "Harrowgate",
              "Istra", "Jorvale", "Kestrel Bay", "Lindqvist", "Marrowby", "Northfall", "Orlen", "Pellham"]
let firstNames = ["Anna", "Boris", "Carmen", "David", "Elif", "Farid", "Greta", "Hassan", "Irene", "Jonas",
                  "Katya", "Leon", "Mariam", "Nikolai", "Olga", "Pavel", "Rana", "Samuel", "Tamar", "Yusuf"]
let lastNames = ["Aliyev", "Brandt", "Costa", "Dimitrov", "Ekholm", "Farouk", "Grigoryan", "Hansen", "Ivanova",
                 "Jansen", "Kowalski", "Lindgren", "Mehta", "Novak", "Okafor", "Petrosyan", "Quinn", "Rossi"]
let outlets = ["Northern Ledger", "Evening Courier", "Regional Observer", "Daily Chronicle", "Weekly Review"]
let authorities = ["the health ministry", "local officials", "a rights group", "the regional government",
                   "the United Nations", "witnesses", "an official report", "the defence ministry"]
let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December"]
let measures = ["were killed", "were wounded", "were taken hostage", "went missing", "were displaced",
                "were injured", "died", "were evacuated"]
let groups = ["people", "civilians", "residents", "women", "children", "soldiers", "workers"]
let fillers = [
    "The situation in the area remained tense for several weeks, and aid convoys struggled to reach the town.",
    "Survivors described a chaotic night in which families were separated and many fled on foot through the hills.",
    "Independent observers have since called for a full investigation into the events and the decisions that led to them.",
    "Commemorations are held every year, and the anniversary draws delegations from several countries.",
    "The conflict over the region had escalated steadily, with each side accusing the other of provocations.",
    "Historians continue to debate the causes of the violence and the responsibility of the commanders involved.",
    "Many of the displaced never returned, and the town was rebuilt only decades later.",
    "Diplomats say that a lasting settlement will require both governments to address the grievances of the past.",
]

func article(_ index: Int, _ random: inout SplitMix64) -> (title: String, paragraphs: [String], head: [String], tail: [String]) {
    let place = random.pick(places)
    let year = 1980 + random.below(40)
    let month = random.pick(months)
    let day = 1 + random.below(28)
    let published = "\(1 + random.below(28)) \(random.pick(months)) \(year + 1 + random.below(30))"
    let author = "\(random.pick(firstNames)) \(random.pick(lastNames))"
    let title = "\(["Remembering", "Inside", "After", "The Truth About", "Lessons From"].randomElement(using: &random)) the \(place) Events of \(year)"
    var paragraphs: [String] = []
    let paragraphCount = 8 + random.below(8)
    for position in 0..<paragraphCount {
        var sentences: [String] = []
        for _ in 0..<(3 + random.below(3)) {
            switch random.below(6) {
            case 0:
                let count = 10 + random.below(2000)
                sentences.append("According to \(random.pick(authorities)), \(count.formatted()) \(random.pick(groups)) \(random.pick(measures)) in \(place) on \(month) \(day), \(year).")
            case 1:
                let speaker = "\(random.pick(firstNames)) \(random.pick(lastNames))"
                sentences.append("“We will not forget what happened in \(place), and we ask only for justice,” \(speaker) said in \(random.pick(months)) \(year + random.below(20)).")
            case 2:
                sentences.append("More than \(random.below(90) + 10) \(random.pick(groups)) \(random.pick(measures)), including \(random.below(30) + 2) children, in the night of \(day)-\(day + 1) \(month) \(year).")
            default:
                sentences.append(random.pick(fillers))
            }
        }
        if position == 0 { sentences.insert("\(place), \(published) –", at: 0) }
        paragraphs.append(sentences.joined(separator: " "))
    }
    let head = ["Home / News / \(place)", "Share | Tweet | Email", "By \(author)"]
    let tail = ["Related articles", "\(random.pick(places)) marks anniversary", "\(random.below(28) + 1) \(random.pick(months)) 2020",
                "Leave a Reply", "Your email address will not be published."]
    return (title, paragraphs, head, tail)
}

extension Array {
    func randomElement(using random: inout SplitMix64) -> Element { self[random.below(count)] }
}

var arguments = Array(CommandLine.arguments.dropFirst())
func option(_ name: String, default value: Int, in arguments: inout [String]) -> Int {
    guard let position = arguments.firstIndex(of: name), position + 1 < arguments.count,
          let number = Int(arguments[position + 1]) else { return value }
    arguments.removeSubrange(position...(position + 1))
    return number
}
let count = option("--count", default: 10_000, in: &arguments)
let seed = option("--seed", default: 1, in: &arguments)
let rewrites = arguments.contains("--rewrites")
arguments.removeAll { $0 == "--rewrites" }
guard let output = arguments.first, count >= 0 else {
    FileHandle.standardError.write(Data("usage: crossread-corpus-generator OUTPUT-FOLDER [--count N] [--seed S] [--rewrites]\n".utf8))
    exit(2)
}
var random = SplitMix64(state: UInt64(seed))
let root = URL(fileURLWithPath: output)
if rewrites {
    try RewrittenReports.write(count: count, to: root, random: &random)
    exit(0)
}
var totalBytes = 0
for index in 0..<count {
    let (title, paragraphs, head, tail) = article(index, &random)
    let folder = root.appendingPathComponent(String(format: "%03d", index / 1000))
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let text: String
    let ext: String
    switch index % 10 {
    case 3:
        ext = "md"
        text = "---\ntitle: \"\(title)\"\n---\n\n# \(title)\n\n" + paragraphs.joined(separator: "\n\n") + "\n"
    case 7:
        ext = "html"
        text = "<!doctype html><html><head><title>\(title)</title><script>var x = 1;</script></head><body>"
            + "<nav>" + head.map { "<a href=\"#\">\($0)</a>" }.joined() + "</nav><h1>\(title)</h1>"
            + paragraphs.map { "<p>\($0.replacingOccurrences(of: "&", with: "&amp;"))</p>" }.joined()
            + "<footer>" + tail.map { "<p>\($0)</p>" }.joined() + "</footer></body></html>\n"
    default:
        ext = "txt"
        text = ([title] + head + paragraphs + [outlets[index % outlets.count]] + tail).joined(separator: "\n\n") + "\n"
    }
    let data = Data(text.utf8)
    totalBytes += data.count
    try data.write(to: folder.appendingPathComponent(String(format: "article-%06d.%@", index, ext)))
}
print("wrote \(count) articles, \(totalBytes) bytes, to \(output)")
