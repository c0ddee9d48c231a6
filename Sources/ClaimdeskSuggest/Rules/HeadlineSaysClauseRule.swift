/// Reported speech in a headline set in title case: `City Council Says The New Bridge Will Open In May.`,
/// `Governor Just Said Something Surprising About The Budget.` The claim is what follows the capitalised cue, up to the
/// sentence's end (its full stop left out); the speaker is the name before the cue. Only when the whole sentence is in
/// title case: `Mr. Lee Says it will rain` is a sentence of prose that `name-cue-clause` reads, if anything.
struct HeadlineSaysClauseRule: ClauseRule {
    let name = "headline-says-clause"
    let triggers: Set<String> = ["says", "said"]
    /// The name stops before `Just`, `Now`, `Also`; the claim opens with no preposition (`Said In 2015` says when) nor `No`
    /// (`Says No To Fox News` is a refusal).
    private static let pattern = Patterns.regex(#"(?<![\p{L}\p{N}])(?<mention>"# + Patterns.name + #")(?<!\sJust|\sNow|\sAlso)\s+(?:Just\s+|Now\s+|Also\s+)?"#
        + #"(?<cue>Says|Said)\s+(?!(?:No|In|On|At|For|By|About|To|With|From|Of)\s)(?<claim>\p{Lu}.*?)\.?\s*$"#)

    func candidates(in paragraph: Paragraph, of text: ScalarText) -> [Candidate] {
        guard Self.isInTitleCase(paragraph.span, text), let match = text.firstMatch(Self.pattern, in: paragraph.span),
              let claim = match["claim"], text.wordCount(in: claim) >= 3 else { return [] }
        return [Candidate(span: text.trimmed(claim), quoteType: .indirect, mention: match["mention"], cue: match["cue"], rule: name, confidence: 0.7)]
    }

    /// Whether nearly every word of four letters or more opens with a capital (`Says The Battle Will Be Long`), as
    /// headlines are set; prose capitalises few (`says the battle will be long`).
    private static func isInTitleCase(_ span: Span, _ text: ScalarText) -> Bool {
        var long = 0, capitalised = 0, index = span.start
        while index < span.end {
            guard text.scalars[index].isQuickAlphabetic else { index += 1; continue }
            let start = index
            while index < span.end, text.scalars[index].isQuickAlphabetic { index += 1 }
            guard index - start >= 4 else { continue }
            long += 1
            if text.scalars[start].isQuickUppercase { capitalised += 1 }
        }
        return long >= 4 && capitalised * 5 >= long * 4
    }
}
