import Foundation

/// Codes for the characters in cells, so a `Cell` holds no reference: a character of one Unicode
/// scalar is that scalar's value; a grapheme cluster of several (an emoji sequence, a letter with
/// combining marks) is a number above any scalar, the place of the cluster in a table shared by
/// every buffer. The table only grows, by each distinct cluster ever drawn, which the text shown
/// bounds.
enum GraphemeTable {
    /// Codes at or above this are clusters; scalars end at 0x10FFFF.
    static let firstCluster: UInt32 = 0x8000_0000

    private final class Storage: @unchecked Sendable {
        let lock = NSLock()
        var clusters: [Character] = []
        var codes: [[UInt32]: UInt32] = [:]
    }

    private static let storage = Storage()

    static func isScalar(_ code: UInt32) -> Bool { code < firstCluster }

    static func code(of character: Character) -> UInt32 {
        let utf8 = character.utf8
        if utf8.count == 1, let byte = utf8.first { return UInt32(byte) }
        let scalars = character.unicodeScalars
        if let first = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex { return first.value }
        // Keyed by the exact scalars, not by String equality, which would merge canonically
        // equivalent clusters and draw one where the text has the other.
        let key = scalars.map(\.value)
        storage.lock.lock()
        defer { storage.lock.unlock() }
        if let code = storage.codes[key] { return code }
        let code = firstCluster + UInt32(storage.clusters.count)
        storage.clusters.append(character)
        storage.codes[key] = code
        return code
    }

    static func character(_ code: UInt32) -> Character {
        if isScalar(code) { return Character(Unicode.Scalar(code) ?? "\u{FFFD}") }
        storage.lock.lock()
        defer { storage.lock.unlock() }
        return storage.clusters[Int(code - firstCluster)]
    }
}
