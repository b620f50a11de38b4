import Corpus
import Foundation
import GRDB
import TestSupport
import XCTest

/// `CorpusIndex.open`: the corpus kept in a file follows the files, gives back the very documents
/// the loader makes, reads no unchanged file, and a file that is not a sound Crossread index is
/// moved aside and rebuilt, never trusted.
final class CorpusIndexTests: XCTestCase {
    private var folder: TemporaryFolder!
    private var indexPath: String { folder.url.appendingPathComponent("index.sqlite").path }
    private var corpusPath: String { folder.url.appendingPathComponent("corpus").path }

    override func setUpWithError() throws {
        folder = try TemporaryFolder()
        try folder.write("corpus/a.txt", "Talks\n\nThe ceasefire talks resumed in the morning.\n")
        try folder.write("corpus/b.txt", "Convoy\n\nAn aid convoy reached the town.\n")
        try folder.write("corpus/c.txt", "Curfew\n\nA curfew was declared after the clashes.\n")
    }

    private func open(_ facts: [StoredFactKind] = []) throws -> CorpusIndex.Opened {
        try CorpusIndex.open(paths: [corpusPath], file: indexPath, facts: facts)
    }

    private func ids(_ query: String, _ opened: CorpusIndex.Opened) throws -> [String] {
        try opened.search.search(SearchQuery(query)).results.map(\.documentID).sorted()
    }

    private func counts(_ update: IndexUpdate) -> [Int] { [update.added, update.changed, update.removed, update.unchanged] }

    func testTheIndexFollowsEditsAdditionsAndDeletions() throws {
        let first = try open()
        XCTAssertEqual(counts(first.update), [3, 0, 0, 0])
        XCTAssertEqual(try ids("curfew OR convoy", first), ["b", "c"])

        let reopened = try open()
        XCTAssertEqual(counts(reopened.update), [0, 0, 0, 3], "nothing changed: nothing read")
        XCTAssertNil(reopened.update.notice)

        try folder.write("corpus/b.txt", "Convoy\n\nAn aid convoy was stopped; an armistice was signed in the evening.\n")
        try FileManager.default.removeItem(atPath: corpusPath + "/c.txt")
        try folder.write("corpus/d.txt", "Armistice\n\nThe armistice held through the winter.\n")
        let updated = try open()
        XCTAssertEqual(counts(updated.update), [1, 1, 1, 1])
        XCTAssertEqual(updated.store.documents.map(\.id), ["a", "b", "d"])
        XCTAssertEqual(updated.store.document(id: "b")?.readingParagraphs,
                       ["Convoy", "An aid convoy was stopped; an armistice was signed in the evening."])
        XCTAssertEqual(try ids("armistice", updated), ["b", "d"])
        XCTAssertEqual(try ids("curfew", updated), [], "the deleted file is gone from the index")
        XCTAssertEqual(try ids("ceasefire", updated), ["a"])
        let armistice = try SearchQuery("armistice")
        for result in try updated.search.search(armistice).results {
            let text = updated.store.documents[result.document].reading.text
            let hits = try updated.search.hits(of: result, for: armistice)
            XCTAssertFalse(hits.isEmpty)
            XCTAssertEqual(hits.count, result.hitCount)
            for hit in hits { XCTAssertEqual(hit.slice(of: text)?.lowercased(), "armistice", "hits are ranges of the new text") }
        }
    }

    func testReopeningGivesTheDocumentsTheLoaderMakes() throws {
        for fixture in ArticleFixtures.all { try folder.write("corpus/\(fixture.name)", bytes: fixture.bytes) }
        for seed in try FileManager.default.contentsOfDirectory(atPath: PackagePaths.seeds.path) {
            try folder.write("corpus/seeds/\(seed)", bytes: Array(try Data(contentsOf: PackagePaths.seeds.appendingPathComponent(seed))))
        }
        let loaded = try CorpusLoader().load(paths: [corpusPath]).store
        _ = try open()
        let reopened = try open()
        XCTAssertEqual(reopened.update.unchanged, loaded.count)
        XCTAssertEqual(reopened.store.documents.map(\.id), loaded.documents.map(\.id))
        for (indexed, expected) in zip(reopened.store.documents, loaded.documents) {
            XCTAssertEqual(indexed.path, expected.path)
            XCTAssertEqual(indexed.format, expected.format, expected.id)
            XCTAssertEqual(indexed.encoding, expected.encoding, expected.id)
            XCTAssertEqual(indexed.metadata, expected.metadata, expected.id)
            XCTAssertEqual(indexed.wordCount, expected.wordCount, expected.id)
            XCTAssertEqual(indexed.displayTitle, expected.displayTitle, expected.id)
            XCTAssertEqual(indexed.original, expected.original, expected.id)
            XCTAssertEqual(indexed.reading.text, expected.reading.text, expected.id)
            XCTAssertEqual(indexed.reading.paragraphs, expected.reading.paragraphs, expected.id)
            XCTAssertEqual(indexed.reading.map.segments, expected.reading.map.segments, expected.id)
        }
    }

