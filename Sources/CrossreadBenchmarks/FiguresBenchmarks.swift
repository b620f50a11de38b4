import Comparison
import Corpus
import Extraction
import Foundation

/// Figure extraction: `FigureExtractor` over the reading text of every generated document (one
/// core, documents parsed beforehand), and building the whole figure table from a loaded store.
enum FiguresBenchmarks {
    static func make(_ context: BenchmarkContext) -> [Benchmark] {
        nonisolated(unsafe) var texts: [String] = []
        nonisolated(unsafe) var store = DocumentStore([])
        return [
            Benchmark(name: "extract figures (reading text, one core)", setUp: {
                let files = try context.corpusFiles()
                let documents = files.enumerated().map { index, file in
                    DocumentParser.parse(bytes: file.bytes, id: String(index), path: file.path, format: file.format)
                }
                texts = documents.map(\.reading.text)
                for index in texts.indices { texts[index].makeContiguousUTF8() }
                store = DocumentStore(documents)
            }) {
                var bytes = 0
                var figures = 0
                for text in texts {
                    figures += FigureExtractor.figures(in: text).count
                    bytes += text.utf8.count
                }
                precondition(figures > 0, "the generated corpus states figures")
                return bytes
            },
            Benchmark(name: "figure table (extract, map spans, compare)", iterations: 3) {
                let table = FigureTable(store: store)
                precondition(!table.rows.isEmpty)
                return store.documents.reduce(0) { $0 + $1.reading.text.utf8.count }
            },
        ]
    }
}
