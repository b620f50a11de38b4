import ArgumentParser
import Corpus

struct List: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the articles of the corpus.")

    @OptionGroup var corpus: CorpusOptions
    @Option(help: "text, json or markdown.") var format: OutputFormat = .text
    @OptionGroup var width: WidthOption

    func run() throws {
        let store = try corpus.load()
        try ArticleList(store: store, maxWidth: width.maxWidth).write(format)
    }
}

/// The article list as `list` prints it, in each format.
struct ArticleList {
    let store: DocumentStore
    var maxWidth: Int? = TextTable.outputWidth

    struct Entry: Encodable {
        var id: String
        var title: String?
        var author: String?
        var published: String?
        var outlet: String?
        var place: String?
        var words: Int
        var path: String
        var format: String
        var encoding: String

        init(_ document: Document) {
            id = document.id
            title = document.metadata.title
            author = document.metadata.author
            published = document.metadata.published?.iso
            outlet = document.metadata.outlet
            place = document.metadata.place
            words = document.wordCount
            path = document.path
            format = document.format.rawValue
            encoding = document.encoding.rawValue
        }

        func encode(to encoder: Encoder) throws {
            // Unknown fields are written as null, never left out, so scripts can rely on the keys.
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(title, forKey: .title)
            try container.encode(author, forKey: .author)
            try container.encode(published, forKey: .published)
            try container.encode(outlet, forKey: .outlet)
            try container.encode(place, forKey: .place)
            try container.encode(words, forKey: .words)
            try container.encode(path, forKey: .path)
            try container.encode(format, forKey: .format)
            try container.encode(encoding, forKey: .encoding)
        }

        enum CodingKeys: String, CodingKey { case id, title, author, published, outlet, place, words, path, format, encoding }
    }

    func write(_ format: OutputFormat) throws {
        let entries = store.documents.map(Entry.init)
        switch format {
        case .json:
            try StandardOutput.writeJSON(entries)
        case .text, .markdown:
            let rows = store.documents.map { document in
                [document.id, document.metadata.published?.iso ?? "-", document.metadata.author ?? "-",
                 document.metadata.outlet ?? "-", String(document.wordCount), document.displayTitle]
            }
            let table = TextTable(headers: ["ID", "DATE", "AUTHOR", "OUTLET", "WORDS", "TITLE"], rows: rows,
                                  flexibleColumn: 5, maxWidth: maxWidth)
            StandardOutput.write(format == .text ? table.text() : table.markdown())
        }
    }
}
