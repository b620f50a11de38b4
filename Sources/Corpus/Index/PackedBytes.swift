/// Writes values as compact bytes for an index file: integers in little-endian base 128 (7 bits
/// a byte, the high bit saying more follow), strings as a length and their UTF-8, no field names.
///
/// What is written is read back by `PackedReader` in the same order. Used for the parts of a
/// reading text and for the facts other modules keep per document (`StoredFactKind`).
public struct PackedWriter: Sendable {
    public private(set) var bytes: [UInt8] = []

    public init() {}

    /// A non-negative integer (negative ones are written as 0; use `writeSigned` for those).
    public mutating func write(_ value: Int) {
        var rest = UInt64(max(0, value))
        while rest >= 0x80 {
            bytes.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    /// Any integer, zigzag-coded so small negative numbers stay short.
    public mutating func writeSigned(_ value: Int) {
        let zigzag = (UInt64(bitPattern: Int64(value)) << 1) ^ UInt64(bitPattern: Int64(value) >> 63)
        var rest = zigzag
        while rest >= 0x80 {
            bytes.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    public mutating func write(_ value: Bool) { bytes.append(value ? 1 : 0) }

    public mutating func write(_ value: Double) {
        withUnsafeBytes(of: value.bitPattern.littleEndian) { bytes.append(contentsOf: $0) }
    }

    public mutating func write(_ value: String) { writeBytes(value.utf8) }

    /// A length and the bytes, as a string's UTF-8 is written; read back with `readBytes` or `readString`.
    public mutating func writeBytes(_ value: some Collection<UInt8>) {
        write(value.count)
        bytes.append(contentsOf: value)
    }

    /// A flag for presence, then the value when there is one.
    public mutating func write<Value>(_ value: Value?, _ writeValue: (inout PackedWriter, Value) -> Void) {
        write(value != nil)
        if let value { writeValue(&self, value) }
    }
}

/// Reads what `PackedWriter` wrote, in the same order; every read gives `nil` once the bytes do
/// not hold what was asked for (the end, an over-long number), so damaged bytes are told apart.
public struct PackedReader: Sendable {
    private let bytes: [UInt8]
    private var position = 0

    public init(_ bytes: [UInt8]) { self.bytes = bytes }

    public var isAtEnd: Bool { position == bytes.count }
    /// How many bytes are left to read.
    public var remaining: Int { bytes.count - position }

    public mutating func read() -> Int? {
        guard let value = readUnsigned(), value <= UInt64(Int.max) else { return nil }
        return Int(value)
    }

    public mutating func readSigned() -> Int? {
        guard let zigzag = readUnsigned() else { return nil }
        return Int(Int64(bitPattern: (zigzag >> 1) ^ (0 &- (zigzag & 1))))
    }

    public mutating func readBool() -> Bool? {
        guard position < bytes.count, bytes[position] <= 1 else { return nil }
        position += 1
        return bytes[position - 1] == 1
    }

    public mutating func readDouble() -> Double? {
        guard bytes.count - position >= 8 else { return nil }
        var pattern: UInt64 = 0
        for offset in 0..<8 { pattern |= UInt64(bytes[position + offset]) << (8 * UInt64(offset)) }
        position += 8
        return Double(bitPattern: pattern)
    }

    public mutating func readString() -> String? {
        guard let count = read(), bytes.count - position >= count else { return nil }
        defer { position += count }
        return String(decoding: bytes[position..<(position + count)], as: UTF8.self)
    }

    /// Bytes written with `writeBytes` (or a string's UTF-8), as a slice of the bytes read, without a copy.
    public mutating func readBytes() -> ArraySlice<UInt8>? {
        guard let count = read(), bytes.count - position >= count else { return nil }
        defer { position += count }
        return bytes[position..<(position + count)]
    }

    /// A value written with `write(_:_:)`: `.some(nil)` when it was absent, `nil` when unreadable.
    public mutating func readOptional<Value>(_ readValue: (inout PackedReader) -> Value?) -> Value?? {
        guard let present = readBool() else { return nil }
        guard present else { return .some(nil) }
        guard let value = readValue(&self) else { return nil }
        return .some(value)
    }

    private mutating func readUnsigned() -> UInt64? {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while position < bytes.count, shift <= 63 {
            let byte = bytes[position]
            position += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
        return nil
    }
}
