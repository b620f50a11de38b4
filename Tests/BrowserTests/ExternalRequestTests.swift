import Browser
import Corpus
import Extraction
import Foundation
import XCTest

/// `|`, `v` and `y`: what the browser hands the front end, and the clipboard sequence.
final class ExternalRequestTests: BrowserTestCase {
    private func document(_ model: BrowserModel) -> Document { Self.seeds.documents[model.articles.selectedDocument!] }

    func testYCopiesTheSentenceAtTheMatchWithItsCitation() {
        var model = model(80, 24)
        press("j<Enter>/killed<Enter>", on: &model)
        let effect = press("y", on: &model)
        guard case .external(.copy(let text)) = effect else { return XCTFail("\(effect)") }
        let sentence = model.articles.selectedSentence!
        XCTAssertTrue(sentence.contains("killed"), sentence)
        XCTAssertEqual(text, "“" + sentence.trimmingCharacters(in: .whitespacesAndNewlines) + "”\n— "
            + Citation.line(for: document(model)) + "\n")
        XCTAssertEqual(model.message?.text, "Copied the sentence with its source")
    }

    func testYWithoutAMatchSaysThereIsNothingToCopy() {
        var model = model(80, 24)
        press("j<Enter>", on: &model)
        XCTAssertEqual(press("y", on: &model), .none)
        XCTAssertEqual(model.message?.isError, true)
    }

    func testTheCitationIsSourceTitleDateAndNamesAnUnknownSourceByItsId() {
        let full = Metadata(title: "A Title", published: PartialDate(iso: "1992-02-26"), outlet: "The Outlet")
        XCTAssertEqual(Citation.line(id: "abc", metadata: full), "The Outlet, A Title, 1992-02-26")
        XCTAssertEqual(Citation.line(id: "abc", metadata: Metadata()), "article abc")
        XCTAssertEqual(Citation.line(id: "abc", metadata: Metadata(title: "T\u{1B}[2J")), "article abc, T␛[2J",
                       "a title's control characters are shown, not sent")
    }

    func testPipeSendsTheSentenceAtTheMatchElseTheArticle() {
        var model = model(80, 24)
        press("j<Enter>", on: &model)
        press("|", on: &model)
        XCTAssertEqual(Screen.render(model).lines.last!.hasPrefix("|"), true, "the prompt shows what it is for")
        let whole = press("wc -w<Enter>", on: &model)
        XCTAssertEqual(whole, .external(.pipe(command: "wc -w",
                                              input: Citation.article(document(model).reading.text, from: document(model)))))
        press("/killed<Enter>", on: &model)
        let one = press("|cat<Enter>", on: &model)
        XCTAssertEqual(one, .external(.pipe(command: "cat", input: Citation.quote(model.articles.selectedSentence!, from: document(model)))))
        press("|<Enter>", on: &model)
        XCTAssertNil(model.prompt, "an empty command runs nothing")
    }

    func testVHandsTheReadingTextToThePager() {
        var model = model(80, 24)
        let effect = press("v", on: &model)
        guard case .external(.page(let text)) = effect else { return XCTFail("\(effect)") }
        XCTAssertTrue(text.hasPrefix(Citation.line(for: document(model)) + "\n\n"))
        XCTAssertTrue(text.contains(document(model).reading.text.prefix(40)))
    }

    func testTheClipboardSequenceCarriesTheTextOnlyAsBase64() {
        let hostile = "a\u{1B}]0;title\u{07}b\u{1B}[31m"
        let sequence = ClipboardSequence.osc52(hostile)
        XCTAssertTrue(sequence.hasPrefix("\u{1B}]52;c;"))
        XCTAssertTrue(sequence.hasSuffix("\u{07}"))
        let payload = sequence.dropFirst(7).dropLast()
        XCTAssertFalse(payload.contains { $0.asciiValue.map { $0 < 32 } ?? true }, "no control byte of the text reaches the terminal")
        XCTAssertEqual(Data(base64Encoded: String(payload)).map { String(decoding: $0, as: UTF8.self) }, hostile)
    }
}
