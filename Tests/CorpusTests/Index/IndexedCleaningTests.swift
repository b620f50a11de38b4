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
        // HTML read by gumbo and ArticleFinder: the seeds and fixtures read the same, real pages do not.
        "2": "6bb89b5eebb470e7",
        // Comments, boxes of headlines and "Read more:" lines left out by their headings
        // (`FurnitureHeadings`): the seeds and fixtures read the same, texts with them do not.
        "3": "6bb89b5eebb470e7",
    ]

    func testParsingOutputIsTheOneRecordedForTheRulesVersion() throws {
        var fingerprint = Fingerprint()
        let seeds = try FileManager.default.contentsOfDirectory(atPath: PackagePaths.seeds.path).sorted().map { name in
            ArticleFixtures.Fixture(name, bytes: Array(try Data(contentsOf: PackagePaths.seeds.appendingPathComponent(name))))
        }
        for fixture in seeds + ArticleFixtures.all {
            let document = fixture.parse()
            fingerprint.add(document.format.rawValue)
            fingerprint.add(document.encoding.rawValue)
            fingerprint.add("\(document.metadata.title ?? "-")|\(document.metadata.author ?? "-")|\(document.metadata.published?.iso ?? "-")|\(document.metadata.outlet ?? "-")")
            fingerprint.add(String(document.wordCount))
            fingerprint.add(document.reading.text)
            fingerprint.add(document.reading.paragraphs.map { "\($0.start)-\($0.end)" }.joined(separator: ","))
            fingerprint.add(document.reading.map.segments.map { "\($0.reading)>\($0.source)\($0.isCopy ? "=" : "~")" }.joined(separator: ","))
        }
        XCTAssertEqual(recorded[DocumentParser.rulesVersion], fingerprint.text, """
            What parsing gives has changed, so index files made before would show old texts. Set \
            DocumentParser.rulesVersion to a new value and record \(fingerprint.text) for it here.
            """)
    }
}
