/// More reported speech attached to a sentence by a participle; the speaker is the sentence's subject:
/// `Doyle disputed the authority's figures, saying the port had "cooked the numbers" to turn the public against the strike.`
/// `"That is the most generous package …," he said, adding that the authority was "ready to talk tonight."`
/// `Pike switched his pick at the last minute – saying he was cheering for Okafor`, `… and saying that punctual trains are overrated`,
/// `She sharpened her attack, telling the Tribune that Moreno is a “phony”` (`telling` with its addressee).
/// When the subject is not read (a dateline: `ASHFORD — Sen. Rui Moreno (I-Ore.) defended …, saying …`), the speaker is
/// the first person the sentence names (`Ilse Marten, …, voiced support for Dana Ortiz, saying …` → Marten), else the
/// person named last.
/// Not attached by a comma, a participle reports speech before a clause (`issued a statement saying that …`, `with 50 percent
/// saying they …`); its speaker is then the one right before it, else the sentence's subject.
struct ParticipleClauseRule: ClauseRule {
    let name = "participle-clause"
    let triggers: Set<String> = Lexicon.speechParticipleWords.union(["telling"])
    private static let pattern = Patterns.regex(#"(?<cue>"# + Patterns.participleCue + #"|\btelling(?=\s+"# + addressee + #"))"#
        + #"(?:(?<=telling)\s+"# + addressee + #"(?:\s+(?:on|in|at)\s+\p{Lu}?\p{Ll}+)?)?(?:\s+that\b)?\s+"# + Patterns.clause)
    /// Whom `telling` addresses: `telling CNN that …`, `telling reporters on Thursday he …`, `telling ABC's This Week that …`,
    /// `telling a union meeting in Dayton that …`.
    private static let addressee = #"(?:(?:an?|the)\s+[^“”.,;:]{1,60}?(?=\s+that\b)|him|her|them|us|reporters|voters|supporters|investors|the\s+\p{Ll}+|\p{Lu}[\p{L}’'.\-]*(?:\s+\p{Lu}[\p{L}’'.\-]*){0,3})"#

    /// After a comma or a dash, or after `and`, `while`, `by`, `after`: the participle attaches speech to the sentence
    /// (the regular expression starts at the cue, where ICU skips fast; what stands before is checked here).
    private static func isAttached(_ cue: Span, _ text: ScalarText) -> Bool {
        var index = cue.start
        while index > 0, text.isWhitespace(at: index - 1) { index -= 1 }
        guard index < cue.start, index > 0 else { return false }
        return ",-–—".unicodeScalars.contains(text.scalars[index - 1]) || ["and", "while", "by", "after"].contains(text.slice(text.wordBefore(cue.start)))
    }

    func candidates(in paragraph: Paragraph, of text: ScalarText) -> [Candidate] {
        text.matches(Self.pattern, in: paragraph.span, resumingAfter: "cue") { match in
            guard let claim = match["claim"], let cue = match["cue"], claim.length >= 12 else { return nil }
            if Self.isAttached(cue, text) {
                let mention = CueSpeaker.mention(ofCueBefore: cue.start, in: paragraph, text) ?? paragraph.subject(before: cue.start, in: text)
                    ?? Self.firstPerson(before: cue, in: paragraph, text)
                var candidate = Candidate(span: text.trimmed(claim), quoteType: .indirect, mention: mention, cue: cue, rule: name, confidence: 0.7)
                candidate.speakerIsLastNamed = mention == nil
                return candidate
            }
            guard ReportedClause.opensAClause(claim, after: cue, text), !paragraph.isQuoted(cue) else { return nil }
            let mention = Self.issuer(before: cue, in: paragraph, text) ?? CueSpeaker.mention(before: cue, in: paragraph, text)
                ?? paragraph.subject(before: cue.start, in: text)
            return Candidate(span: text.trimmed(claim), quoteType: .indirect, mention: mention, cue: cue, rule: name, confidence: 0.5)
        }
    }

    /// The first person the sentence names before the cue as its subject, outside quotations: a name followed by a lower-case
    /// word, perhaps after a comma, and not a place, an organisation or an owner (`LISBON, Aug 31 (Reuters) - Portugal’s centre-left
    /// Harbour League party leader, Ilse Marten, voiced …` → `Ilse Marten`; `in Abilene, Tex., Mr. Halden was` → `Mr. Halden`).
    private static func firstPerson(before cue: Span, in paragraph: Paragraph, _ text: ScalarText) -> Span? {
        let sentence = Span(paragraph.sentenceStart(before: cue.start, in: text), cue.start)
        return text.allMatches(Patterns.nameRun, in: sentence).lazy.map(\.whole)
            .filter { run in isFollowedByAVerb(run, text) && !paragraph.quotes.contains { $0.outer.contains(run) } }
            .compactMap { NameReading($0, in: text) }
            .first { !$0.isOrganisation && !$0.isPlace && !$0.isPossessive && !Lexicon.beforePlaceOrObject.contains(text.slice(text.wordBefore($0.span.start))) }?
            .span
    }

    /// `Marine Le Pen, voiced`, `Mr. Trump was`: a comma may stand between the name and its lower-case verb, which is no
    /// preposition (`in Portsmouth, N.H., on Tuesday`) nor, right after the name, a noun it qualifies (`National Front party leader`).
    private static func isFollowedByAVerb(_ run: Span, _ text: ScalarText) -> Bool {
        let hasComma = run.end < text.count && text.scalars[run.end] == ","
        let index = hasComma ? run.end + 1 : run.end
        guard index < text.count, text.isWhitespace(at: index) else { return false }
        let word = text.wordAfter(index)
        let said = text.slice(word)
        guard word.length > 0, text.scalars[word.start].properties.isLowercase, !Lexicon.beforePlaceOrObject.contains(said) else { return false }
        return hasComma || !(Lexicon.personNouns.contains(said) || Lexicon.organisationNouns.contains(said))
    }

    /// `the campaign issued a statement saying …`: the document's issuer speaks, the subject of the verb before the document.
    private static func issuer(before cue: Span, in paragraph: Paragraph, _ text: ScalarText) -> Span? {
        let document = text.wordBefore(cue.start)
        guard issuedDocuments.contains(text.slice(document)) else { return nil }
        var verb = text.wordBefore(document.start)
        if ["a", "an", "the", "its", "his", "her", "their"].contains(text.slice(verb)) { verb = text.wordBefore(verb.start) }
        return CueSpeaker.mention(before: verb, in: paragraph, text)
    }

    /// `the campaign issued a statement saying …`: the document's issuer, the sentence's subject, speaks.
    private static let issuedDocuments: Set<String> = ["statement", "letter", "email", "tweet", "post", "response", "release", "ad",
                                                       "message", "memo", "video", "note", "report"]
}
