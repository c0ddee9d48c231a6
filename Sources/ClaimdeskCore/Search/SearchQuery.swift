/// A parsed search: words, "phrases" and prefixes `word*` joined by AND, OR and NOT.
///
/// Words side by side mean AND; NOT binds tightest, then AND, then OR (as in SQLite FTS5), so
/// `xi OR zhou NOT jack` is `xi OR (zhou NOT jack)`. NOT excludes: `a NOT b` is a without b.
/// Operators are written in capitals; in lower case they are ordinary words.
///
/// ```swift
/// let query = try SearchQuery.parse(CommandTokenizer.split(#""common prosperity" AND xi*"#))
/// query.terms.count   // 2
/// ```
public indirect enum SearchQuery: Sendable, Equatable {
    case term(SearchTerm)
    case and(SearchQuery, SearchQuery)
    case or(SearchQuery, SearchQuery)
    case not(SearchQuery, excluding: SearchQuery)

    static let usage = #"search QUERY: words, "a phrase", prefix*, joined by AND, OR, NOT — e.g. search "common prosperity" OR wealth*"#

    /// The terms a match may show (those under NOT are left out), for marking hits.
    public var terms: [SearchTerm] {
        switch self {
        case .term(let term): [term]
        case .and(let left, let right), .or(let left, let right): left.terms + right.terms
        case .not(let kept, _): kept.terms
        }
    }

    /// Parses the words of a command line; quoted words are phrases.
    ///
    /// A quoted word holding query syntax (double quotes, `*`, or AND, OR, NOT between spaces) is a whole
    /// query passed through a shell (`claimdesk search '"common prosperity" OR wealth*'`) and is split again;
    /// a phrase that means those words literally is written in lower case (`"for and against"`).
    public static func parse(_ tokens: [Token]) throws(ClaimdeskError) -> SearchQuery {
        var words: [Token] = []
        for token in tokens {
            words += token.quoted && isWholeQuery(token.text) ? try CommandTokenizer.split(token.text) : [token]
        }
        var parser = Parser(tokens: words[...])
        let query = try parser.orExpression()
        if let extra = parser.tokens.first { throw .badInput("unexpected '\(extra.text)' in the query; \(usage)") }
        return query
    }

    private static func isWholeQuery(_ text: String) -> Bool {
        text.contains("\"") || text.contains("*") || [" AND ", " OR ", " NOT "].contains { text.contains($0) }
    }

    /// A phrase of all the words of `text` (for `similar`): nil when it has no word.
    static func phrase(_ words: ArraySlice<String>) -> SearchQuery? {
        words.isEmpty ? nil : .term(SearchTerm(words: Array(words), prefix: false))
    }

    /// Any of the queries, or nil when there is none.
    static func any(_ queries: [SearchQuery]) -> SearchQuery? {
        queries.dropFirst().reduce(queries.first) { result, next in result.map { .or($0, next) } }
    }

    /// All of the queries, or nil when there is none.
    static func all(_ queries: [SearchQuery]) -> SearchQuery? {
        queries.dropFirst().reduce(queries.first) { result, next in result.map { .and($0, next) } }
    }

    private struct Parser {
        var tokens: ArraySlice<Token>

        mutating func orExpression() throws(ClaimdeskError) -> SearchQuery {
            var left = try andExpression()
            while take("OR") { left = .or(left, try andExpression()) }
            return left
        }

        mutating func andExpression() throws(ClaimdeskError) -> SearchQuery {
            var left = try notExpression()
            while let next = tokens.first, !isOperator(next, "OR") {
                _ = take("AND")
                left = .and(left, try notExpression())
            }
            return left
        }

        mutating func notExpression() throws(ClaimdeskError) -> SearchQuery {
            var left = try term()
            while take("NOT") { left = .not(left, excluding: try term()) }
            return left
        }

        mutating func term() throws(ClaimdeskError) -> SearchQuery {
            guard let token = tokens.popFirst() else {
                throw .badInput("the query ends where a word was expected; \(SearchQuery.usage)")
            }
            guard !["AND", "OR", "NOT"].contains(where: { isOperator(token, $0) }) else {
                throw .badInput("'\(token.text)' needs a word before and after it; \(SearchQuery.usage)")
            }
            let prefix = !token.quoted && token.text.hasSuffix("*")
            let words = SearchTokens(prefix ? String(token.text.dropLast()) : token.text).words
            guard !words.isEmpty else {
                throw .badInput("'\(token.text)' has no letters or digits to search for; \(SearchQuery.usage)")
            }
            return .term(SearchTerm(words: words, prefix: prefix))
        }

        private func isOperator(_ token: Token, _ word: String) -> Bool {
            !token.quoted && token.text == word
        }

        private mutating func take(_ word: String) -> Bool {
            guard let next = tokens.first, isOperator(next, word) else { return false }
            tokens.removeFirst()
            return true
        }
    }
}
