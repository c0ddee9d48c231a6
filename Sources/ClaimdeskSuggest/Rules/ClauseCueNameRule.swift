/// Reported speech with the attribution at the end, cue before the speaker (inverted, as news copy writes it):
/// `The festival fund has raised roughly $3.2 million, said Carla Jensen, its president and CEO.`
/// `It has drawn a steady crowd, said Ms. Arlo.`
/// The claim is the sentence before the comma; the words after the name (an initialism's full stops too: `, said Lena Brandt,
/// editor in chief of Harbour.com.`), or a role before it, are the new speaker's note.
struct ClauseCueNameRule: ClauseRule {
    let name = "clause-cue-name"
    let triggers: Set<String> = Lexicon.speechVerbWords
    private static let pattern = Patterns.regex(Patterns.leadingClause + #"(?<cue>"# + Patterns.cue + #")\s+"# + Patterns.role
        + #"(?<mention>"# + Patterns.speaker + #")(?<note>,\s+(?:[^.“”"]|\.(?=[^\s“”"])){3,160})?"# + setting + #"(?=[.!?…]?$|[.!?…]\s)"#)
    /// Where the speaker spoke, after the name: `, says political scientist Ilse Marten in Tallinn.`
    private static let setting = #"(?:\s+(?:in|on|at|during)\s[^.,“”"]{1,60})?"#

    /// `…, said X`: a cue right after a comma.
    func reads(_ sentence: SentenceWords) -> Bool { !sentence.afterComma.isDisjoint(with: triggers) }

    func candidates(in paragraph: Paragraph, of text: ScalarText) -> [Candidate] {
        text.allMatches(Self.pattern, in: paragraph.span).compactMap { match in
            guard let claim = match["claim"], claim.length >= 20 else { return nil }
            let note = Apposition.note(match["note"], in: text) ?? match["role"].map { text.slice(text.trimmed($0)) }
            return Candidate(span: text.trimmed(claim), quoteType: .indirect, mention: match["mention"], note: note, cue: match["cue"],
                             rule: name, confidence: 0.7)
        }
    }
}
