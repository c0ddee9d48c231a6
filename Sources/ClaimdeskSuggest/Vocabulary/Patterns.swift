import Foundation

/// Regular-expression fragments shared by the rules (ICU syntax, as `NSRegularExpression` reads it).
enum Patterns {
    /// Verbs that report speech, as whole words: "said", "told", "stressed" (`according to` is matched on its own).
    static let cue = #"\b"# + WordAlternation.pattern(Lexicon.speechVerbs) + #"\b"#

    /// The cues that report speech without `that`: "said", "told", not "asked" (`asked him to condemn violence`).
    static let cueOnItsOwn = #"\b"# + WordAlternation.pattern(Lexicon.speechVerbs.filter { !Lexicon.cuesNeedingThat.contains($0) }) + #"\b"#

    /// Participles that attach more reported speech to the sentence's speaker: ", adding that …".
    static let participleCue = #"\b"# + WordAlternation.pattern(Lexicon.speechParticiples) + #"\b"#

    /// Words allowed between a speaker and the cue: "Xi also said", "she later told", "The campaign on Tuesday responded",
    /// "Clinton, in a statement, said".
    static let beforeCue = #"(?:(?:"# + WordAlternation.pattern(Lexicon.wordsBeforeCue) + #"|\p{Ll}+ly|(?:on\s+)?"# + weekday
        + #"|(?:last|this)\s+(?:week|month|year)|(?:in|during)\s+(?:an?|the)\s+(?:statement|interview|speech|letter|tweet|post)),?\s+){0,2}"#
    static let weekday = #"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"#

    /// A proper name: capitalised words, with `and`, `of`, `for`, `the` and name particles between them
    /// ("National Development and Reform Commission", "Wang Hsin-Hsien", "Inês Araújo" in any normal form,
    /// "Mr. Obama", "Sen. Chris Murphy" with the title's full stop),
    /// never starting with a word that is no name ("The", "In", "May") or with a participle that opens a sentence ("Walking
    /// to the next address, Ebeling said", "Recognizing the daylight …"; "Manning said" is a name).
    static let name = #"(?=\p{Lu})(?!"# + WordAlternation.pattern(Lexicon.notNames) + #"\b|\p{Lu}\p{Ll}+ing\s+(?:the|a|an|to|in|on|at|for|with|his|her|their|its|about|from|into|over|through|up|out|back|this|that|these|those|some|all|more|him|them|it|so)\b)"#
        + #"(?:"# + WordAlternation.pattern(Lexicon.abbreviatedTitles) + #"\.\s+(?=\p{Lu}))?"# + nameWord
        + #"(?:\s+(?:(?:and|of|for|the|de|da|van|von|der|al|bin)\s+)?"# + nameWord + ")*"
    /// A capitalised word, an initialism such as `U.S.`, a middle initial (`Paul D. Ryan`) or a short title inside a run
    /// (`Democratic Rep. Dina Titus`).
    private static let nameWord = #"(?:\p{Lu}\.(?:\p{Lu}\.)+|(?:\p{Lu}|"# + WordAlternation.pattern(Lexicon.abbreviatedTitles)
        + #")\.(?=\s+\p{Lu}\p{Ll})|\p{Lu}[\p{L}\p{M}\p{N}\-’']*)"#

    /// Lower-case words of a role before a name: "lead author Sarah Cho", "opposition leader Mark Ellison".
    static let role = #"(?<role>(?:(?!(?:the|a|an|one|another|and|but|or|while|as|because|then|so|until|when|after|before|if|since|unless|though|although|where|even|that)\s)\p{Ll}[\p{Ll}\-]*\s+){1,3}(?=\p{Lu}))?"#

    /// `it` only right before its cue (`It said current officials …`: a report or an organisation), not `it is`.
    static let pronoun = #"\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t(?=\s+(?:said|says|added|adds|reported|reports|wrote|writes|noted|notes|stated|states|argued|argues|warned|warns)\b))\b"#

