import Corpus
import Foundation

/// Loading and cleaning: parsing file bytes into documents (decoding, furniture, metadata), and
/// the whole `CorpusLoader` path including reading the files.
enum LoadingBenchmarks {
    static func make(_ context: BenchmarkContext) -> [Benchmark] {
        nonisolated(unsafe) var files: [(path: String, bytes: [UInt8], format: DocumentFormat)] = []
        // The folder load runs first, so that its peak memory is its own and not the in-memory
        // copy of the corpus that the parse benchmark holds.
        return [
            Benchmark(name: "load folder (read files, parse, clean)", iterations: 3) {
                guard let folder = context.corpusFolder else { throw BenchmarkError.needsCorpus }
                let (store, _) = try CorpusLoader().load(paths: [folder])
                return store.documents.reduce(0) { $0 + $1.original.utf8.count }
            },
            Benchmark(name: "parse and clean (in memory, one core)", setUp: { files = try context.corpusFiles() }) {
                var total = 0
                for (index, file) in files.enumerated() {
                    let document = DocumentParser.parse(bytes: file.bytes, id: String(index), path: file.path, format: file.format)
                    total += file.bytes.count
                    precondition(!document.reading.text.isEmpty)
                }
                return total
            },
        ]
    }
}
