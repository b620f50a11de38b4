import Comparison
import Corpus
import Extraction
import Foundation

/// Date extraction: the tagger alone over each document's reading text, and the whole merged
/// timeline (tagging, offset mapping, merging, labels) over a loaded store.
enum DatesBenchmarks {
    static func make(_ context: BenchmarkContext) -> [Benchmark] {
        nonisolated(unsafe) var documents: [Document] = []
        nonisolated(unsafe) var store = DocumentStore([])
        return [
            Benchmark(name: "extract dates (reading text, one core)", setUp: {
                documents = try context.corpusFiles().enumerated().map { index, file in
                    DocumentParser.parse(bytes: file.bytes, id: String(index), path: file.path, format: file.format)
                }
                store = DocumentStore(documents)
            }) {
                var total = 0
                var mentions = 0
                for document in documents {
                    mentions += DateExtractor(publication: document.metadata.published).mentions(in: document.reading.text).count
                    total += document.reading.text.utf8.count
                }
                precondition(mentions > 0, "the corpus dates nothing")
                return total
            },
            Benchmark(name: "build timeline (extract, map spans, merge, label)", iterations: 3) {
                let timeline = Timeline(store)
                precondition(!timeline.entries.isEmpty)
                return documents.reduce(0) { $0 + $1.reading.text.utf8.count }
            },
        ]
    }
}