    /// An unnamed group, with a quantifier and modifiers: "analysts", "Other economists", "Israeli officials", "legal experts",
    /// "both candidates" (the speaker is the noun: "officials").
    /// Case-sensitive alternatives (`[Aa]nalysts`): ICU's case-insensitive alternation made this the engine's slowest pattern.
    static let group = #"(?:(?=[SsMmOoTtBbAa])(?:[Ss]ome|[Mm]any|[Ss]everal|[Oo]ther|[Mm]ost|[Tt]he|[Bb]oth|[Aa]ll|[Tt]wo|[Tt]hree)\s+)?(?:\p{Lu}[\p{L}\-.]*\s+){0,2}\b"#
        + WordAlternation.pattern(Lexicon.groupNouns.flatMap { [$0, $0.prefix(1).uppercased() + $0.dropFirst()] }) + #"\b"#

    /// An organisation or a person named by description: "the national weather service", "the city's finance office",
    /// "a Democratic senator", "his campaign", "Clinton’s aides", "The Republican presidential nominee".
    static let description = #"\b(?=[TtAaHhIiOo]|\p{Lu})(?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Aa]nother|[Oo]ne|[Tt]hat|[Tt]his)\s+|"# + possessiveName + #")"#
        + #"(?:[\p{L}\-’'.]+\s+){0,3}?"# + WordAlternation.pattern(Lexicon.organisationNouns + Lexicon.personNouns) + #"s?\b"#
        + #"|\b(?=[TtHh])(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\p{L}\-’'.]+\s+){0,2}?(?!(?:who|which|that|same|other|first|last|most|way|and|but|or|then)\b)\p{Ll}[\p{Ll}\-]{2,}(?=\s+"#
        + beforeCue + cue + ")"
    /// After a place or an organisation, a role and the person's name: "Marquette pollster Charles Franklin", "former
    /// Massachusetts congressman Barney Frank" (the resolver takes the last name).
    static let roleThenName = #"(?:\s+(?:[\p{Ll}\-]+\s+){0,2}"# + WordAlternation.pattern(Lexicon.personNouns) + #"\s+(?=\p{Lu})"# + name + ")?"

    /// An owner's name: "Clinton’s ", "Bernie Sanders' ".
    static let possessiveName = #"\p{Lu}[\p{L}\-.]*(?:\s+\p{Lu}[\p{L}\-.]*){0,3}(?:[’']s?)\s+"#

    /// A share or count of people: "72 percent of Democrats", "About 9 percent", "more than 4 in 10", "at least 21,000",
    /// spelled out: "One in three", "about four in 10", "Half of Vermont Democrats", "More than half of respondents".
    /// A bare number is none (`Mr. Regalado, 69, said`: an age).
    static let count = #"(?=[AaNnOoJjSsMmFfLlTtEeHh\d])(?:"# + countPrefix + countNumber + countSuffix + "?|" + countNumber + countSuffix
        + "|" + countPrefix + "?" + spelledShare + ")"
    private static let countPrefix = #"(?:(?:[Aa]bout|[Nn]early|[Aa]lmost|[Oo]nly|[Jj]ust|[Ss]ome)\s+|(?:[Mm]ore|[Ff]ewer|[Ll]ess)\s+than\s+|[Aa]t\s+least\s+)"#
    private static let countNumber = #"\d+(?:[,.]\d+)*"#
    private static let spelledNumber = #"(?:\d+|(?=[OoTtFfSsEeNn])(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en))"#
    /// `One in three`, `six in 10`, `half of Vermont Democrats`: a share in words is one only with `in` or `half of`.
    private static let spelledShare = #"(?:"# + spelledNumber + #"\s+in\s+"# + spelledNumber + "|[Hh]alf" + #"(?=\s+of\s))"# + countOf + "?"
    private static let countOf = #"(?:\s+of\s+(?:the\s+|all\s+|those\s+)?(?:[\p{L}\-]+\s+){0,2}?[\p{L}\-]+)"#
    private static let countSuffix = #"(?:(?:\s*%|\s+percent|\s+in\s+\d+)"# + countOf + "?|" + countOf + ")"

