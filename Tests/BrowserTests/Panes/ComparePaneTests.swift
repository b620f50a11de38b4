import Browser
import Comparison
import Corpus
import Extraction
import TestSupport
import XCTest

/// The Compare pane on the seeds: A (000) and C (002) share the Sargsyan remark in other words and
/// two more passages; B (001) and E (004) differ on the children killed (63 and 83). The pane is
/// reached by its number on the top bar, wherever it stands, and opens on the claims summary.
final class ComparePaneTests: BrowserTestCase {
    private func browser(_ width: Int, _ height: Int) -> BrowserModel {
        BrowserModel(store: Self.seeds, width: width, height: height, panes: StandardPanes.all)
    }

    /// The key that shows the Compare pane (its place on the top bar).
    private var compareKey: String {
        let index = browser(80, 24).paneTitles.firstIndex(of: "Compare")!
        return String(index + 1)
    }

    /// The pane turned to its passages (`c`), then `keys`.
    private func compare(_ width: Int, _ height: Int, then keys: String = "") -> BrowserModel {
        var model = browser(width, height)
        press(compareKey + "c" + keys, on: &model)
        return model
    }

    /// The pane as it opens, on the claims summary, then `keys`.
    private func summary(_ width: Int, _ height: Int, then keys: String = "") -> BrowserModel {
        var model = browser(width, height)
        press(compareKey + keys, on: &model)
        return model
    }

    private func status(_ model: BrowserModel) -> String { screen(model).last! }

    /// The row and column where `text` first appears on screen, from column `from` on.
    private func find(_ text: String, in buffer: CellBuffer, from: Int = 0) -> (x: Int, y: Int)? {
        for (row, line) in buffer.lines.enumerated() {
            let characters = Array(line)
            guard characters.count > from else { continue }
            let rest = String(characters[from...])
            if let range = rest.range(of: text) { return (from + rest.distance(from: rest.startIndex, to: range.lowerBound), row) }
        }
        return nil
    }

    // MARK: Screens

    func testScreensAt80x24And120x40() {
        for (width, height) in [(80, 24), (120, 40)] {
            assertScreen(screen(summary(width, height)), matches: "compare-summary-\(width)x\(height)")
            assertScreen(screen(summary(width, height, then: "s}}}n")), matches: "compare-claim-differs-\(width)x\(height)")
            assertScreen(screen(compare(width, height, then: "}")), matches: "compare-unmatched-\(width)x\(height)")
            assertScreen(screen(compare(width, height, then: "}nn")), matches: "compare-difference-\(width)x\(height)")
            assertScreen(screen(summary(width, height, then: "vj")), matches: "compare-quotes-\(width)x\(height)")
        }
    }

    // MARK: Claims

    func testTheSummaryCountsTheClaimsAndListsThoseThatDifferFirst() {
        let model = summary(120, 40, then: "s}}}")
        let text = screen(model)
        XCTAssertTrue(status(model).hasPrefix(" B ↔ E · claim 1/9 · 2 differences"), status(model))
        XCTAssertEqual(text[2].trimmingCharacters(in: .whitespaces), "Claims: 1 differs · 4 agree · 2 only in B · 2 only in E")
        let first = try! XCTUnwrap(text.firstIndex { $0.hasPrefix("▶ differs   killed children") }, text.joined(separator: "\n"))
        XCTAssertTrue(text[first].contains("63") && text[first].contains("83"), text[first])
        XCTAssertTrue(text[first + 1].hasPrefix("  agrees    killed people"), text[first + 1])
        XCTAssertTrue(text.contains { $0.hasPrefix("B   Among the killed were 63 children") }, "the claim quoted from B")
        XCTAssertTrue(text.contains { $0.contains("70 elderly and 83 children") }, "and from E")
    }

    func testTheSummaryNamesTheSharedQuotationAndHowItsWordingDiffers() {
        let line = screen(summary(160, 30, then: "}"))[3]
        XCTAssertTrue(line.hasPrefix("Passages: 4 aligned, 33 only in A, 35 only in C · Quotations: 1 shared, wording differs in 1 "
            + "(Sargsyan: Khojalu → Khojaly; needed → were able;"), line)
    }

