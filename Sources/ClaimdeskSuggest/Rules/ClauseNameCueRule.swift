/// Reported speech with the speaker at the end of the sentence, as wire copy writes it:
/// `Inflation slowed to 3.1 percent in May from a peak of 9.8 percent in late 2022, the statistics office said last week.`
/// `Water will be cut off … starting Friday, the regional government announced on Wednesday, as reservoirs fell …`
/// `She had been finishing her third season, a club spokesman told The Harbour Gazette.`
/// `In that final round, inspectors can add a records check, county officials said.`
/// The claim is the sentence before the comma; a sentence that opens with a quotation belongs to the quote rules, and an
/// attribution that introduces a quotation (`Stressing the need …, Zhou said, “…”`) is no attribution of what precedes it.
struct ClauseNameCueRule: ClauseRule {
    let name = "clause-name-cue"
    let triggers: Set<String> = Lexicon.speechVerbWords
    private static let circumstance = #"\s+in\s+an?\s+(?:statement|report|note|post|release|letter|interview)"#
    /// `told The Harbour Gazette`, `told her`, `told his inner circle`, `told a Senate panel`, `told the court`.
    private static let addressee = #"(?:(?<=told|tells)\s+(?:(?:the\s+|an?\s+)?\p{Lu}[\p{L}’'.\-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}’'.\-]*){0,5}(?:\s+\p{Ll}+)?|him|her|them|me|us|reporters|journalists|(?:his|her|their|the|an?)\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+))?"#
    /// `said after meeting Thursday with union leaders`, `said in his 2009 memoir`, `told the Tribune earlier this week`.
    private static let setting = #"(?:\s+(?:(?:in|on|at|during|after|before|via|while|from|with|as|when|earlier|last|this|recently)\s|"# + Patterns.weekday + #")[^.;:“”"]{0,60}?)?"#
    /// The cue ends the attribution: `said last week.`, `announced on Wednesday, as …`; or an addressee and a setting, then the
    /// sentence's end or a comma: `told The Harbour Gazette.`, `said in his 2009 memoir.`, `said after meeting Thursday with
    /// union leaders, because …`, `told his inner circle as he fretted over …`.
    private static let cueAtEnd = #"(?<cue>"# + Patterns.cue + ")(?:(?:" + Patterns.timeAfterCue + "|" + circumstance + #")?(?=[.;](?:\s|$)|,(?!\s*[“"])|$)"#
        + "|" + addressee + setting + #"(?=[.;](?:\s|$)|$|,(?!\s*[“"])))"#
    /// A speaker the other rules read, or a few words that name one between the comma and a cue that is always a verb
    /// (`, law enforcement officials say.`, `, Donald Trump’s longtime confidant Roger Stone stated.`): capitalised, after an
    /// article or a possessive, or with a plural or `people` among them (`, veteran Democrats said.`, `, people close to the mayor
    /// say.`). A party code may follow a name (`, Sen. Chuck Grassley (R-Iowa) told POLITICO.`).
    private static let speakerBeforeCue = #"(?<mention>"# + Patterns.speaker + #"|(?:(?=\p{Lu})|(?:the|a|an|his|her|their|its)\s+|(?=(?:[\p{L}\-’'.]+\s+){0,4}?(?:\p{L}[\p{L}\-’'.]*s|people)\s))"#
        + #"(?:[\p{L}\-’'.]+\s+){0,4}?[\p{L}\-’'.]+(?=\s+(?:"# + WordAlternation.pattern(Lexicon.wordsBeforeCue) + #"\s+)?"# + WordAlternation.pattern(verbCues) + #"\b))"#
    /// Cues that are never nouns, for the loose speaker.
    private static let verbCues = ["said", "says", "say", "told", "tells", "argued", "argues", "stated", "insisted", "insists", "wrote",
                                   "writes", "added", "noted", "reported"]
    private static let pattern = Patterns.regex(Patterns.leadingClause + speakerBeforeCue + #"(?:\s*\([^()]{1,30}\))?\s+"# + Patterns.beforeCue + cueAtEnd)
    /// What the pattern needs and finds fast: a cue that ends the attribution; a sentence without one (`X said that …`) is
    /// not searched for a leading clause.
    private static let gate = Patterns.regex(cueAtEnd)

    /// `A, X said`: a comma and a cue.
    func reads(_ sentence: SentenceWords) -> Bool { sentence.commas >= 1 && sentence.holdsAny(of: triggers) }

    func candidates(in paragraph: Paragraph, of text: ScalarText) -> [Candidate] {
        guard text.holdsMatch(ofCueOpening: Self.gate, in: paragraph.span) else { return [] }
        return clauses(matching: Self.pattern, in: paragraph, text, minimumLength: 20, confidence: 0.7)
    }
}
