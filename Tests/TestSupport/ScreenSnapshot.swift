import Foundation
import XCTest

/// Compares a rendered screen with a snapshot file kept next to the test, in `__Snapshots__/`.
///
/// Run with `CROSSREAD_RECORD_SNAPSHOTS=1` to write the files anew (on purpose, then review the
/// diff). A missing snapshot is written and the test fails, so nothing passes unseen.
public func assertScreen(_ lines: [String], matches name: String, file: StaticString = #filePath, line: UInt = #line) {
    let directory = URL(fileURLWithPath: "\(file)").deletingLastPathComponent().appendingPathComponent("__Snapshots__")
    let url = directory.appendingPathComponent(name + ".txt")
    // Each row is framed with "|" so trailing spaces are visible and kept.
    let actual = lines.map { "|" + $0 + "|" }.joined(separator: "\n") + "\n"
    let record = ProcessInfo.processInfo.environment["CROSSREAD_RECORD_SNAPSHOTS"] == "1"
    guard !record, let expected = try? String(contentsOf: url, encoding: .utf8) else {
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try? actual.write(to: url, atomically: true, encoding: .utf8)
        if !record { XCTFail("no snapshot \(name) yet; wrote it to \(url.path): review it", file: file, line: line) }
        return
    }
    if expected != actual {
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var report = ["screen \(name) differs from its snapshot (- snapshot, + now):"]
        for index in 0..<max(expectedLines.count, actualLines.count) {
            let old = index < expectedLines.count ? String(expectedLines[index]) : "<none>"
            let new = index < actualLines.count ? String(actualLines[index]) : "<none>"
            if old != new { report += ["- \(old)", "+ \(new)"] }
        }
        XCTFail(report.joined(separator: "\n"), file: file, line: line)
    }
}
