/// Every rule, in the order they are tried: the one place to read what the engine knows.
///
/// Quote rules attribute each quotation of a paragraph; the first that matches wins. Clause rules find reported
/// speech. Headings propose nothing, titles in quotes are not quotations, a reported clause whose speaker is
/// named inside a quotation (`"They say it's unaffordable," he said`) belongs to that quotation's speaker, a cue
/// that attributes a quotation starts no reported speech (`"…," Ruiz told jurors in her closing argument`) unless `that`
/// follows it (`"…," she told POLITICO that Gore plans …`), and a quote interrupted by its attribution is one claim.
/// A transcript's turns (`PENCE: Well, look, …`) are their speakers' claims before any rule reads them (`TranscriptTurn`);
/// the rules read the other paragraphs.
enum RuleBook {
    static let quoteRules: [any QuoteRule] = [
        QuoteCueNameRule(), QuoteNameCueRule(), QuoteAccordingToRule(), NameCueQuoteRule(), NameColonQuoteRule(), ParticipleQuoteRule(), CalledQuoteRule(),
        WhatCalledQuoteRule(), CueQuoteRule(), QuoteSignedRule(), QuoteReactionRule(), ObjectQuoteRule(), ThatClauseQuoteRule(), QuoteLongAttributionRule(),
        QuoteAfterSubjectRule(), AsCueQuoteRule(), QuoteContinuesRule(),
        IntroducedQuoteRule(), QuoteAloneRule(),
    ]
    static let clauseRules: [any ClauseRule] = [
        NameCueClauseRule(), NameAndCueClauseRule(), AccordingToClauseRule(), InterruptedClauseRule(), ClauseNameCueRule(),
        ClauseCueNameRule(), ClauseAccordingToRule(), ParticipleClauseRule(), AnySubjectCueClauseRule(), AskedClauseRule(), NameCueObjectRule(),
        AsCueClauseRule(), DeclinedQuestionClauseRule(), HeadlineSaysClauseRule(),
    ]

    /// The candidates in a text's paragraphs: a transcript's turn is its speaker's claim (`TranscriptTurn`), the rules read
    /// the other paragraphs.
    static func candidates(in paragraphs: [Paragraph], of text: ScalarText) -> [Candidate] {
        let turns = TranscriptTurn.find(in: paragraphs, of: text)
        return paragraphs.flatMap { paragraph in turns[paragraph.span.start].map { [$0.candidate(in: text)] } ?? candidates(in: paragraph, of: text) }
    }

    static func candidates(in paragraph: Paragraph, of text: ScalarText) -> [Candidate] {
        guard !paragraph.isHeading else { return [] }
        let quotes = InterruptedQuote.joined(paragraph.quotes.compactMap { quote in
            rules(for: quote, paragraph, text).lazy.compactMap { $0.attribute(quote, in: paragraph, of: text) }.first
        }, in: paragraph).map { QuoteTheSentenceGoesOn.extended($0, in: paragraph, text) }
        let quoteCues = Set(quotes.compactMap(\.cue))
        let clauses = clauseCandidates(in: paragraph, text).filter { candidate in
            !paragraph.quotes.contains { quote in candidate.mention.map(quote.outer.contains) ?? false }
                && !(candidate.cue.map { quoteCues.contains($0) && !ReportedClause.followsThat($0, candidate.span, text) } ?? false)
        }
        return quotes + clauses.map { asQuoteWhenWhollyQuoted($0, paragraph) }
    }

    /// A title is no quotation, unless it is shaped like speech its cue follows (`TitleShapedSpeech`).
    private static func rules(for quote: QuoteSegment, _ paragraph: Paragraph, _ text: ScalarText) -> [any QuoteRule] {
        guard quote.isTitle(in: text, paragraph: paragraph) else { return quoteRules }
        return TitleShapedSpeech.rules(for: quote, in: paragraph, text)
    }

    /// The clause rules, each on the sentences that hold one of its trigger words (most sentences hold no cue, and the
    /// rules' regular expressions are the engine's main cost).
    private static func clauseCandidates(in paragraph: Paragraph, _ text: ScalarText) -> [Candidate] {
        paragraph.sentences(in: text).flatMap { sentence in
            let words = SentenceWords(in: sentence, of: text)
            let window = paragraph.window(sentence)
            return clauseRules.filter { $0.reads(words) }.flatMap { $0.candidates(in: window, of: text) }
        }
    }

    /// `She warned that “the aquifer is not a bank account you can overdraw forever.”`: a reported clause that is one
    /// whole quotation is that quotation, direct.
    private static func asQuoteWhenWhollyQuoted(_ candidate: Candidate, _ paragraph: Paragraph) -> Candidate {
        guard let quote = paragraph.quotes.first(where: { $0.outer == candidate.span }) else { return candidate }
        var direct = candidate
        direct.span = quote.inner
        direct.quoteType = .direct
        return direct
    }
}
