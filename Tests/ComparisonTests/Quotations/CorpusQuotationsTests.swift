import Comparison
import Corpus
import Foundation
import XCTest

final class CorpusQuotationsTests: XCTestCase {
    func testTheSargsyanRemarkIsOneGroupWithTwoSourcesAndItsVariantWording() throws {
        let store = BuiltInCorpus.load()
        let groups = CorpusQuotations.groups(in: store)
        let group = try XCTUnwrap(groups.first { $0.text.hasPrefix("Before Khojal") })
        XCTAssertEqual(group.documentIDs, [store.documents[0].id, store.documents[2].id])
        XCTAssertEqual(group.speaker, "Sargsyan")
        XCTAssertEqual(group.variants[0].changes, [])
        XCTAssertEqual(group.variants[0].similarity, 1)
        let second = group.variants[1]
        XCTAssertEqual(second.changes.map { "\($0.kind.rawValue) \($0.left.slice(of: group.text)!) -> \($0.right.slice(of: second.text)!)" }, [
            "replace Khojalu -> Khojaly",
            "replace needed -> were able",
            "replace put a stop to all -> break",
            "insert  -> stereotype",
        ])
    }

    func testEveryRemarkIsInOneGroupAndItsSourceSpanHoldsItsWords() {
        let store = BuiltInCorpus.load()
        let groups = CorpusQuotations.groups(in: store)
        XCTAssertFalse(groups.isEmpty)
        var seen: Set<String> = []
        for group in groups {
            for variant in group.variants {
                XCTAssertTrue(seen.insert("\(variant.documentID)\(variant.quotation.span)").inserted)
                let document = store.document(id: variant.documentID)!
                // The reading text keeps one line feed between paragraphs; the original may have more.
                let source = variant.sourceSpan.slice(of: document.original)?.replacingOccurrences(of: "\n\n", with: "\n")
                XCTAssertEqual(source, variant.text)
            }
        }
        // Terms in quotation marks are not remarks.
        XCTAssertFalse(groups.contains { $0.text == "referendum" })
        XCTAssertEqual(groups, CorpusQuotations.groups(in: store), "same input, same output")
    }

    func testAQuotationCarriedWordForWordByManySourcesIsOneGroup() {
        let quote = "“The water rose faster than anyone here had ever seen,” the mayor said."
        let other = "“We will rebuild every house that the flood took from us,” Anna Costa said."
        let documents = (0..<300).map { index in
            let text = "Report \(index). " + (index % 3 == 0 ? other : quote) + " More followed."
            return DocumentParser.parse(bytes: Array(text.utf8), id: "r\(index)", path: "r\(index).txt", format: .plainText)
        }
        let groups = CorpusQuotations.groups(in: DocumentStore(documents))
        XCTAssertEqual(groups.map(\.variants.count), [100, 200])
        XCTAssertEqual(groups.map(\.speaker), ["Anna Costa", "the mayor"])
    }
}
