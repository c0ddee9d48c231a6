/// A partial quote that ends the writer's clause before its attribution is claimed with the writer's words before it, as news
/// annotation marks it: in `Teachers in the network are “very, very pro-Bernie,” she said.` the claim is the whole clause
/// `Teachers in the network are “very, very pro-Bernie,”`, not the quoted words alone; only the last clause of the writer's
/// sentence (after `, and`, `, but` or an opening phrase), and a closing `''` whole.
///
/// ```swift
/// MixedQuote.clause(ending: quote, in: paragraph, text)   // Span of `Teachers … pro-Bernie,”`, or nil
/// ```
/// Only a quotation that is no title and closes with a comma inside its marks, after writer's words in the same sentence that hold no colon,
/// whose last clause holds no cue, no verb of naming (`He said the plan was “a disaster,” adding …` is reported speech the clause rules
/// find) and no quoted sentence (phrases may stand there: `Potholes are “the ultimate municipal failure” and “ruin everyone’s tires,”`),
/// and not after a comma, a dash or a parenthesis (`, “But good grief, they’re both exhausted,”`).
enum MixedQuote {
    static func clause(ending quote: QuoteSegment, in paragraph: Paragraph, _ text: ScalarText) -> Span? {
        guard quote.inner.end > quote.inner.start, text.scalars[quote.inner.end - 1] == ",", !quote.isTitle(in: text, paragraph: paragraph),
              let sentence = paragraph.sentences(in: text).first(where: { $0.contains(quote.outer) }), sentence.start < quote.outer.start else { return nil }
        let before = text.trimmed(Span(sentence.start, quote.outer.start))
        guard before.length > 0, !Self.introducesSpeech.contains(text.scalars[before.end - 1]),
              !(before.start..<before.end).contains(where: { text.scalars[$0] == ":" || text.scalars[$0] == ";" }) else { return nil }
        let clause = startOfLastClause(in: before, text)
        guard !holdsAWordThatAttributes(clause, text),
              !paragraph.quotes.contains(where: { clause.contains($0.outer) && !Self.isPartial($0, text) }) else { return nil }
        return Span(clause.start, DoubledApostrophes.closingEnd(quote.outer.end, in: text))
    }

    /// An earlier quotation of the same clause that is a phrase, not a sentence: `Ferries are “the town’s one real lifeline”
    /// and “keep the island alive,”`.
    private static func isPartial(_ quote: QuoteSegment, _ text: ScalarText) -> Bool {
        text.scalars[quote.inner.start].isQuickLowercase && !Lexicon.sentenceEnds.contains(text.scalars[quote.inner.end - 1])
            && text.scalars[quote.inner.end - 1] != ","
    }

    /// The clause the quotation ends, not the writer's clause before it or a phrase that opens the sentence:
    /// `…, and the budget committee is less likely to be “swamped …,”` from `the`; `Emerging from two hours with Mr. Lund,
    /// the harbour master ''looked shaken,''` from `the`.
    private static func startOfLastClause(in words: Span, _ text: ScalarText) -> Span {
        if let joint = text.allMatches(clauseJoint, in: words).last?.whole, text.wordCount(in: Span(joint.end, words.end), upTo: 3) >= 3 {
            return Span(joint.end, words.end)
        }
        guard let opening = text.firstMatch(openingPhrase, in: words)?.whole,
              text.wordCount(in: Span(opening.end, words.end), upTo: 3) >= 3 else { return words }
        return Span(opening.end, words.end)
    }

    private static let clauseJoint = Patterns.regex(#"(?:,\s+(?:and|but)|;)\s+"#)
    private static let openingPhrase = Patterns.regex(#"^(?:\p{Lu}\p{Ll}+ing|While|When|Although|Though|After|Before|Because|If|As|Since)\b[^,]{0,120},\s+"#)

    /// Marks before a quotation that make it speech of its own, not the end of the writer's clause: `, “But gosh …,”`, `- ''If …,''`.
    private static let introducesSpeech: Set<Unicode.Scalar> = [",", "-", "–", "—", "(", ":", ".", "?", "!"]

    /// A cue or a verb of naming in lower case, or capitalised as the clause's first word: `the United States` holds none
    /// (`… across the United States by building a culture of "patient saving …," Moreno said`).
    private static func holdsAWordThatAttributes(_ clause: Span, _ text: ScalarText) -> Bool {
        guard SentenceWords(in: clause, of: text).holdsAny(of: wordsThatAttribute) else { return false }
        return text.wholeWords(wordsThatAttribute, capitalised: true, in: clause).contains { word in
            word.start == clause.start || text.scalars[word.start].isQuickLowercase
        }
    }

    /// Cues, participles of speech and verbs of naming (`calling Trump “an orange buffoon,”` is `called-quote`'s).
    private static let wordsThatAttribute = Lexicon.speechVerbWords.union(Lexicon.speechParticipleWords)
        .union(["telling", "called", "calling", "calls", "dubbed", "described", "describing", "labeled", "termed"])
}
