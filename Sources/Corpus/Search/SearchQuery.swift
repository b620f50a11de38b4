/// A search as a person types it, checked and turned into an SQLite FTS5 match expression.
///
/// The syntax is FTS5's, with plain errors: words (`hostages`), quoted phrases (`"human
/// shields"`), prefixes (`hostag*`), `AND`, `OR`, `NOT` in capitals (words side by side mean AND;
/// NOT binds tightest, then AND, then OR) and parentheses. Case and diacritics never matter
/// (`Khojaly` finds `khojalý`).
///
///     try SearchQuery("hostag* AND (\"human shields\" OR Khojaly) NOT Agdam")
///
/// Every word is written into the expression quoted, so punctuation inside a word (`U.S.`,
/// `Nagorno-Karabakh`) is read as the tokens around it, and nothing a person types can reach
/// SQLite as syntax of its own.
public struct SearchQuery: Sendable, Hashable, CustomStringConvertible {
    /// The query as typed.
    public let text: String
    /// The FTS5 match expression.
    public let expression: String
    /// Whether every document that holds any one of the query's phrases matches it: one word,
    /// phrase or prefix, or several joined by OR. Then the number of documents holding each
    /// phrase, which bm25 weighs it by, can be counted among the matches.
    let everyPhraseMatches: Bool
    /// The parsed query, for ranking it without FTS5 when its words allow (`CommonWords`).
    let node: Node

    public init(_ text: String) throws(SearchQueryError) {
        self.text = text
        var parser = Parser(tokens: try Self.tokens(text))
        guard !parser.tokens.isEmpty else { throw .empty }
        let node = try parser.parseQuery()
        self.expression = node.expression
        self.everyPhraseMatches = node.isDisjunctionOfPhrases
        self.node = node
    }

    /// Whether a phrase ends in `*`: FTS5 then merges the lists of every word it starts.
    var hasPrefix: Bool { node.hasPrefix }

    public var description: String { text }

    // MARK: Tokens

    enum Token: Equatable {
        case term(String, prefix: Bool)
        case phrase(String, prefix: Bool)
        case and, or, not
        case open, close
    }

