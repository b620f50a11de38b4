import Synchronization

/// A document's texts, held in memory or read on first use from where they are kept.
///
/// A body from a loaded file has its texts from the start. A body from an index file has a
/// `DocumentTextSource` and reads from it the first time `texts` is asked for, then keeps what it
/// read; a document never opened is never read. Reads are serialized by a lock, so panes built on
/// other threads can share documents with the browser.
final class DocumentBody: Sendable {
    struct Texts: Sendable {
        var original: String
        var reading: ReadingText
    }

    private let source: (any DocumentTextSource)?
    private let row: Int64
    private let loaded: Mutex<Texts?>

    init(original: String, reading: ReadingText) {
        source = nil
        row = 0
        loaded = Mutex(Texts(original: original, reading: reading))
    }

    init(source: any DocumentTextSource, row: Int64) {
        self.source = source
        self.row = row
        loaded = Mutex(nil)
    }

    var texts: Texts {
        loaded.withLock { texts in
            if let texts { return texts }
            // A source that fails (the index file removed while the program runs) gives an empty
            // document with a one-line explanation rather than a crash.
            let read = source?.texts(row: row) ?? Texts(original: "", reading: ReadingText.raw(""))
            texts = read
            return read
        }
    }

    func storedFacts(_ kind: String) -> [UInt8]? { source?.facts(kind, row: row) }

    /// Whether the texts are in memory: always for a loaded file; for an index file's document,
    /// once something has asked for them (what tests look at to see that listing reads none).
    var hasTexts: Bool { loaded.withLock { $0 != nil } }
}

/// Where a lazily read document's texts and stored facts come from (an index file).
protocol DocumentTextSource: Sendable {
    func texts(row: Int64) -> DocumentBody.Texts
    func facts(_ kind: String, row: Int64) -> [UInt8]?
}
