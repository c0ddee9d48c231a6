/// Who a sentence is about: the speaker it opens with, the subject of its verb.
extension Paragraph {
    /// A speaker followed by a lower-case word (its verb), after an opening phrase (`On Twitter,`) and any commas and spaces.
    /// A party code in parentheses may follow the speaker (`Sen. Bernie Sanders (I-Vt.) said`).
    private static let subject = Patterns.regex(#"^(?:[^,“”"]{1,100},)?[\s,]*(?<mention>"# + Patterns.speaker + #")(?:\s*\([^()]{1,30}\))?(?:,[^,“”"]{3,120},)?\s+\p{Ll}"#)

    /// The subject of the sentence holding `offset`, after a quotation that opens the sentence:
    /// `Doyle disputed the figures, saying …` → `Doyle`; `“…,” he said, adding …` → `he`.
    func subject(before offset: Int, in text: ScalarText) -> Span? {
        var start = sentenceStart(before: offset, in: text)
        if let opening = quotes.first(where: { $0.outer.start == start && $0.outer.end < offset }) { start = opening.outer.end }
        guard let mention = text.firstMatch(Self.subject, in: Span(start, offset))?["mention"] else { return nil }
        return Self.widened(mention, to: offset, text)
    }

    /// `Twenty-four percent said`, `Protest groups say`, `Supporters of abortion rights say`: when only lower-case nouns (and
    /// `of`, `for`, `the` between them) stand between the speaker the pattern read
    /// (`Twenty-four`) and `offset` (the cue), they are part of it. Not over a verb or an adverb (`Clinton has maintained`,
    /// `Clinton also said`).
    private static func widened(_ mention: Span, to offset: Int, _ text: ScalarText) -> Span {
        let rest = text.trimmed(Span(mention.end, offset))
        let words = text.slice(rest).split(separator: " ").map(String.init)
        guard (1...5).contains(words.count), words.allSatisfy({ isNounLike($0) || ofWords.contains($0) }), !ofWords.contains(words.last!),
              rest.end == text.trimmed(Span(mention.start, offset)).end else { return mention }
        return Span(mention.start, rest.end)
    }

    /// `Supporters of abortion rights`, `Proponents of the new bill`: words inside a subject, never its last.
    private static let ofWords: Set<String> = ["of", "for", "the"]

    private static func isNounLike(_ word: String) -> Bool {
        word.unicodeScalars.allSatisfy { $0.isQuickLowercase || $0 == "-" } && !word.hasSuffix("ly") && !notNouns.contains(word)
            && !Lexicon.wordsBeforeCue.contains(word)
    }

    private static let notNouns: Set<String> = ["has", "have", "had", "is", "was", "were", "are", "be", "been", "will", "would", "could", "should",
                                                "can", "may", "might", "must", "did", "do", "does", "and", "or", "but", "not", "who", "which",
                                                "that", "to", "of", "in", "on", "at", "for", "with", "by", "then", "also", "now", "too"]
}
