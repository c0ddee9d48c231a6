/// A quoted label the sentence's subject puts on someone or something: the verb of naming, its object, the quotation.
/// The claim is the object and the quotation, as news annotation marks it; the speaker is the one named before the verb
/// (`CueSpeaker.speaker(of:)`):
/// `On Twitter, Jeb Bush called Trump “unhinged.”` → `Trump “unhinged.”` by Jeb Bush,
/// `Ortiz went after Bell, calling him “a born quitter.”`, `The chairman dismissed the whole fuss as “plainly absurd.”`.
///
/// Its own scare-quote test: the object is a person (a name or a pronoun: `called Trump “unhinged.”`), the quotation
/// holds five words or more, or it is a verdict of two words or more that ends the sentence (`called the delays “plainly
/// unacceptable.”`). Any other short quoted label on a thing is the writer's scare quote, never proposed:
/// `called the strike "reckless"`, `called the vote a "turning point"`, `called those projects “important but tiny.”`,
/// `called the decision a “gift to the banks,”`; nor is a passive (`is described as “unsafe.”`), and an accusation
/// (`accused Doyle of "playing games with people's livelihoods."`) is not proposed either, as the gold texts have it. A title
/// after the verb (`a show called “Holding the Line”`) is no quotation at all (`QuoteSegment.isTitle`), and `called for` or
/// `called on` is no label.
struct CalledQuoteRule: QuoteRule {
    let name = "called-quote"
    private static let pattern = Patterns.regex(#"\b(?<cue>"# + WordAlternation.pattern(labelVerbs + asVerbs) + #")\s+"#
        + #"(?<object>(?!(?:for|on|to|off|in|up|out|back|it\s+quits|upon|as)\b)[\p{L}\d$](?:[^“”",;:!?.]|\.(?!\s)){0,100}?)"#
        + #"(?:\s+as)?(?:\s+(?:an?|the))?\s*$"#)
    private static let labelVerbs = ["called", "calls", "calling", "call", "dubbed", "dubs", "dubbing", "labeled", "labelled", "labeling",
                                     "labels", "branded", "brands", "branding", "termed", "terms", "deemed", "deems"]
    private static let asVerbs = ["described", "describes", "describing", "referred to", "refers to", "referring to", "dismissed",
                                  "dismisses", "dismissing", "characterized", "characterizes", "characterizing", "portrayed", "portrays",
                                  "derided", "derides", "hailed", "hails", "praised", "praises", "mocked", "mocks", "cast", "casts",
                                  "casting", "denounced", "denounces", "blasted", "slammed", "portray", "portraying", "describe", "characterize",
                                  "introduced", "introduces", "introducing", "framed", "frames", "framing", "defended", "defends",
                                  "defending", "criticized", "criticizes", "criticizing", "touted", "touts", "touting", "summed up",
                                  "sums up", "painted", "paints", "painting", "depicted", "depicts", "depicting", "pitched"]
    /// `searched for terms containing …`, `the calls for …`: after a preposition or an article the verb's form is a noun.
    private static let makesANoun: Set<String> = ["for", "of", "with", "about", "the", "a", "an", "such", "many", "these", "those"]
    /// Words that are no object on their own (`called the “Crossroads of America”`); `her` is one (`called her “reckless”`).
    private static let determiners: Set<String> = ["the", "a", "an", "this", "that", "these", "those", "his", "their", "its"]
    private static let personPronouns: Set<String> = ["him", "her", "them", "it", "himself", "herself", "themselves", "me", "us", "you"]

    func attribute(_ quote: QuoteSegment, in paragraph: Paragraph, of text: ScalarText) -> Candidate? {
        let before = Span(paragraph.sentenceStart(before: quote.outer.start, in: text), quote.outer.start)
        guard let match = text.firstMatch(Self.pattern, in: before), let object = match["object"], let cue = match["cue"],
              Self.takes(text.slice(Span(object.start, match.whole.end)), after: text.slice(cue).lowercased()),
              !Self.makesANoun.contains(text.slice(text.wordBefore(cue.start)).lowercased()),
              !Self.determiners.contains(text.slice(object)), !quote.isCapitalisedLikeATitle(in: text),
              Self.isPerson(object, text) || quote.wordCount(in: text) >= 5 || Self.isVerdict(quote, on: object, paragraph, text)
        else { return nil }
        let closed = Lexicon.closingMarks.contains(text.scalars[quote.outer.end - 1])
        let end = DoubledApostrophes.closingEnd(closed ? quote.outer.end : quote.inner.end, in: text)
        let claimEnd = Self.sentenceGoingOn(after: end, quote, paragraph, text) ?? end
        return Candidate(span: Span(object.start, claimEnd), quoteType: .direct, mention: CueSpeaker.speaker(of: cue, in: paragraph, text),
                         cue: cue, rule: name, confidence: 0.65)
    }

    /// `called X “…”`; `described X as “…”` only with `as`.
    private static func takes(_ phrase: String, after verb: String) -> Bool {
        !asVerbs.contains(verb) || phrase.split(whereSeparator: \.isWhitespace).contains("as")
    }

    /// `The governor called the delays “plainly unacceptable.”`: a label of two words or more that ends the sentence is the
    /// speaker's verdict on the thing, not a tag the writer hangs on it in passing (`called the vote a "turning point" for the
    /// city`); a single word is the writer's scare quote (`called the strike "reckless."`), and a label on what the writer has
    /// just described (`those projects`, `these plans`) the writer's too.
    private static func isVerdict(_ quote: QuoteSegment, on object: Span, _ paragraph: Paragraph, _ text: ScalarText) -> Bool {
        let rest = text.slice(Span(quote.outer.end, max(quote.outer.end, paragraph.sentenceEnd(after: quote.outer.end, in: text))))
        return quote.wordCount(in: text) >= 2 && !rest.unicodeScalars.contains(where: \.isQuickWordCharacter)
            && !["those", "these"].contains(text.slice(object).prefix { !$0.isWhitespace })
    }

    /// `called Lee “a costly hire” who would sink the budget`, `called it “a lesson” about patience`: when the writer's sentence
    /// goes on after the label in lower case, the claim runs on to the next comma, dash, semicolon or parenthesis or the
    /// sentence's end (before a closing full stop); not over a second verb (`called it “a farce” and walked out`), not after a
    /// comma (`called him “very able,” which …`, `called him “very able”, which …`), not over an attribution (`called it “a
    /// lesson” he said`), and not after a quotation that ends its own sentence.
    private static func sentenceGoingOn(after end: Int, _ quote: QuoteSegment, _ paragraph: Paragraph, _ text: ScalarText) -> Int? {
        let next = text.wordAfter(end)
        let last = text.scalars[quote.inner.end - 1]
        guard !Lexicon.sentenceEnds.contains(last), last != ",", next.length > 0, text.scalars[next.start].isQuickLowercase,
              let goesOn = text.firstMatch(goingOn, in: Span(end, max(end, paragraph.sentenceEnd(after: end, in: text))))?["rest"],
              !SentenceWords(in: goesOn, of: text).holdsAny(of: Lexicon.speechVerbWords) else { return nil }
        return goesOn.end
    }

    /// Words in lower case and on, up to a comma, a dash, a semicolon, a parenthesis, a full stop or a second verb after `and`
    /// or `but`.
    private static let goingOn = Patterns.regex(#"^\s+(?<rest>(?!(?:and|but|or)\s+\p{Ll})[^,;:—–.!?()]*?)\s*"#
        + #"(?:$|[,;:—–.!?()]|\s-\s|\s(?:and|but)\s+\p{Ll}+(?:ed|ing|s)\b)"#)

    /// `Trump`, `him`, `both Trump and Clinton`, `Rubio as`: a pronoun, or a capitalised word (a name), before any `as`.
    private static func isPerson(_ object: Span, _ text: ScalarText) -> Bool {
        let words = text.slice(object).split(whereSeparator: \.isWhitespace).prefix { $0 != "as" }
        return words.contains { $0.first?.isUppercase == true } || (words.count == 1 && personPronouns.contains(String(words[0])))
    }
}
