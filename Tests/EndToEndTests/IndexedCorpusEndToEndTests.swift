import Foundation
import TestSupport
import XCTest

/// The browser on a corpus kept in an index file (`--index`): the first run builds it, the next
/// one opens it and follows an added file; search, the reader and the Figures pane work from it.
final class IndexedCorpusEndToEndTests: XCTestCase {
    func testTheBrowserOpensAnIndexedCorpusAndFollowsItsFiles() throws {
        try XCTSkipUnless(TmuxSession.isAvailable, "tmux is not installed (.ci/run installs it)")
        let folder = try TemporaryFolder()
        for seed in try FileManager.default.contentsOfDirectory(atPath: PackagePaths.seeds.path) {
            try folder.write("corpus/\(seed)", bytes: Array(try Data(contentsOf: PackagePaths.seeds.appendingPathComponent(seed))))
        }
        let corpus = folder.url.appendingPathComponent("corpus").path
        let index = folder.url.appendingPathComponent("corpus.crossread").path
        let command = "\(CrossreadProcess.executable.path) --corpus \(corpus) --index \(index); echo EXIT=$?"

        let session = try TmuxSession.isolated(width: 100, height: 30)
        try session.type(command)
        try session.waitFor(text: "1 Articles")
        try session.send("s")
        try session.waitFor(text: "Search: ")
        try session.sendLiteral("massacre")
        try session.waitFor(text: "4 articles match")
        try session.send("Down")
        try session.waitFor(text: "result 2/4")
        try session.send("Enter")
        let opened = try session.waitFor(text: "· 1/5")
        XCTAssertTrue(opened.contains("Vasif Huseynov"), "the article's text is read from the index:\n\(opened)")
        try session.send("n")
        try session.waitFor(text: "· 2/5")
        try session.send("3")
        let figures = try session.waitFor(text: "613")
        XCTAssertTrue(figures.contains("killed"), figures)
        try session.send("Q")
        try session.waitFor(text: "EXIT=0")
        XCTAssertTrue(FileManager.default.fileExists(atPath: index))

        try folder.write("corpus/zz-added.txt", "An Added Article About The Harbour\n\nThe harbour reopened in the spring.\n")
        try session.type("clear; " + command)
        let reopened = try session.waitFor(text: "An Added Article About The")
        XCTAssertTrue(reopened.contains("1 Articles"), reopened)
        try session.send("s")
        try session.sendLiteral("harbour")
        try session.waitFor(text: "1 article matches")
        try session.send("C-c")
        try session.waitFor(text: "EXIT=0")
    }
}
