import Comparison
import Corpus
import Foundation

/// Full-text search on the generated corpus: building the in-memory FTS5 index, the latency of
/// single queries (each timed alone, so p95 is over single queries), building and reopening an
/// index file (`--index`), then `grep -rli` for the same words over the same files, in the same run. Target (issue 8): p95 under 10 ms on 10,000
/// articles, and at least 20 times faster than grep.
enum SearchBenchmarks {
    /// Words and queries over the generator's vocabulary, one of each kind a person types: a
    /// common word (in most articles), a place (about one article in sixteen), the commonest word
    /// of all (in every article: the worst case for ranking), a phrase, two prefixes, AND/NOT and OR.
    static let grepWords = ["hostage", "Aldermoor", "the"]
    static let queries = ["hostage", "Aldermoor", "the", "\"taken hostage\"", "evacu*", "hostag*",
                          "hostage AND Brenvik NOT Kowalski", "Aldermoor OR Brenvik"]
    static let queryRuns = 200
    static let indexFile = FileManager.default.temporaryDirectory.appendingPathComponent("crossread-bench-\(getpid()).sqlite").path

    static func make(_ context: BenchmarkContext) -> [Benchmark] {
        nonisolated(unsafe) var store: DocumentStore?
        nonisolated(unsafe) var index: SearchIndex?
        var benchmarks = [
            Benchmark(name: "search: build the in-memory index", iterations: 3, setUp: {
                guard let folder = context.corpusFolder else { throw BenchmarkError.needsCorpus }
                store = try CorpusLoader().load(paths: [folder]).store
            }) {
                guard let store else { throw BenchmarkError.needsCorpus }
                index = try SearchIndex(store)
                return store.documents.reduce(0) { $0 + $1.reading.text.utf8.count }
            },
        ]
        // 20 is the command's default; 50 rows are more than a tall Search pane fetches at first.
        for (text, limit) in queries.map({ ($0, 20) }) + [("hostage", 50)] {
            benchmarks.append(Benchmark(name: "search: query \(text) (limit \(limit))", iterations: queryRuns) {
                guard let index else { throw BenchmarkError.needsCorpus }
                let found = try index.search(SearchQuery(text), limit: limit)
                precondition(found.total > 0, "\(text) matches nothing in this corpus")
                return 0
            })
        }
        benchmarks.append(Benchmark(name: "search: build the index file with the parsed corpus and facts (--index, first run)", iterations: 3) {
            guard let store, let folder = context.corpusFolder else { throw BenchmarkError.needsCorpus }
            try? FileManager.default.removeItem(atPath: indexFile)
            let update = try CorpusIndex.open(paths: [folder], file: indexFile, facts: StoredFacts.all).update
            precondition(update.added == store.count)
            return store.documents.reduce(0) { $0 + $1.reading.text.utf8.count }
        })
        benchmarks.append(Benchmark(name: "search: reopen the index file, nothing changed", iterations: 5) {
            guard let store, let folder = context.corpusFolder else { throw BenchmarkError.needsCorpus }
            let opened = try CorpusIndex.open(paths: [folder], file: indexFile, facts: StoredFacts.all)
            precondition(opened.update.unchanged == store.count)
            _ = try opened.search.search(SearchQuery("Aldermoor"))
            return 0
        })
        return benchmarks + grepBenchmarks(context)
    }

    /// `grep -rli` for each of `grepWords` over the corpus's files, to set search against.
    ///
    /// grep is started with `posix_spawnp` and waited for with `waitpid`: Foundation's
    /// `Process.waitUntilExit` polls, and rounded grep's times up to about 50 ms steps.
    static func grepBenchmarks(_ context: BenchmarkContext) -> [Benchmark] {
        grepWords.map { word in
            Benchmark(name: "grep -rli \(word) (same files)", iterations: 5) {
                guard let folder = context.corpusFolder else { throw BenchmarkError.needsCorpus }
                try run(["grep", "-rli", word, folder])
                return 0
            }
        }
    }

    /// Runs `arguments` (found on PATH) with its output thrown away, and waits for it to end.
    static func run(_ arguments: [String]) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        let argv = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, arguments[0], &actions, nil, argv, environ)
        guard spawned == 0 else { throw BenchmarkError.commandFailed(arguments.joined(separator: " ")) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
    }

    /// Search against grep for the same word: grep's median over search's p95.
    static func summary(_ measurements: [Measurement]) -> [String] {
        try? FileManager.default.removeItem(atPath: indexFile)
        return comparison(measurements, prefix: "search", target: "< 10 ms")
    }

    /// For queries measured as "PREFIX: query WORD (limit 20)": each grep word's ratio of grep's
    /// median to the query's p95, and the worst p95 of all queries, with the load average.
    static func comparison(_ measurements: [Measurement], prefix: String, target: String) -> [String] {
        var lines = ["uptime: " + loadAverage()]
        for word in grepWords {
            guard let grep = measurements.first(where: { $0.name == "grep -rli \(word) (same files)" }),
                  let search = measurements.first(where: { $0.name == "\(prefix): query \(word) (limit 20)" }) else { continue }
            lines.append(String(format: "%@ vs grep -rli for %@: grep median %.1f ms / search p95 %.2f ms = %.0fx (target >= 20x)",
                                prefix, word, grep.median * 1e3, search.p95 * 1e3, grep.median / search.p95))
        }
        let queryP95 = measurements.filter { $0.name.hasPrefix("\(prefix): query") }.map(\.p95).max() ?? 0
        lines.append(String(format: "%@: worst p95 over the queries %.2f ms (target %@)", prefix, queryP95 * 1e3, target))
        return lines
    }

    /// The machine's load averages (1, 5, 15 minutes), since other work on it moves every figure.
    static func loadAverage() -> String {
        let text = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? ""
        let fields = text.split(separator: " ").prefix(3)
        return fields.count == 3 ? "load average " + fields.joined(separator: ", ") : "load average unknown"
    }
}