    func testNextDifferenceStepsThroughDifferingClaimsFirstThenPassages() {
        var model = summary(120, 40, then: "s}}}")
        press("n", on: &model)
        XCTAssertEqual(model.message?.text, "killed children: B 63 ↔ E 83 (differs)")
        XCTAssertEqual((model.activeContentPane as! ComparePane).view, .summary)
        XCTAssertTrue(status(model).contains("difference 1/2"), status(model))
        press("n", on: &model)
        XCTAssertEqual((model.activeContentPane as! ComparePane).view, .passages, "then the passages")
        XCTAssertTrue(status(model).contains("difference 2/2"), status(model))
        press("n", on: &model)
        XCTAssertEqual((model.activeContentPane as! ComparePane).view, .summary)
        XCTAssertTrue(model.message?.text.hasSuffix("(wrapped to the first)") == true)
    }

    func testAddingASourceShowsOneClaimAcrossThreeSources() {
        var model = summary(120, 40, then: "s}}}")
        press("+", on: &model)
        XCTAssertTrue(status(model).hasPrefix(" B ↔ E ↔ A"), status(model))
        let text = screen(model)
        let row = try! XCTUnwrap(text.first { $0.contains("killed children") }, text.joined(separator: "\n"))
        XCTAssertEqual(row.split(separator: " ").suffix(3), ["63", "83", "63"], row)
        press("-", on: &model)
        XCTAssertTrue(status(model).hasPrefix(" B ↔ E ·"), status(model))
        press("-", on: &model)
        XCTAssertEqual(model.message?.text, "Only the two sides are chosen")
    }

    func testEnterOnAClaimOpensTheReaderAtTheValue() {
        let model = summary(120, 40, then: "s}}}<Enter>")
        XCTAssertEqual(model.activePane, 0)
        XCTAssertEqual(model.articles.selectedDocument, 1)
        let text = Self.seeds.documents[1].reading.text
        XCTAssertEqual(model.articles.marked?.slice(of: text), "63")
    }

    func testNumbersTheSourcesStateDifferentlyAreMarkedInThePassages() {
        var model = summary(160, 48, then: "s}}}c")
        let row = { (buffer: CellBuffer, text: String) in buffer.lines.firstIndex { $0.contains(text) } }
        var buffer = Screen.render(model)
        for _ in 0..<40 where row(buffer, "Among the killed were 63 children") == nil {
            press("j", on: &model)
            buffer = Screen.render(model)
        }
        let left = try! XCTUnwrap(find("63 children", in: buffer), buffer.lines.joined(separator: "\n"))
        XCTAssertEqual(buffer[left.x, left.y].style, .differs, "B's 63")
        XCTAssertEqual(buffer[left.x + 3, left.y].style, .normal)
        let agreed = try! XCTUnwrap(find("106 women", in: buffer))
        XCTAssertEqual(buffer[agreed.x, agreed.y].style, .normal, "a count both state alike is not marked")
    }

    func testAPassageOneSideAloneHasIsMarkedAndDrawnAgainstAGap() {
        let text = screen(compare(120, 40, then: "}"))
        XCTAssertTrue(text[2].hasPrefix("Khojaly Genocide: Why There Is No Alternative To Peace"), text[2])
        XCTAssertTrue(text[2].contains("+│  ┄ gap: only in A ┄"), text[2])
        XCTAssertTrue(text.contains { $0.hasPrefix("┄ gap: only in C ┄") && $0.contains("│+ Khojaly Massacre at a glance") })
    }

    func testTheTopBarNamesThePaneAndItsKeyShowsIt() {
        let model = compare(80, 24)
        XCTAssertEqual(model.activeContentPane?.title, "Compare")
        XCTAssertTrue(screen(model)[0].contains("\(compareKey) Compare"))
        XCTAssertTrue(status(model).hasPrefix(" A ↔ B · passage 1/"), status(model))
        XCTAssertTrue(status(summary(80, 24)).hasPrefix(" A ↔ B · claim 1/"), status(summary(80, 24)))
    }

