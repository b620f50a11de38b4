import Corpus
import Foundation

/// Something the browser asks the front end to do outside the screen: run a command on text,
/// show text in the pager, put text on the clipboard.
///
/// The text is handed over on the command's standard input (or base64-encoded for the
/// clipboard), never put into a command line or written to the terminal as it is, so nothing in
/// a document can run a command or send the terminal a control sequence.
public enum ExternalRequest: Sendable, Equatable {
    /// Run `command` with `/bin/sh -c`, `input` on its standard input, and wait for Enter after it.
    case pipe(command: String, input: String)
    /// Show `text` in `$PAGER` (less when unset).
    case page(String)
    /// Put `text` on the clipboard through the terminal (OSC 52).
    case copy(String)
}

/// A source's attribution as Crossread writes it beside a quoted sentence: "source, title, date".
public enum Citation {
    /// "Outlet, Title, 1992-02-26", leaving out what the document does not say (the article's id
    /// stands for an unknown outlet, so a citation always names where the words came from).
    public static func line(for document: Document) -> String { line(id: document.id, metadata: document.metadata) }

    public static func line(id: String, metadata: Metadata) -> String {
        let source = metadata.outlet ?? "article \(id)"
        return ([source] + [metadata.title, metadata.published?.iso].compactMap { $0 })
            .map { TerminalSafe.sanitize($0) }.joined(separator: ", ")
    }

    /// A sentence with its citation: the quoted sentence on one line, the citation on the next.
    public static func quote(_ sentence: String, from document: Document) -> String {
        "“" + sentence.trimmingCharacters(in: .whitespacesAndNewlines) + "”\n— " + line(for: document) + "\n"
    }

    /// A whole article: its citation, a blank line, then its text.
    public static func article(_ text: String, from document: Document) -> String {
        line(for: document) + "\n\n" + text + (text.hasSuffix("\n") ? "" : "\n")
    }
}

/// The OSC 52 sequence that asks the terminal to put text on its clipboard.
public enum ClipboardSequence {
    /// `ESC ] 52 ; c ; base64 BEL`: the text travels base64-encoded, so none of its bytes reach the
    /// terminal as themselves.
    public static func osc52(_ text: String) -> String {
        "\u{1B}]52;c;" + Data(text.utf8).base64EncodedString() + "\u{07}"
    }
}
