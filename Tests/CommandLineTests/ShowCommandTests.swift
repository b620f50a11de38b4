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
        for id in ["999", "00"] {
            let result = try CrossreadProcess.run(["show", id])
            XCTAssertEqual(result.status, 2, id)
            XCTAssertEqual(result.standardError, "crossread: no article with id \(id) (crossread list shows the ids)\n")
            XCTAssertEqual(result.standardOutput, "")
        }
    }
}