    // MARK: Alignment on screen

    func testAnAlignedPairStartsOnTheSameRowWithItsMarkOnBothSides() {
        let model = compare(160, 48, then: "}nn")
        let buffer = Screen.render(model)
        let left = find("Sargsyan, who was the commander", in: buffer)
        let right = find("As reported by the British scholar", in: buffer)
        XCTAssertNotNil(left)
        XCTAssertEqual(left?.y, right?.y, "the quotation pair starts on one row")
        XCTAssertEqual(left?.x, 0)
        XCTAssertGreaterThan(right?.x ?? 0, 80)
        let line = Array(buffer.lines[left!.y])
        XCTAssertEqual(String(line[77...81]), " \"│\" ", "a quotation mark beside each side, the divider between")
    }

    func testDifferingWordsAreHighlightedInBothColumnsAndTheCurrentOneStandsOut() {
        let model = compare(160, 48, then: "}nn")
        XCTAssertTrue(status(model).contains("difference 2/8"), status(model))
        XCTAssertEqual(model.message?.text, "Khojalu → Khojaly")
        let buffer = Screen.render(model)
        func style(_ word: String, from column: Int = 0) -> Style? {
            find(word, in: buffer, from: column).map { buffer[$0.x, $0.y].style }
        }
        XCTAssertEqual(style("Khojalu,"), .currentDifference)
        XCTAssertEqual(style("Khojaly,", from: 80), .currentDifference)
        XCTAssertEqual(style("needed"), .difference)
        XCTAssertEqual(style("were able", from: 80), .difference)
        XCTAssertEqual(style("stereotype", from: 80), .difference)
        XCTAssertEqual(style("joking"), .normal, "words both sides share stay plain")
    }

    func testNextDifferenceStepsThroughEveryDifferenceAndWraps() {
        var model = compare(160, 48, then: "}")
        XCTAssertTrue(status(model).contains("A ↔ C"), status(model))
        var messages: [String] = []
        for step in 1...8 {
            press("n", on: &model)
            XCTAssertTrue(status(model).contains("difference \(step)/8"), status(model))
            messages.append(model.message?.text ?? "")
        }
        XCTAssertEqual(messages, [
            "only on the left: committed against peaceful Azerbaijani people",
            "Khojalu → Khojaly", "needed → were able", "put a stop to all → break", "only on the right: stereotype",
            "Told in other words: 17% of words in common (told at another place)",
            "only on the right: has named the tragedy", "only on the left: to date",
        ])
        press("n", on: &model)
        XCTAssertTrue(status(model).contains("difference 1/8"))
        XCTAssertTrue(model.message?.text.hasSuffix("(wrapped to the first)") == true)
        press("N", on: &model)
        XCTAssertTrue(status(model).contains("difference 8/8"))
    }

    func testTheCurrentDifferenceIsOnScreen() {
        var model = compare(80, 24, then: "}")
        for _ in 1...8 {
            press("n", on: &model)
            let text = screen(model).joined(separator: "\n")
            let pane = model.activeContentPane as! ComparePane
            XCTAssertTrue(text.contains("passage \(pane.cursor + 1)/"))
        }
        // The sixth difference is the 487-wounded pair, which C tells at another place; the cursor
        // is on the left side's passage.
        press("NN", on: &model)
        XCTAssertTrue(screen(model).contains { $0.contains("487 were injured") }, screen(model).joined(separator: "\n"))
    }

    // MARK: Sources

    func testKeysPickAndSwapTheSources() {
        var model = compare(160, 48)
        press("}", on: &model)
        XCTAssertTrue(status(model).contains("A ↔ C"))
        press("]", on: &model)
        XCTAssertTrue(status(model).contains("B ↔ C"))
        press("]", on: &model)
        XCTAssertTrue(status(model).contains("D ↔ C"), "the left source skips the right one")
        press("s", on: &model)
        XCTAssertTrue(status(model).contains("C ↔ D"))
        XCTAssertTrue(screen(model)[1].hasPrefix(" C  Khojaly Massacre at a glance"), screen(model)[1])
        press("{{", on: &model)
        XCTAssertTrue(status(model).contains("C ↔ A"))
        press("[", on: &model)
        XCTAssertTrue(status(model).contains("B ↔ A"))
        XCTAssertEqual(model.message?.text, "B ↔ A: claims 1 differs · 4 agree · 2 only in B · 3 only in A; 2 passages aligned")
    }

