import Foundation
import TestSupport
import XCTest

final class ShowCommandTests: XCTestCase {
    func testShowAsText() throws {
        let result = try CrossreadProcess.run(["show", "002"])
        XCTAssertEqual(result.status, 0, result.standardError)
        let lines = result.standardOutput.split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(Array(lines.prefix(8)), [
            "Khojaly Massacre at a glance: Armenia’s Genocide against Azerbaijanis",
            "Author: Tesfa-Alem Tekle · Published: 2021-02-25 · 930 words",
            "",
            "Khojaly Massacre at a glance: Armenia’s Genocide against Azerbaijanis",
            "",
            "By Tesfa-Alem Tekle",
            "",
            "On 25 February 2021 at 03:13",
        ])
    }

    func testShowAsJSONHasTheListFieldsAndTheParagraphs() throws {
        let result = try CrossreadProcess.run(["show", "004_5a7819dd0ca3e947", "--format", "json"])
        XCTAssertEqual(result.status, 0, result.standardError)
        let shown = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        XCTAssertEqual(shown["id"] as? String, "004_5a7819dd0ca3e947")
        XCTAssertEqual(shown["author"] as? String, "Mehmood Ul Hassan Khan")
        XCTAssertTrue(shown["published"] is NSNull)
        let paragraphs = try XCTUnwrap(shown["paragraphs"] as? [String])
        XCTAssertEqual(paragraphs.first, "Khojaly Genocide and Nagorno-Karabakh Conflict Resolution")
        XCTAssertFalse(paragraphs.contains("About admin"), "furniture is not shown")
    }

    func testShowAsMarkdown() throws {
        let result = try CrossreadProcess.run(["show", "000", "--format", "markdown"])
        XCTAssertEqual(result.status, 0, result.standardError)
        let lines = result.standardOutput.split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(Array(lines.prefix(7)), [
            "# Khojaly Genocide: Why There Is No Alternative To Peace And Reconciliation Between Armenia And Azerbaijan",
            "",
            "- Author: Vasif Huseynov",
            "- Published: 2021-02-26",
            "- Outlet: Eurasia Review",
            "- Source: builtin:000_c2bfad63a1b137a7.txt",
            "",
        ])
    }

    func testShowRawKeepsTheFurniture() throws {
        let result = try CrossreadProcess.run(["show", "004", "--raw"])
        XCTAssertEqual(result.status, 0, result.standardError)
        XCTAssertTrue(result.standardOutput.contains("About admin"))
        XCTAssertTrue(result.standardOutput.contains("Home / Diplomatic /"))
    }

    func testAnUnknownOrAmbiguousIdIsAnError() throws {
        let unknown = try CrossreadProcess.run(["show", "999"])
        XCTAssertEqual(unknown.status, 2)
        XCTAssertEqual(unknown.standardError, "crossread: no article with id 999 (crossread list shows the ids)\n")
        XCTAssertEqual(unknown.standardOutput, "")
        let ambiguous = try CrossreadProcess.run(["show", "00"])
        XCTAssertEqual(ambiguous.status, 2)
        XCTAssertEqual(ambiguous.standardError, "crossread: 00 names 5 articles: 000_c2bfad63a1b137a7, 001_d00b6d768c742e6d, "
                       + "002_6c08b088e53c302e, 003_f493df7b711995cb, 004_5a7819dd0ca3e947; give more of the id\n")
        XCTAssertEqual(ambiguous.standardOutput, "")
    }
}
