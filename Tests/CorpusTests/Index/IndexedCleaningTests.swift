import Corpus
import Foundation
import TestSupport
import XCTest

/// An index file keeps parsed documents and is only read again when `DocumentParser.rulesVersion`
/// changes, so any change to what parsing gives must come with a new version. This test holds a
/// fingerprint of everything parsing gives for the seeds and fixtures, recorded with the version.
final class IndexedCleaningTests: XCTestCase {
    /// Version → fingerprint. Add a line when the version changes; never edit an old one.
    private let recorded: [String: String] = [
        "1": "6bb89b5eebb470e7",
    ]

    func testParsingOutputIsTheOneRecordedForTheRulesVersion() throws {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        func mix(_ text: String) {
            for byte in text.utf8 {
                hash ^= UInt64(byte)
                hash &*= 0x0000_0100_0000_01B3
            }
            hash ^= 0xFF
            hash &*= 0x0000_0100_0000_01B3
        }
        let seeds = try FileManager.default.contentsOfDirectory(atPath: PackagePaths.seeds.path).sorted().map { name in
            ArticleFixtures.Fixture(name, bytes: Array(try Data(contentsOf: PackagePaths.seeds.appendingPathComponent(name))))
        }
        for fixture in seeds + ArticleFixtures.all {
            let document = fixture.parse()
            mix(document.format.rawValue)
            mix(document.encoding.rawValue)
            mix("\(document.metadata.title ?? "-")|\(document.metadata.author ?? "-")|\(document.metadata.published?.iso ?? "-")|\(document.metadata.outlet ?? "-")")
            mix(String(document.wordCount))
            mix(document.reading.text)
            mix(document.reading.paragraphs.map { "\($0.start)-\($0.end)" }.joined(separator: ","))
            mix(document.reading.map.segments.map { "\($0.reading)>\($0.source)\($0.isCopy ? "=" : "~")" }.joined(separator: ","))
        }
        let fingerprint = String(hash, radix: 16)
        XCTAssertEqual(recorded[DocumentParser.rulesVersion], fingerprint, """
            What parsing gives has changed, so index files made before would show old texts. Set \
            DocumentParser.rulesVersion to a new value and record \(fingerprint) for it here.
            """)
    }
}