    func testAnUnchangedFileIsNotReadAgain() throws {
        _ = try open()
        // Same size and time, other bytes: only reading the file could tell, and it is not read.
        let path = corpusPath + "/a.txt"
        var status = stat()
        XCTAssertEqual(stat(path, &status), 0)
        try folder.write("corpus/a.txt", "Talks\n\nThe CEASEFIRE talks resumed in the morning.\n")
        var times = [status.st_atim, status.st_mtim]
        XCTAssertEqual(utimensat(AT_FDCWD, path, &times, 0), 0, "the time is set back to the nanosecond")
        let reopened = try open()
        XCTAssertEqual(counts(reopened.update), [0, 0, 0, 3])
        XCTAssertEqual(reopened.store.document(id: "a")?.readingParagraphs.last, "The ceasefire talks resumed in the morning.")
    }

    func testATouchedFileWithTheSameBytesIsNotParsedAgain() throws {
        _ = try open()
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 3600)],
                                              ofItemAtPath: corpusPath + "/a.txt")
        let reopened = try open()
        XCTAssertEqual(counts(reopened.update), [0, 0, 0, 3])
        XCTAssertEqual(try ids("ceasefire", reopened), ["a"])
        XCTAssertEqual(counts(try open().update), [0, 0, 0, 3], "the new time is kept")
    }

    func testAFileThatStopsBeingAnArticleLeavesWithAWarning() throws {
        _ = try open()
        try folder.write("corpus/b.txt", bytes: [0x42, 0x00, 0x01, 0x02])
        let reopened = try open()
        XCTAssertEqual(counts(reopened.update), [0, 0, 1, 2])
        XCTAssertEqual(reopened.warnings.map(\.description), ["skipped \(corpusPath)/b.txt: binary file (contains NUL bytes)"])
        XCTAssertEqual(try ids("convoy", reopened), [])
    }

    func testIdsAreMadeForTheWholeCorpusEachTime() throws {
        _ = try open()
        try folder.write("corpus/more/a.txt", "Talks again\n\nThe talks broke down.\n")
        let reopened = try open()
        XCTAssertEqual(reopened.store.documents.map(\.id), ["a", "b", "c", "more/a"])
        XCTAssertEqual(Set(reopened.store.documents.map(\.id)).count, 4)
    }

    func testFactsAreKeptAndAKindOfAnotherVersionIsExtractedAgain() throws {
        let words = StoredFactKind(name: "words@1") { Array(String($0.wordCount).utf8) }
        let first = try open([words])
        XCTAssertEqual(first.store.documents.map { $0.storedFacts("words@1").map { String(decoding: $0, as: UTF8.self) } },
                       first.store.documents.map { String($0.wordCount) })
        XCTAssertNil(first.store.documents[0].storedFacts("letters@1"))

        let letters = StoredFactKind(name: "words@2") { Array(String($0.reading.text.count).utf8) }
        let second = try open([letters])
        XCTAssertEqual(counts(second.update), [0, 0, 0, 3])
        XCTAssertNil(second.store.documents[0].storedFacts("words@1"), "the older version is dropped")
        XCTAssertEqual(second.store.documents.map { $0.storedFacts("words@2").map { String(decoding: $0, as: UTF8.self) } },
                       second.store.documents.map { String($0.reading.text.count) })
    }

    func testOtherCleaningRulesMeanEveryFileIsReadAgain() throws {
        _ = try open()
        let database = try DatabaseQueue(path: indexPath)
        try database.write { try $0.execute(sql: "UPDATE crossread_index SET value = 'older' WHERE key = 'cleaning'") }
        try database.close()
        let reopened = try open()
        XCTAssertEqual(counts(reopened.update), [3, 0, 0, 0])
        XCTAssertEqual(reopened.update.notice, "the index was made with other cleaning rules: every file is read again")
        XCTAssertEqual(try ids("ceasefire", reopened), ["a"])
        XCTAssertNil(try open().update.notice)
    }

    func testAnIndexOfAnEarlierVersionIsMovedAsideAndRebuilt() throws {
        _ = try open()
        let database = try DatabaseQueue(path: indexPath)
        try database.write { try $0.execute(sql: "UPDATE crossread_index SET value = '3' WHERE key = 'version'") }
        try database.close()
        let opened = try open()
        XCTAssertEqual(opened.update.notice, "\(indexPath) is not a Crossread index of this version, or is damaged: moved it to \(indexPath).unreadable and built a new one")
        XCTAssertEqual(counts(opened.update), [3, 0, 0, 0])
        XCTAssertEqual(opened.store.documents.map(\.displayTitle), ["Talks", "Convoy", "Curfew"])
        XCTAssertNil(try open().update.notice)
    }

    func testADamagedFileIsMovedAsideAndRebuilt() throws {
        try folder.write("index.sqlite", "SQLite format 3\u{0}" + String(repeating: "not pages ", count: 500))
        let opened = try open()
        XCTAssertEqual(opened.update.notice, "\(indexPath) is not a Crossread index of this version, or is damaged: moved it to \(indexPath).unreadable and built a new one")
        XCTAssertEqual(counts(opened.update), [3, 0, 0, 0])
        XCTAssertEqual(try ids("convoy", opened), ["b"])
        XCTAssertTrue(try String(contentsOfFile: indexPath + ".unreadable", encoding: .utf8).contains("not pages"))
        XCTAssertNil(try open().update.notice, "the new file is trusted next time")
    }

    func testATruncatedIndexIsRebuilt() throws {
        _ = try open()
        let bytes = try Data(contentsOf: URL(fileURLWithPath: indexPath))
        try bytes.prefix(bytes.count / 2).write(to: URL(fileURLWithPath: indexPath))
        let opened = try open()
        XCTAssertNotNil(opened.update.notice)
        XCTAssertEqual(try ids("ceasefire", opened), ["a"])
        XCTAssertEqual(opened.store.document(id: "a")?.readingParagraphs.last, "The ceasefire talks resumed in the morning.")
    }

    func testDamageInsideTheFileIsMetWhenReadAndTheFileIsRebuilt() throws {
        _ = try open()
        // The length stays right and the first pages (schema, format rows) stay sound, so only
        // reading the tables finds the damage.
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: indexPath)))
        let pageSize = 4096
        XCTAssertGreaterThan(bytes.count, 4 * pageSize)
        for offset in (2 * pageSize)..<bytes.count { bytes[offset] = UInt8(truncatingIfNeeded: offset &* 31) }
        try Data(bytes).write(to: URL(fileURLWithPath: indexPath))
        let opened = try open()
        XCTAssertNotNil(opened.update.notice)
        XCTAssertEqual(counts(opened.update), [3, 0, 0, 0])
        XCTAssertEqual(try ids("ceasefire", opened), ["a"])
        XCTAssertNil(try open().update.notice)
    }

    func testAnotherProgramsDatabaseIsNeverTrusted() throws {
        let foreign = try DatabaseQueue(path: indexPath)
        try foreign.write { db in
            try db.execute(sql: "CREATE TABLE files (id INTEGER PRIMARY KEY, path TEXT); INSERT INTO files (path) VALUES ('x')")
        }
        try foreign.close()
        let opened = try open()
        XCTAssertNotNil(opened.update.notice)
        XCTAssertEqual(counts(opened.update), [3, 0, 0, 0])
        XCTAssertEqual(try ids("ceasefire", opened), ["a"])
        let kept = try DatabaseQueue(path: indexPath + ".unreadable")
        XCTAssertEqual(try kept.read { try String.fetchOne($0, sql: "SELECT path FROM files") }, "x", "moved aside, not overwritten")
    }

    func testAnIndexThatCannotBeWrittenIsAPlainError() throws {
        try FileManager.default.createDirectory(atPath: indexPath, withIntermediateDirectories: true)
        XCTAssertThrowsError(try open()) { error in
            XCTAssertEqual((error as? CorpusIndexError)?.description, "the index \(indexPath) can be neither opened nor written")
        }
    }

    func testAMissingCorpusIsTheLoadersError() throws {
        XCTAssertThrowsError(try CorpusIndex.open(paths: [corpusPath + "/none"], file: indexPath)) { error in
            XCTAssertEqual(error as? CorpusIndexError, .corpus(.missingPath(corpusPath + "/none")))
        }
    }
}
