import Corpus
import Foundation
import TestSupport
import XCTest

final class CorpusLoaderTests: XCTestCase {
    private let article = "A title\n\n\(ArticleFixtures.firstProse)\n"

    func testEachBadFileIsSkippedWithOneWarningAndTheRestLoads() throws {
        let folder = try TemporaryFolder()
        try folder.write("good.txt", article)
        let empty = try folder.write("empty.txt", "")
        let blank = try folder.write("blank.md", " \n\t\r\n\n")
        let binary = try folder.write("binary.txt", bytes: Array("Looks like text".utf8) + [0, 1, 2, 0] + Array("but is not".utf8))
        let large = try folder.write("large.html", String(repeating: "<p>\(ArticleFixtures.firstProse)</p>\n", count: 20))
        let largeSize = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: large)[.size] as? Int)
        try folder.write("photo.jpg", bytes: [0xFF, 0xD8, 0xFF, 0x00])
        var loader = CorpusLoader()
        loader.maximumFileSize = 1000
        let (store, warnings) = try loader.load(paths: [folder.path])
        XCTAssertEqual(store.documents.map(\.id), ["good"])
        XCTAssertEqual(Set(warnings), [
            LoadWarning(path: folder.path, reason: .otherExtensions(1)),
            LoadWarning(path: empty, reason: .empty),
            LoadWarning(path: blank, reason: .empty),
            LoadWarning(path: binary, reason: .binary),
            LoadWarning(path: large, reason: .tooLarge(size: largeSize, limit: 1000)),
        ])
        XCTAssertEqual(warnings.count, 5, "one warning per file")
    }

    func testWarningsSayWhatWasSkippedAndWhy() {
        XCTAssertEqual(LoadWarning(path: "a/b.txt", reason: .empty).description, "skipped a/b.txt: empty file")
        XCTAssertEqual(LoadWarning(path: "b.txt", reason: .binary).description, "skipped b.txt: binary file (contains NUL bytes)")
        XCTAssertEqual(LoadWarning(path: "big.txt", reason: .tooLarge(size: 60 * 1_048_576, limit: 50 * 1_048_576)).description,
                       "skipped big.txt: too large (60.0 MB; the limit is 50.0 MB)")
        XCTAssertEqual(LoadWarning(path: "l.txt", reason: .tooLarge(size: 2060, limit: 1000)).description,
                       "skipped l.txt: too large (2060 bytes; the limit is 1000 bytes)")
        XCTAssertEqual(LoadWarning(path: "x\u{1B}[2J.txt", reason: .unreadable("permission denied")).description,
                       "skipped x␛[2J.txt: unreadable (permission denied)")
    }

    func testTheDefaultLimitIs50MB() {
        XCTAssertEqual(CorpusLoader().maximumFileSize, 50 * 1_048_576)
    }

    func testAnUnreadableFileIsSkipped() throws {
        let folder = try TemporaryFolder()
        try folder.write("good.txt", article)
        let locked = try folder.write("locked.txt", article)
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: locked)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: locked) }
        // root reads a chmod 000 file anyway; CommandLineTests drop to an unprivileged user to cover it.
        try XCTSkipIf(FileManager.default.isReadableFile(atPath: locked),
                      "this process can read a chmod 000 file (running as root)")
        let (store, warnings) = try CorpusLoader().load(paths: [folder.path])
        XCTAssertEqual(store.documents.map(\.id), ["good"])
        XCTAssertEqual(warnings, [LoadWarning(path: locked, reason: .unreadable("permission denied"))])
    }

    func testAMissingPathIsAnError() throws {
        let folder = try TemporaryFolder()
        let missing = folder.url.appendingPathComponent("nope").path
        XCTAssertThrowsError(try CorpusLoader().load(paths: [missing])) { error in
            XCTAssertEqual(error as? CorpusError, .missingPath(missing))
            XCTAssertEqual("\(error)", "no such file or folder: \(missing)")
        }
    }

    func testAFolderWithoutArticlesIsAnErrorThatSaysWhatWasSearched() throws {
        let folder = try TemporaryFolder()
        try folder.write("notes.pdf", "not an article")
        XCTAssertThrowsError(try CorpusLoader().load(paths: [folder.path])) { error in
            XCTAssertEqual("\(error)", "no articles found in \(folder.path) (looked for .txt, .md and .html files)")
        }
    }

    func testWhenNothingLoadsTheSkippedFilesAreStillReported() throws {
        let folder = try TemporaryFolder()
        let empty = try folder.write("empty.txt", "")
        XCTAssertThrowsError(try CorpusLoader().load(paths: [folder.path])) { error in
            XCTAssertEqual(error as? CorpusError, .noArticles(searched: [folder.path],
                                                              skipped: [LoadWarning(path: empty, reason: .empty)]))
        }
    }

    func testAFileNamedExplicitlyLoadsWhateverItsExtensionAndIsSniffed() throws {
        let folder = try TemporaryFolder()
        let page = try folder.write("saved.page", "<!DOCTYPE html><html><body><p>\(ArticleFixtures.firstProse)</p></body></html>")
        let (store, _) = try CorpusLoader().load(paths: [page])
        XCTAssertEqual(store.documents.map(\.format), [.html])
        XCTAssertEqual(store.documents[0].readingParagraphs, [ArticleFixtures.firstProse])
    }

    func testHiddenFilesAndFoldersArePassedOver() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.txt", article)
        try folder.write(".hidden.txt", article)
        try folder.write(".git/b.txt", article)
        XCTAssertEqual(try CorpusLoader().load(paths: [folder.path]).store.documents.map(\.id), ["a"])
    }

    func testTheSeedsFolderLoadsLikeTheEmbeddedCorpus() throws {
        let (store, warnings) = try CorpusLoader().load(paths: [PackagePaths.seeds.path])
        let builtIn = BuiltInCorpus.load()
        XCTAssertEqual(warnings, [])
        XCTAssertEqual(store.documents.map(\.id), builtIn.documents.map(\.id))
        XCTAssertEqual(store.documents.map(\.metadata), builtIn.documents.map(\.metadata))
        XCTAssertEqual(store.documents.map(\.reading.text), builtIn.documents.map(\.reading.text))
    }

    func testLinksToFilesAreReadAndLinksToFoldersAreNotFollowed() throws {
        let folder = try TemporaryFolder(), elsewhere = try TemporaryFolder()
        let target = try elsewhere.write("target.txt", article)
        try elsewhere.write("inside/deep.txt", article)
        try FileManager.default.createSymbolicLink(atPath: folder.url.appendingPathComponent("link.txt").path, withDestinationPath: target)
        try FileManager.default.createSymbolicLink(atPath: folder.url.appendingPathComponent("loop").path, withDestinationPath: folder.path)
        try FileManager.default.createSymbolicLink(atPath: folder.url.appendingPathComponent("other").path,
                                                   withDestinationPath: elsewhere.url.appendingPathComponent("inside").path)
        try folder.write("plain.txt", article)
        XCTAssertEqual(try CorpusLoader().load(paths: [folder.path]).store.documents.map(\.id), ["link", "plain"])
    }

    // MARK: Ids

    func testIdsAreFileNamesMadeUniqueWithTheirFolderWhenTheyCollide() throws {
        let folder = try TemporaryFolder()
        for name in ["a/report.txt", "b/report.txt", "c/notes.txt", "c/notes.md", "solo.txt", "deep/er/solo2.html"] {
            try folder.write(name, article)
        }
        let (store, _) = try CorpusLoader().load(paths: [folder.path])
        XCTAssertEqual(store.documents.map(\.id), ["a/report", "b/report", "c/notes.md", "c/notes.txt", "deep/er/solo2"
            .split(separator: "/").last.map(String.init)!, "solo"])
        XCTAssertEqual(store.documents.map(\.path), ["a/report.txt", "b/report.txt", "c/notes.md", "c/notes.txt",
                                                     "deep/er/solo2.html", "solo.txt"].map { folder.url.appendingPathComponent($0).path })
    }

    func testIdsStayUniqueAcrossSeveralFoldersAndFiles() throws {
        let one = try TemporaryFolder(), two = try TemporaryFolder()
        try one.write("x.txt", article)
        try two.write("x.txt", article)
        let single = try two.write("sub/x.txt", article)
        let (store, _) = try CorpusLoader().load(paths: [one.path, two.path, single])
        let ids = store.documents.map(\.id)
        XCTAssertEqual(ids.count, 3, "a file named twice loads once")
        XCTAssertEqual(Set(ids).count, 3, "ids are unique: \(ids)")
        for document in store.documents { XCTAssertEqual(store.document(id: document.id)?.path, document.path) }
    }
}
