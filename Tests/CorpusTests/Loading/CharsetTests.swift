import Corpus
import Foundation
import TestSupport
import XCTest

/// A page that is not UTF-8 is decoded by the character set it declares; an undeclared one is sniffed.
final class CharsetTests: XCTestCase {
    /// A page in `encoding`: `declaration` in its head, `text` as its one paragraph. The bytes are
    /// made by the C library's iconv, which is independent of how Crossread reads them.
    private func page(_ text: String, declaration: String, iconvName: String) throws -> ArticleFixtures.Fixture {
        let html = "<html><head>\(declaration)<title>\(text.prefix(12))</title></head><body><article><p>\(text)</p></article></body></html>"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
        process.arguments = ["-f", "UTF-8", "-t", iconvName]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(html.utf8))
        try input.fileHandleForWriting.close()
        let bytes = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertNil(String(validating: Array(bytes), as: UTF8.self), "\(iconvName) bytes should not be valid UTF-8")
        return ArticleFixtures.Fixture("page.html", bytes: Array(bytes))
    }

    func testDeclaredCharsetsAreDecodedByTheirDeclaration() throws {
        let cases: [(String, String, String, SourceEncoding)] = [
            ("Река вышла из берегов ночью, и сотни семей покинули свои дома.", #"<meta charset="windows-1251">"#, "CP1251", .windows1251),
            ("Река вышла из берегов ночью, и сотни семей покинули свои дома.", #"<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">"#, "KOI8-R", .koi8r),
            ("Rzeka wylała w nocy, a setki rodzin opuściły swoje domy.", "<meta charset=iso-8859-2>", "ISO-8859-2", .iso8859_2),
            ("河水夜间泛滥，数百户家庭被迫离开家园。", #"<meta http-equiv="content-type" content="text/html;charset=gb2312">"#, "GB2312", .gb18030),
            ("河水夜间泛滥，数百户家庭被迫离开家园。", #"<meta charset="GBK">"#, "GBK", .gb18030),
            ("川が夜に氾濫し、数百の家族が家を離れた。", #"<meta charset="Shift_JIS">"#, "SHIFT_JIS", .shiftJIS),
            ("강물이 밤새 범람해 수백 가구가 집을 떠났다.", #"<meta charset="euc-kr">"#, "EUC-KR", .eucKR),
        ]
        for (text, declaration, iconvName, encoding) in cases {
            let document = try page(text, declaration: declaration, iconvName: iconvName).parse()
            XCTAssertEqual(document.encoding, encoding, iconvName)
            XCTAssertEqual(document.readingParagraphs, [text], iconvName)
            XCTAssertEqual(document.metadata.title, String(text.prefix(12)), iconvName)
        }
    }

    func testAnUndeclaredPageIsSniffed() {
        let utf8 = ArticleFixtures.Fixture("u.html", "<p>Café prices rose to 5 € on Friday in the lower town, the mayor said.</p>").parse()
        XCTAssertEqual(utf8.encoding, .utf8)
        let latin = ArticleFixtures.Fixture("l.html", bytes: Array("<p>Caf".utf8) + [0xE9] + Array(" prices rose on Friday in the lower town, the mayor said.</p>".utf8)).parse()
        XCTAssertEqual(latin.encoding, .windows1252)
        XCTAssertEqual(latin.readingParagraphs, ["Café prices rose on Friday in the lower town, the mayor said."])
    }

    /// A declaration that does not fit the bytes: valid UTF-8 stays UTF-8, and an unknown set falls
    /// back to Windows-1252. Either way the page is read.
    func testAWrongDeclaredCharsetStillGivesText() {
        let utf8 = ArticleFixtures.Fixture("w.html", #"<meta charset="windows-1251"><p>Café prices rose on Friday, the mayor said.</p>"#).parse()
        XCTAssertEqual(utf8.encoding, .utf8)
        XCTAssertEqual(utf8.readingParagraphs, ["Café prices rose on Friday, the mayor said."])
        let unknown = ArticleFixtures.Fixture("x.html", bytes: Array(#"<meta charset="x-made-up"><p>Caf"#.utf8) + [0xE9]
            + Array(" prices rose on Friday, the mayor said.</p>".utf8)).parse()
        XCTAssertEqual(unknown.encoding, .windows1252)
        XCTAssertEqual(unknown.readingParagraphs, ["Café prices rose on Friday, the mayor said."])
        // Bytes that the declared set does not define become U+FFFD, not a failure.
        let broken = ArticleFixtures.Fixture("b.html", bytes: Array(#"<meta charset="shift_jis"><p>Broken "#.utf8) + [0x82, 0xFF, 0x82]
            + Array(" bytes here.</p>".utf8)).parse()
        XCTAssertEqual(broken.encoding, .shiftJIS)
        XCTAssertTrue(broken.readingParagraphs.first?.hasPrefix("Broken ") == true)
        XCTAssertTrue(broken.readingParagraphs.first?.hasSuffix(" bytes here.") == true)
    }
}
