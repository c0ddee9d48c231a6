/// A partial quote in the object of a verb of stance (praise, blame, promise, protest …) other than saying: the whole
/// object is the claim, as news annotation marks it, from the verb to the end of the clause:
/// `Pike also bemoaned the current civic mood in which neighbours “barely speak to each other”` → `the current
/// civic mood in which neighbours “barely speak to each other”` by Pike; `Lund blamed the parking law on
/// “knuckleheaded downtown planners.”`; `Dana Ortiz pledged on Friday to stop using the phrase
/// “lazy tenant” …`; `…, vowing to “knock on every door” in the county’s last runoff`.
///
/// The verb (one of the list, else a verb in *-ed* right after the sentence's subject: `subjectsVerb`) stands in the
/// quotation's sentence, at most 15 words before it, and its speaker (the one named before it, else the sentence's subject)
/// must be found. Not proposed: a label after `as` or after a verb of naming (`called-quote` decides those, with its
/// scare-quote test: `called the strike "reckless"`), an accusation (`accused Doyle of "playing games …"`), a quoted word
/// after `the term`, `the phrase`, `the slogan` … (the writer naming a phrase: `mentioned the term “common prosperity.”`),
/// a title (`praised “The Lead with Jake Tapper”`).
struct ObjectQuoteRule: QuoteRule {
    let name = "object-quote"
    private static let stems = ["bemoan", "denounce", "urge", "promise", "vow", "pledge", "blame", "praise", "criticize",
                                "criticise", "mock", "slam", "blast", "decry", "lament", "condemn", "tout", "defend", "credit",
                                "predict", "question", "demand", "hail", "laud", "applaud", "champion", "assure", "deride",
                                "ridicule", "assail", "scold", "lambaste", "castigate", "berate", "fault", "thank", "reject",
                                "embrace", "endorse", "invoke", "dismiss", "deplore", "lampoon", "chastise", "rebuke", "excoriate",
                                "tweak", "trumpet", "celebrate", "herald", "imply", "suggest", "reiterate", "promote", "invite",
                                "assume", "decide", "attack", "insult", "welcome", "oppose", "support", "unveil", "propose",
                                "highlight", "discuss", "reference", "confide", "imagine", "boast", "challenge", "compare",
                                "express"]
    private static let phrasal = ["called for", "calls for", "calling for", "talked about", "talks about", "talking about",
                                  "spoke of", "spoke about", "speaks of", "speaks about", "complained about", "complains about",
                                  "complained of", "complaining about", "boasted of", "boasted about", "boasts of", "boasts about",
                                  "bragged about", "brags about", "bragging about", "joked about", "jokes about", "warned of",
                                  "warned about", "warned against", "warns of", "warns against", "railed against", "rails against",
                                  "railing against", "pressed for", "pushed for", "pushing for", "focused on", "opened up about",
                                  "sounded off against", "called on", "calls on", "calling on", "stood by", "stands by",
                                  "fired back", "pointed to", "pointing to", "points to", "talked up", "talks up", "pivoted to",
                                  "pivoting to", "sought", "seeks", "seeking", "cited", "cites", "citing", "referring to",
                                  "referred to", "refers to"]
    private static let pattern = Patterns.regex(#"\b(?<cue>"# + WordAlternation.pattern(verbForms + phrasal) + #")\b"#)
    private static let object = Patterns.regex(#"^\s*"# + Patterns.clause)
    /// Nouns that name a phrase rather than report it: `the term “common prosperity”`, `the slogan "Experience Counts"`.
    private static let phraseNouns: Set<String> = ["term", "phrase", "word", "words", "slogan", "label", "moniker", "nickname",
                                                   "caption", "headline", "title", "hashtag", "motto", "as"]

    /// The object ends before a second verb after the quotation: `pledged to be "the greatest parks mayor" and cast doubt
    /// on …`, `blasted the call for a "curfew patrol" on Wednesday, calling it …`, `… before floating the idea`; and at a
    /// semicolon.
    private static func endingAtASecondVerb(_ claim: Span, after quote: QuoteSegment, _ text: ScalarText) -> Span {
        guard quote.outer.end < claim.end, let verb = text.firstMatch(secondVerb, in: Span(quote.outer.end, claim.end)) else { return claim }
        return Span(claim.start, verb.whole.start)
    }

    private static let secondVerb = Patterns.regex(#"(?:,?\s+(?:and\s+|before\s+|after\s+|while\s+)?\p{Ll}+ing"#
        + #"|,?\s+(?:and|but|as\s+(?:he|she|they))\s+(?:then\s+|also\s+)?\p{Ll}+(?:ed|s))\b|\s*;"#)

    /// The verb in *-ed* right after the sentence's subject (past `also`, `has`, an adverb), when the quotation stands in its
    /// object: `Her campaign protested that Moreno aides were being "evasive"`, `Pike referenced a report that
    /// "less than one percent …"`. Only a quotation of four words or more, or a verb followed by `that`: a shorter quote in
    /// the object of any verb is mostly the writer's scare quote. Not a verb of naming or accusing (the gold texts' scare
    /// quotes: `called the vote a "turning point"`).
    private static func subjectsVerb(before quote: QuoteSegment, _ paragraph: Paragraph, _ text: ScalarText) -> Span? {
        guard let subject = paragraph.subject(before: quote.outer.start, in: text) else { return nil }
        var verb = text.wordAfter(subject.end)
        while Lexicon.wordsBeforeCue.contains(text.slice(verb)) || (verb.length > 2 && text.slice(verb).hasSuffix("ly")) {
            verb = text.wordAfter(verb.end)
        }
        let word = text.slice(verb)
        guard verb.end < quote.outer.start, word.count > 4, word.hasSuffix("ed"), !namingVerbs.contains(word),
              quote.wordCount(in: text) >= 4 || text.slice(text.wordAfter(verb.end)) == "that" else { return nil }
        return verb
    }

    /// `suggested her cycle was behind it, called her “third-rate”`: a verb of naming or accusing between the verb and the
    /// quotation makes it a label (`called-quote`'s to decide).
    private static func namesOrAccuses(_ between: Span, _ text: ScalarText) -> Bool {
        SentenceWords(in: between, of: text).holdsAny(of: namingVerbs)
    }

    private static let namingVerbs: Set<String> = ["called", "calling", "calls", "call", "named", "dubbed", "labeled", "labelled",
                                                   "termed", "branded", "titled", "entitled", "nicknamed", "deemed", "mentioned",
                                                   "used", "accused", "accusing", "accuses", "described", "describing"]

    /// `CueSpeaker.speaker(of:)` without the verb itself, which a subject of lower-case words would take in
    /// (`The former harbour commissioner mocked`).
    private static func speaker(of cue: Span, _ paragraph: Paragraph, _ text: ScalarText) -> Span? {
        guard let mention = CueSpeaker.speaker(of: cue, in: paragraph, text) else { return nil }
        guard mention.end > cue.start else { return mention }
        let trimmed = text.trimmed(Span(mention.start, cue.start))
        return trimmed.length > 0 ? trimmed : nil
    }

    /// `the term “common prosperity”`, `as “absurd”`, `as a “breakthrough”`: the word before the quotation, or before its article.
    private static func namesAPhrase(_ quote: QuoteSegment, _ text: ScalarText) -> Bool {
        var word = text.wordBefore(quote.outer.start)
        if ["a", "an", "the"].contains(text.slice(word).lowercased()) { word = text.wordBefore(word.start) }
        return phraseNouns.contains(text.slice(word).lowercased())
    }

    /// `pledged money to Xi Jinping's "common prosperity" drive`: a quotation of up to three words followed by a noun it
    /// qualifies is the writer's scare quote, not a reported phrase (`blasted the call for a "curfew patrol" on Wednesday`
    /// goes on with a preposition, and stays, as do `vowed to "sue the pants" off …` and `supports "modest fare hikes,"
    /// opposes …`, closed by its comma; a verb in quotes after `to` qualifies nothing either: `promises to “end” the Common Core`).
    private static func modifiesANoun(_ quote: QuoteSegment, _ text: ScalarText) -> Bool {
        guard quote.wordCount(in: text) < 4, quote.inner.end > quote.inner.start,
              !Lexicon.sentenceEnds.contains(text.scalars[quote.inner.end - 1]), text.scalars[quote.inner.end - 1] != ",",
              text.slice(text.wordBefore(quote.outer.start)) != "to" else { return false }
        let next = text.wordAfter(quote.outer.end)
        guard next.length > 0, next.start == quote.outer.end + 1, text.scalars[next.start].isQuickLowercase else { return false }
        return !Lexicon.functionWordsAfterAPhrase.contains(text.slice(next))
    }

    /// Each stem's past, present and participle: `bemoaned`, `bemoans`, `bemoaning`; `decried`, `slammed`, `praising`.
    private static var verbForms: [String] {
        stems.flatMap { stem -> [String] in
            if stem.hasSuffix("y") { let root = stem.dropLast(); return [root + "ied", root + "ies", stem + "ing"] }
            if stem.hasSuffix("e") { return [stem + "d", stem + "s", stem.dropLast() + "ing"] }
            let root = stem == "slam" ? "slamm" : stem
            return [root + "ed", stem + "s", root + "ing"]
        }
    }

    func attribute(_ quote: QuoteSegment, in paragraph: Paragraph, of text: ScalarText) -> Candidate? {
        let before = Span(paragraph.sentenceStart(before: quote.outer.start, in: text), quote.outer.start)
        guard let cue = text.allMatches(Self.pattern, in: before).last?["cue"] ?? Self.subjectsVerb(before: quote, paragraph, text),
              text.wordCount(in: Span(cue.end, quote.outer.start), upTo: 16) <= 15,
              !Self.namesOrAccuses(Span(cue.end, quote.outer.start), text),
              !Self.namesAPhrase(quote, text), !quote.isCapitalisedLikeATitle(in: text), !Self.modifiesANoun(quote, text),
              let claim = text.firstMatch(Self.object, in: Span(cue.end, paragraph.span.end))?["claim"],
              claim.end >= quote.inner.end, let mention = Self.speaker(of: cue, paragraph, text) else { return nil }
        return Candidate(span: Self.endingAtASecondVerb(claim, after: quote, text), quoteType: .indirect, mention: mention, cue: cue,
                         rule: name, confidence: 0.5)
    }
}
