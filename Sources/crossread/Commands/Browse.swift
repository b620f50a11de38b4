import ArgumentParser
import Corpus
import Foundation

struct Browse: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open the browser (the default); prints the article list when not on a terminal.")

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        let store = try corpus.load()
        try ArticleList(store: store).write(.text)
        StandardError.print("crossread: not a terminal, so here is the article list; crossread show ID prints one")
    }
}
