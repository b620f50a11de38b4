import Foundation
import TestSupport
import XCTest

/// Every subcommand run with random and hostile option values: whatever the input, `crossread`
/// ends with a status of its own (0, 1 or 2; 64 never, since usage errors are exit 2), never
/// with a signal such as SIGILL from a trap.
final class OptionFuzzTests: XCTestCase {
    /// Runs per test; CROSSREAD_FUZZ_RUNS changes it (the default keeps the test near a minute on
    /// a debug build, each run being a process of its own).
    private var runs: Int { ProcessInfo.processInfo.environment["CROSSREAD_FUZZ_RUNS"].flatMap(Int.init) ?? 2000 }

    func testNoOptionValueEndsTheProcessWithASignal() throws {
        let folder = try TemporaryFolder()
        // A small corpus keeps each run short; two ids share a prefix, one article has no title.
        // Every kind of timeline entry (a recurring day too), so date ranges reach every filter.
        try folder.write("corpus/0a-first.md", "---\ntitle: First\ndate: 2020-05-01\n---\nOn 3 March 2019 the bridge closed; 40 people were hurt.\n\nEvery year on 3 March the town remembers it.\n")
        try folder.write("corpus/0b-second.md", "---\ndate: 2020-05-02\n---\nThe bridge closed on 4 March 2019 and 41 people were hurt, officials said.\n")
        try folder.write("corpus/note.txt", "Untitled text with no date and the number twelve.\n")
        let corpus = folder.url.appendingPathComponent("corpus").path
        let generator = OptionValues(corpus: corpus, scratch: folder.path)
        var random = SplitMix64(seed: 0x5EED_C0DE)
        let binary = CrossreadProcess.executable.path
        var statuses: [Int32: Int] = [:]
        for run in 0..<runs {
            let arguments = generator.arguments(&random)
            let (status, _) = try Subprocess.run([binary] + arguments, captureOutput: false)
            statuses[status, default: 0] += 1
            XCTAssertTrue([0, 1, 2].contains(status), "run \(run): crossread \(arguments.map(Self.shellQuoted).joined(separator: " ")) exited \(status)")
        }
        // The values must reach past the parser: some runs succeed and some are refused.
        XCTAssertGreaterThan(statuses[0] ?? 0, runs / 10, "\(statuses)")
        XCTAssertGreaterThan(statuses[2] ?? 0, runs / 10, "\(statuses)")
    }

    private static func shellQuoted(_ argument: String) -> String {
        "'" + argument.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

/// Command lines built from each subcommand's options, with values drawn from good ones and
/// hostile ones (empty, huge, negative, malformed, control characters, reversed ranges).
private struct OptionValues {
    let corpus: String
    let scratch: String

    private let hostile = [
        "", "-", "--", "0", "-1", "-0", "1", "20", "99999999999999999999", "9223372036854775807",
        "-9223372036854775808", "NaN", "1e9", "x", "\u{1B}[2J", "\u{7}", "é", "💥", "%s%n",
        String(repeating: "9", count: 400), String(repeating: "a", count: 5000), "../../../", "/dev/null",
    ]
    private let dates = [
        "1992", "2021", "1990", "0000", "9999", "9999-12-31", "0001-01-01", "2021-02-30", "2020-02-29",
        "2021-13", "2021-00", "1992-02-26", "1992-2-6", "21", "+123", "-123", "2021--01", "2021-01-01-01",
    ]
    private let sizes = ["80x24", "1x1", "1000x1000", "0x0", "-5x10", "100x", "x30", "100x30x2", "2000x10", "10X10", "abc"]
    private let keyPieces = [
        "j", "k", "q", "Q", "s", "c", "/", "?", "<Enter>", "<Esc>", "<Tab>", "<S-Tab>", "<PgDn>", "<End>",
        "<Resize:1x1>", "<Resize:0x0>", "<Resize:-3x9>", "<Resize:99999x99999>", "<Resize:200x60>",
        "<C-c>", "<F1>", "<F13>", "<nope>", "<", ">", "<lt>", "killed<Enter>", "1", "2", "3", "f", "t", "g", "G",
    ]
    private let formats = ["text", "json", "csv", "markdown", "yaml", "", "TEXT"]
    private let queries = ["bridge", "\"bridge closed", "NOT bridge", "(a OR b", "bri*", "*", "AND", "people AND", "\"\"", "a b c"]
    private let ids = ["0", "0a", "0b", "0a-first", "note", "zzz", "", "00"]

    func arguments(_ random: inout SplitMix64) -> [String] {
        let command = random.pick(["list", "show", "figures", "table", "timeline", "compare", "quotes", "snapshot",
                                   "search", "browse", "help", "bogus"])
        var arguments = [command]
        switch command {
        case "show":
            arguments.append(value(random.pick(ids), &random))
            if random.chance(3) { arguments.append("--raw") }
        case "compare":
            arguments += [value(random.pick(ids), &random), value(random.pick(ids), &random)]
        case "search":
            arguments.append(value(random.pick(queries), &random))
            if random.chance(2) { arguments += ["--limit", value(random.pick(["1", "3", "20", "1000000"]), &random)] }
        case "timeline":
            // Both bounds half the time: a range, reversed or not, is where filters meet.
            let both = random.chance(2)
            if both || random.chance(2) { arguments += ["--from", value(random.pick(dates), &random)] }
            if both || random.chance(2) { arguments += ["--to", value(random.pick(dates), &random)] }
            if random.chance(3) { arguments.append("--citations") }
        case "snapshot":
            arguments += ["--size", value(random.pick(sizes), &random)]
            let count = random.next(upTo: 12)
            arguments += ["--keys", (0..<count).map { _ in random.pick(keyPieces) }.joined()]
            if random.chance(3) { arguments.append("--color") }
        default:
            break
        }
        if ["list", "timeline"].contains(command), random.chance(3) {
            arguments += ["--width", value(random.pick(["20", "80", "19", "10001"]), &random)]
        }
        if command != "help", command != "browse", random.chance(2) {
            arguments += ["--format", value(random.pick(formats), &random)]
        }
        // Most runs read the small corpus; some the built-in one, a missing path or an index file.
        switch random.next(upTo: 10) {
        case 0: break
        case 1: arguments += ["--corpus", scratch + "/missing"]
        case 2: arguments += ["--corpus", corpus, "--index", scratch + "/index-\(random.next(upTo: 3)).sqlite"]
        case 3: arguments += ["--index", scratch + "/alone.sqlite"]
        default: arguments += ["--corpus", corpus]
        }
        if random.chance(12) { arguments.insert(random.pick(["--unknown", "-z", "--format"]), at: random.next(upTo: arguments.count + 1)) }
        return arguments
    }

    /// A good value most of the time, a hostile one otherwise.
    private func value(_ good: String, _ random: inout SplitMix64) -> String {
        random.chance(4) ? random.pick(hostile) : good
    }
}
