/// A question or a request someone put, in the writer's words: the cue `ask` in any form, perhaps an addressee, then
/// what was asked, up to the end of the clause:
/// `A reporter asked Moreno how he’s holding up on election night.` → `how he’s holding up on election night`,
/// `He also asked if tenants would be ready to sign the petition.`, `Asked about her own vote, she said …` → `her own vote`,
/// `Deputy warden Amos Pruitt III asked the visitors to leave.` → `the visitors to leave` (a request keeps
/// its addressee, as news annotation marks it).
/// A question with no asker named (`Asked if he was ever fired, the chef said …`, `he said when asked whether …,`,
/// `was asked if …`) ends at the first comma; otherwise the speaker is the one named before the cue (`CueSpeaker.speaker(of:)`).
/// In the passive the asker follows `by`: `When asked by a reporter whether …`, `Asked by Nina Castell whether she had …` →
/// `a reporter`, `Nina Castell`.
struct AskedClauseRule: ClauseRule {
    let name = "asked-clause"
    let triggers: Set<String> = ["ask", "asks", "asked", "asking"]
    private static let questionWord = #"(?:if|whether|why|how|what|who|whom|whose|when|where|which)\s"#
    private static let addressee = #"(?:him|her|them|us|me|you|reporters|voters|supporters|\p{Ll}+s|(?:former\s+)?\p{Lu}[\p{L}’'.\-]*(?:\s+\p{Lu}[\p{L}’'.\-]*){0,4}"#
        + #"|(?:the|his|her|their|its|a|an)\s+(?:[\p{L}’'\-]+\s+){0,5}?[\p{L}’'\-]+)"#
    /// `Asked on Channel 9 who leads the council, …`, `asked in an interview whether …`, `Asked at a briefing Monday in Eugene
    /// about …`.
    private static let circumstance = #"(?:\s+(?:on|in|at|during)\s+(?:[\p{L}’'\-]+\s+){0,4}?[\p{L}’'\-]+(?=\s+(?:"# + questionWord + #"|about\s)))?"#
    /// `asked specifically what …`, `Asked later whether …`.
    private static let adverb = #"(?:\s+(?:later|again|\p{Ll}+ly))?"#
    /// A request put with `to` (`when asked to leave`, `Asked by Castell to respond to …`, `has been asked to release …`).
    private static let pattern = Patterns.regex(#"(?<cue>\b[Aa]sk(?:ed|s|ing)?\b)"# + adverb + #"(?:\s+(?:by\s+)?"# + addressee + ")??(?:\\s+" + Patterns.weekday + ")?" + circumstance
        + #"(?:\s+(?<about>about|for)\s+|\s+(?="# + questionWord + #")|\s+(?="# + addressee + #"\s+(?:not\s+)?to\s+\p{Ll})|\s+(?=to\s+\p{Ll}))"# + Patterns.clause)
    /// `asked by a reporter`: the asker of a question in the passive.
    private static let askerAfterBy = Patterns.regex(#"^\s+by\s+(?<mention>"# + Patterns.speaker + ")")
    /// Words before the cue that make the question open the sentence with no asker named: `When asked`, `was asked`.
    private static let unnamedAsker: Set<String> = ["when", "When", "was", "were", "been", "being", "is", "are", "be", "if", "If", "after", "After"]

    func candidates(in paragraph: Paragraph, of text: ScalarText) -> [Candidate] {
        text.allMatches(Self.pattern, in: paragraph.span).compactMap { match in
            guard let cue = match["cue"], let claim = match["claim"], claim.length >= 8,
                  !paragraph.isQuoted(cue) else { return nil }
            let sentenceStart = paragraph.sentenceStart(before: cue.start, in: text)
            let before = text.slice(text.wordBefore(cue.start))
            let opensSentence = cue.start == sentenceStart || (Self.unnamedAsker.contains(before) && text.wordBefore(cue.start).start <= sentenceStart + 5)
            let unnamed = Self.unnamedAsker.contains(before) || opensSentence
            let span = unnamed ? Self.upToComma(claim, text) : claim
            let asker = text.firstMatch(Self.askerAfterBy, in: Span(cue.end, claim.start))?["mention"]
            let mention = asker ?? (unnamed ? nil : CueSpeaker.speaker(of: cue, in: paragraph, text))
            return Candidate(span: text.trimmed(span), quoteType: .indirect, mention: mention, cue: cue, rule: name,
                             confidence: match["about"] == nil ? 0.6 : 0.5)
        }
    }

    /// `Asked if he was ever fired, the chef said …`: the question ends at the comma before the answer.
    private static func upToComma(_ claim: Span, _ text: ScalarText) -> Span {
        Span(claim.start, (claim.start..<claim.end).first { text.scalars[$0] == "," } ?? claim.end)
    }
}
