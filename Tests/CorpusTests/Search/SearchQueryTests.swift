import Corpus
import XCTest

final class SearchQueryTests: XCTestCase {
    private func expression(_ text: String) throws -> String { try SearchQuery(text).expression }

    private func error(_ text: String) -> SearchQueryError? {
        do {
            _ = try SearchQuery(text)
            return nil
        } catch {
            return error
        }
    }

    func testWordsPhrasesAndPrefixesAreQuotedSoTheyCannotBeSyntax() throws {
        XCTAssertEqual(try expression("hostages"), "\"hostages\"")
        XCTAssertEqual(try expression("\"human shields\""), "\"human shields\"")
        XCTAssertEqual(try expression("hostag*"), "\"hostag\" *")
        XCTAssertEqual(try expression("\"taken host\"*"), "\"taken host\" *")
        XCTAssertEqual(try expression("Nagorno-Karabakh"), "\"Nagorno-Karabakh\"")
        XCTAssertEqual(try expression("reading:col"), "\"reading:col\"", "a column filter is just two words")
        XCTAssertEqual(try expression("u.s. ^start"), "(\"u.s.\" AND \"^start\")")
    }

    func testOperatorsBindNotThenAndThenOr() throws {
        XCTAssertEqual(try expression("a b"), "(\"a\" AND \"b\")")
        XCTAssertEqual(try expression("a AND b OR c"), "((\"a\" AND \"b\") OR \"c\")")
        XCTAssertEqual(try expression("a OR b c"), "(\"a\" OR (\"b\" AND \"c\"))")
        XCTAssertEqual(try expression("a b NOT c"), "(\"a\" AND (\"b\" NOT \"c\"))")
        XCTAssertEqual(try expression("(a OR b) NOT c"), "((\"a\" OR \"b\") NOT \"c\")")
        XCTAssertEqual(try expression("and or not"), "((\"and\" AND \"or\") AND \"not\")", "only capitals are operators")
    }

    func testMalformedQueriesGetPlainMessages() {
        XCTAssertEqual(error(""), .empty)
        XCTAssertEqual(error("   "), .empty)
        XCTAssertEqual(error("\"taken hostage"), .unclosedQuote)
        XCTAssertEqual(error("\"\" x"), .emptyPhrase)
        XCTAssertEqual(error("\" , \""), .emptyPhrase)
        XCTAssertEqual(error("(a OR b"), .unclosedParenthesis)
        XCTAssertEqual(error("a ("), .unclosedParenthesis)
        XCTAssertEqual(error("a OR b)"), .unopenedParenthesis)
        XCTAssertEqual(error("a ()"), .emptyParentheses)
        XCTAssertEqual(error("ho*st"), .misplacedStar("ho*st"))
        XCTAssertEqual(error("*"), .misplacedStar("*"))
        XCTAssertEqual(error("a -- b"), .noWordCharacters("--"))
        XCTAssertEqual(error("NOT children"), .leadingNot)
        XCTAssertEqual(error("hostages AND"), .missingOperand("AND"))
        XCTAssertEqual(error("OR hostages"), .missingOperand("OR"))
        XCTAssertEqual(error("a OR NOT b"), .missingOperand("NOT"))
        XCTAssertEqual(error("a AND OR b"), .missingOperand("OR"))
        XCTAssertEqual(error("(a OR) b"), .missingOperand("OR"))
    }

    func testMessagesSayWhatToDo() {
        XCTAssertEqual(SearchQueryError.leadingNot.description, "NOT needs a word before it, as in hostages NOT children")
        XCTAssertEqual(SearchQueryError.missingOperand("AND").description, "AND needs a word on each side")
        XCTAssertEqual(SearchQueryError.misplacedStar("ho*st").description, "ho*st: * goes at the end of a word, as in hostag*")
        XCTAssertEqual(SearchError.query(.unclosedQuote).description,
                       "A quotation mark is not closed: phrases go in pairs of \" marks")
    }

    /// Whatever is typed, a query either fails with a message or gives an expression SQLite runs.
    func testEveryQueryEitherFailsPlainlyOrRuns() throws {
        let index = try SearchIndex(BuiltInCorpus.load())
        let pieces = ["a", "Khojaly", "\"", "(", ")", "*", "AND", "OR", "NOT", "-", "é", "''", ":", "^", "NEAR", "{x}", "\u{1}"]
        var random = 0x2545_F491_4F6C_DD1D as UInt64
        for _ in 0..<400 {
            var text = ""
            for _ in 0..<(1 + Int(random % 5)) {
                random = random &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += pieces[Int((random >> 33) % UInt64(pieces.count))] + ((random >> 20) % 3 == 0 ? "" : " ")
            }
            guard let query = try? SearchQuery(text) else { continue }
            XCTAssertNoThrow(try index.search(query), "\(text) -> \(query.expression)")
        }
    }
}
