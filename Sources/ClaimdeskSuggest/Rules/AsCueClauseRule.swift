/// Reported speech introduced by an `as` clause that names its source: `As The Valley Herald reported, even if Moreno
/// managed to split delegates …, he would then need …`, `But as Alvarez noted, those voters will give Moreno a second
/// look`, `As the Harbour Gazette noted, Ortiz raised more than $2.4 million …`, `As The Tribune's Nora Blake
/// puts it, Moreno is trying to make the council "a deal it can't quite turn down."`. The claim is what follows
/// the comma, up to the end of the sentence; the speaker is the one named in the `as` clause.
/// Only at the start of a sentence (or after `But`, `And`, `Yet`, `So`): `such as Xi said` is none.
struct AsCueClauseRule: ClauseRule {
    let name = "as-cue-clause"
    let triggers: Set<String> = ["as"]
    private static let pattern = Patterns.regex(#"(?:^|(?<=\b(?:But|And|Yet|So)\s))[Aa]s\s+(?<mention>"# + Patterns.speaker + #")\s+"# + Patterns.beforeCue
        + #"(?<cue>"# + Patterns.cue + #"|puts?\s+it)(?:\s+(?:on|in|at|last|this|earlier)\b[^,“”.]{0,40})?,\s+"# + Patterns.clause)

    /// `as` and a cue in one sentence.
    func reads(_ sentence: SentenceWords) -> Bool {
        sentence.holdsAny(of: triggers) && sentence.commas >= 1 && (sentence.holdsAny(of: Lexicon.speechVerbWords) || sentence.holdsAny(of: ["put", "puts"]))
    }

    func candidates(in paragraph: Paragraph, of text: ScalarText) -> [Candidate] {
        clauses(matching: Self.pattern, in: paragraph, text, minimumLength: 20, confidence: 0.7)
    }
}
