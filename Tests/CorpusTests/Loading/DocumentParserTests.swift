import Corpus
import Foundation
import XCTest

final class DocumentParserTests: XCTestCase {
    func testPathExtensionAgreesWithNSString() {
        let paths = ["a.txt", "a/b.TXT", "notes", ".hidden", "dir/.hidden", "a.b.c", "file.", "/x/y.html", "x/y.md/",
                     "dir.d/file", "évé.md", "a..b", "..", ".", "/", "", "a/b/", "./c.htm"]
        for path in paths {
            XCTAssertEqual(DocumentParser.pathExtension(of: path), (path as NSString).pathExtension, path)
        }
    }

    func testFormatsByExtension() {
        XCTAssertEqual(["txt", "TEXT", "", "md", "Markdown", "mdown", "mkd", "html", "HTM", "xhtml", "pdf"]
            .map { DocumentParser.format(forExtension: $0) },
                       [.plainText, .plainText, .plainText, .markdown, .markdown, .markdown, .markdown, .html, .html, .html, nil])
    }
}
