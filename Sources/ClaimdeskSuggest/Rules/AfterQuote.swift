/// What may attribute a quotation from right after it, beyond the speech verbs and the speakers the other rules read
/// (`quote-cue-name`, `quote-name-cue`):
///
/// - verbs that attribute only a quotation they follow: `“This is wonderful!” beamed Mabel Hartwig`, `“…,” reads a Wednesday
///   editorial in The Ashford Ledger`, `“…,” Kessler started.` (`beamed` or `reads` before a clause reports no speech);
/// - a speaker named by any description that opens with a determiner: `” said the 46-year-old.`, `” said the younger
///   Mr. Halvorsen,`, `” said a Nevada Democrat.`, `” the Oregon senator and Green gubernatorial hopeful said`,
///   `” a voice over says`.
///
/// ```swift
/// Patterns.regex("^" + AfterQuote.cue)   // matches "beamed", "reads", "said"
/// ```
enum AfterQuote {
    /// Verbs of speech or writing that attribute a quotation only when they follow it.
    static let verbs = ["beamed", "reads", "read", "begins", "began", "continues", "mused", "scoffed", "laughed",
                        "remembered", "exhorted", "reacted", "started", "gushed", "sighed", "snapped", "cracked", "marveled",
                        "marvelled", "wondered", "bragged", "offered", "interjected", "chimed in", "answered", "questioned", "assured", "pressed", "protested", "reasoned", "teased",
                        "pleaded", "demanded", "intoned", "proclaimed", "proclaims", "recounts", "wonders", "jokes", "quips", "cautions"]

    /// A speech verb, or a verb that attributes only the quotation before it.
    static let cue = #"\b"# + WordAlternation.pattern(Lexicon.speechVerbs + verbs) + #"\b"#

    private static let determiner = #"(?=[TtAaOo])(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)"#
    private static let word = #"[\p{L}\p{N}][\p{L}\p{M}\p{N}\-’'&]*"#

    /// After the cue (`” said the 46-year-old.`): the determiner and up to six words, ending where the sentence, a comma or
    /// a phrase that says which one begins (`of …`, `who …`; `QuoteCueNameRule` reads that phrase into the mention).
    /// A full stop after an abbreviation or an initial (`the younger Mr. Halvorsen`, `a former U.S. official`) ends nothing.
    static let descriptionBeforeEnd = determiner + #"(?:\s+"# + word + #"\.?){0,5}?\s+"# + word
        + #"(?:"# + Patterns.notAfterAbbreviation + #"(?=\.)|(?=\s*[,;:!?“”"(]|\s+(?:of|from|at|in|with|for|who|whose|on|close|familiar|involved)\b|\s*$))"#

    /// Before the cue (`” the Oregon senator and Green gubernatorial hopeful said`): the determiner and up to seven
    /// words with no punctuation between them and no word that opens a clause (`who`, `that`, `when` …); or a group in
    /// lower case, up to three words ending in a plural (`” federal prosecutors wrote`, `” legal experts say`).
    static let descriptionBeforeCue = #"(?:"# + determiner + #"(?:\s+(?!(?:who|that|which|whose|when|as|while|after|before|because|if)\b)"# + word
        + #"\.?){1,7}?|(?!(?:and|but|or|then|so|as|while|which|who|that|this|these|those|there|they|we|you|us|his|her|its|their)\b)"#
        + #"\p{Ll}[\p{Ll}\-]*(?:\s+\p{Ll}[\p{Ll}\-]*){0,2}(?<=s))(?=\s+"# + Patterns.beforeCue + cue + ")"
}
