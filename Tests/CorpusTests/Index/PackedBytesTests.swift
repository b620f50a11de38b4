import Corpus
import XCTest

final class PackedBytesTests: XCTestCase {
    func testValuesComeBackInOrder() throws {
        var writer = PackedWriter()
        for number in [0, 1, 127, 128, 300, Int(Int32.max), Int.max] { writer.write(number) }
        for number in [0, -1, 1, -64, 64, Int.min, Int.max] { writer.writeSigned(number) }
        writer.write(true)
        writer.write(-0.5)
        writer.write("Xocalı — 613")
        writer.write(Optional<String>.none) { $0.write($1) }
        writer.write(Optional(2.5)) { $0.write($1) }

        var reader = PackedReader(writer.bytes)
        XCTAssertEqual((0..<7).map { _ in reader.read() }, [0, 1, 127, 128, 300, Int(Int32.max), Int.max])
        XCTAssertEqual((0..<7).map { _ in reader.readSigned() }, [0, -1, 1, -64, 64, Int.min, Int.max])
        XCTAssertEqual(reader.readBool(), true)
        XCTAssertEqual(reader.readDouble(), -0.5)
        XCTAssertEqual(reader.readString(), "Xocalı — 613")
        XCTAssertEqual(reader.readOptional { $0.readString() }, .some(nil))
        XCTAssertEqual(reader.readOptional { $0.readDouble() }, .some(2.5))
        XCTAssertTrue(reader.isAtEnd)
        XCTAssertNil(reader.read(), "nothing past the end")
    }

    func testDamagedBytesReadAsNothing() {
        var cut = PackedReader([0x80, 0x80])
        XCTAssertNil(cut.read(), "a number whose last byte is missing")
        var long = PackedReader([5, 0x61])
        XCTAssertNil(long.readString(), "a string longer than what is left")
        var notBool = PackedReader([7])
        XCTAssertNil(notBool.readBool())
        var overlong = PackedReader([UInt8](repeating: 0xFF, count: 11) + [1])
        XCTAssertNil(overlong.read(), "more than 64 bits")
    }
}
