import Extraction

/// One difference between two aligned passages: words inserted, deleted or replaced.
///
/// Spans are offsets into each side's text. The side that has no words (the left of an insert, the
/// right of a delete) gets an empty span where the words would go, so a pane can mark the spot.
public struct WordChange: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, Codable {
        case insert, delete, replace
    }

    public var kind: Kind
    public var left: TextSpan
    public var right: TextSpan

    public init(kind: Kind, left: TextSpan, right: TextSpan) {
        self.kind = kind
        self.left = left
        self.right = right
    }
}