    func testSwappingTwiceGivesTheSameScreen() {
        let before = screen(compare(160, 48, then: "}n"))
        XCTAssertEqual(screen(compare(160, 48, then: "}ssn")), before)
    }

    // MARK: Scrolling

    func testTheSidesScrollTogetherUntilUnlinked() {
        var model = compare(160, 48, then: "}")
        let first = screen(model)
        press("<PgDn>", on: &model)
        let linked = screen(model)
        XCTAssertNotEqual(linked[2].prefix(78), first[2].prefix(78), "the left side moved")
        XCTAssertNotEqual(linked[2].dropFirst(82), first[2].dropFirst(82), "so did the right side")

        press("u", on: &model)
        XCTAssertEqual(model.message?.text, "The two sides scroll apart: h l pick the side that scrolls")
        XCTAssertTrue(status(model).contains("unlinked"))
        press("<PgDn>", on: &model)
        let apart = screen(model)
        XCTAssertNotEqual(apart[2].prefix(78), linked[2].prefix(78), "the left side moved on")
        XCTAssertEqual(apart[2].dropFirst(82), linked[2].dropFirst(82), "the right side stayed")
        XCTAssertTrue(apart[10].contains("┆"), "an unlinked divider")

        press("l<PgDn>", on: &model)
        XCTAssertNotEqual(screen(model)[2].dropFirst(82), apart[2].dropFirst(82), "now the right side scrolls")
        XCTAssertEqual(screen(model)[2].prefix(78), apart[2].prefix(78))

        press("u", on: &model)
        XCTAssertEqual(model.message?.text, "The two sides scroll together")
        XCTAssertFalse(status(model).contains("unlinked"))
    }

    func testUnlinkedDifferencesBringEachSideToItsOwnPassage() {
        // The 487-wounded pair sits at different places in A and C; unlinked, both come into view.
        var model = compare(160, 48, then: "}uNNN")
        var buffer = Screen.render(model)
        XCTAssertTrue(find("487 were injured", in: buffer) != nil, buffer.lines.joined(separator: "\n"))
        XCTAssertTrue(find("487 people including 76 children", in: buffer, from: 80) != nil)
        press("u", on: &model)
        buffer = Screen.render(model)
        XCTAssertTrue(find("487 were injured", in: buffer) != nil, "linking keeps the cursor's side in view")
    }

    func testGoingToTheEndAndBack() {
        var model = compare(160, 48, then: "}G")
        let pane = model.activeContentPane as! ComparePane
        XCTAssertTrue(status(model).contains("passage 73/73"), status(model))
        XCTAssertEqual(pane.cursor, 72)
        XCTAssertTrue(screen(model).contains { $0.contains("*About the author") })
        press("g", on: &model)
        XCTAssertTrue(status(model).contains("passage 1/73"))
        press("jjk", on: &model)
        XCTAssertTrue(status(model).contains("passage 2/73"))
    }

    func testAPassageTallerThanTheScreenScrollsARowAtATime() {
        // At 80x12 each stacked half shows four rows; the Sargsyan pair takes seven.
        var model = compare(80, 12, then: "}nn")
        let pane = { (model: BrowserModel) in model.activeContentPane as! ComparePane }
        let cursor = pane(model).cursor
        XCTAssertTrue(screen(model)[2].hasPrefix("\" Sargsyan, who was the commander"), screen(model)[2])
        press("j", on: &model)
        XCTAssertEqual(pane(model).cursor, cursor, "still on the passage")
        XCTAssertTrue(screen(model)[2].hasPrefix("  forces in 1992, told"), screen(model)[2])
        press("jj", on: &model)
        XCTAssertEqual(pane(model).cursor, cursor, "until its last row shows")
        XCTAssertTrue(screen(model)[5].hasPrefix("  population. We needed to put a stop"), screen(model)[5])
        press("j", on: &model)
        XCTAssertEqual(pane(model).cursor, cursor + 1)
        press("k", on: &model)
        XCTAssertEqual(pane(model).cursor, cursor)
        press("kkk", on: &model)
        XCTAssertEqual(pane(model).cursor, cursor, "going back up scrolls through it again")
        XCTAssertTrue(screen(model)[2].hasPrefix("\" Sargsyan, who was the commander"), screen(model)[2])
    }

