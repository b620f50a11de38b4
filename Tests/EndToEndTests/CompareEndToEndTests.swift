import Foundation
import TestSupport
import XCTest

/// Compare on planted rewrites: reports and rewritten copies of them made by the corpus generator
/// (`--rewrites`), with the truth written beside them, run through the real binary.
final class CompareEndToEndTests: XCTestCase {
    private var binary: String { CrossreadProcess.executable.path }

    /// Writes `count` reports with their rewrites and truth files into `folder`; gives the folder.
    private func generateRewrites(_ count: Int, in folder: TemporaryFolder) throws -> URL {
        let generator = CrossreadProcess.corpusGenerator
        guard FileManager.default.isExecutableFile(atPath: generator.path) else {
            throw XCTSkip("crossread-corpus-generator is not built beside \(binary)")
        }
        let root = folder.url.appendingPathComponent("rewrites")
        let generated = try Subprocess.run([generator.path, root.path, "--count", "\(count)", "--rewrites"])
        XCTAssertEqual(generated.status, 0, generated.output)
        return root
    }

    private struct Span: Decodable {
        var start: Int
        var end: Int
        var text: String?

        func overlaps(_ other: Span) -> Bool { start < other.end && other.start < end }
    }

    private struct Truth: Decodable {
        struct Pair: Decodable {
            var original: Span
            var rewrite: Span
        }
        var original: String
        var rewrite: String
        var pairs: [Pair]
        var numberChanges: [Pair]
    }

    private struct Report: Decodable {
        struct Source: Decodable { var id: String }
        struct Claim: Decodable {
            struct Values: Decodable {
                struct Value: Decodable { var span: Span }
                var source: String
                var values: [Value]
            }
            var status: String
            var sources: [Values]
        }
        struct Passages: Decodable {
            struct Side: Decodable { var span: Span }
            struct Pair: Decodable {
                var left: Side
                var right: Side
            }
            var pairs: [Pair]
        }
        var sources: [Source]
        var claims: [Claim]
        var passages: [Passages]
    }

    /// The generator's truth holds: every span slices back to its text, the same seed gives the
    /// same bytes, and each report's rewrite changes at least one number.
    func testTheRewritesAndTheirTruthAreDeterministicAndSliceBack() throws {
        let firstFolder = try TemporaryFolder(), secondFolder = try TemporaryFolder()
        let first = try generateRewrites(3, in: firstFolder), second = try generateRewrites(3, in: secondFolder)
        for index in 0..<3 {
            let name = String(format: "report-%03d", index)
            let truthData = try Data(contentsOf: first.appendingPathComponent("truth/\(name).json"))
            XCTAssertEqual(truthData, try Data(contentsOf: second.appendingPathComponent("truth/\(name).json")))
            let truth = try JSONDecoder().decode(Truth.self, from: truthData)
            let original = try Data(contentsOf: first.appendingPathComponent(truth.original))
            let rewrite = try Data(contentsOf: first.appendingPathComponent(truth.rewrite))
            XCTAssertEqual(rewrite, try Data(contentsOf: second.appendingPathComponent(truth.rewrite)))
            func slice(_ data: Data, _ span: Span) -> String { String(decoding: data[span.start..<span.end], as: UTF8.self) }
            for pair in truth.pairs + truth.numberChanges {
                XCTAssertEqual(slice(original, pair.original), pair.original.text)
                XCTAssertEqual(slice(rewrite, pair.rewrite), pair.rewrite.text)
            }
            XCTAssertFalse(truth.numberChanges.isEmpty)
            for change in truth.numberChanges { XCTAssertNotEqual(change.original.text, change.rewrite.text) }
            XCTAssertEqual(truth.pairs.count, 14)
        }
    }

