import ArgumentParser
import Corpus
import Foundation

struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Search every article's reading text, best matches first.",
        discussion: """
            Words, "quoted phrases", prefixes (hostag*), AND, OR and NOT in capitals, and parentheses. \
            Words side by side must all appear. Case and accents do not matter. Results are ranked \
            by bm25; each shows how many hits the article has and a snippet with the hits between **.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, csv, markdown }

    @Argument(help: "What to search for.") var query: String
    @OptionGroup var corpus: CorpusOptions
    @Option(help: "text, json, csv or markdown.") var format: Format = .text
    @Option(help: "The most articles to list.") var limit = 20

    static let limits = 1...1_000_000

    func validate() throws {
        guard Self.limits.contains(limit) else {
            throw ValidationError("--limit must be \(Self.limits.lowerBound) to \(Self.limits.upperBound), not \(limit)")
        }
    }

    func run() throws {
        let parsed: SearchQuery
        do {
            parsed = try SearchQuery(query)
        } catch {
            StandardError.print("crossread: \(error)")
            throw ExitCode(2)
        }
        let store = try corpus.load()
        let found: SearchResults
        do {
            found = try SearchIndex.of(store, forOneQuery: true).search(parsed, limit: limit)
        } catch {
            StandardError.print("crossread: \(error)")
            throw ExitCode(1)
        }
        switch format {
        case .json:
            try StandardOutput.writeJSON(Output(query: query, results: found.results.map { Output.Result($0, store) }))
        case .text:
            StandardOutput.write(text(found))
        case .csv:
            CommandExports.write(CommandExports.search(found.results, query: query), .csv)
        case .markdown:
            CommandExports.write(CommandExports.search(found.results, query: query), .markdown)
        }
    }

    private func text(_ found: SearchResults) -> String {
        guard !found.results.isEmpty else { return "No article matches \(query)\n" }
        var lines: [String] = []
        for result in found.results {
            lines.append("\(result.documentID)  \(String(format: "%.4g", result.score))  \(result.hitCount) hit\(result.hitCount == 1 ? "" : "s")  \(result.title)")
            lines.append("    " + result.snippet.marked())
        }
        let shown = found.results.count
        lines.append("")
        lines.append(shown < found.total ? "\(shown) of \(found.total) matching articles (--limit shows more)"
                                         : "\(found.total) matching article\(found.total == 1 ? "" : "s")")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The JSON shape: `{"query", "results": [{"document", "title", "score", "snippet", "hits"}]}`.
    struct Output: Encodable {
        var query: String
        var results: [Result]

        struct Result: Encodable {
            var document: String
            var title: String?
            var score: Double
            var snippet: String
            var hits: Int

            init(_ result: SearchResult, _ store: DocumentStore) {
                document = result.documentID
                title = store.documents[result.document].metadata.title
                score = Output.rounded(result.score)
                snippet = result.snippet.marked()
                hits = result.hitCount
            }

            func encode(to encoder: Encoder) throws {
                // An unknown title is written as null, as `list` does, never left out.
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(document, forKey: .document)
                try container.encode(title, forKey: .title)
                try container.encode(score, forKey: .score)
                try container.encode(snippet, forKey: .snippet)
                try container.encode(hits, forKey: .hits)
            }

            enum CodingKeys: String, CodingKey { case document, title, score, snippet, hits }
        }

        /// Four significant digits: enough to order by, the same on every machine. (bm25 scores
        /// are tiny when a word is in most articles, as in a small corpus, so decimals would not do.)
        static func rounded(_ score: Double) -> Double {
            guard score != 0, score.isFinite else { return score }
            let scale = pow(10, 3 - floor(log10(abs(score))))
            return (score * scale).rounded() / scale
        }
    }
}
