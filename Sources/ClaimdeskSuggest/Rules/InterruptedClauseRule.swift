/// Reported speech interrupted by its attribution: `The banner, Mr. Okoro said, carried photographs of local heroes.`
/// `In some ways, the sisters noted, Moreno might enjoy their parody.`
/// One claim from the start of the sentence to where the reported clause ends (`Patterns.clause`; not at an abbreviation's full
/// stop: `It is no wonder, Mr. Hale said, that Mrs. Ortiz won …`), in two fragments without the attribution (`, Mr. Okoro said,`);
/// the part after the attribution must go on in lower case or with a name, as the same sentence. Whole quotations may
/// stand in either part (`Moreno, Pike said, has built a “strange, upside-down … economy.”`, `Varga, Lott said, had been on the
/// council for "a hundred years"`), and the second part may open with one (`The museum's renovation, Ms. Halloran said, ''is a fine
/// example of listening'' to the changing tastes of visitors.`: `NameCueQuoteRule` leaves that quotation to this rule).
struct InterruptedClauseRule: ClauseRule {
    let name = "interrupted-clause"
    let triggers: Set<String> = Lexicon.speechVerbWords
    private static let unit = #"(?:[^“”"]|"# + Patterns.quotation + #"|"[^"“”]*")"#
    /// After the cue, the comma that closes the attribution: `said, `.
    private static let afterCue = #"(?:\s+"# + Patterns.weekday + #")?,\s+(?!according\b|adding\b|saying\b)"#
    /// What the pattern needs and finds fast: a cue with the comma that closes an attribution and the words that go on
    /// (`said, carried`); a sentence without it is not searched for speakers.
    private static let gate = Patterns.regex(Patterns.cue + afterCue + #"[^”"\s]"#)
    /// A group no other pattern reads, opened by a determiner or `people` and at most five words with no verb, pronoun or
    /// conjunction: `, these people said,`, `, former staff members said,`, `, people close to the mayor said,`.
    private static let describedSpeaker = #"(?:(?:these|those|many|some|several|former|other|most)"# + describingWord + "{1,5}?|people" + describingWord + "{0,5}?)"
    private static let describingWord = #"(?:\s+(?!"# + WordAlternation.pattern(Lexicon.auxiliaries.union(notDescribing)) + #"\b)[\p{L}\-’']+)"#
    private static let notDescribing = ["not", "he", "she", "they", "we", "I", "you", "it", "as", "that", "which", "who", "and", "but", "or", "if",
                                        "when", "while", "so", "then"]
    /// The part after the attribution ends as a reported clause does (`Patterns.clause`: `, a sign of the times` is no part of it).
    private static let pattern = Patterns.regex(Patterns.sentenceStart + #"(?<first>[^“”"‘\s]"# + unit + #"*?),\s+(?<mention>"# + Patterns.speaker
        + "|" + describedSpeaker + #")\s+"# + Patterns.beforeCue + #"(?<cue>"# + Patterns.cue + ")" + afterCue + Patterns.clause)

    /// `A, X said, B`: two commas and a cue.
    func reads(_ sentence: SentenceWords) -> Bool { sentence.commas >= 2 && sentence.holdsAny(of: triggers) }

    func candidates(in paragraph: Paragraph, of text: ScalarText) -> [Candidate] {
        guard text.holdsMatch(ofCueOpening: Self.gate, in: paragraph.span) else { return [] }
        return text.allMatches(Self.pattern, in: paragraph.span).compactMap { match in
            guard let first = match["first"], let second = match["claim"], second.end - first.start >= 30 else { return nil }
            var candidate = Candidate(span: text.trimmed(Span(first.start, second.end)), quoteType: .indirect, mention: match["mention"],
                                      cue: match["cue"], rule: name, confidence: 0.75)
            candidate.fragments = [first, second].map(text.trimmed).map { fragment in
                Span(DoubledApostrophes.openingStart(fragment.start, in: text), fragment.end)
            }
            return candidate
        }
    }
}
