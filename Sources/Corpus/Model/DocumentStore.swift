/// The corpus: every loaded document, in load order, found by id.
public struct DocumentStore: Sendable {
    public let documents: [Document]
    private let positions: [String: Int]
    /// The full-text index that came with the documents (an index file's), if any.
    public let attachedSearch: SearchIndex?

    public init(_ documents: [Document]) {
        self.documents = documents
        var positions: [String: Int] = [:]
        positions.reserveCapacity(documents.count)
        for (index, document) in documents.enumerated() { positions[document.id] = index }
        self.positions = positions
        attachedSearch = nil
    }

    private init(documents: [Document], positions: [String: Int], attachedSearch: SearchIndex?) {
        self.documents = documents
        self.positions = positions
        self.attachedSearch = attachedSearch
    }

    /// The same documents, searched with `search` (whose rows are these documents).
    func attaching(_ search: SearchIndex) -> DocumentStore {
        DocumentStore(documents: documents, positions: positions, attachedSearch: search)
    }

    public var count: Int { documents.count }

    public func document(id: String) -> Document? { positions[id].map { documents[$0] } }

    /// The document with this id, or the only one whose id starts with it.
    public func document(matching prefix: String) -> Document? {
        if let exact = document(id: prefix) { return exact }
        let matches = documents.filter { $0.id.hasPrefix(prefix) }
        return matches.count == 1 ? matches[0] : nil
    }
}