    static func tokens(_ text: String) throws(SearchQueryError) -> [Token] {
        var tokens: [Token] = []
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character.isWhitespace {
                index = text.index(after: index)
            } else if character == "(" {
                tokens.append(.open)
                index = text.index(after: index)
            } else if character == ")" {
                tokens.append(.close)
                index = text.index(after: index)
            } else if character == "\"" {
                let start = text.index(after: index)
                guard let end = text[start...].firstIndex(of: "\"") else { throw .unclosedQuote }
                let words = String(text[start..<end])
                guard words.contains(where: Self.isWordCharacter) else { throw .emptyPhrase }
                index = text.index(after: end)
                var prefix = false
                if index < text.endIndex, text[index] == "*" {
                    prefix = true
                    index = text.index(after: index)
                }
                tokens.append(.phrase(words, prefix: prefix))
            } else {
                var end = index
                while end < text.endIndex, !text[end].isWhitespace, !"()\"".contains(text[end]) { end = text.index(after: end) }
                let word = String(text[index..<end])
                index = end
                switch word {
                case "AND": tokens.append(.and)
                case "OR": tokens.append(.or)
                case "NOT": tokens.append(.not)
                default:
                    let stem = word.hasSuffix("*") ? String(word.dropLast()) : word
                    if stem.contains("*") || (word.hasSuffix("*") && !stem.contains(where: Self.isWordCharacter)) {
                        throw .misplacedStar(word)
                    }
                    guard stem.contains(where: Self.isWordCharacter) else { throw .noWordCharacters(word) }
                    tokens.append(.term(stem, prefix: word.hasSuffix("*")))
                }
            }
        }
        return tokens
    }

    /// Letters and digits: what the index's tokenizer keeps (unicode61 splits on everything else).
    static func isWordCharacter(_ character: Character) -> Bool { character.isLetter || character.isNumber }

    // MARK: Grammar

    /// A parsed query; `expression` writes it fully parenthesized, every word quoted.
    indirect enum Node: Hashable, Sendable {
        case phrase(String, prefix: Bool)
        case and(Node, Node)
        case or(Node, Node)
        case not(Node, Node)

        var expression: String {
            switch self {
            case .phrase(let words, let prefix):
                return "\"" + words.replacingOccurrences(of: "\"", with: "\"\"") + "\"" + (prefix ? " *" : "")
            case .and(let left, let right): return "(\(left.expression) AND \(right.expression))"
            case .or(let left, let right): return "(\(left.expression) OR \(right.expression))"
            case .not(let left, let right): return "(\(left.expression) NOT \(right.expression))"
            }
        }

        var hasPrefix: Bool {
            switch self {
            case .phrase(_, let prefix): prefix
            case .and(let left, let right), .or(let left, let right), .not(let left, let right): left.hasPrefix || right.hasPrefix
            }
        }

        var isDisjunctionOfPhrases: Bool {
            switch self {
            case .phrase: true
            case .or(let left, let right): left.isDisjunctionOfPhrases && right.isDisjunctionOfPhrases
            case .and, .not: false
            }
        }
    }

    /// Recursive descent, loosest first: OR, then AND (written or implied), then NOT.
    struct Parser {
        let tokens: [Token]
        var position = 0

        init(tokens: [Token]) { self.tokens = tokens }

        var next: Token? { position < tokens.count ? tokens[position] : nil }

        mutating func parseQuery() throws(SearchQueryError) -> Node {
            let node = try parseOr()
            if let token = next {
                if token == .close { throw .unopenedParenthesis }
                throw .missingOperand(Self.name(of: token))
            }
            return node
        }

        mutating func parseOr() throws(SearchQueryError) -> Node {
            var node = try parseAnd()
            while next == .or {
                position += 1
                node = .or(node, try parseAnd(after: "OR"))
            }
            return node
        }

        mutating func parseAnd(after operatorName: String? = nil) throws(SearchQueryError) -> Node {
            var node = try parseNot(after: operatorName)
            while let token = next {
                switch token {
                case .and:
                    position += 1
                    node = .and(node, try parseNot(after: "AND"))
                case .term, .phrase, .open:
                    node = .and(node, try parseNot(after: nil))
                default:
                    return node
                }
            }
            return node
        }

        mutating func parseNot(after operatorName: String?) throws(SearchQueryError) -> Node {
            var node = try parsePrimary(after: operatorName)
            while next == .not {
                position += 1
                node = .not(node, try parsePrimary(after: "NOT"))
            }
            return node
        }

        mutating func parsePrimary(after operatorName: String?) throws(SearchQueryError) -> Node {
            guard let token = next else {
                if let operatorName { throw .missingOperand(operatorName) }
                throw .empty
            }
            switch token {
            case .term(let word, let prefix), .phrase(let word, let prefix):
                position += 1
                return .phrase(word, prefix: prefix)
            case .open:
                position += 1
                if next == nil { throw .unclosedParenthesis }
                if next == .close { throw .emptyParentheses }
                let node = try parseOr()
                guard next == .close else {
                    if next == nil { throw .unclosedParenthesis }
                    throw .missingOperand(Self.name(of: next!))
                }
                position += 1
                return node
            case .close:
                if let operatorName { throw .missingOperand(operatorName) }
                throw .unopenedParenthesis
            case .not:
                throw operatorName == nil && position == 0 ? .leadingNot : .missingOperand("NOT")
            case .and, .or:
                throw .missingOperand(Self.name(of: token))
            }
        }

        static func name(of token: Token) -> String {
            switch token {
            case .and: "AND"
            case .or: "OR"
            case .not: "NOT"
            case .open: "("
            case .close: ")"
            case .term(let word, _), .phrase(let word, _): word
            }
        }
    }
}

/// Why a query cannot be searched, in words a reader can act on.
public enum SearchQueryError: Error, Hashable, Sendable, CustomStringConvertible {
    case empty
    case unclosedQuote
    case emptyPhrase
    case unclosedParenthesis
    case unopenedParenthesis
    case emptyParentheses
    case misplacedStar(String)
    case noWordCharacters(String)
    case leadingNot
    /// An operator (AND, OR, NOT) without a word on one side.
    case missingOperand(String)

    public var description: String {
        switch self {
        case .empty: "Type a word to search for"
        case .unclosedQuote: "A quotation mark is not closed: phrases go in pairs of \" marks"
        case .emptyPhrase: "There is no word between the quotation marks"
        case .unclosedParenthesis: "A parenthesis is not closed"
        case .unopenedParenthesis: "A closing parenthesis has no opening one"
        case .emptyParentheses: "There is nothing between the parentheses"
        case .misplacedStar(let word): "\(word): * goes at the end of a word, as in hostag*"
        case .noWordCharacters(let word): "\(word) has no letters or digits to search for"
        case .leadingNot: "NOT needs a word before it, as in hostages NOT children"
        case .missingOperand(let name): "\(name) needs a word on each side"
        }
    }
}
