import Foundation
import TestSupport
import XCTest

final class HelpAndVersionTests: XCTestCase {
    func testVersion() throws {
        let result = try CrossreadProcess.run(["--version"])
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(result.standardOutput, "0.1.0\n")
    }

    func testHelpListsTheSubcommands() throws {
        let result = try CrossreadProcess.run(["--help"])
        XCTAssertEqual(result.status, 0)
        for expected in ["USAGE: crossread <subcommand>", "browse (default)", "list", "show", "--version", "--corpus PATH"] {
            XCTAssertTrue(result.standardOutput.contains(expected), expected)
        }
    }

    func testEverySubcommandHasHelpWithItsOptions() throws {
        let expected = [
            "list": ["USAGE: crossread list", "--corpus <path>", "--format <format>"],
            "show": ["USAGE: crossread show", "--corpus <path>", "<id>", "--format <format>", "--raw"],
            "browse": ["USAGE: crossread browse", "--corpus <path>"],
        ]
        for (command, lines) in expected {
            for arguments in [[command, "--help"], ["help", command]] {
                let result = try CrossreadProcess.run(arguments)
                XCTAssertEqual(result.status, 0, "\(arguments)")
                for line in lines { XCTAssertTrue(result.standardOutput.contains(line), "\(arguments): \(line)") }
            }
        }
    }

    func testAnUnknownFormatIsAUsageErrorOnOneLine() throws {
        let result = try CrossreadProcess.run(["list", "--format", "yaml"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.standardError.hasPrefix("crossread: "), result.standardError)
        XCTAssertTrue(result.standardError.contains("yaml"))
        XCTAssertEqual(result.standardError.filter { $0 == "\n" }.count, 1, result.standardError)
    }
}
