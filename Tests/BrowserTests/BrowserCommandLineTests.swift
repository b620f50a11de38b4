import Browser
import Foundation
import XCTest

/// The `:` command line: each command, completion, and a plain line for what it cannot do.
final class BrowserCommandLineTests: BrowserTestCase {
    func testOpenTakesAnIdOrTheStartOfOne() {
        var model = model(80, 24)
        let id = Self.seeds.documents[2].id
        press(":open \(id.prefix(3))<Enter>", on: &model)
        XCTAssertEqual(model.articles.focus, .reader)
        XCTAssertEqual(model.articles.selectedDocument, 2)
        press(":open zzz<Enter>", on: &model)
        XCTAssertEqual(model.message?.text, "No article zzz")
        press(":open 0<Enter>", on: &model)
        XCTAssertTrue(model.message!.text.hasPrefix("0 starts \(Self.seeds.count) ids"), model.message!.text)
    }

    func testSortAndReverse() {
        var model = model(80, 24)
        press(":sort author<Enter>", on: &model)
        XCTAssertEqual(model.articles.order, .author)
        XCTAssertFalse(model.articles.reversed)
        press(":sort date reverse<Enter>", on: &model)
        XCTAssertEqual(model.articles.order, .date)
        XCTAssertTrue(model.articles.reversed)
        press(":sort size<Enter>", on: &model)
        XCTAssertEqual(model.message?.isError, true)
    }

    func testExportWritesTheListAsShown() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("crossread-list-\(UUID().uuidString).csv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        var model = model(80, 24)
        press(":sort title<Enter>:export csv \(path)<Enter>", on: &model)
        XCTAssertEqual(model.message?.text, "Wrote \(path)")
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        XCTAssertEqual(lines.first, "id,title,date,author,outlet,words")
        XCTAssertEqual(lines.count, Self.seeds.count + 1)
        let first = ArticleOrder.title.sorted(Self.seeds.documents, reversed: false)[0]
        XCTAssertTrue(lines[1].hasPrefix(Self.seeds.documents[first].id + ","), "in the order shown")
        press(":export pdf x<Enter>", on: &model)
        XCTAssertEqual(model.message?.text, ":export takes csv or markdown and a file name")
    }

    func testSetMeasureRewrapsTheReader() {
        var model = model(200, 40)
        press("<Enter>:set measure 50<Enter>", on: &model)
        XCTAssertEqual(model.articles.layout?.width, 50)
        press(":set measure wide<Enter>", on: &model)
        XCTAssertEqual(model.message?.isError, true)
        XCTAssertEqual(model.articles.layout?.width, 50)
    }

    func testTabCompletesCommandsAndTheirArguments() {
        let ids = ["003_abc", "004_def", "004_deg"]
        XCTAssertEqual(BrowserCommand.complete("so", ids: ids), "so", "sort and sources")
        XCTAssertEqual(BrowserCommand.complete("sor", ids: ids), "sort ")
        XCTAssertEqual(BrowserCommand.complete("sort au", ids: ids), "sort author ")
        XCTAssertEqual(BrowserCommand.complete("open 00", ids: ids), "open 00")
        XCTAssertEqual(BrowserCommand.complete("open 004", ids: ids), "open 004_de")
        XCTAssertEqual(BrowserCommand.complete("open 003", ids: ids), "open 003_abc ")
        XCTAssertEqual(BrowserCommand.complete("export c", ids: ids), "export csv ")
        XCTAssertEqual(BrowserCommand.complete("frob", ids: ids), "frob")

        var model = model(80, 24)
        press(":sor<Tab>au<Tab>", on: &model)
        XCTAssertEqual(model.prompt?.text, "sort author ")
        XCTAssertTrue(screen(model).last!.hasPrefix(":sort author "))
    }

    func testAnUnknownCommandSaysWhichThereAre() {
        var model = model(80, 24)
        press(":frob<Enter>", on: &model)
        XCTAssertEqual(model.message?.text, "Not a command: frob (open, sort, export, set, sources, help, quit)")
        XCTAssertEqual(press(":quit<Enter>", on: &model), .quit)
    }

    func testSourcesChoosesTheComparePanesSourcesByLetter() throws {
        var model = browser(120, 40)
        press(":sources A B<Enter>", on: &model)
        XCTAssertEqual(model.message?.text, ":sources is a command of the Compare pane: show that pane first")
        let compare = try XCTUnwrap(model.paneTitles.firstIndex(of: "Compare"))
        press("\(compare + 1)", on: &model)
        let letters = Self.seeds.documents.map { model.labels.label(of: $0.id)! }
        press(":sources \(letters[2].lowercased()) \(letters[0]) \(letters[4])<Enter>", on: &model)
        let pane = try XCTUnwrap(model.activeContentPane as? ComparePane)
        XCTAssertEqual(pane.leftDocument, 2)
        XCTAssertEqual(pane.rightDocument, 0)
        XCTAssertEqual(pane.extraSources, [4])
        press(":sources A A<Enter>", on: &model)
        XCTAssertEqual(model.message?.text, ":sources takes two or more different source letters, left first")
        press(":sources A Q<Enter>", on: &model)
        XCTAssertEqual(model.message?.isError, true)
    }

