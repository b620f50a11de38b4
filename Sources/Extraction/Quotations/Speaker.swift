/// Who a quotation is attributed to, and the words that attribute it.
///
/// `span` covers the name as written ("PM Pashinyan", "the president"); `cue` is the reporting
/// verb or "according to", lowercased, as found next to the name.
public struct Speaker: Hashable, Sendable {
    public var name: String
    public var span: TextSpan
    public var cue: String

    public init(name: String, span: TextSpan, cue: String) {
        self.name = name
        self.span = span
        self.cue = cue
    }
}
