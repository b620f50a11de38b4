// Release-build benchmarks of Crossread's hot paths.
//
//     swift run -c release crossread-benchmarks [GROUP...] [--corpus FOLDER] [--index FILE]
//
// Groups are registered below; each lives in its own file. With no group, all run. Inputs that need
// a generated corpus take it from --corpus (Benchmarks/run makes one with crossread-corpus-generator).
import Foundation

var arguments = Array(CommandLine.arguments.dropFirst())
var corpusFolder: String?
if let position = arguments.firstIndex(of: "--corpus"), position + 1 < arguments.count {
    corpusFolder = arguments[position + 1]
    arguments.removeSubrange(position...(position + 1))
}
var indexFile: String?
if let position = arguments.firstIndex(of: "--index"), position + 1 < arguments.count {
    indexFile = arguments[position + 1]
    arguments.removeSubrange(position...(position + 1))
}
let context = BenchmarkContext(corpusFolder: corpusFolder, indexFile: indexFile)

/// Every benchmark group, by name.
let groups: [(name: String, make: (BenchmarkContext) -> [Benchmark])] = [
    ("loading", LoadingBenchmarks.make),
    ("browser", BrowserBenchmarks.make),
    ("dates", DatesBenchmarks.make),
    ("figures", FiguresBenchmarks.make),
    ("alignment", AlignmentBenchmarks.make),
    ("search", SearchBenchmarks.make),
    ("indexed-search", IndexedSearchBenchmarks.make),
    ("many-sources", ManySourcesBenchmarks.make),
]

/// Lines a group prints after its benchmarks, from their measurements (comparisons, targets).
let summaries: [String: ([Measurement]) -> [String]] = [
    "search": SearchBenchmarks.summary,
    "indexed-search": IndexedSearchBenchmarks.summary,
]

// With no group named, every group runs but the indexed one, which needs --index.
let selected = arguments.isEmpty ? groups.filter { $0.name != "indexed-search" } : groups.filter { arguments.contains($0.name) }
if selected.isEmpty {
    print("unknown group; groups: \(groups.map(\.name).joined(separator: ", "))")
    exit(2)
}
for group in selected {
    var measurements: [Measurement] = []
    for benchmark in group.make(context) {
        do {
            let measurement = try Harness.measure(benchmark)
            measurements.append(measurement)
            print(measurement.line)
        } catch {
            print("\(benchmark.name): failed: \(error)")
        }
    }
    for line in summaries[group.name]?(measurements) ?? [] { print(line) }
}
