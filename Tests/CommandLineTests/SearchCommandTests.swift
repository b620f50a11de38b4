import Foundation
import TestSupport
import XCTest

final class SearchCommandTests: XCTestCase {
    private func json(_ arguments: [String]) throws -> [String: Any] {
        let result = try CrossreadProcess.run(["search"] + arguments + ["--format", "json"])
        XCTAssertEqual(result.status, 0, result.standardError)
        return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
    }

    func testJSONListsRankedResultsWithTheirKeys() throws {
        let output = try json(["massacre"])
        XCTAssertEqual(output["query"] as? String, "massacre")
        let results = try XCTUnwrap(output["results"] as? [[String: Any]])
        XCTAssertEqual(results.map { $0["document"] as? String },
                       ["003_f493df7b711995cb", "000_c2bfad63a1b137a7", "002_6c08b088e53c302e", "004_5a7819dd0ca3e947"])
        XCTAssertEqual(results.map { $0["hits"] as? Int }, [10, 5, 4, 2])
        for result in results { XCTAssertEqual(Set(result.keys), ["document", "title", "score", "snippet", "hits"]) }
        XCTAssertTrue(results[0]["title"] is NSNull, "003 states no title")
        XCTAssertEqual(results[1]["title"] as? String,
                       "Khojaly Genocide: Why There Is No Alternative To Peace And Reconciliation Between Armenia And Azerbaijan")
        let scores = results.compactMap { $0["score"] as? Double }
        XCTAssertEqual(scores.count, 4)
        XCTAssertEqual(scores, scores.sorted(by: >))
        XCTAssertTrue((results[1]["snippet"] as? String)?.contains("The **massacre** of more than six hundred") == true)
    }

    func testLimitAndTheSameOutputOnEveryRun() throws {
        let first = try CrossreadProcess.run(["search", "Khojaly", "--limit", "2", "--format", "json"])
        let second = try CrossreadProcess.run(["search", "Khojaly", "--limit", "2", "--format", "json"])
        XCTAssertEqual(first.standardOutput, second.standardOutput)
        let results = try XCTUnwrap(try json(["Khojaly", "--limit", "2"])["results"] as? [Any])
        XCTAssertEqual(results.count, 2)
    }

    func testTextShowsEachArticleWithItsHitsAndSnippet() throws {
        let result = try CrossreadProcess.run(["search", "\"taken hostage\"", "--limit", "1"])
        XCTAssertEqual(result.status, 0, result.standardError)
        let lines = result.standardOutput.split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertTrue(lines[0].hasPrefix("003_f493df7b711995cb  "), String(lines[0]))
        XCTAssertTrue(lines[0].hasSuffix("  1 hit  (untitled) In the heart of the Caucasus, where the mountains bear…"),
                      "no title: the start of its first line, marked")
        XCTAssertEqual(lines[1], "    …613 lives were lost, including 106 women and 63 children, with thousands more wounded, **taken hostage**…")
        XCTAssertEqual(lines[3], "1 of 3 matching articles (--limit shows more)")
    }

    func testNoMatchIsNotAnError() throws {
        let result = try CrossreadProcess.run(["search", "zebra"])
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(result.standardOutput, "No article matches zebra\n")
        XCTAssertEqual(try json(["zebra"])["results"] as? [Any] as? [Int], [])
    }

    func testAMalformedQueryGetsAPlainMessage() throws {
        for (query, message) in [
            ("\"taken hostage", "A quotation mark is not closed: phrases go in pairs of \" marks"),
            ("NOT children", "NOT needs a word before it, as in hostages NOT children"),
            ("(a OR b", "A parenthesis is not closed"),
            ("hostages AND", "AND needs a word on each side"),
        ] {
            let result = try CrossreadProcess.run(["search", query])
            XCTAssertEqual(result.status, 2)
            XCTAssertEqual(result.standardOutput, "")
            XCTAssertEqual(result.standardError, "crossread: \(message)\n")
            XCTAssertFalse(result.standardError.lowercased().contains("sqlite"))
            XCTAssertFalse(result.standardError.lowercased().contains("fts5"))
        }
    }

    func testSearchesAnotherCorpusAndKeepsOutputTerminalSafe() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.txt", "Ceasefire \u{1B}[2J talks\n\nThe ceasefire \u{1B}[31mheld\u{07} through the night.\n")
        try folder.write("b.txt", "Other\n\nNothing about it here.\n")
        let result = try CrossreadProcess.run(["search", "ceasefire", "--corpus", folder.path])
        XCTAssertEqual(result.status, 0, result.standardError)
        XCTAssertFalse(result.standardOutput.contains("\u{1B}"))
        XCTAssertFalse(result.standardOutput.contains("\u{07}"))
        XCTAssertTrue(result.standardOutput.hasPrefix("a  "), result.standardOutput)
        XCTAssertTrue(result.standardOutput.contains("2 hits"), result.standardOutput)
    }
}

final class SearchIndexFileCommandTests: XCTestCase {
    func testIndexFileGivesTheSameResultsAndSaysWhenItWasNotTrusted() throws {
        let folder = try TemporaryFolder()
        let index = folder.url.appendingPathComponent("search.sqlite").path
        let seeds = PackagePaths.seeds.path
        let plain = try CrossreadProcess.run(["search", "hostag*", "--format", "json", "--corpus", seeds])
        let built = try CrossreadProcess.run(["search", "hostag*", "--format", "json", "--corpus", seeds, "--index", index])
        let reopened = try CrossreadProcess.run(["search", "hostag*", "--format", "json", "--corpus", seeds, "--index", index])
        XCTAssertEqual(built.status, 0, built.standardError)
        XCTAssertEqual(built.standardOutput, plain.standardOutput)
        XCTAssertEqual(reopened.standardOutput, plain.standardOutput)
        XCTAssertEqual(reopened.standardError, "")

        try folder.write("search.sqlite", "a text file, not an index\n")
        let rebuilt = try CrossreadProcess.run(["search", "hostag*", "--format", "json", "--corpus", seeds, "--index", index])
        XCTAssertEqual(rebuilt.status, 0)
        XCTAssertEqual(rebuilt.standardOutput, plain.standardOutput)
        XCTAssertEqual(rebuilt.standardError,
                       "crossread: \(index) is not a Crossread index of this version, or is damaged: moved it to \(index).unreadable and built a new one\n")
    }

    func testEveryCommandReadsTheIndexedCorpusAsTheFilesThemselves() throws {
        let folder = try TemporaryFolder()
        let index = folder.url.appendingPathComponent("corpus.crossread").path
        let seeds = PackagePaths.seeds.path
        for command in [["list"], ["show", "000"], ["table", "--format", "csv"], ["timeline", "--format", "json"],
                        ["quotes"], ["compare", "001", "002"]]
        {
            let plain = try CrossreadProcess.run(command + ["--corpus", seeds])
            let indexed = try CrossreadProcess.run(command + ["--corpus", seeds, "--index", index])
            XCTAssertEqual(plain.status, 0, plain.standardError)
            XCTAssertEqual(indexed.status, 0, indexed.standardError)
            XCTAssertEqual(indexed.standardOutput, plain.standardOutput, command.joined(separator: " "))
        }
    }

    func testAnIndexNeedsACorpusFolder() throws {
        let result = try CrossreadProcess.run(["list", "--index", "/tmp/never-made.crossread"])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.standardError.contains("--index needs --corpus"), result.standardError)
        XCTAssertFalse(FileManager.default.fileExists(atPath: "/tmp/never-made.crossread"))
    }
}
