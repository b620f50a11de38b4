import Foundation
import XCTest

/// Runs the built `crossread` binary, as a person or a script would, and collects what it printed.
public enum CrossreadProcess {
    public struct Result {
        public var status: Int32
        public var standardOutput: String
        public var standardError: String
    }

    /// The binary `swift build` made for the tests (next to the test bundle).
    public static var executable: URL {
        if let override = ProcessInfo.processInfo.environment["CROSSREAD_BINARY"] { return URL(fileURLWithPath: override) }
        let bundle = Bundle(for: Marker.self).bundleURL
        var directory = bundle.deletingLastPathComponent()
        if !FileManager.default.fileExists(atPath: directory.appendingPathComponent("crossread").path) {
            directory = PackagePaths.root.appendingPathComponent(".build/debug")
        }
        return directory.appendingPathComponent("crossread")
    }

    /// The corpus generator built beside the binary (`crossread-corpus-generator`).
    public static var corpusGenerator: URL {
        executable.deletingLastPathComponent().appendingPathComponent("crossread-corpus-generator")
    }

    /// Generates `count` articles into `folder/corpus` with the corpus generator and gives that
    /// path; the test is skipped when the generator is not built.
    public static func generateCorpus(count: Int, in folder: TemporaryFolder) throws -> String {
        let generator = corpusGenerator
        guard FileManager.default.isExecutableFile(atPath: generator.path) else {
            throw XCTSkip("crossread-corpus-generator is not built beside \(executable.path)")
        }
        let corpus = folder.url.appendingPathComponent("corpus").path
        let generated = try Subprocess.run([generator.path, corpus, "--count", "\(count)"])
        guard generated.status == 0 else { throw GenerationFailed(output: generated.output) }
        return corpus
    }

    public struct GenerationFailed: Error {
        public let output: String
    }

    public static func run(_ arguments: [String], executable: URL = executable, environment: [String: String]? = nil,
                           currentDirectory: URL? = nil) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let environment { process.environment = environment }
        if let currentDirectory { process.currentDirectoryURL = currentDirectory }
        // Standard error goes to a file, so neither stream can fill a pipe and stall the child.
        let errorFile = FileManager.default.temporaryDirectory.appendingPathComponent("crossread-stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errorFile) }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = try FileHandle(forWritingTo: errorFile)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let errorData = (try? Data(contentsOf: errorFile)) ?? Data()
        return Result(status: process.terminationStatus,
                      standardOutput: String(decoding: outputData, as: UTF8.self),
                      standardError: String(decoding: errorData, as: UTF8.self))
    }

    private final class Marker {}
}