    /// Whoever can speak: a pronoun, an unnamed group, a share of people, a description, or a name (with "the"), perhaps
    /// with `itself` (`Ford itself`); `those surveyed`.
    static let speaker = #"\b(?=[\p{L}\d])(?:(?:"# + pronoun + "|" + group + "|" + description + #"|(?:\b[Tt]he\s+)?"# + name + roleThenName + "|" + count
        + #")(?:\s+(?:itself|himself|herself|themselves))?|[Tt]hose\s+(?:surveyed|polled|questioned|interviewed|asked))"#

    /// What a reported clause may hold: anything but curly quotation marks, and whole quotations (`quotation`), straight (`"`)
    /// or in doubled apostrophes (`''`), sentence ends inside included: `said he thinks "there could be a few …. But those …."`.
    /// A code point that is no mark comes first: most are, and ICU tries the alternatives in order.
    private static let clauseUnit = #"(?:[^“”"']|"# + quotation + #"|"[^"“”]*"|''(?:(?!'')[^“”])*''|["'])"#

    /// A whole quotation inside a clause: curly marks, or a curly opening mark closed by a straight one (`has “clearly
    /// differentiated herself" on …`, as `QuoteSegment` pairs them). A straight mark closed by a curly one is left out: trying it
    /// at every straight mark cost 1.4% more instructions for one content on the train split.
    static let quotation = #"(?:“[^“”]*”|“[^“”"]*"(?![\p{L}\d]))"#

    /// A quotation in straight marks opening a reported clause, read whole so that no end of the clause is looked for inside it:
    /// `testified that "none of the judges at the county fairs" were paid` (not `"none of the judges`, as if
    /// `at the county fairs` said where it was said).
    private static let straightQuotation = #""[^"“”]*"(?![\p{L}\d])"#

    /// The rest of an aside inside the reported clause's subject, closed by a comma and a verb: `the complaint, which is
    /// set out in a letter from the tenants, is fair`. The clause goes on over it.
    private static let asideBeforeTheVerb = #"[^,.;:!?“”]{1,100}?,\s+(?:is|was|are|were|has|have|had|will|would|can|could|should|must|may|might|did|does|do)\b"#

    /// The rest of an aside between two dashes: `Ada Crane, founder of Save the Pier — a pro-harbour lobby group — was
    /// planning …`, `those old - and previously unseen - letters`. The clause goes on over it.
    private static let asideClosedByADash = #"(?:[^.;:!?“”–—\s]|\s(?![-–—]\s)){1,100}?\s[-–—]\s"#

    /// Where or how something was said, after what was said: `in an interview`, `during an appearance on CBS`, `in a tweet`;
    /// not `in the event of …`, `in the event that …` (a condition inside what was said).
    private static let whereItWasSaid = #"(?:on|in|at|during)\s+(?:an?|the|his|her|their|its)\s+(?:[\p{L}’'\-]+\s+){0,2}?"#
        + #"(?:interview|appearance|tweet|statement|speech|article|rally|forum|news conference|press conference|town hall|event(?!\s+(?:of|that)\b))s?\b"#