    func testSetRemapsAKeyForThisRunAndCompletesTheNames() {
        var model = browser(100, 30)
        press(":set keys.global.pane2 t<Enter>", on: &model)
        XCTAssertEqual(model.message?.text, "t now: pane2 (global)")
        XCTAssertTrue(screen(model)[0].contains(" t Timeline "))
        press("t", on: &model)
        XCTAssertEqual(model.paneTitles[model.activePane], "Timeline")
        press(":set keys.timeline.zoom z<Enter>", on: &model)
        XCTAssertEqual(model.message?.text, "timeline has no action called zoom")
        press(":set keys.timeline.zoomI<Tab>", on: &model)
        XCTAssertEqual(model.prompt?.text, "set keys.timeline.zoomIn ")
    }

    /// Every setting of the configuration file can be set for the run; the front end is told
    /// when one of its own changes.
    func testSetTakesEverySettingOfTheConfigurationFile() {
        var model = model(80, 24)
        XCTAssertEqual(press(":set mouse off<Enter>", on: &model), .terminalChanged)
        XCTAssertFalse(model.terminal.mouse)
        XCTAssertEqual(press(":set mouse on<Enter>", on: &model), .terminalChanged)
        XCTAssertTrue(model.terminal.mouse)
        XCTAssertEqual(press(":set mouse maybe<Enter>", on: &model), BrowserModel.Effect.none)
        XCTAssertEqual(model.message?.text, ":set mouse takes on or off")

        XCTAssertEqual(press(":set theme.figure bold red on black<Enter>", on: &model), .terminalChanged)
        XCTAssertEqual(model.terminal.theme.look(.figure).foreground, .red)
        XCTAssertEqual(model.terminal.theme.look(.figure).background, .black)
        XCTAssertEqual(model.terminal.theme.look(.figure).attributes, .bold)
        XCTAssertEqual(model.terminal.theme.look(.date), Theme.standard.look(.date), "other roles keep their looks")
        press(":set monochrome.figure underline<Enter>", on: &model)
        XCTAssertEqual(model.terminal.theme.look(.figure).monochrome, .underline)
        XCTAssertEqual(model.terminal.theme.look(.figure).foreground, .red, "monochrome leaves the colours")
        press(":set theme.figure purple<Enter>", on: &model)
        XCTAssertEqual(model.message?.isError, true)
        XCTAssertTrue(model.message!.text.hasPrefix("theme.figure: \"purple\" is not a colour"), model.message!.text)
        press(":set theme.nothing red<Enter>", on: &model)
        XCTAssertTrue(model.message!.text.hasPrefix(":set theme.ROLE takes a style role"), model.message!.text)

        XCTAssertEqual(press(":set clipboard xclip -selection clipboard<Enter>", on: &model), .terminalChanged)
        XCTAssertEqual(model.terminal.clipboard, "xclip -selection clipboard")
        press(":set clipboard osc52<Enter>", on: &model)
        XCTAssertNil(model.terminal.clipboard)

        press(":set corpus /tmp<Enter>", on: &model)
        XCTAssertEqual(model.message?.text, "corpus is read at start: set it in config.toml, or start with --corpus")
        press(":set colour red<Enter>", on: &model)
        XCTAssertTrue(model.message!.text.hasPrefix("Not a setting: colour"), model.message!.text)
    }

    func testSetCompletesStyleRoles() {
        var model = model(80, 24)
        press(":set theme.fig<Tab>", on: &model)
        XCTAssertEqual(model.prompt?.text, "set theme.figure ")
        press("<C-u>set mo<Tab>", on: &model)
        XCTAssertEqual(model.prompt?.text, "set mo", "mouse and monochrome.… share mo")
        press("u<Tab>", on: &model)
        XCTAssertEqual(model.prompt?.text, "set mouse ")
    }

    /// A setting named alone says what it is now, in the words `:set` takes.
    func testSetWithoutAValueSaysTheSettingNow() {
        var model = BrowserModel(store: Self.seeds, width: 80, height: 24, measure: 72)
        press(":set measure<Enter>", on: &model)
        XCTAssertEqual(model.message?.text, "measure = 72")
        press(":set mouse<Enter>", on: &model)
        XCTAssertEqual(model.message?.text, "mouse = on")
        press(":set theme.figure<Enter>", on: &model)
        XCTAssertEqual(model.message?.text, "theme.figure = bold yellow")
        press(":set monochrome.date<Enter>", on: &model)
        XCTAssertEqual(model.message?.text, "monochrome.date = underline")
        press(":set keys.reader.toggleRaw<Enter>", on: &model)
        XCTAssertEqual(model.message?.text, "keys.reader.toggleRaw = r")
        press(":set clipboard<Enter>", on: &model)
        XCTAssertEqual(model.message?.text, "clipboard = osc52")
        press(":set keys.reader.fly<Enter>", on: &model)
        XCTAssertEqual(model.message?.isError, true)
    }
}
