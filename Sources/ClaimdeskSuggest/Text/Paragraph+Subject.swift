/// Who a sentence is about: the speaker it opens with, the subject of its verb.
extension Paragraph {
    /// A speaker followed by a lower-case word (its verb), after an opening phrase (`On Twitter,`) and any commas and spaces,
    /// and after a conjunction that opens the sentence (`But Trump later blamed …, claiming …`).
    /// A party code in parentheses may follow the speaker (`Sen. Bernie Sanders (I-Vt.) said`).
    private static let subject = Patterns.regex(#"^(?:[^,“”"]{1,100},)?[\s,]*(?:(?:But|And|Yet|So)\s+)?(?<mention>"# + Patterns.speaker + #")(?:\s*\([^()]{1,30}\))?(?:,[^,“”"]{3,120},)?\s+\p{Ll}"#)

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
              rest.end == text.trimmed(Span(mention.start, offset)).end else { return withNouns(after: mention, text) }
        return Span(mention.start, rest.end)
    }

    /// `Cement makers, for instance, argue`, `His chief aide doubled down`, `Both sides have`, `Intelligence officials —`:
    /// up to two lower-case nouns after the speaker the pattern read (`Cement`, `His chief`, `Both`), when what follows them
    /// ends the subject: a punctuation mark, a verb such as `has` or one in -ed, an adverb, a preposition or `and`.
    private static func withNouns(after mention: Span, _ text: ScalarText) -> Span {
        var words: [(word: String, end: Int, punctuated: Bool)] = []
        var index = mention.end
        while words.count < 3, index < text.count, text.isWhitespace(at: index) {
            while index < text.count, text.isWhitespace(at: index) { index += 1 }
            let start = index
            while index < text.count, !text.isWhitespace(at: index) { index += 1 }
            var end = index
            while end > start, !text.scalars[end - 1].isQuickWordCharacter { end -= 1 }
            words.append((text.slice(Span(start, end)), end, end < index || end == start))
            if end < index || end == start { break }
        }
        let said = text.slice(mention)
        guard !pronouns.contains(said.lowercased()) else { return mention }
        let named = said.first?.isUppercase == true && !Lexicon.determiners.contains(String(said.prefix { !$0.isWhitespace }))
            && !quantifiers.contains(said.lowercased())
        var nouns = 0
        while nouns < min(2, words.count), isNounLike(words[nouns].word), !words[nouns].word.hasSuffix("ed"),
              !Lexicon.speechVerbWords.contains(words[nouns].word), !named || isNounAfterAName(words[nouns].word) {
            nouns += 1
            if words[nouns - 1].punctuated { break }
        }
        while nouns > 0, !endsSubject(after: words[nouns - 1], next: nouns < words.count ? words[nouns].word : nil) { nouns -= 1 }
        return nouns == 0 ? mention : Span(mention.start, words[nouns - 1].end)
    }

    /// After a name (`Cement makers`, `Trump campaign`, not `Mr. Trump intends`): a plural or a noun of people or organisations.
    private static func isNounAfterAName(_ word: String) -> Bool {
        (word.hasSuffix("s") && !word.hasSuffix("ss")) || Lexicon.personNouns.contains(word) || Lexicon.organisationNouns.contains(word)
    }

    private static let pronouns: Set<String> = ["he", "she", "they", "it", "we", "i", "you"]
    private static let quantifiers: Set<String> = ["many", "one", "both", "some", "several", "most", "few", "all", "more", "other", "another"]

    private static func endsSubject(after word: (word: String, end: Int, punctuated: Bool), next: String?) -> Bool {
        guard !word.punctuated else { return true }
        guard let next, next.first?.isLowercase == true, next != "to" else { return next?.isEmpty ?? false }
        return notNouns.contains(next) || next.hasSuffix("ed") || next.hasSuffix("ly") || Lexicon.wordsBeforeCue.contains(next)
            || Lexicon.speechVerbWords.contains(next) || subjectEnds.contains(next)
    }

    /// Prepositions and conjunctions after which a subject's nouns have ended (`Many speakers at the service`).
    private static let subjectEnds: Set<String> = ["from", "inside", "about", "among", "including"]

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
