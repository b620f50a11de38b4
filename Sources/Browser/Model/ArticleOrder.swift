import Corpus

/// How the article list is sorted.
public enum ArticleOrder: String, CaseIterable, Sendable {
    case corpus = "corpus order"
    case date
    case title
    case author

    public var next: ArticleOrder {
        let all = Self.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }

    /// Document indices in this order; unknown values sort last, ties keep corpus order.
    public func sorted(_ documents: [Document], reversed: Bool) -> [Int] {
        let indices = Array(documents.indices)
        func key(_ index: Int) -> String? {
            let metadata = documents[index].metadata
            switch self {
            case .corpus: return nil
            case .date: return metadata.published?.iso
            case .title: return metadata.title?.lowercased()
            case .author: return metadata.author?.lowercased()
            }
        }
        guard self != .corpus else { return reversed ? indices.reversed() : indices }
        return indices.sorted { left, right in
            switch (key(left), key(right)) {
            case let (l?, r?): return l != r ? (reversed ? l > r : l < r) : left < right
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return left < right
            }
        }
    }
}
