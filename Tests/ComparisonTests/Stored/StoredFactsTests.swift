@testable import Comparison
import Corpus
import Foundation
import TestSupport
import XCTest

/// Facts kept in an index file are the facts the extractors give, read back exactly, and their
/// kinds' versions change whenever the extractors' output does.
final class StoredFactsTests: XCTestCase {
    /// Kind name → fingerprint of the packed facts of the seeds. Add a line when a version
    /// changes; never edit an old one.
    private let recorded: [String: String] = [
        "figures@1": "51f457f42274cf6d",
        "dates@1": "5342613ef76f770b",
    ]

    private func seedFolder() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        for seed in try FileManager.default.contentsOfDirectory(atPath: PackagePaths.seeds.path) {
            try folder.write("seeds/\(seed)", bytes: Array(try Data(contentsOf: PackagePaths.seeds.appendingPathComponent(seed))))
        }
        return folder
    }

    func testAnIndexedCorpusGivesTheFiguresAndTimelineOfTheLoadedOne() throws {
        let folder = try seedFolder()
        let corpus = folder.url.appendingPathComponent("seeds").path
        let index = folder.url.appendingPathComponent("index.sqlite").path
        let loaded = try CorpusLoader().load(paths: [corpus]).store
        _ = try CorpusIndex.open(paths: [corpus], file: index, facts: StoredFacts.all)
        let indexed = try CorpusIndex.open(paths: [corpus], file: index, facts: StoredFacts.all).store
        for document in indexed.documents {
            XCTAssertNotNil(document.storedFacts(StoredFacts.figures.name), "\(document.id): figures are read from the index")
            XCTAssertNotNil(document.storedFacts(StoredFacts.dates.name), "\(document.id): dates are read from the index")
        }
        XCTAssertEqual(DocumentFigure.all(in: indexed), DocumentFigure.all(in: loaded))
        XCTAssertGreaterThan(DocumentFigure.all(in: indexed).count, 40)
        XCTAssertEqual(Timeline(indexed).entries, Timeline(loaded).entries)
        XCTAssertEqual(indexed.documents.flatMap(TimelineMention.all(in:)), loaded.documents.flatMap(TimelineMention.all(in:)))
        XCTAssertEqual(Timeline(indexed).unplaced, Timeline(loaded).unplaced)
    }

    func testPackedFactsComeBackExactlyAndDamagedOnesAreRefused() throws {
        let store = BuiltInCorpus.load()
        for document in store.documents {
            let figures = DocumentFigure.extracted(from: document)
            let packedFigures = StoredFacts.encode(figures)
            XCTAssertEqual(StoredFacts.decodeFigures(packedFigures, documentID: document.id), figures)
            XCTAssertNil(StoredFacts.decodeFigures(Array(packedFigures.dropLast()), documentID: document.id))
            XCTAssertNil(StoredFacts.decodeFigures(packedFigures + [0], documentID: document.id), "trailing bytes")

            let mentions = TimelineMention.extracted(in: document)
            let packedMentions = StoredFacts.encode(mentions)
            XCTAssertEqual(StoredFacts.decodeMentions(packedMentions, documentID: document.id), mentions)
            XCTAssertNil(StoredFacts.decodeMentions(Array(packedMentions.dropLast()), documentID: document.id))
        }
    }

    func testExtractorOutputIsTheOneRecordedForEachKindsVersion() {
        let store = BuiltInCorpus.load()
        for kind in StoredFacts.all {
            var fingerprint = Fingerprint()
            for document in store.documents { fingerprint.add(kind.extract(document)) }
            XCTAssertEqual(recorded[kind.name], fingerprint.text, """
                What \(kind.name) gives for the seeds has changed, so index files made before would show \
                old facts. Give the kind a new version in StoredFacts and record \(fingerprint.text) for it here.
                """)
        }
    }
}
