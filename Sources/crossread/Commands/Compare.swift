import ArgumentParser
import Comparison
import Corpus
import Extraction

struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Line up what two or more articles say: the counts they state, their passages, their quotations.",
        discussion: """
            Claims come first: every count (measure × group × event) that any chosen article states, \
            with each article's value and a status: agrees, differs, or stated by one article only. \
            Then, for each pair of articles, the passages that tell the same thing (kind quote, \
            figures, wording or paraphrase) with their word changes, and the passages only one has. Then each \
            article's quotations with their speakers. In JSON and Markdown, spans are UTF-8 byte \
            offsets into each article's original file.
            """)

    @OptionGroup var corpus: CorpusOptions
    @Argument(help: "Two or more article ids, or prefixes that name one article each.") var articles: [String]
    @Option(help: "text, json, markdown, or csv (the claims: a row per value each article states).")
    var format: CompareFormat = .text

    enum CompareFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json, markdown, csv
    }

    func validate() throws {
        guard articles.count >= 2 else { throw ValidationError("compare needs two or more article ids") }
    }

    func run() throws {
        let store = try corpus.load()
        var documents: [Document] = []
        for id in articles {
            let document = try ArticleLookup.document(id, in: store)
            guard !documents.contains(where: { $0.id == document.id }) else {
                StandardError.print("crossread: article \(document.id) is named twice")
                throw ExitCode(2)
            }
            documents.append(document)
        }
        let report = ComparisonReport(documents: documents, labels: SourceLabels(store))
        switch format {
        case .json: try StandardOutput.writeJSON(report)
        case .text: StandardOutput.write(report.text())
        case .markdown: StandardOutput.write(report.markdown())
        case .csv: CommandExports.write(CommandExports.claims(report.claims, titles: CommandExports.titles(store)), .csv)
        }
    }

}
