import Extraction

/// Sentences, and the numbers and dates written in them, as UTF-8 in one buffer, each sentence of a
/// document once: what `FigureStore` and `TimelineMentionStore` keep instead of a string per fact.
///
/// A fact's text (`613`, `26 February 1992`) is a run of its sentence's own bytes when the
/// sentence holds it at the fact's offset, and is appended otherwise.
struct SentenceBytes {
    /// A run of `bytes`.
    struct Place: Sendable {
        fileprivate(set) var start: Int
        fileprivate(set) var length: Int

        var end: Int { start + length }
    }

    private(set) var bytes: [UInt8] = []
    /// The current document's sentences already in `bytes`, by their span in its reading text.
    private var sentences: [TextSpan: Place] = [:]

    /// Starts a document: sentences are shared within one document only.
    mutating func startDocument() {
        sentences.removeAll(keepingCapacity: true)
    }

    /// Appends a sentence as it is (stored facts hand over each of a document's sentences once).
    mutating func addSentence(_ utf8: ArraySlice<UInt8>) -> Place {
        defer { bytes.append(contentsOf: utf8) }
        return Place(start: bytes.count, length: utf8.count)
    }

    /// The sentence's place: where the same sentence of this document already is, or appended.
    mutating func addSentence(_ sentence: String, span: TextSpan) -> Place {
        if let known = sentences[span], holds(sentence, at: known.start, length: known.length) { return known }
        let place = Place(start: bytes.count, length: sentence.utf8.count)
        bytes.append(contentsOf: sentence.utf8)
        sentences[span] = place
        return place
    }

    /// The text's place: inside `sentence` at `offset` when it is written there, or appended.
    mutating func addText(_ text: String, within sentence: Place, at offset: Int) -> Place {
        let length = text.utf8.count
        if offset >= 0, offset + length <= sentence.length, holds(text, at: sentence.start + offset, length: length) {
            return Place(start: sentence.start + offset, length: length)
        }
        let place = Place(start: bytes.count, length: length)
        bytes.append(contentsOf: text.utf8)
        return place
    }

    /// The string at `place`, as written.
    func string(_ place: Place) -> String {
        String(decoding: bytes[place.start..<place.end], as: UTF8.self)
    }

    /// Byte for byte: `String`'s `==` takes "é" and "e\u{301}" for one string, and each must come back as written.
    private func holds(_ text: String, at start: Int, length: Int) -> Bool {
        length == text.utf8.count && bytes[start..<(start + length)].elementsEqual(text.utf8)
    }

    /// A span as two 32-bit numbers, or `nil` when it does not fit.
    static func pack(_ span: TextSpan) -> (start: Int32, length: Int32)? {
        guard let start = Int32(exactly: span.start), let length = Int32(exactly: span.length), length >= 0 else { return nil }
        return (start, length)
    }
}
