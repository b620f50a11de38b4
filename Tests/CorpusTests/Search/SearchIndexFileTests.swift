import Corpus
import Foundation
import GRDB
import TestSupport
import XCTest

/// `SearchIndex.open(_:file:)`: the index kept in a file follows the corpus, and a file that is
/// not a sound Crossread index is moved aside and rebuilt, never trusted.
final class SearchIndexFileTests: XCTestCase {
    private var folder: TemporaryFolder!
    private var indexPath: String { folder.url.appendingPathComponent("index.sqlite").path }
    private var corpusPath: String { folder.url.appendingPathComponent("corpus").path }

    override func setUpWithError() throws {
        folder = try TemporaryFolder()
        try folder.write("corpus/a.txt", "Talks\n\nThe ceasefire talks resumed in the morning.\n")
        try folder.write("corpus/b.txt", "Convoy\n\nAn aid convoy reached the town.\n")
        try folder.write("corpus/c.txt", "Curfew\n\nA curfew was declared after the clashes.\n")
    }

    private func open() throws -> (index: SearchIndex, update: SearchIndexUpdate, store: DocumentStore) {
        let store = try CorpusLoader().load(paths: [corpusPath]).store
        let (index, update) = try SearchIndex.open(store, file: indexPath)
        return (index, update, store)
    }

    private func ids(_ query: String, _ index: SearchIndex) throws -> [String] {
        try index.search(SearchQuery(query)).results.map(\.documentID).sorted()
    }

    private func counts(_ update: SearchIndexUpdate) -> [Int] { [update.added, update.changed, update.removed, update.unchanged] }

    func testTheIndexFollowsEditsAdditionsAndDeletions() throws {
        let first = try open()
        XCTAssertEqual(counts(first.update), [3, 0, 0, 0])
        XCTAssertEqual(try ids("curfew OR convoy", first.index), ["b", "c"])

        let reopened = try open()
        XCTAssertEqual(counts(reopened.update), [0, 0, 0, 3], "nothing changed: nothing re-indexed")
        XCTAssertNil(reopened.update.notice)

        try folder.write("corpus/b.txt", "Convoy\n\nAn aid convoy was stopped; an armistice was signed in the evening.\n")
        try FileManager.default.removeItem(atPath: corpusPath + "/c.txt")
        try folder.write("corpus/d.txt", "Armistice\n\nThe armistice held through the winter.\n")
        let updated = try open()
        XCTAssertEqual(counts(updated.update), [1, 1, 1, 1])
        XCTAssertEqual(try ids("armistice", updated.index), ["b", "d"])
        XCTAssertEqual(try ids("curfew", updated.index), [], "the deleted file is gone from the index")
        XCTAssertEqual(try ids("ceasefire", updated.index), ["a"])
        let armistice = try SearchQuery("armistice")
        for result in try updated.index.search(armistice).results {
            let text = updated.store.documents[result.document].reading.text
            let hits = try updated.index.hits(of: result, for: armistice)
            XCTAssertFalse(hits.isEmpty)
            XCTAssertEqual(hits.count, result.hitCount)
            for hit in hits { XCTAssertEqual(hit.slice(of: text)?.lowercased(), "armistice", "hits are ranges of the new text") }
        }
    }

    func testATouchedFileWithTheSameTextIsNotReindexed() throws {
        _ = try open()
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 3600)],
                                              ofItemAtPath: corpusPath + "/a.txt")
        let reopened = try open()
        XCTAssertEqual(counts(reopened.update), [0, 0, 0, 3])
        XCTAssertEqual(try ids("ceasefire", reopened.index), ["a"])
    }

    func testADamagedFileIsMovedAsideAndRebuilt() throws {
        try folder.write("index.sqlite", "SQLite format 3\u{0}" + String(repeating: "not pages ", count: 500))
        let (index, update, _) = try open()
        XCTAssertEqual(update.notice, "\(indexPath) is not a Crossread search index, or is damaged: moved it to \(indexPath).unreadable and built a new one")
        XCTAssertEqual(counts(update), [3, 0, 0, 0])
        XCTAssertEqual(try ids("convoy", index), ["b"])
        XCTAssertTrue(try String(contentsOfFile: indexPath + ".unreadable", encoding: .utf8).contains("not pages"))
        XCTAssertNil(try open().update.notice, "the new file is trusted next time")
    }

    func testATruncatedIndexIsRebuilt() throws {
        _ = try open()
        let bytes = try Data(contentsOf: URL(fileURLWithPath: indexPath))
        try bytes.prefix(bytes.count / 2).write(to: URL(fileURLWithPath: indexPath))
        let (index, update, _) = try open()
        XCTAssertNotNil(update.notice)
        XCTAssertEqual(try ids("ceasefire", index), ["a"])
    }

    func testAnotherProgramsDatabaseIsNeverTrusted() throws {
        let foreign = try DatabaseQueue(path: indexPath)
        try foreign.write { db in
            try db.execute(sql: "CREATE TABLE files (id INTEGER PRIMARY KEY, path TEXT); INSERT INTO files (path) VALUES ('x')")
        }
        try foreign.close()
        let (index, update, _) = try open()
        XCTAssertNotNil(update.notice)
        XCTAssertEqual(counts(update), [3, 0, 0, 0])
        XCTAssertEqual(try ids("ceasefire", index), ["a"])
        let kept = try DatabaseQueue(path: indexPath + ".unreadable")
        XCTAssertEqual(try kept.read { try String.fetchOne($0, sql: "SELECT path FROM files") }, "x", "moved aside, not overwritten")
    }
}
