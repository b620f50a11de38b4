import Comparison
import Corpus
import Extraction

/// A piece of a document as the commands print it: its reading text and its span in the original.
struct QuotedText: Encodable {
    var text: String
    var span: TextSpan

    /// The reading text under `span` (a reading-text span), with the span mapped to the original.
    init(_ document: Document, reading span: TextSpan) {
        text = span.slice(of: document.reading.text) ?? ""
        self.span = document.reading.sourceSpan(span)
    }
}

/// Word changes in a line a person reads: `Khojalu → Khojaly; + stereotype; − that`.
enum ChangeDescription {
    static func line(_ changes: [WordChange], left: String, right: String) -> String {
        changes.map { change in
            let removed = change.left.slice(of: left) ?? "", added = change.right.slice(of: right) ?? ""
            switch change.kind {
            case .replace: return "\(removed) → \(added)"
            case .insert: return "+ \(added)"
            case .delete: return "− \(removed)"
            }
        }.joined(separator: "; ")
    }
}
