import Foundation
import TestSupport
import XCTest

/// Opening a corpus that is missing, empty or partly broken.
final class CorpusErrorTests: XCTestCase {
    private let article = "A title\n\n\(ArticleFixtures.firstProse)\n"

    func testAMissingCorpusPathIsAnError() throws {
        let folder = try TemporaryFolder()
        let missing = folder.url.appendingPathComponent("no-such-folder").path
        for command in ["list", "show", "browse"] {
            let arguments = command == "show" ? [command, "x", "--corpus", missing] : [command, "--corpus", missing]
            let result = try CrossreadProcess.run(arguments)
            XCTAssertEqual(result.status, 2, command)
            XCTAssertEqual(result.standardError, "crossread: no such file or folder: \(missing)\n", command)
            XCTAssertEqual(result.standardOutput, "", command)
        }
    }

    func testAFolderWithNoArticlesIsAnErrorNamingWhatWasSearched() throws {
        let folder = try TemporaryFolder()
        try folder.write("photo.jpg", bytes: [0xFF, 0xD8])
        let result = try CrossreadProcess.run(["list", "--corpus", folder.path])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.standardError, """
            crossread: ignored 1 file in \(folder.path) that is not .txt, .md or .html
            crossread: no articles found in \(folder.path) (looked for .txt, .md and .html files)

            """)
    }

    func testAFolderOfOnlyBadFilesReportsEachThenFails() throws {
        let folder = try TemporaryFolder()
        let empty = try folder.write("empty.txt", "")
        let result = try CrossreadProcess.run(["list", "--corpus", folder.path])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.standardError, """
            crossread: skipped \(empty): empty file
            crossread: no articles found in \(folder.path) (looked for .txt, .md and .html files)

            """)
    }

    /// Each bad file gets exactly one line on standard error and the rest loads. The unreadable file
    /// is chmod 000; as root (who reads it anyway) the binary runs as user nobody through setpriv.
    func testTheRestLoadsAndEachSkippedFileGetsOneLine() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path)
        try folder.write("good.txt", article)
        try folder.write("sub/also-good.md", article)
        let empty = try folder.write("empty.txt", "")
        let binary = try folder.write("binary.html", bytes: Array("<p>text".utf8) + [0, 0, 0x7F])
        let locked = try folder.write("sub/locked.txt", article)
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: locked)

        var executable = CrossreadProcess.executable
        var prefix: [String] = []
        if geteuid() == 0 {
            let setpriv = URL(fileURLWithPath: "/usr/bin/setpriv")
            try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: setpriv.path), "needs setpriv to drop root")
            prefix = ["--reuid=65534", "--regid=65534", "--clear-groups", executable.path]
            executable = setpriv
        }
        let result = try CrossreadProcess.run(prefix + ["list", "--format", "json", "--corpus", folder.path], executable: executable)
        XCTAssertEqual(result.status, 0, result.standardError)
        let entries = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [[String: Any]])
        XCTAssertEqual(entries.map { $0["id"] as? String }, ["good", "also-good"])
        XCTAssertEqual(result.standardError.split(separator: "\n").sorted(), [
            "crossread: skipped \(binary): binary file (contains NUL bytes)",
            "crossread: skipped \(empty): empty file",
            "crossread: skipped \(locked): unreadable (permission denied)",
        ])
    }
}