    // MARK: Narrow terminals

    func testNarrowTerminalsStackTheSides() {
        let narrow = screen(compare(99, 30, then: "}"))
        XCTAssertTrue(narrow[1].hasPrefix(" A  Khojaly Genocide"), narrow[1])
        let rightHeader = narrow.firstIndex { $0.hasPrefix("──  C  Khojaly Massacre") }
        XCTAssertEqual(rightHeader, 1 + 14, "the right source's half starts halfway down")
        XCTAssertFalse(narrow[3].contains("│"), "no columns")
        let wide = screen(compare(100, 30, then: "}"))
        XCTAssertTrue(wide[3].contains("│"), "from 100 columns, side by side")
    }

    func testResizingReflowsAndKeepsThePlace() {
        var model = compare(160, 48, then: "}nn")
        press("<Resize:80x24>", on: &model)
        XCTAssertTrue(screen(model).contains { $0.contains("Sargsyan, who was the commander") }, screen(model).joined(separator: "\n"))
        press("<Resize:160x48>", on: &model)
        XCTAssertEqual(screen(model).dropLast(), screen(compare(160, 48, then: "}nn")).dropLast())
    }

    // MARK: Into the reader

    func testEnterOpensTheReaderAtThePassageUnderTheCursor() {
        var model = compare(160, 48, then: "}nn<Enter>")
        let pair = PassageAligner.align(Self.seeds.documents[0], Self.seeds.documents[2]).pairs.first { $0.kind == .quote }!
        XCTAssertEqual(model.activePane, 0)
        XCTAssertEqual(model.articles.focus, .reader)
        XCTAssertEqual(model.articles.selectedDocument, 0)
        XCTAssertEqual(model.articles.marked, pair.left.passage)

        model = compare(160, 48, then: "}nnl<Enter>")
        XCTAssertEqual(model.articles.selectedDocument, 2, "the right side's article")
        XCTAssertEqual(model.articles.marked, pair.right.passage)
    }

    // MARK: Quotes view

    func testQuotesViewListsEveryQuotationWithSpeakerSourcesAndWording() {
        let groups = CorpusQuotations.groups(in: Self.seeds)
        var model = summary(160, 48, then: "v")
        XCTAssertTrue(screen(model)[1].hasPrefix("\(groups.count) quotations, 1 carried by more than one source"))
        XCTAssertTrue(status(model).hasPrefix(" Quotes · quotation 1/\(groups.count) · source 1/2"), status(model))
        press("n", on: &model)
        XCTAssertTrue(status(model).contains("source 2/2"))
        let buffer = Screen.render(model)
        let row = buffer.lines.firstIndex { $0.hasPrefix("  C  002_6c08b088e53c302e  Khojalu → Khojaly; needed → were able") }
        XCTAssertNotNil(row, buffer.lines.joined(separator: "\n"))
        XCTAssertTrue(buffer.lines.contains("  Sargsyan · 2 sources" + String(repeating: " ", count: 138)))
        XCTAssertEqual(buffer[27, row!].style, .difference, "Khojalu")
        XCTAssertEqual(buffer[2, row!].style, .selection, "the cursor's row")
        press("v", on: &model)
        XCTAssertTrue(status(model).hasPrefix(" A ↔ B · claim"), "v goes back to the summary")
    }

    func testQuotesViewEnterOpensTheSourceAtTheQuotation() {
        let group = CorpusQuotations.groups(in: Self.seeds)[0]
        let model = summary(80, 24, then: "vj<Enter>")
        XCTAssertEqual(model.activePane, 0)
        XCTAssertEqual(model.articles.selectedDocument, 2)
        XCTAssertEqual(model.articles.marked, group.variants[1].quotation.content)
    }