    /// A reported clause: it starts with a word or a quotation and stops before the sentence's final
    /// punctuation (after it when a quotation closes the sentence: `… “at risk.”`), before a new quotation
    /// after a comma, before `, and she …`, `, but Democrats …`, `, and an article …` or `, but there is …` (a new subject), `, while …`, `, which …`, `, who …`, a circumstance after a comma
    /// (`, compared with …`, `, pointing to …`, `, because …`, `, though …`, `, even as …`, `, even some …`; not over an aside before the clause's verb:
    /// `asideBeforeTheVerb`; a concession or reason that qualifies what was said goes on: `, although it is still too narrow`, `, since it
    /// lasts for decades`, `, even if they lose`), the same
    /// after a quotation closed by a comma (`she would “back the winner” but “won’t take sides before the spring vote,” while
    /// Ohio Sen. Ida Marsh …`, `… has the "deepest bench," Moreno is …`), a dash
    /// before a new clause or an aside (`… with the auditors - but she also insisted …`, `— a controversial proposal …`; not `— unlike many NGOs …`, not an aside closed by a second dash) or a parenthesis,
    /// a participle after a quotation closed by a comma (`“… by Dayton,” referring to …`), another speaker's act of speech
    /// (`, and three-quarters said …`, `, the candidate said …`, `; 31 percent of tenants say …`, `, after half said …`), `and said …` (a new act of speech), `and has expressed …` (the speaker's next act), a comma before a new clause
    /// or an aside (`, U.S. forces bombed …`, `, an acknowledgment that …`, `, illogically tying …`),
    /// `, according to …`, `, as …` (not `as well`), where or how it was said (`whereItWasSaid`), `, adding …`, or at the paragraph's end. `, but hasn’t decided …` goes on.
    /// Every end starts at a full stop, a comma, a semicolon, white space or the end: a lookahead on those comes first, so that ICU rules
    /// out the claim's other code points in one test instead of one attempt per kind of end.
    static let clause = #"(?<claim>(?:"# + quotation + #"|"# + straightQuotation + #"|[^“”\s])"# + clauseUnit + #"*?)"#
        + #"(?=[.!?…,;\s]|$)(?:(?=[.!?…](?:\s|$))(?:"# + notAfterAbbreviation + "|" + initialismEndingSentence + #")|(?<=[.!?][”"])(?=\s|$)|(?=,\s*“|,\s+")"#
        + #"|(?=,\s+(?:and|but)\s+(?:he|she|they|it|we|I|[Tt]he|an?|his|her|their|there|many|some|most|several|both|\p{Lu}\p{Ll}*)\b)|(?=,\s+(?:while|whereas|though|compared|pointing|based|citing|despite|given|because|unless|until|even\s+(?:as|though|some|many|most|few))\s)|(?=,\s+(?:which|who)\s(?!"# + asideBeforeTheVerb + "))"
        + #"|(?<=,[”"]|,'')(?=\s+(?:(?:and|but)\s+(?:he|she|they|it|we|I|[Tt]he|his|her|their)\b|(?:while|whereas|although|though|which|because|since|unless|until|even)\s|\p{Lu}\p{Ll}+\s+(?:is|was|has|had|will|would|said|says)\b))"#
        + #"|(?=\s+[-–—]\s*(?:but|and|although|though|while|which|who|about|even|as|an?)\s(?!"# + asideClosedByADash + ")|"
        + #"\s+\(|(?<=,[”"])\s+\p{Ll}+ing\s)"#
        + #"|(?=(?:,?\s+(?:and|but)|[,;])\s+(?:[\p{L}\d\-]+\s+){0,5}?"# + beforeCue + cueOnItsOwn + #")|(?=,\s+(?:an?\s|\p{Ll}+ly\s+\p{Ll}+ing\b|\p{Lu}[\p{L}.]*\s+\p{Ll}+(?:ed|s)\b))"#
        + #"|(?=,?\s+according to\b)|(?=,\s+as\s(?!(?:well|much|many|long|soon|far)\b))|(?=,?\s+"# + whereItWasSaid + #")|(?=,\s+"# + participleCue + #")|(?=,\s+however\b)|(?=,\s+(?!"# + WordAlternation.pattern(Lexicon.participlesInAClause)
        + #"\b)\p{Ll}{2,}ing\s)|(?=,?\s+(?:and|but)\s+(?:also\s+|then\s+|later\s+)?"# + WordAlternation.pattern(Lexicon.secondActsOfTheSpeaker) + #"\b|,?\s+(?:and|but)\s+has\s+(?:\p{Ll}+ly\s+)?\p{Ll}+ed\b)|(?=\s*$))"#

