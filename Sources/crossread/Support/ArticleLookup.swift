import ArgumentParser
import Corpus

/// Finds the article a command-line id names: the id itself or a prefix of exactly one id.
///
/// A prefix of several ids is an error that names them, so the person can type one more
/// character; an unknown id points at `crossread list`. Both are one line and exit 2.
enum ArticleLookup {
    /// The most candidates an ambiguous prefix lists by name before "and N more".
    static let candidatesShown = 6

    static func document(_ id: String, in store: DocumentStore) throws -> Document {
        if let exact = store.document(id: id) { return exact }
        let matches = id.isEmpty ? [] : store.documents.filter { $0.id.hasPrefix(id) }
        switch matches.count {
        case 1:
            return matches[0]
        case 0:
            StandardError.print("crossread: no article with id \(id.isEmpty ? "\"\"" : id) (crossread list shows the ids)")
        default:
            let named = matches.prefix(candidatesShown).map(\.id).joined(separator: ", ")
            let more = matches.count > candidatesShown ? " and \(matches.count - candidatesShown) more" : ""
            StandardError.print("crossread: \(id) names \(matches.count) articles: \(named)\(more); give more of the id")
        }
        throw ExitCode(2)
    }
}
