/// How a command names the pieces of a claim: span selectors joined by `+`, each resolved after the
/// one before it; one selector (no `+`) names a contiguous claim.
///
/// - `10..20+31..40`: code point offsets, pieces in order;
/// - `"“X,” " + "“Y.”"`: each quoted text at its first occurrence after the previous piece
///   (`--nth K` picks the first piece's occurrence);
/// - any mix, and `"first" .. "last"` pieces: `"Xi said" .. "prosper" + 300..320`.
///
/// ```swift
/// let selector = try FragmentSelector.parse(CommandTokenizer.split(#""X," + "Y.""#), nth: nil)
/// let pieces = try selector.resolve(in: text)   // [7..<26, 37..<59]
/// ```
public struct FragmentSelector: Equatable, Sendable {
    public let pieces: [SpanSelector]

    public static let usage = #"START..END+START..END | "first piece" + "next piece" …"#

    /// Reads the selectors from a command's positional words, split at every unquoted `+`.
    public static func parse(_ tokens: [Token], nth: Int?) throws(ClaimdeskError) -> FragmentSelector {
        var groups: [[Token]] = [[]]
        for token in tokens.flatMap(splitAtPlus) {
            if !token.quoted && token.text == "+" { groups.append([]) } else { groups[groups.count - 1].append(token) }
        }
        guard groups.count == 1 || groups.allSatisfy({ !$0.isEmpty }) else {
            throw .badInput("a `+` needs a piece on each side; usage: claim \(usage)")
        }
        return FragmentSelector(pieces: try groups.enumerated().map { index, group throws(ClaimdeskError) in
            try SpanSelector.parse(group, nth: index == 0 ? nth : nil)
        })
    }

    /// `10..20+31..40` → `10..20`, `+`, `31..40`; quoted words, and unquoted text without `..` (`C++`), stay whole.
    private static func splitAtPlus(_ token: Token) -> [Token] {
        guard !token.quoted, token.text != "+", token.text.contains("+"), token.text.contains("..") else { return [token] }
        var parts: [Token] = []
        for (index, part) in token.text.split(separator: "+", omittingEmptySubsequences: false).enumerated() {
            if index > 0 { parts.append(Token("+", column: token.column)) }
            if !part.isEmpty { parts.append(Token(String(part), column: token.column)) }
        }
        return parts
    }

    /// The pieces in `text`, in order; each text piece is looked for after the previous piece's end.
    public func resolve(in text: DocumentText) throws(ClaimdeskError) -> [Range<Int>] {
        var found: [Range<Int>] = []
        for piece in pieces {
            found.append(try piece.resolve(in: text, after: found.last?.upperBound))
        }
        return found
    }
}
