/// A quotation, then the speaker and the cue: `“Common prosperity means prosperity for all, not just a few people,” Xi said`,
/// `“…,” he told VOA Mandarin via phone`, `“…,” China Daily said`, `“The dam is safe,” the Regional Water Authority said`,
/// `“…,” lead author Sarah Cho said`, `“…,” Halden, 69, told KVRX`, `“…,” Rep. Ada Lund (D-Ore.) said`, `“…,” Walter B. Crane Jr., the deputy chief of the N.T.S.B., said`,
/// `“…,” Oskar Bell of the Harbour Policy Institute wrote`. Not after a partial quote that ends the writer's sentence (`is “ongoing.” He said …`).
/// A partial quote that ends the writer's clause before the attribution takes the clause with it, as news annotation marks
/// it: `The bill's failure was “heartbreaking,” she said.` → `The bill's failure was “heartbreaking,”` (`MixedQuote`).
struct QuoteNameCueRule: QuoteRule {
    let name = "quote-name-cue"
    private static let pattern = Patterns.regex(#"^\s*,?\s*"# + Patterns.role + #"(?<mention>"# + Patterns.speaker + ")"
        + #"(?:\s*\([^()]{1,30}\)|(?<=\b[JS]r)\.|\s+(?:of|from)\s+(?:the\s+)?"# + Patterns.name + ")?"
        + #"(?<note>,\s(?:[^“”".]|\.(?=[\p{Lu},\s\-])){2,160}?,)?\s+"# + Patterns.beforeCue + #"(?<cue>"# + AfterQuote.cue + ")")
    /// `” the Oregon senator and Green gubernatorial hopeful said`: any description, when the pattern above reads none.
    private static let describedSpeaker = Patterns.regex(#"^\s*,?\s*(?<mention>"# + AfterQuote.descriptionBeforeCue + #")\s+"#
        + Patterns.beforeCue + #"(?<cue>"# + AfterQuote.cue + ")")

    func attribute(_ quote: QuoteSegment, in paragraph: Paragraph, of text: ScalarText) -> Candidate? {
        guard !endsWritersSentence(quote, paragraph, text) else { return nil }
        let after = Span(quote.outer.end, min(paragraph.span.end, quote.outer.end + 240))
        let named = text.firstMatch(Self.pattern, in: after)
        if let named, Self.reportsNewSpeech(named, after: quote, in: paragraph, text) { return nil }
        guard let match = named ?? describedSpeaker(after: quote, paragraph, text) else { return nil }
        let note = Apposition.note(match["note"], in: text) ?? match["role"].map { text.slice(text.trimmed($0)) }
        let clause = MixedQuote.clause(ending: quote, in: paragraph, text)
        return Candidate(span: clause ?? quote.inner, quoteType: clause == nil ? .direct : .indirect,
                         mention: match["mention"], note: note, cue: match["cue"], rule: name, confidence: 0.9)
    }

    /// A description as the speaker only after a quotation that opens its sentence: after a partial quote (`Trump claimed that
    /// “…,” one of the former lawyers for Captain Ilse Berg said`) the words that follow are the writer's.
    private func describedSpeaker(after quote: QuoteSegment, _ paragraph: Paragraph, _ text: ScalarText) -> NamedGroups? {
        guard paragraph.sentenceStart(before: quote.outer.start + 1, in: text) == quote.outer.start else { return nil }
        return text.firstMatch(Self.describedSpeaker, in: Span(quote.outer.end, min(paragraph.span.end, quote.outer.end + 240)))
    }

    /// `“… and the fees will stay.” She said she’ll back whoever …`: after a quotation that ends its sentence, a new sentence
    /// whose cue reports a clause of its own is new speech, not the quotation's attribution; so is a cue with a clause after a
    /// quotation inside the writer's sentence (`Walking in to chants of "Ida! Ida!," the senator said her campaign was …`).
    private static func reportsNewSpeech(_ match: NamedGroups, after quote: QuoteSegment, in paragraph: Paragraph, _ text: ScalarText) -> Bool {
        let endsSentence = Lexicon.sentenceEnds.contains(text.scalars[quote.inner.end - 1])
        guard let mention = match["mention"], let cue = match["cue"], clauseCues.contains(text.slice(cue)),
              endsSentence && text.scalars[mention.start].isQuickUppercase
                || !endsSentence && paragraph.sentenceStart(before: quote.outer.start + 1, in: text) != quote.outer.start else { return false }
        return text.firstMatch(clauseAfterCue, in: Span(cue.end, min(text.count, cue.end + 40))) != nil
    }

    private static let clauseCues: Set<String> = ["said", "says", "added", "adds"]
    /// A word that opens a clause right after the cue (not a time, a place, a manner or an addressee: `said on Monday`, `said in Iowa`,
    /// `said aboard his plane`, `said directly to the camera`, `said as he opened the hearing`).
    private static let clauseAfterCue = Patterns.regex(#"^\s+(?:that\b|(?!(?:on|in|at|of|to|about|from|with|during|after|before|aboard|as|\p{Ll}+ly|last|this|yesterday|today|"#
        + #"earlier|later|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[\p{L}’']+\s+\p{L})"#)

    /// `… the review is “ongoing.” He said the board has not …`: a partial quote that ends the writer's sentence with a full
    /// stop is not attributed by the next sentence.
    private func endsWritersSentence(_ quote: QuoteSegment, _ paragraph: Paragraph, _ text: ScalarText) -> Bool {
        text.scalars[quote.inner.end - 1] == "." && paragraph.sentenceStart(before: quote.outer.start + 1, in: text) != quote.outer.start
    }
}
