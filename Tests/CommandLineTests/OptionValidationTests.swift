import Foundation
import TestSupport
import XCTest

/// Option values a command cannot take: one line on standard error, exit 2, nothing on standard output.
final class OptionValidationTests: XCTestCase {
    private func assertRefused(_ arguments: [String], saying words: String,
                               file: StaticString = #filePath, line: UInt = #line) throws {
        let result = try CrossreadProcess.run(arguments)
        XCTAssertEqual(result.status, 2, "\(arguments): \(result.standardError)", file: file, line: line)
        XCTAssertEqual(result.standardOutput, "", "\(arguments)", file: file, line: line)
        XCTAssertTrue(result.standardError.hasPrefix("crossread: "), result.standardError, file: file, line: line)
        XCTAssertTrue(result.standardError.contains(words), "\(arguments): \(result.standardError)", file: file, line: line)
        XCTAssertEqual(result.standardError.filter { $0 == "\n" }.count, 1, result.standardError, file: file, line: line)
    }

    /// `--from` after `--to` used to reach a reversed range in the recurring-day filter and trap
    /// (SIGILL, exit 132) with no message.
    func testTimelineFromAfterToIsRefusedNotATrap() throws {
        try assertRefused(["timeline", "--from", "2021", "--to", "1990"], saying: "--from 2021 is after --to 1990")
        try assertRefused(["timeline", "--from", "1992-02-27", "--to", "1992-02-26"], saying: "is after --to")
        let sameYear = try CrossreadProcess.run(["timeline", "--from", "2021-05", "--to", "2021", "--format", "json"])
        XCTAssertEqual(sameYear.status, 0, sameYear.standardError)
    }

    func testMalformedValuesAreRefused() throws {
        try assertRefused(["timeline", "--from", "2021-02-30"], saying: "not a date: 2021-02-30")
        try assertRefused(["snapshot", "--size", "0x0"], saying: "--size takes COLUMNSxROWS")
        try assertRefused(["snapshot", "--size", "100x"], saying: "--size takes COLUMNSxROWS")
        try assertRefused(["snapshot", "--keys", "<Resize:99999x99999>"], saying: "<Resize:99999x99999>")
        try assertRefused(["search", "bridge", "--limit", "0"], saying: "--limit must be 1 to")
        try assertRefused(["search", "bridge", "--limit", "99999999999999999999"], saying: "--limit")
        try assertRefused(["list", "--width", "5"], saying: "--width must be 20 to")
        try assertRefused(["list", "--bogus"], saying: "--bogus")
    }

    func testAnAmbiguousIdNamesTheCandidates() throws {
        let folder = try TemporaryFolder()
        try folder.write("ab-one.md", "---\ntitle: One\n---\nThe first text.\n")
        try folder.write("ab-two.md", "---\ntitle: Two\n---\nThe second text.\n")
        try assertRefused(["show", "ab", "--corpus", folder.path], saying: "ab names 2 articles: ab-one, ab-two")
        try assertRefused(["show", "zz", "--corpus", folder.path], saying: "no article with id zz")
        let one = try CrossreadProcess.run(["show", "ab-t", "--corpus", folder.path])
        XCTAssertEqual(one.status, 0, one.standardError)
        XCTAssertTrue(one.standardOutput.hasPrefix("Two\n"), one.standardOutput)
    }

    func testTextIntoAPipeIsNeverCutUnlessAWidthIsGiven() throws {
        let folder = try TemporaryFolder()
        let title = "A title long enough that any terminal would cut it " + String(repeating: "and longer ", count: 20) + "end"
        try folder.write("long.md", "---\ntitle: \(title)\n---\nOn 3 March 2019 the bridge closed in a sentence that is long.\n")
        let whole = try CrossreadProcess.run(["list", "--corpus", folder.path])
        XCTAssertEqual(whole.status, 0, whole.standardError)
        XCTAssertTrue(whole.standardOutput.contains(title), whole.standardOutput)
        XCTAssertFalse(whole.standardOutput.contains("…"))
        let cut = try CrossreadProcess.run(["list", "--corpus", folder.path, "--width", "80"])
        XCTAssertTrue(cut.standardOutput.split(separator: "\n").allSatisfy { $0.count <= 80 }, cut.standardOutput)
        XCTAssertTrue(cut.standardOutput.contains("…"))
    }
}
