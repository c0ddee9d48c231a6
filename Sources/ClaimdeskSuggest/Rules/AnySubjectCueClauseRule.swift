/// Reported speech after a cue whose speaker the other clause rules do not read: a long or unusual subject
/// (`People with close knowledge of Mathis' plans said that …`, `all but three said the council should …`), a relative clause
/// (`Transport Secretary Milo Brandt, who said he expects the ferry contract to be signed …`). The speaker is the name, group or
/// description right before the cue (or before `, who`), else the sentence's subject, else the words right before the cue
/// (`SubjectWords`: `security specialists say`).
/// Only cues that are seldom nouns (`said`, `argued`, not `states`, `reports`, `claims`; `note` and `notes` only with `that`,
/// `thought` as a verb before a clause) and take the clause directly,
/// or `told` with its addressee before a clause (`Sanders fans told POLITICO that …`); not after `be` or a form of it or a modal (`is said`, `would say`), nor after `to` but a base form before a clause (`continues to insist that …`; not `refused to say`), not `said of …`, not a cue inside a quotation or one followed by its speaker (`, said Katie Harbath, …`, `said former governor
/// Ed Rendell`) or a time (`said Monday in an interview`); cues that take an object as
/// often as a clause (`added`, `wrote`) only with `that`.
struct AnySubjectCueClauseRule: ClauseRule {
    let name = "any-subject-cue-clause"
    static let cues = ["said", "says", "say", "argued", "insisted", "insists", "explained", "acknowledged", "warned", "contended", "declared",
                       "wrote", "added", "stressed", "emphasized", "noted", "asserted", "maintained", "predicted", "conceded", "complained",
                       "suggested", "believes", "believed", "thinks", "thought", "recalled", "tweeted", "testified", "agreed", "insist", "argue", "note", "notes",
                       "told"] + onlyAfterTo.sorted()
    let triggers = Set(cues)
    /// Cues that take an object as often as a clause (`added the amendment`, `wrote a letter`, `maintained a lead`): only with `that`.
    static let cuesNeedingThat: Set<String> = ["added", "wrote", "tweeted", "recalled", "agreed", "testified", "explained", "noted",
                                               "acknowledged", "suggested", "stressed", "emphasized", "predicted", "maintained", "note", "notes",
                                               "explain", "acknowledge", "stress", "emphasize"]
    /// Base forms read only after `to` (`continues to insist that`, `is expected to argue that`; they are nouns or commands
    /// elsewhere: `the claim that`, `a stress on`).
    static let onlyAfterTo: Set<String> = ["claim", "stress", "explain", "acknowledge", "declare", "assert", "warn", "emphasize", "contend",
                                           "maintain", "concede"]
    private static let cueWords = PhraseSet(cues)
    /// Whom `told` addresses (it reports speech only with one): `Sanders fans told POLITICO that …`, `who told me he’s …`.
    private static let addressee = #"(?:(?<=told)\s+(?<addressee>me|him|her|us|them|reporters|\p{Lu}[\p{L}’'.\-]*(?:\s+\p{Lu}[\p{L}’'.\-]*){0,4}))?"#
    /// The regular expression starts at the cue, and is tried only there (`ScalarText.matches(_:startingAtAnyOf:…)`); what
    /// stands before it is checked in code.
    private static let pattern = Patterns.regex(#"(?<cue>\b"# + WordAlternation.pattern(cues)
        + #"\b)"# + addressee + #"(?:(?:\s+(?:on|in|at|during|last|this)\b[^“”.,;:!?]{0,40}?|"# + Patterns.asideBeforeThat + #")?\s+(?<that>that)\b,?|"# + Patterns.timeAfterCue + ")?"
        + #"\s+(?!(?:of|to|in|on|at|about|for|with|by|so|nothing|anything|something|yes|no|goodbye|hello|as|when|while|"#
        + #"after|before|during|up|than|and|but|or|then|last|yesterday|today|earlier|later|matter-of-factly)\b|@|"# + Patterns.weekday + "|"
        + Patterns.role + Patterns.name + #"(?:,|\s*$|\s*[.;]))"# + Patterns.clause)
    /// Words before the cue (past `also`, `has`, an adverb) that make it no act of speech: `refused to say`, `is said`, `would say`.
    private static let notSpeakingBefore: Set<String> = ["to", "be", "is", "was", "were", "been", "being", "are", "it", "It", "there", "There",
                                                         "would", "could", "should", "can", "will", "might", "must", "may", "did", "do",
                                                         "does", "not", "t"]
    /// The speaker right before the cue, perhaps before `, who`.
    static let speakerBeforeCue = Patterns.regex(#"(?<mention>"# + Patterns.speaker + #")(?:\s*\([^()]{1,30}\))?(?:,\s+\d+,)?(?:,\s+(?<who>who))?,?\s+$"#)

    /// `speakerBeforeCue`'s match in `span` (which ends at the cue), searched for only after the last mark no match can hold:
    /// `“…,” Clinton said` is searched from `Clinton`, not from each word of the quotation. The pattern reads letters, marks,
    /// digits, white space, `.`, `,`, `-`, `’`, `'`, `%` and anything in parentheses, up to the span's end, and looks at nothing
    /// before its start (no lookbehind; `\b` after such a mark reads as at the span's start), so its first match is the same.
    /// With a `)` after the last such mark, the whole span is searched.
    static func speakerMatch(endingAt span: Span, _ text: ScalarText) -> NamedGroups? {
        var start = span.end
        while start > span.start, !noSpeakerHolds.contains(text.scalars[start - 1]) {
            if text.scalars[start - 1] == ")" { return text.firstMatch(speakerBeforeCue, in: span) }
            start -= 1
        }
        return text.firstMatch(speakerBeforeCue, in: Span(start, span.end))
    }

    /// `Lindqvist, who calls the mayor a “fraud,” said`, `Brask, the co-author of "Paper Harbours," about …, said`: when a quotation
    /// inside an apposition keeps `speakerMatch` from reading it, the speaker before the sentence's first comma (the apposition
    /// ends right before the cue, at a comma).
    private static func speakerBeforeApposition(_ span: Span, _ text: ScalarText) -> NamedGroups? {
        let end = text.trimmed(span).end
        guard end > span.start, text.scalars[end - 1] == "," || (end - 2 > span.start && text.scalars[end - 2] == "," && "”\"".unicodeScalars.contains(text.scalars[end - 1])),
              let comma = (span.start..<end - 1).first(where: { text.scalars[$0] == "," }), comma + 1 < end, text.isWhitespace(at: comma + 1) else { return nil }
        return speakerMatch(endingAt: Span(span.start, comma + 2), text)
    }

    /// Marks `speakerBeforeCue` reads only inside parentheses.
    private static let noSpeakerHolds: Set<Unicode.Scalar> = ["“", "”", "\"", ";", ":", "!", "?", "—", "–", "…"]

    /// Whether the word before the cue (past up to two words such as `also`, `has`, `repeatedly`) leaves it an act of speech.
    private func speaks(before cue: Span, _ text: ScalarText) -> Bool {
        var word = text.wordBefore(cue.start)
        for _ in 0..<2 where Lexicon.wordsBeforeCue.contains(text.slice(word)) || text.slice(word).hasSuffix("ly") {
            word = text.wordBefore(word.start)
        }
        return !Self.notSpeakingBefore.contains(text.slice(word))
    }

    /// `stood at a Moreno rally there to say she was warming to …`, `are more likely to say that …`, `continues to insist that
    /// …`, `is expected to argue he …`: a cue in its base form after `to` reports speech before a clause (not `to say thanks`,
    /// not `refused to say whether …`).
    private static func speaksAfterTo(_ cue: Span, _ claim: Span, _ text: ScalarText) -> Bool {
        let to = text.wordBefore(cue.start), word = text.slice(cue)
        return (word == "say" || Self.toCues.contains(word)) && text.slice(to) == "to"
            && !Self.declining.contains(text.slice(text.wordBefore(to.start))) && ReportedClause.opensAClause(claim, after: cue, text)
    }

    /// The base forms `speaksAfterTo` reads besides `say`.
    private static let toCues = onlyAfterTo.union(["insist", "argue", "note"])

    /// `refused to say whether …` is declined speech (`declined-question-clause`), `hard to say` none.
    private static let declining: Set<String> = ["refused", "declined", "refuses", "declines", "refuse", "decline", "hard", "unable", "reluctant"]

    /// `Milo Brandt, who said he expects the ferry contract to be signed, was there`: what a relative clause reports ends at
    /// the comma that closes the relative clause.
    private static func relativeClauseEnd(of claim: Span, in text: ScalarText) -> Span {
        let comma = (claim.start..<claim.end).first { text.scalars[$0] == "," }
        return Span(claim.start, comma ?? claim.end)
    }

    func candidates(in paragraph: Paragraph, of text: ScalarText) -> [Candidate] {
        text.matches(Self.pattern, startingAtAnyOf: text.startsOfAll(of: Self.cueWords, in: paragraph.span), in: paragraph.span,
                     resumingAfter: "cue") { match in
            guard let cue = match["cue"], let claim = match["claim"], claim.length >= 20,
                  Self.speaksAfterTo(cue, claim, text) || (speaks(before: cue, text) && !Self.onlyAfterTo.contains(text.slice(cue))),
                  match["that"] != nil || !Self.cuesNeedingThat.contains(text.slice(cue)),
                  text.slice(cue) != "told" || (match["addressee"] != nil && ReportedClause.opensAClause(claim, after: cue, text)),
                  !paragraph.isQuoted(cue) else { return nil }
            let sentenceStart = paragraph.sentenceStart(before: cue.start, in: text)
            let before = Span(sentenceStart, DashAside.start(endingAt: cue.start, from: sentenceStart, text) ?? cue.start)
            let found = Self.speakerMatch(endingAt: before, text) ?? Self.speakerBeforeApposition(before, text)
            let mention = found?["mention"] ?? paragraph.subject(before: cue.start, in: text)
                ?? SubjectWords.mention(before: Span(before.end, before.end), from: before.start, text)
            let span = found?["who"] == nil ? ReportedClause.endingSubordinateClause(claim, cue: cue, in: paragraph, text)
                : Self.relativeClauseEnd(of: claim, in: text)
            return Candidate(span: text.trimmed(span), quoteType: .indirect, mention: mention, cue: cue, rule: name, confidence: 0.55)
        }
    }
}