    /// The first code point of a reported clause (`clause`): an opening quotation mark or a word's.
    static let clauseStart = #"[^”\s]"#

    /// The full stop of an initialism that ends its sentence: `… ports in the U.K. He says …` (a pronoun or an article opens the next).
    static let initialismEndingSentence = #"(?<=\p{Lu}\.\p{Lu})(?=\.\s+"# + WordAlternation.pattern(Lexicon.sentenceOpeners) + #"\s)"#

    /// Not right after an abbreviation (`Mr.`, `Calif.`) or an initial (`U.S.`, `Jeffrey D. Sachs`): their full stop ends no clause.
    static let notAfterAbbreviation = #"(?<!\b"# + WordAlternation.pattern(Lexicon.abbreviations) + #")(?<![\s.(]\p{Lu})"#

    /// A reported clause that opens its sentence and ends at a comma (not right after a quotation), before its attribution:
    /// `Inflation slowed to 3.1 percent in May, …`, `"We don't teach anything" against it in the meetings, …`.
    /// A paragraph's dateline, skipped by ``leadingClause``: `WASHINGTON: The unemployment rate fell …, the Labor Department said.`
    static let leadingClause = sentenceStartAfterDateline + #"(?<claim>(?:“[^“”]*”|"[^"“”]*"|[^“”"‘\s])"# + clauseUnit + #"*?)(?<![”"]),\s+"#

    /// A sentence starts at the paragraph's start or after closing punctuation and a space. `(?<!\S)` (the start, or after
    /// white space) is tested first: it rules out most positions before ICU saves its state for the alternation.
    static let sentenceStart = #"(?<!\S)(?:^|(?<=[.!?…][”"’]?\s))"#

    /// ``sentenceStart``, past the ``dateline`` that may open the paragraph.
    static let sentenceStartAfterDateline = #"(?<!\S)(?:^(?:"# + dateline + #")?|(?<=[.!?…][”"’]?\s))"#

    /// A place in capitals, then a dash or a colon: `WASHINGTON — `, `WASHINGTON: `, `ST. LOUIS, Mo. — `, `NEW YORK (Reuters) - `.
    static let dateline = #"\p{Lu}{2,}(?:[\s.\-’']+\p{Lu}{2,})*\.?(?:,[^\S\n]+[^—–:()\n]{1,30}?)?(?:[^\S\n]*\([^()\n]{1,30}\))?"#
        + #"(?:[^\S\n]*[—–:]|[^\S\n]+--?)[^\S\n]+"#

    /// Time words a cue may take without "that": "said on Sunday", "announced last week".
    static let timeAfterCue = #"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?"#
        + #"|\s+(?:yesterday|today|earlier|later)|\s+(?:last|this)\s+(?:week|month|year))"#

    /// An aside between commas or dashes after a cue, before `that`: `stated, while speaking to the council late last
    /// month, that`, `said — on the radio, as it happens — that`, `said, twice, that`; not another source (`said, according to
    /// the report, that`).
    static let asideBeforeThat = #"(?!,?\s+(?:[—–]\s+|--\s+)?according\b)(?:,\s+[^“”"\n.;:!?,]{2,70},|\s+[—–]\s+[^“”"\n.;:!?—–]{2,70}\s+[—–]|\s+--\s+[^“”"\n.;:!?—–]{2,70}\s+--)(?=\s+that\b)"#

    /// ``name`` compiled once, for everything that reads runs of names (the speaker resolver, mention events, rules).
    static let nameRun = regex(name)

    static func regex(_ pattern: String) -> NSRegularExpression {
        // The patterns are constants written here; a typo is a programming error caught by the rule tests.
        try! NSRegularExpression(pattern: pattern)
    }
}
