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
        return benchmarks + SearchBenchmarks.grepBenchmarks(context)
    }

    /// Search against grep for the same word, and the worst p95.
    static func summary(_ measurements: [Measurement]) -> [String] {
        SearchBenchmarks.comparison(measurements, prefix: "indexed search", target: "< 50 ms on 100,000 articles")
    }
}
