/// The in-memory corpus: every loaded document, in load order, found by id.
public struct DocumentStore: Sendable {
    public let documents: [Document]
    private let positions: [String: Int]

    public init(_ documents: [Document]) {
        self.documents = documents
        var positions: [String: Int] = [:]
        for (index, document) in documents.enumerated() { positions[document.id] = index }
        self.positions = positions
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
