import ArgumentParser
import Corpus

struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print one article's metadata and reading text.")

    @OptionGroup var corpus: CorpusOptions
    @Argument(help: "The article's id, or a prefix that names one article.") var id: String
    @Option(help: "text, json or markdown.") var format: OutputFormat = .text
    @Flag(help: "Print the original text, furniture and all, instead of the reading text.") var raw = false

    func run() throws {
        let store = try corpus.load()
        let document = try ArticleLookup.document(id, in: store)
        let text = raw ? document.rawDisplay : document.reading
        let paragraphs = text.paragraphs.indices.map { String(text.paragraph($0)) }
        let metadata = document.metadata
        switch format {
        case .json:
            try StandardOutput.writeJSON(Shown(entry: ArticleList.Entry(document), paragraphs: paragraphs))
        case .text:
            var lines = [document.displayTitle]
            lines.append(field("Author", metadata.author) + field("Published", metadata.published?.iso)
                         + field("Outlet", metadata.outlet) + field("Filed from", metadata.place) + "\(document.wordCount) words")
            lines.append("")
            StandardOutput.write((lines + paragraphs.flatMap { [$0, ""] }).joined(separator: "\n"))
        case .markdown:
            var lines = ["# " + document.displayTitle, ""]
            if let author = metadata.author { lines.append("- Author: \(author)") }
            if let published = metadata.published { lines.append("- Published: \(published.iso)") }
            if let outlet = metadata.outlet { lines.append("- Outlet: \(outlet)") }
            if let place = metadata.place { lines.append("- Filed from: \(place)") }
            lines.append("- Source: \(document.path)")
            lines.append("")
            StandardOutput.write((lines + paragraphs.flatMap { [$0, ""] }).joined(separator: "\n"))
        }
    }

    private func field(_ name: String, _ value: String?) -> String { value.map { "\(name): \($0) · " } ?? "" }

    struct Shown: Encodable {
        var entry: ArticleList.Entry
        var paragraphs: [String]

        func encode(to encoder: Encoder) throws {
            try entry.encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(paragraphs, forKey: .paragraphs)
        }

        enum CodingKeys: String, CodingKey { case paragraphs }
    }
}
