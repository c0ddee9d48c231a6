/// One thing a search looks for: a folded word, a phrase of words in a row, or either ending in a prefix.
///
/// ```swift
/// SearchTerm(words: ["common", "prosperity"], prefix: false)   // "common prosperity"
/// SearchTerm(words: ["prosper"], prefix: true)                 // prosper*
/// ```
public struct SearchTerm: Sendable, Equatable {
    public var words: [String]
    /// Whether the last word matches any word it begins.
    public var prefix: Bool

    /// Where the term occurs in a text's words, as ranges of word positions.
    func occurrences(in tokens: SearchTokens) -> [Range<Int>] {
        guard !words.isEmpty, tokens.words.count >= words.count else { return [] }
        return (0...(tokens.words.count - words.count)).compactMap { start in
            matches(tokens.words, at: start) ? start..<(start + words.count) : nil
        }
    }

    private func matches(_ text: [String], at start: Int) -> Bool {
        for (index, word) in words.enumerated() {
            let candidate = text[start + index]
            let isLast = index == words.count - 1
            guard candidate == word || (isLast && prefix && candidate.hasPrefix(word)) else { return false }
        }
        return true
    }
}
