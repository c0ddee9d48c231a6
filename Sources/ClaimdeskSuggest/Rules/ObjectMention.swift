/// A mention a clause rule's pattern read right after a preposition is what the preposition governs, not who speaks:
/// `a woman in Eugene, Oregon, told him she …` (`Eugene`), `Moreno at the time said he …` (`the time`),
/// `People briefed on the talks said …` (`the talks`). The speaker is then the words before the preposition: with the phrase
/// when they end in a noun it qualifies (`People briefed on the talks`, `Speaker of the House Paul Ryan`; after a determiner
/// without it, for `DescribingPhrase` reads it into the description: `a woman` → `woman in Eugene`), alone when the phrase
/// says when or where it was said (`Moreno at the time`, `Ida Marsh in a blog post`).
///
/// ```swift
/// ObjectMention.speaker(for: mention, in: paragraph, text)   // "a woman" for the mention "Eugene"
/// ```
enum ObjectMention {
    /// The preposition right before `mention` (no comma between), if there is one.
    static func preposition(before mention: Span, _ text: ScalarText) -> Span? {
        let word = text.wordBefore(mention.start)
        return word.length > 0 && prepositions.contains(text.slice(word).lowercased()) ? word : nil
    }

    /// Who speaks when `mention` is a preposition's object; nil when it is none, or when no words before the preposition
    /// read as a speaker (the mention then stands).
    static func speaker(for mention: Span, in paragraph: Paragraph, _ text: ScalarText) -> Span? {
        guard let preposition = preposition(before: mention, text),
              let before = SubjectWords.mention(before: preposition, from: paragraph.sentenceStart(before: preposition.start, in: text), text),
              let lastWord = text.slice(before).split(separator: " ").last else { return nil }
        if circumstances.contains(text.slice(text.wordBefore(mention.end))) { return before }
        let isAdjacent = text.trimmed(Span(before.end, preposition.start)).length == 0
        guard isAdjacent, lastWord.first?.isLowercase == true || text.slice(preposition) == "of" else { return nil }
        let opensWithDeterminer = Lexicon.determiners.contains(String(text.slice(before).prefix { !$0.isWhitespace }))
        return opensWithDeterminer ? before : Span(before.start, mention.end)
    }

    /// Prepositions whose object may stand between a subject and its verb: `a woman in Eugene`, `Moreno at the time`,
    /// `In addition to Mr. Okoro, two members of the council … have said`.
    private static let prepositions: Set<String> = ["in", "at", "of", "from", "near", "to", "for", "with", "on", "into", "across",
                                                    "outside", "inside", "between", "via", "under", "over", "about", "during"]

    /// Nouns of a phrase that says when or where something was said: `at the time`, `in the past`, `in a Medium post`.
    private static let circumstances: Set<String> = ["time", "past", "moment", "day", "week", "weekend", "month", "year", "morning",
                                                     "afternoon", "evening", "night", "interview", "statement", "post", "tweet", "speech",
                                                     "letter", "email", "release", "appearance", "meeting", "call", "conference"]
}
