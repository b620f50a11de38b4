import Foundation
import TestSupport
import XCTest

/// A first build of an index file stopped by Ctrl-C (SIGINT) or SIGTERM loses at most the batch
/// being written: the next opening keeps what was written, reads the rest, and gives the very list
/// that loading the corpus gives, with no complaint about the file.
final class IndexInterruptionTests: XCTestCase {
    static let articles = 2_000

    func testAnInterruptedFirstBuildIsCarriedOnNextTime() throws {
        let folder = try TemporaryFolder()
        let corpus = try CrossreadProcess.generateCorpus(count: Self.articles, in: folder)
        let expected = try CrossreadProcess.run(["list", "--corpus", corpus])
        XCTAssertEqual(expected.status, 0, expected.standardError)

        for signal in [SIGINT, SIGTERM] {
            let index = folder.url.appendingPathComponent("index-\(signal).crossread").path
            let build = Process()
            build.executableURL = CrossreadProcess.executable
            build.arguments = ["list", "--corpus", corpus, "--index", index]
            build.standardOutput = FileHandle.nullDevice
            build.standardError = FileHandle.nullDevice
            try build.run()
            // Some batches written (each is a transaction of 256 articles), the build not done.
            let deadline = Date().addingTimeInterval(60)
            while build.isRunning, Date() < deadline, fileSize(index) < 3_000_000 { usleep(20_000) }
            XCTAssertTrue(build.isRunning, "the build should still be running when it is stopped")
            kill(build.processIdentifier, signal)
            build.waitUntilExit()
            XCTAssertNotEqual(build.terminationStatus, 0, "stopped by signal \(signal)")

            let resumed = try CrossreadProcess.run(["list", "--corpus", corpus, "--index", index])
            XCTAssertEqual(resumed.status, 0, resumed.standardError)
            XCTAssertEqual(resumed.standardError, "", "no notice: the file was sound")
            XCTAssertEqual(resumed.standardOutput, expected.standardOutput)
        }
    }

    private func fileSize(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
    }
}
