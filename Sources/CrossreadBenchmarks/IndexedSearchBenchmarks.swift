import Comparison
import Corpus
import Foundation

/// Search over a corpus kept in an index file (`--index`), as a large corpus is opened: reopening
/// the file (nothing changed), single queries (p95), and `grep -rli` for the same words over the
/// same files in the same run. Target (issue 8): on 100,000 articles, p95 under 50 ms; at least
/// 20 times faster than grep.
///
///     crossread-benchmarks indexed-search --corpus FOLDER --index FILE
///
/// The index is built first if it is not there (that build is timed by Benchmarks/scale.py).
enum IndexedSearchBenchmarks {
    static func make(_ context: BenchmarkContext) -> [Benchmark] {
        nonisolated(unsafe) var opened: CorpusIndex.Opened?
        var benchmarks = [
            Benchmark(name: "indexed search: reopen the index file, nothing changed", iterations: 3) {
                guard let folder = context.corpusFolder, let file = context.indexFile else { throw BenchmarkError.needsCorpus }
                opened = nil
                opened = try CorpusIndex.open(paths: [folder], file: file, facts: StoredFacts.all)
                return 0
            },
        ]
        for text in SearchBenchmarks.queries {
            benchmarks.append(Benchmark(name: "indexed search: query \(text) (limit 20)", iterations: SearchBenchmarks.queryRuns) {
                guard let opened else { throw BenchmarkError.needsCorpus }
                let found = try opened.search.search(SearchQuery(text), limit: 20)
                precondition(found.total > 0, "\(text) matches nothing in this corpus")
                return 0
            })
        }
        for word in SearchBenchmarks.grepWords {
            benchmarks.append(Benchmark(name: "grep -rli \(word) (same files)", iterations: 5) {
                guard let folder = context.corpusFolder else { throw BenchmarkError.needsCorpus }
                let grep = Process()
                grep.executableURL = URL(fileURLWithPath: "/usr/bin/env")
                grep.arguments = ["grep", "-rli", word, folder]
                grep.standardOutput = FileHandle.nullDevice
                try grep.run()
                grep.waitUntilExit()
                return 0
            })
        }
        return benchmarks
    }

    /// Search against grep for the same word, and the worst p95.
    static func summary(_ measurements: [Measurement]) -> [String] {
        var lines: [String] = []
        for word in SearchBenchmarks.grepWords {
            guard let grep = measurements.first(where: { $0.name == "grep -rli \(word) (same files)" }),
                  let search = measurements.first(where: { $0.name == "indexed search: query \(word) (limit 20)" }) else { continue }
            lines.append(String(format: "indexed search vs grep -rli for %@: grep median %.1f ms / search p95 %.2f ms = %.0fx (target >= 20x)",
                                word, grep.median * 1e3, search.p95 * 1e3, grep.median / search.p95))
        }
        let queryP95 = measurements.filter { $0.name.hasPrefix("indexed search: query") }.map(\.p95).max() ?? 0
        lines.append(String(format: "indexed search: worst p95 over the queries %.2f ms (target < 50 ms on 100,000 articles)", queryP95 * 1e3))
        return lines
    }
}
