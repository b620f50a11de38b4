import Corpus

extension ArticleFixtures.Fixture {
    /// The fixture parsed as the loader would parse a file of that name.
    public func parse() -> Document {
        let ext = name.split(separator: ".").last.map(String.init) ?? ""
        let format = DocumentParser.format(forExtension: ext) ?? .plainText
        let id = String(name.prefix { $0 != "." })
        return DocumentParser.parse(bytes: bytes, id: id, path: name, format: format)
    }
}

extension Document {
    /// The reading text's paragraphs, in order.
    public var readingParagraphs: [String] { reading.paragraphs.indices.map { String(reading.paragraph($0)) } }
}
