import Foundation
import TestSupport
import XCTest

final class ListCommandTests: XCTestCase {
    func testListPrintsEverySeedAsJSON() throws {
        let result = try CrossreadProcess.run(["list", "--format", "json"])
        XCTAssertEqual(result.status, 0, result.standardError)
        let entries = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [[String: Any]])
        XCTAssertEqual(entries.count, 5)
        for key in ["id", "title", "author", "published", "outlet", "place", "words", "path"] {
            XCTAssertTrue(entries.allSatisfy { $0.keys.contains(key) }, "every entry has \(key)")
        }
        XCTAssertTrue(entries[1]["outlet"] is NSNull)
        XCTAssertEqual(entries.map { $0["published"] as? String }, ["2021-02-26", "2012-03-01", "2021-02-25", nil, nil])
        XCTAssertEqual(entries[0]["path"] as? String, "builtin:000_c2bfad63a1b137a7.txt")
        XCTAssertEqual(entries[0]["words"] as? Int, 1068)
    }

    func testJSONIsTheSameOnEveryRun() throws {
        let first = try CrossreadProcess.run(["list", "--format", "json"])
        let second = try CrossreadProcess.run(["list", "--format", "json"])
        XCTAssertEqual(first.standardOutput, second.standardOutput)
        XCTAssertTrue(first.standardOutput.hasPrefix("""
            [
              {
                "author" : "Vasif Huseynov",
                "encoding" : "UTF-8",
                "format" : "text",
                "id" : "000_c2bfad63a1b137a7",
                "outlet" : "Eurasia Review",
                "path" : "builtin:000_c2bfad63a1b137a7.txt",
                "place" : null,
                "published" : "2021-02-26",
                "title" : "Khojaly Genocide: Why There Is No Alternative To Peace And Reconciliation Between Armenia And Azerbaijan",
                "words" : 1068
              },
            """), first.standardOutput)
    }

    func testListAsAText() throws {
        let result = try CrossreadProcess.run(["list"])
        XCTAssertEqual(result.status, 0, result.standardError)
        XCTAssertEqual(result.standardOutput, """
            ID                    DATE        AUTHOR                  OUTLET          WORDS  TITLE
            000_c2bfad63a1b137a7  2021-02-26  Vasif Huseynov          Eurasia Review  1068   Khojaly Genocide: Why There Is No Alternative To Peace And Reconciliation Between Armenia And Azerbaijan
            001_d00b6d768c742e6d  2012-03-01  Paul Goble              -               1179   1992 Khojaly genocide remembered around the world
            002_6c08b088e53c302e  2021-02-25  Tesfa-Alem Tekle        -               930    Khojaly Massacre at a glance: Armenia’s Genocide against Azerbaijanis
            003_f493df7b711995cb  -           Tahir Farooq            -               812    (untitled) In the heart of the Caucasus, where the mountains bear…
            004_5a7819dd0ca3e947  -           Mehmood Ul Hassan Khan  -               2445   Khojaly Genocide and Nagorno-Karabakh Conflict Resolution

            """)
        XCTAssertEqual(result.standardError, "")
    }

    func testListAsMarkdown() throws {
        let result = try CrossreadProcess.run(["list", "--format", "markdown"])
        XCTAssertEqual(result.status, 0, result.standardError)
        let lines = result.standardOutput.split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(Array(lines.prefix(3)), [
            "| ID | DATE | AUTHOR | OUTLET | WORDS | TITLE |",
            "| --- | --- | --- | --- | --- | --- |",
            "| 000_c2bfad63a1b137a7 | 2021-02-26 | Vasif Huseynov | Eurasia Review | 1068 | Khojaly Genocide: Why There Is No Alternative To Peace And Reconciliation Between Armenia And Azerbaijan |",
        ])
        XCTAssertEqual(lines.count, 2 + 5 + 1)
    }

    func testListReadsAnotherCorpus() throws {
        let folder = try TemporaryFolder()
        try folder.write("one.md", ArticleFixtures.markdown.text)
        try folder.write("two.html", ArticleFixtures.html.text)
        let result = try CrossreadProcess.run(["list", "--corpus", folder.path, "--format", "json"])
        XCTAssertEqual(result.status, 0, result.standardError)
        let entries = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [[String: Any]])
        XCTAssertEqual(entries.map { $0["id"] as? String }, ["one", "two"])
        XCTAssertEqual(entries.map { $0["outlet"] as? String }, ["The Valley Post", "The Valley Post"])
        XCTAssertEqual(entries.map { $0["format"] as? String }, ["markdown", "html"])
    }
}

final class UntitledArticleTests: XCTestCase {
    /// An article without a title is listed by the start of its first line of prose, marked as a
    /// stand-in; its JSON title stays null, since no title was stated.
    func testAnUntitledArticleShowsItsFirstLineMarkedAsSuch() throws {
        let folder = try TemporaryFolder()
        try folder.write("plain.txt", "By Ana Reyes\n\nThe river rose overnight and flooded the lower town, forcing hundreds of families from their homes near the old bridge.\n")
        let text = try CrossreadProcess.run(["list", "--corpus", folder.path])
        XCTAssertEqual(text.status, 0, text.standardError)
        XCTAssertTrue(text.standardOutput.contains("(untitled) The river rose overnight and flooded the lower town…"),
                      "the byline is passed over, the line cut after a word: \(text.standardOutput)")
        XCTAssertFalse(text.standardOutput.contains("[plain]"))
        let json = try CrossreadProcess.run(["list", "--corpus", folder.path, "--format", "json"])
        let entries = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [[String: Any]])
        XCTAssertTrue(entries.allSatisfy { $0["title"] is NSNull }, "the stand-in is never given as the title")
        let show = try CrossreadProcess.run(["show", "plain", "--corpus", folder.path])
        XCTAssertTrue(show.standardOutput.hasPrefix("(untitled) The river rose"), show.standardOutput)
    }
}
