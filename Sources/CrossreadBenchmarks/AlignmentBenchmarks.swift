import Comparison
import Corpus

/// Passage alignment: two articles of about 10,000 words each, built from the seeds (no corpus
/// needed). The right one is the left one retold: paragraphs in another order, about one word in
/// twelve replaced and one in thirty dropped, so most sentences pair and most pairs carry changes.
/// The target is under 50 ms for the pair; the claims of the pair are timed beside it.
enum AlignmentBenchmarks {
    static let targetWords = 10_000

    static func make(_ context: BenchmarkContext) -> [Benchmark] {
        nonisolated(unsafe) var left = ""
        nonisolated(unsafe) var right = ""
        nonisolated(unsafe) var store = DocumentStore([])
        nonisolated(unsafe) var pair: [Document] = []
        return [
            Benchmark(name: "align two 10,000-word articles", iterations: 20, setUp: {
                (left, right) = articles()
                store = BuiltInCorpus.load()
                pair = [("left", left), ("right", right)].map { id, text in
                    DocumentParser.parse(bytes: Array(text.utf8), id: id, path: id + ".txt", format: .plainText)
                }
            }) {
                let alignment = PassageAligner.align(left: left, right: right)
                precondition(!alignment.pairs.isEmpty)
                return left.utf8.count + right.utf8.count
            },
            Benchmark(name: "claims of two 10,000-word articles", iterations: 20) {
                let claims = ClaimComparison(of: pair)
                precondition(!claims.claims.isEmpty)
                return left.utf8.count + right.utf8.count
            },
            Benchmark(name: "group the quotations of the seed corpus", iterations: 20) {
                let groups = CorpusQuotations.groups(in: store)
                precondition(!groups.isEmpty)
                return store.documents.reduce(0) { $0 + $1.reading.text.utf8.count }
            },
        ]
    }

    /// The two articles; the same every run.
    static func articles() -> (String, String) {
        var paragraphs: [String] = []
        var words = 0
        let seeds = BuiltInCorpus.load().documents
        outer: while true {
            for document in seeds {
                for index in document.reading.paragraphs.indices {
                    let paragraph = String(document.reading.paragraph(index))
                    paragraphs.append(paragraph)
                    words += paragraph.split(separator: " ").count
                    if words >= targetWords { break outer }
                }
            }
        }
        var state: UInt64 = 2026
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        var retold = paragraphs.map { paragraph -> String in
            paragraph.split(separator: " ").compactMap { word -> Substring? in
                switch next() % 60 {
                case 0, 1: return nil
                case 2, 3, 4, 5, 6: return "otherwise"
                default: return word
                }
            }.joined(separator: " ")
        }
        for index in retold.indices.dropLast() where next() % 3 == 0 { retold.swapAt(index, index + 1) }
        return (paragraphs.joined(separator: "\n"), retold.joined(separator: "\n"))
    }
}
