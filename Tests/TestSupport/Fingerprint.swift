/// A stable hash (FNV-1a, 64 bits) of what a test feeds it, for recording that an output has not
/// changed: Swift's `Hasher` differs from run to run.
///
///     var fingerprint = Fingerprint()
///     fingerprint.add(document.reading.text)
///     XCTAssertEqual(fingerprint.text, "6bb89b5eebb470e7")
public struct Fingerprint {
    private var hash: UInt64 = 0xCBF2_9CE4_8422_2325

    public init() {}

    /// Adds `bytes` and then 0xFF, a byte UTF-8 never has, so "ab" then "c" differs from "a" then "bc".
    public mutating func add<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        for byte in bytes { mix(byte) }
        mix(0xFF)
    }

    public mutating func add(_ text: String) { add(text.utf8) }

    /// The hash in hexadecimal.
    public var text: String { String(hash, radix: 16) }

    private mutating func mix(_ byte: UInt8) {
        hash ^= UInt64(byte)
        hash &*= 0x0000_0100_0000_01B3
    }
}