    /// Aligns every planted pair with `crossread compare --format json` and scores the passage pairs
    /// against the truth: a pair found is right when its two passages are sentences the truth pairs.
    func testPlantedRewritesAlignWithPrecisionAndRecallOver95PercentAndEveryChangedNumberDiffers() throws {
        let folder = try TemporaryFolder()
        let root = try generateRewrites(20, in: folder)
        let truths = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("truth").path).sorted()
        XCTAssertEqual(truths.count, 20)
        var found = 0, right = 0, planted = 0, recalled = 0, changes = 0, shown = 0
        for name in truths {
            let truth = try JSONDecoder().decode(Truth.self, from: Data(contentsOf: root.appendingPathComponent("truth/\(name)")))
            let original = root.appendingPathComponent(truth.original), rewrite = root.appendingPathComponent(truth.rewrite)
            let ids = [original, rewrite].map { $0.deletingPathExtension().lastPathComponent }
            let result = try CrossreadProcess.run(["compare", "--corpus", original.path, "--corpus", rewrite.path,
                                                   ids[0], ids[1], "--format", "json"])
            XCTAssertEqual(result.status, 0, result.standardError)
            let report = try JSONDecoder().decode(Report.self, from: Data(result.standardOutput.utf8))
            let pairs = report.passages[0].pairs
            func matches(_ pair: Report.Passages.Pair, _ planted: Truth.Pair) -> Bool {
                pair.left.span.overlaps(planted.original) && pair.right.span.overlaps(planted.rewrite)
            }
            found += pairs.count
            right += pairs.filter { pair in truth.pairs.contains { matches(pair, $0) } }.count
            planted += truth.pairs.count
            recalled += truth.pairs.filter { planted in pairs.contains { matches($0, planted) } }.count
            for change in truth.numberChanges {
                changes += 1
                let differs = report.claims.contains { claim in
                    func states(_ id: String, _ span: Span) -> Bool {
                        claim.sources.contains { $0.source == id && $0.values.contains { $0.span.start == span.start } }
                    }
                    return claim.status == "differs" && states(report.sources[0].id, change.original)
                        && states(report.sources[1].id, change.rewrite)
                }
                if differs { shown += 1 } else { XCTFail("\(name): \(change.original.text ?? "") → \(change.rewrite.text ?? "") not shown as differing") }
            }
        }
        let precision = Double(right) / Double(max(1, found)), recall = Double(recalled) / Double(max(1, planted))
        print("planted rewrites: \(planted) sentence pairs, \(found) found, \(right) right: precision \(precision), "
              + "recall \(recall); \(shown) of \(changes) changed numbers shown as differing")
        XCTAssertGreaterThanOrEqual(precision, 0.95)
        XCTAssertGreaterThanOrEqual(recall, 0.95)
        XCTAssertEqual(shown, changes)
        XCTAssertGreaterThan(changes, 20, "every report changes at least one number")
    }

    /// In tmux: the pane opens on the claims of a report and its rewrite; `n` steps through three
    /// differences: the two counts the rewrite changed, then a passage.
    func testNStepsThroughThreeDifferencesClaimsFirst() throws {
        try XCTSkipUnless(TmuxSession.isAvailable, "tmux is not installed (.ci/run installs it)")
        let folder = try TemporaryFolder()
        let root = try generateRewrites(1, in: folder)
        let session = try TmuxSession.isolated(width: 100, height: 30)
        try session.type("\(binary) --corpus \(root.appendingPathComponent("reports").path); echo EXIT=$?")
        let top = try session.waitFor(text: "1 Articles")
        let title = try XCTUnwrap(top.range(of: #"\d Compare"#, options: .regularExpression), top)
        try session.sendLiteral(String(top[title].prefix(1)))
        var screen = try session.waitFor(text: "Claims: 2 differ · 3 agree · 0 only in A · 0 only in B")
        XCTAssertTrue(screen.contains("▶ differs   wounded people"), screen)
        try session.sendLiteral("n")
        screen = try session.waitFor(text: "difference 1/31  wounded people: A 292 ↔ B 252 (differs)")
        XCTAssertTrue(screen.contains("A   Another 292 people were injured, according to the health ministry."), screen)
        XCTAssertTrue(screen.contains("B   A further 252 people were injured, the health ministry said."), screen)
        try session.sendLiteral("n")
        screen = try session.waitFor(text: "difference 2/31  evacuated people: A 2,160 ↔ B 2,000 (differs)")
        XCTAssertTrue(screen.contains("▶ differs   evacuated people"), screen)
        try session.sendLiteral("n")
        screen = try session.waitFor(text: "difference 3/31  Another 292 → A further 252")
        XCTAssertTrue(screen.contains("│"), "the passages, side by side:\n\(screen)")
        try session.send("Q")
        try session.waitFor(text: "EXIT=0")
    }

    /// On 1,000 generated articles the pane is built in the background like the others: keys work
    /// meanwhile, the summary appears on its own, and the quotes view opens without a long wait.
    func testThePaneOnAThousandArticlesLeavesKeysFree() throws {
        try XCTSkipUnless(TmuxSession.isAvailable, "tmux is not installed (.ci/run installs it)")
        let folder = try TemporaryFolder()
        let corpus = try CrossreadProcess.generateCorpus(count: 1000, in: folder)
        let session = try TmuxSession.isolated(width: 100, height: 30)
        try session.type("\(binary) --corpus \(corpus); echo EXIT=$?")
        let top = try session.waitFor(text: "1 Articles", timeout: 60)
        let title = try XCTUnwrap(top.range(of: #"\d Compare"#, options: .regularExpression), top)
        try session.sendLiteral(String(top[title].prefix(1)))
        try session.sendLiteral("1")
        try session.send("j", "j")
        try session.waitFor(text: "article 3/1000")
        try session.sendLiteral(String(top[title].prefix(1)))
        let summary = try session.waitFor(text: "A ↔ B · claim 1/", timeout: 30)
        XCTAssertTrue(summary.contains("Claims: "), summary)
        try session.sendLiteral("v")
        try session.waitFor(text: "Quotes · quotation 1/", timeout: 30)
        try session.send("Q")
        try session.waitFor(text: "EXIT=0")
    }
}
