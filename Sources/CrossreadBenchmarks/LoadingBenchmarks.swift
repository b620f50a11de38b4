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
            // The HTML path alone (gumbo, the article finder, declared metadata), on the corpus's
            // HTML files: run on a folder of `Benchmarks/html-pages.py` pages, and compare with the
            // line above from a build of the previous scanner on the same folder (Benchmarks/run-html).
            Benchmark(name: "parse and clean HTML pages (in memory, one core)", setUp: {
                files = try context.corpusFiles().filter { $0.format == .html }
            }) {
                guard !files.isEmpty else { throw BenchmarkError.needsCorpus }
                var total = 0
                for (index, file) in files.enumerated() {
                    let document = DocumentParser.parse(bytes: file.bytes, id: String(index), path: file.path, format: .html)
                    total += file.bytes.count
                    precondition(document.wordCount > 0)
                }
                return total
            },
            // One page of 50 MB (a long article among furniture), as a bad-input case: it must be
            // read at the same speed as small ones, not slower.
            Benchmark(name: "parse and clean one 50 MB HTML page", iterations: 3, setUp: { files = [] }) {
                let page = Self.largePage
                let document = DocumentParser.parse(bytes: page, id: "large", path: "large.html", format: .html)
                precondition(document.wordCount > 1_000_000)
                return page.count
            },
        ]
    }

    /// A 50 MB page: navigation, then paragraphs of prose with links and inline markup, then a footer.
    static let largePage: [UInt8] = {
        var html = "<!doctype html><html><head><title>A long page</title><script>var a = 1;</script></head><body>"
            + "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article>"
        let paragraph = "<p>The river rose overnight and <b>flooded</b> the lower town, forcing 1,200 families from their "
            + "homes &mdash; officials said the water began to fall by noon, <a href=\"/x\">the mayor</a> said.</p>\n"
        let count = 50_000_000 / paragraph.utf8.count
        html.reserveCapacity(50_100_000)
        for _ in 0..<count { html += paragraph }
        return Array((html + "</article><footer>Footer text</footer></body></html>").utf8)
    }()
}