    func testQuotesViewScrollsToKeepTheCursorShown() {
        var model = summary(80, 24, then: "v")
        for _ in 0..<15 { press("j", on: &model) }
        let pane = model.activeContentPane as! ComparePane
        XCTAssertEqual(pane.view, .quotes)
        XCTAssertTrue(screen(model).contains { $0.contains("╳") == false && $0.hasPrefix("  ") && $0.contains("_") },
                      "a source row is on screen")
        XCTAssertTrue(status(model).contains("quotation 15/"), status(model))
        press("G", on: &model)
        XCTAssertTrue(status(model).contains("quotation 19/19"), status(model))
    }

    // MARK: Keys

    func testHelpListsTheComparePaneKeys() {
        var model = compare(120, 200)
        press("?", on: &model)
        let text = screen(model).joined(separator: "\n")
        XCTAssertTrue(text.contains("Compare pane"))
        XCTAssertTrue(text.contains("Next difference: a count the sources differ on, then a changed word"))
        XCTAssertTrue(text.contains("Swap the two sources"))
    }
}

/// The Compare pane when the corpus has fewer than two articles.
final class ComparePaneSingleArticleTests: BrowserTestCase {
    func testOneArticleIsNothingToCompare() throws {
        let folder = try TemporaryFolder()
        try folder.write("one.txt", "One Title\n\nA single article, said nobody, \"with a quotation of some length here\".")
        let (store, _) = try CorpusLoader().load(paths: [folder.path])
        var model = BrowserModel(store: store, width: 80, height: 24, panes: StandardPanes.all)
        press(String(model.paneTitles.firstIndex(of: "Compare")! + 1), on: &model)
        XCTAssertEqual(screen(model)[1].trimmingCharacters(in: .whitespaces), "Compare needs two articles; this corpus has 1.")
        press("n", on: &model)
        XCTAssertEqual(model.message?.text, "Compare needs two articles; this corpus has 1")
        press("v", on: &model)
        XCTAssertTrue(screen(model)[1].hasPrefix("1 quotation, 0 carried by more than one source"), screen(model)[1])
    }
}

/// The Compare pane's summary when more counts differ than its list shows at once.
final class ComparePaneManyClaimsTests: BrowserTestCase {
    func testAfterNextDifferenceBelowTheListUpMovesTheCursor() throws {
        let folder = try TemporaryFolder()
        let counts = [("killed", 10, 12), ("wounded", 30, 35), ("missing", 5, 9), ("taken hostage", 40, 44),
                      ("arrested", 7, 8), ("displaced", 200, 250), ("injured in the blast", 11, 16)]
        func article(_ title: String, _ pick: ((Int, Int)) -> Int) -> String {
            title + "\n\n" + counts.map { "Officials said \(pick(($0.1, $0.2))) people were \($0.0) in the town on Monday." }
                .joined(separator: "\n\n")
        }
        try folder.write("a.txt", article("The First Report", { $0.0 }))
        try folder.write("b.txt", article("The Second Report", { $0.1 }))
        let (store, _) = try CorpusLoader().load(paths: [folder.path])
        var model = BrowserModel(store: store, width: 80, height: 11, panes: StandardPanes.all)
        press(String(model.paneTitles.firstIndex(of: "Compare")! + 1), on: &model)
        let pane = { (model: BrowserModel) in model.activeContentPane as! ComparePane }
        for _ in 0..<5 { press("n", on: &model) }
        let row = pane(model).claimRow
        XCTAssertGreaterThanOrEqual(row, 4, "n went down the differing counts")
        let shown = screen(model)
        press("k", on: &model)
        XCTAssertEqual(pane(model).claimRow, row - 1, "k moves the cursor up one claim")
        let firstRow = try XCTUnwrap(shown.firstIndex { $0.contains("STATUS") }) + 1
        XCTAssertEqual(screen(model)[firstRow], shown[firstRow], "the list does not scroll while the cursor is on screen:\n"
                       + screen(model).joined(separator: "\n"))
    }
}
