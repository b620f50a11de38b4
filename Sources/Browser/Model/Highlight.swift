import Extraction

/// A span of a document's reading text to show in a style: a figure, a date.
public struct Highlight: Hashable, Sendable {
    public var span: TextSpan
    public var style: Style

    public init(span: TextSpan, style: Style) {
        self.span = span
        self.style = style
    }
}
