/// The speaker and the cue, then a comma or colon, then the quotation:
/// `Zhou said, “Our success depends on our country’s policies. …”`, `Zhou Hongyi, chairman of Qihoo 360, said: “…”`,
/// `she said, “but it comes from the sky …”` (the second half of a quote split by its cue),
/// `the mayor of Vila Seca, Rui Costa, wrote: “…”`, `Doyle told the crowd outside the gates: "…"`; the cue may be the sentence
/// subject's second verb (`he grinned and said, “Not yet.”`).
/// Not for quotes of fewer than four words unless shaped like a sentence (`told Reuters simply, "We lost."`, or one word
/// answering: `Priebus said, "Probably."`): a cue before a
/// scare-quoted phrase is not its cue (`when he declared China had eliminated poverty, “common prosperity” has become …`).
struct NameCueQuoteRule: QuoteRule {
    let name = "name-cue-quote"
    private static let pattern = Patterns.regex(#"(?<mention>"# + Patterns.speaker + #")(?<note>,\s[^“”".]{3,160}?,)?,?\s+"# + Patterns.beforeCue
        + #"(?<cue>"# + Patterns.cue + #")(?:\s+[^,:“”".]{1,40})?\s*[,:]\s*$"#)

    /// `he grinned and said, “Not yet.”`, `Mrs. Varga frowned and said, ''No.''`: the cue is the subject's second verb.
    private static let secondVerbCue = Patterns.regex(#"\s(?:and|then)\s+(?<cue>"# + Patterns.cue + #")\s*[,:]\s*$"#)

    /// `said, "Probably."`, `asked, “Really?”`: one capitalised word closed by `.`, `?` or `!`.
    private static func isOneWordAnswer(_ quote: QuoteSegment, _ text: ScalarText) -> Bool {
        quote.wordCount(in: text) == 1 && text.scalars[quote.inner.start].properties.isUppercase
            && Lexicon.sentenceEnds.contains(text.scalars[quote.inner.end - 1])
    }

    /// `The museum's renovation, Ms. Halloran said, ''is a fine example of listening'' to …`: a quotation in lower case after an
    /// attribution that interrupts the writer's clause (words and a comma before the speaker, no quotation closing there; a comma
    /// right after the cue) goes on with that clause, `InterruptedClauseRule`'s claim.
    private static func continuesInterruptedClause(_ quote: QuoteSegment, after writers: Span, cue: Span?, _ text: ScalarText) -> Bool {
        let words = text.trimmed(writers)
        guard let cue, words.length > 1, text.scalars[quote.inner.start].isQuickLowercase, text.scalars[words.end - 1] == ",",
              text.scalars[cue.end] == "," else { return false }
        return !Lexicon.closingMarks.contains(text.scalars[words.end - 2]) && text.scalars[words.end - 2] != "'"
    }

    func attribute(_ quote: QuoteSegment, in paragraph: Paragraph, of text: ScalarText) -> Candidate? {
        guard quote.wordCount(in: text) >= 4 || quote.isSubstantive(in: text) || Self.isOneWordAnswer(quote, text) else { return nil }
        let before = Span(paragraph.sentenceStart(before: quote.outer.start, in: text), quote.outer.start)
        // The pattern, and the cue after a second verb, end with a comma or colon, then white space (ICU's `\s`) up to the
        // quotation: without one, neither can match.
        guard let last = text.lastNonWhitespace(in: before), last == "," || last == ":" else { return nil }
        guard let match = text.firstMatch(Self.pattern, in: before), let named = match["mention"] else {
            return afterASecondVerb(quote, before, paragraph, text)
        }
        guard !Self.continuesInterruptedClause(quote, after: Span(before.start, named.start), cue: match["cue"], text) else { return nil }
        let (mention, note) = Apposition.speaker(afterOpening: named, apposition: match["note"], in: text)
            ?? Apposition.speaker(named, apposition: match["note"], in: text)
        return Candidate(span: quote.inner, quoteType: .direct, mention: mention, note: note, cue: match["cue"], rule: name, confidence: 0.85)
    }

    /// The subject speaks when the cue is its second verb: `he grinned and said, “Not yet.”` (the words before the
    /// quotation end with a comma or colon).
    private func afterASecondVerb(_ quote: QuoteSegment, _ before: Span, _ paragraph: Paragraph, _ text: ScalarText) -> Candidate? {
        guard let cue = text.firstMatch(Self.secondVerbCue, in: before)?["cue"],
              let subject = paragraph.subject(before: cue.start, in: text) else { return nil }
        return Candidate(span: quote.inner, quoteType: .direct, mention: subject, cue: cue, rule: name, confidence: 0.85)
    }
}
