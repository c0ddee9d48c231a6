/// Reported speech with the speaker at the end of the sentence, as wire copy writes it:
/// `Inflation slowed to 3.1 percent in May from a peak of 9.8 percent in late 2022, the statistics office said last week.`
/// `Water will be cut off … starting Friday, the regional government announced on Wednesday, as reservoirs fell …`
/// The claim is the sentence before the comma; a sentence that opens with a quotation belongs to the quote rules, and an
/// attribution that introduces a quotation (`Stressing the need …, Zhou said, “…”`) is no attribution of what precedes it.
struct ClauseNameCueRule: ClauseRule {
    let name = "clause-name-cue"
    let triggers: Set<String> = Lexicon.speechVerbWords
    private static let circumstance = #"\s+in\s+an?\s+(?:statement|report|note|post|release|letter|interview)"#
    /// The cue ends the attribution: `said last week.`, `announced on Wednesday, as …`.
    private static let cueAtEnd = #"(?<cue>"# + Patterns.cue + ")(?:" + Patterns.timeAfterCue + "|" + circumstance + #")?(?=[.;](?:\s|$)|,(?!\s*[“"])|$)"#
    private static let pattern = Patterns.regex(Patterns.leadingClause + #"(?<mention>"# + Patterns.speaker + #")\s+"# + Patterns.beforeCue + cueAtEnd)
    /// What the pattern needs and finds fast: a cue that ends the attribution; a sentence without one (`X said that …`) is
    /// not searched for a leading clause.
    private static let gate = Patterns.regex(cueAtEnd)

    /// `A, X said`: a comma and a cue.
    func reads(_ sentence: SentenceWords) -> Bool { sentence.commas >= 1 && sentence.holdsAny(of: triggers) }

    func candidates(in paragraph: Paragraph, of text: ScalarText) -> [Candidate] {
        guard text.holdsMatch(of: Self.gate, in: paragraph.span) else { return [] }
        return text.allMatches(Self.pattern, in: paragraph.span).compactMap { match in
            guard let claim = match["claim"], claim.length >= 20 else { return nil }
            return Candidate(span: text.trimmed(claim), quoteType: .indirect, mention: match["mention"], cue: match["cue"],
                             rule: name, confidence: 0.7)
        }
    }
}
