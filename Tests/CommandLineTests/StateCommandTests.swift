import Foundation
import TestSupport
import XCTest

/// The reading state on disk (`snapshot --state FILE` runs the browser's own saving): a restart
/// finds the place and the marks, a damaged file is set aside, two instances writing at once
/// leave a readable file with what each wrote.
final class StateCommandTests: XCTestCase {
    private func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("crossread-state-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    private func run(_ state: String, _ keys: String) throws -> CrossreadProcess.Result {
        let result = try CrossreadProcess.run(["snapshot", "--no-config", "--size", "80x24", "--state", state, "--keys", keys])
        XCTAssertEqual(result.status, 0, result.standardError)
        return result
    }

    private func status(_ result: CrossreadProcess.Result) -> String {
        String(result.standardOutput.split(separator: "\n").last ?? "")
    }

    func testARestartFindsTheArticleThePlaceAndTheMarks() throws {
        let state = try folder().appendingPathComponent("reading.state").path
        let first = try run(state, "j<Enter><PgDn><PgDn>mb")
        let place = status(first).prefix(while: { $0 != "%" })
        let again = try run(state, "")
        XCTAssertEqual(status(again).prefix(while: { $0 != "%" }), place, "same article, same place")
        XCTAssertEqual(again.standardOutput.split(separator: "\n").dropFirst().first,
                       first.standardOutput.split(separator: "\n").dropFirst().first)
        let list = try run(state, "<Esc>g")
        XCTAssertTrue(list.standardOutput.split(separator: "\n")[3].hasPrefix("✓ "), "the article read is marked read:\n\(list.standardOutput)")
        let marked = try run(state, "<Esc>g<Enter>'b")
        XCTAssertEqual(status(marked).prefix(while: { $0 != "%" }), place, "the mark survived the restart")
    }

    /// A pane's own place lasts too: the Timeline comes back at the entry left selected.
    func testARestartFindsThePaneAndItsSelection() throws {
        let state = try folder().appendingPathComponent("reading.state").path
        let first = try run(state, "2jjj")
        let entry = status(first).split(separator: "·").prefix(2).joined(separator: "·")
        XCTAssertTrue(entry.contains("entry 4/"), status(first))
        XCTAssertTrue(try String(contentsOfFile: state, encoding: .utf8).contains("place\t"), "the place is in the file")
        let again = try run(state, "")
        XCTAssertEqual(status(again).split(separator: "·").prefix(2).joined(separator: "·"), entry)
    }

    func testADamagedStateFileIsSetAsideAndTheBrowserStarts() throws {
        let directory = try folder()
        let state = directory.appendingPathComponent("reading.state").path
        try "crossread reading state 1\nposition\tyesterday\tx\t5".write(toFile: state, atomically: true, encoding: .utf8)
        let result = try run(state, "j")
        XCTAssertTrue(result.standardError.contains("could not be read; set aside as \(state).damaged-"), result.standardError)
        XCTAssertEqual(result.standardError.split(separator: "\n").count, 1)
        XCTAssertTrue(result.standardOutput.contains("1 Articles"))
        let aside = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.contains(".damaged-") }
        XCTAssertEqual(aside.count, 1)
        let foreign = directory.appendingPathComponent("foreign.state").path
        try "{\"format\": \"something else\"}".write(toFile: foreign, atomically: true, encoding: .utf8)
        let binary = directory.appendingPathComponent("binary.state").path
        try Data([0xFF, 0xFE, 0x00, 0x01]).write(to: URL(fileURLWithPath: binary))
        XCTAssertTrue(try run(binary, "").standardError.contains("set aside"))
        XCTAssertTrue(try run(foreign, "").standardError.contains("set aside"))
    }

    func testTwoInstancesWritingAtOnceLeaveAReadableFileWithBothMarks() throws {
        let state = try folder().appendingPathComponent("reading.state").path
        let letters = Array("abcdefgh")
        let group = DispatchGroup()
        let failures = Failures()
        for pair in stride(from: 0, to: letters.count, by: 2) {
            for letter in letters[pair..<(pair + 2)] {
                group.enter()
                DispatchQueue.global().async {
                    defer { group.leave() }
                    do {
                        let result = try CrossreadProcess.run(["snapshot", "--no-config", "--size", "80x24", "--state", state,
                                                               "--keys", "<Enter><PgDn>m\(letter)"])
                        if result.status != 0 || !result.standardError.isEmpty { failures.add(result.standardError) }
                    } catch {
                        failures.add("\(error)")
                    }
                }
            }
            group.wait()
        }
        XCTAssertEqual(failures.all, [])
        let text = try String(contentsOfFile: state, encoding: .utf8)
        let lines = text.split(separator: "\n")
        XCTAssertEqual(lines.first, "crossread reading state 1", "a whole file, never a torn one")
        let marks = lines.filter { $0.hasPrefix("mark\t") }.map { $0.split(separator: "\t")[2] }
        XCTAssertEqual(Set(marks.map(String.init)), Set(letters.map(String.init)), "every instance's mark is kept")
        // The next run reads it: every mark is there to go to.
        for letter in letters { XCTAssertFalse(try run(state, "'\(letter)").standardOutput.contains("No mark")) }
    }

    /// Failures collected from several threads.
    final class Failures: @unchecked Sendable {
        private let lock = NSLock()
        private var list: [String] = []
        func add(_ failure: String) { lock.withLock { list.append(failure) } }
        var all: [String] { lock.withLock { list } }
    }
}
