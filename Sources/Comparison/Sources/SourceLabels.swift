import Corpus

/// Short labels for the sources of a corpus ("A", "B", ... "Z", "AA", ...), in corpus order.
///
/// Tables and timelines name a source by its label in a narrow column and keep a legend that maps
/// each label to the document's title, so a reader can tell sources apart at a glance.
public struct SourceLabels: Sendable {
    public struct Entry: Hashable, Sendable {
        public var label: String
        public var documentID: String
        public var title: String
    }

    public let entries: [Entry]
    private let byID: [String: String]

    public init(_ store: DocumentStore) {
        entries = store.documents.enumerated().map { index, document in
            Entry(label: Self.label(index), documentID: document.id, title: document.displayTitle)
        }
        byID = Dictionary(uniqueKeysWithValues: entries.map { ($0.documentID, $0.label) })
    }

    /// The label of a document, or `nil` when it is not in the corpus.
    public func label(of documentID: String) -> String? { byID[documentID] }

    /// "A" ... "Z", then "AA", "AB", ...: bijective base 26.
    public static func label(_ index: Int) -> String {
        var number = index + 1
        var letters: [Character] = []
        while number > 0 {
            number -= 1
            letters.append(Character(Unicode.Scalar(UInt8(65 + number % 26))))
            number /= 26
        }
        return String(letters.reversed())
    }
}
