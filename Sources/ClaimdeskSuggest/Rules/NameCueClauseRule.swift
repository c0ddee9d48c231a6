/// Reported speech: a speaker (name with an optional apposition, pronoun, unnamed group or described organisation),
/// a cue, an optional addressee, circumstance and `that`, then what was said, up to the end of the sentence:
/// `Daniel Zhang, CEO at e-commerce giant Alibaba group, said his company’s donation of $15 billion … for all.`
/// `Wang Hsin-Hsien, a political science professor …, told VOA Mandarin that businesses are essentially forced …`
/// `Norbank said in a note to clients that wage growth, running at 6 percent, remained “uncomfortably high.”`
/// Not after a closing quote (`”, he told VOA Mandarin` attributes that quote) unless `that` opens more speech
/// (`”, the spokeswoman told the Tribune that Lund plans …`), not `said of …`. Verbs that also take
/// an object (`China announced a new wave of crackdowns`) report speech only with `that`.
struct NameCueClauseRule: ClauseRule {
    let name = "name-cue-clause"
    let triggers: Set<String> = Lexicon.speechVerbWords
    private static let addressee = #"(?:(?<=\b(?:told|tells|tell|asked|asks|assured|informed|reminded|warned|warns|urged|urges))\s+(?:(?:the\s+)?"#
        + Patterns.name + #"|(?:me|us|him|her|them|reporters|journalists)\b|[\p{Ll}\-’']+(?:\s+[\p{Ll}\-’']+){0,3}(?=\s+that\b)|(?:the\s+|an?\s+)?\p{Lu}[^“”.;:!?]{1,90}?(?=\s+that\b)))"#
    /// `said in a statement that`, `said on Thursday that`, `reported to the IRS that`, `admitted as part of his plea that` (not `adds to the drama that`).
    private static let circumstance = #"\s+(?:on|in|at|as|during|last|this|via|through|by|earlier|after|before|from|over|Monday|Tuesday|"#
        + #"(?<!\badd\s|\badds\s|\badded\s)to\s+(?:the|a|an|his|her|their|its|reporters|supporters|\p{Lu})|"#
        + #"Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|recently|repeatedly|privately|publicly)\b"#
        + #"[^“”.;:!?]{0,100}?(?=\s+that\b)"#
    /// The speaker and the cue: the pattern's opening, searched for first (`ScalarText.matches(_:openingWith:…)`).
    /// `I` and `we` speak here too, outside quotations: the writer's (`I told Megyn Kelly that …` in an opinion piece).
    private static let speakerAndCue = #"(?<mention>\b(?:I|[Ww]e)\b|"# + Patterns.speaker + #")(?:\s*\([^()]{1,30}\))?(?:(?<note>,\s[^“”"]{3,220}?,)|\s+who\s+[^,.;“”"]{3,80}?(?=\s+"# + Patterns.beforeCue + Patterns.cue + "))?"
        + #",?\s+"# + Patterns.beforeCue
        + #"(?<cue>"# + Patterns.cue + ")"
    private static let opening = Patterns.regex(speakerAndCue)
    private static let cues = PhraseSet(Lexicon.speechVerbs)
    /// `He said, however, that he hopes …`, `Pike added, he did not support …`: a comma after the cue before an aside or a pronoun;
    /// an aside before `that` (`Patterns.asideBeforeThat`: `said, twice, that`).
    private static let commaAfterCue = #"(?:,\s+(?:however|though|too|again),|"# + Patterns.asideBeforeThat + #"|,(?=\s+(?:he|she|they|we|I)\s))?"#
    /// After `that` the clause may open with a preposition (`said on the radio that in her town, there is …`); without it, a
    /// preposition or a time after the cue says where or when it was said, not what (`said in Iowa`, `said of …`).
    private static let pattern = Patterns.regex(speakerAndCue + addressee + "?" + commaAfterCue + "(?:(?:" + circumstance + #")?\s+(?<that>that)\b,?\s+(?!that\b|@)|(?:"# + Patterns.timeAfterCue + ")?"
        + #"\s+(?!(?:of|that|to|in|on|at|across|via|last|yesterday|today|earlier|later|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|@))"# + Patterns.clause)

    /// Where the opening's first match from an offset can start at the earliest: after the last quotation mark before the
    /// first cue from there (`“…,” Clinton said that …` is searched from `Clinton`, not from each word of the quotation).
    /// The opening ends at a cue and holds no quotation mark but in parentheses (a sentence with any is searched whole), and
    /// it looks at nothing before its start.
    private static func openingSearchStart(in sentence: Paragraph, _ text: ScalarText) -> (Int) -> Int {
        let span = sentence.span
        guard !(span.start..<span.end).contains(where: { text.scalars[$0] == "(" || text.scalars[$0] == ")" }) else { return { $0 } }
        let cueStarts = text.startsOfAll(of: cues, in: span)
        return { from in
            guard let cue = cueStarts.first(where: { $0 >= from }) else { return from }
            var start = cue
            while start > from, !quotationMarks.contains(text.scalars[start - 1]) { start -= 1 }
            return start
        }
    }

    private static let quotationMarks: Set<Unicode.Scalar> = ["“", "”", "\""]

    /// The speaker and note of a match. A mention right after a preposition is its object (`ObjectMention`); the subject is then
    /// the person its apposition names (`Troubled by the protests in Ashford, Senator Ida Marsh, the majority whip, said`), else
    /// what `ObjectMention` reads before the preposition (`a woman in Eugene, Oregon, told` → `a woman`, which
    /// `DescribingPhrase` makes `woman in Eugene`).
    /// A share of respondents speaks through the poll the sentence opens with (`PollSource`); a `he` or `she` inside the
    /// sentence is its subject (`PronounSubject`).
    private static func subject(_ named: Span, apposition: Span?, cue: Span, in paragraph: Paragraph, _ text: ScalarText) -> (mention: Span, note: String?) {
        if let poll = PollSource.mention(for: named, in: paragraph, text) { return (poll, nil) }
        if let subject = PronounSubject.subject(for: named, in: paragraph, text) { return (subject, nil) }
        guard ObjectMention.preposition(before: named, text) != nil else { return Apposition.speaker(named, apposition: apposition, in: text) }
        if let apposition, let inner = text.firstMatch(opening, in: Span(apposition.start + 1, cue.end)), let mention = inner["mention"] {
            let speaker = Apposition.speaker(mention, apposition: inner["note"], in: text)
            if let reading = NameReading(speaker.mention, in: text), !reading.isSingleWord, !reading.isOrganisation { return speaker }
        }
        if let speaker = ObjectMention.speaker(for: named, in: paragraph, text) { return (speaker, nil) }
        return Apposition.speaker(named, apposition: apposition, in: text)
    }

    /// A claim that only names who heard the words around it or who said them: the addressee of `told` (`…, a club spokesman
    /// told The Harbour Gazette.`, `she told the mayors in Indianapolis, “no one …”`), the speaker after `, said`
    /// (`…, said Michael O’Hanlon, a senior fellow at …`), with no `that` after the cue. Not `told reporters the plan is dead`,
    /// `told the sheriff that if he wants the keys, “come and get them.”`
    private static func namesWhoHeardOrSpoke(_ claim: Span, cue: Span, _ text: ScalarText) -> Bool {
        switch text.slice(cue) {
        case "told", "tells", "tell":
            return text.holdsMatch(of: bareName, in: claim) || text.holdsMatch(of: quoteAfterComma, in: Span(claim.end, min(claim.end + 4, text.scalars.count)))
        case "said", "says":
            return text.lastNonWhitespace(in: Span(max(0, cue.start - 3), cue.start)) == "," && text.holdsMatch(of: bareName, in: claim)
        default:
            return false
        }
    }

    private static let bareName = Patterns.regex(#"^(?:[Tt]he\s+)?\p{Lu}[\p{L}’'.\-]*(?:\s+\p{Lu}[\p{L}’'.\-]*){0,5}$"#)
    private static let quoteAfterComma = Patterns.regex(#"^,\s*[“"]"#)

    /// `she finds that in teaching, she said`: a phrase after `that` that opens with a preposition and ends before the
    /// attribution (`, he said`) is no clause: `that` is the object (`that in her valley, there is …` is one).
    private static func isAPhraseAlone(_ claim: Span, _ text: ScalarText) -> Bool {
        guard prepositions.contains(text.slice(text.wordAfter(claim.start))), claim.end < text.count, text.scalars[claim.end] == "," else { return false }
        let pronoun = text.wordAfter(claim.end + 1)
        return Lexicon.personalPronouns.contains(text.slice(pronoun)) && Lexicon.speechVerbWords.contains(text.slice(text.wordAfter(pronoun.end)))
    }

    private static let prepositions: Set<String> = ["of", "to", "in", "on", "at", "across", "via"]

    /// Verbs that need `that` (`announced`) only with a `that` in the sentence.
    func reads(_ sentence: SentenceWords) -> Bool { sentence.mayReportSpeech }

    /// A match that is no claim (`she believed Putin wanted …` has no `that`) is passed over from its cue on, so that a later
    /// speaker in the same sentence is still found (`…, Varga said she was not ready to leap to that verdict`).
    func candidates(in paragraph: Paragraph, of text: ScalarText) -> [Candidate] {
        guard let lastCueEnd = text.endOfLast(of: Self.cues, in: paragraph.span) else { return [] }
        let searchStart = Self.openingSearchStart(in: paragraph, text)
        return text.matches(Self.pattern, openingWith: Self.opening, endingBy: lastCueEnd, in: paragraph.span, searchStart: searchStart,
                            resumingAfter: "cue") { match in
            guard let named = match["mention"], let claim = match["claim"], !ReportedClause.followsQuote(named, in: paragraph, text) || match["that"] != nil,
                  claim.length >= 8, match["that"] != nil || !Lexicon.cuesNeedingThat.contains(text.slice(match["cue"]!)),
                  !Self.isAPhraseAlone(claim, text) else { return nil }
            let (mention, note) = Self.subject(named, apposition: match["note"], cue: match["cue"]!, in: paragraph, text)
            let span = text.trimmed(ReportedClause.endingSubordinateClause(claim, cue: match["cue"]!, in: paragraph, text))
            guard match["that"] != nil || !Self.namesWhoHeardOrSpoke(span, cue: match["cue"]!, text) else { return nil }
            return Candidate(span: span, quoteType: .indirect, mention: mention, note: note, cue: match["cue"],
                             rule: name, confidence: match["note"] == nil ? 0.75 : 0.8)
        }
    }
}
