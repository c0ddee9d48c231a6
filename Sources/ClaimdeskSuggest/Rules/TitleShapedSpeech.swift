/// A short quotation of capitalised words that opens its sentence and ends with a comma, a question mark or an
/// exclamation mark is someone's words when a cue follows it, not a title:
/// `“Greenfield is Harbour Trust,” Mr. Lund said.`, `"But Ada Crane won,” Pike said.`, `''Follow us,'' Ms. Gil said`.
/// Such a quotation is offered to the rules that read a cue right after it (`quote-cue-name`, `quote-name-cue`) only;
/// `titled “Holding the Line,” the bank said` does not open its sentence and stays a title. Any title-shaped quotation is
/// offered to `what-called-quote` (`what he called “our arguments this year.”`). After a comma or colon it is offered to
/// `name-cue-quote` as well (`Sanders had said, “We’ll see.”`).
enum TitleShapedSpeech {
    private static let cueRules: [any QuoteRule] = [QuoteCueNameRule(), QuoteNameCueRule(), NameCueQuoteRule(), WhatCalledQuoteRule()]
    private static let labelRules: [any QuoteRule] = [WhatCalledQuoteRule()]

    static func rules(for quote: QuoteSegment, in paragraph: Paragraph, _ text: ScalarText) -> [any QuoteRule] {
        mayBeSpeech(quote, in: paragraph, text) ? cueRules : labelRules
    }

    static func mayBeSpeech(_ quote: QuoteSegment, in paragraph: Paragraph, _ text: ScalarText) -> Bool {
        let last = text.scalars[quote.inner.end - 1]
        return (last == "," || last == "?" || last == "!") && opensSentence(quote, paragraph, text)
            || (last == "," || Lexicon.sentenceEnds.contains(last)) && followsComma(quote, paragraph, text)
    }

    /// `Sanders had said, “We’ll see.”`: after a comma or colon, a short capitalised quotation closed by punctuation is an
    /// answer (`name-cue-quote` reads it when a cue stands before the comma); `titled “Holding the Line,”` is no answer.
    private static func followsComma(_ quote: QuoteSegment, _ paragraph: Paragraph, _ text: ScalarText) -> Bool {
        var index = quote.outer.start
        while index > paragraph.span.start, text.isWhitespace(at: index - 1) { index -= 1 }
        return index > paragraph.span.start && (text.scalars[index - 1] == "," || text.scalars[index - 1] == ":")
    }

    /// Only white space between the quotation and the paragraph's start or the previous sentence's end (`… on. ''Follow`).
    private static func opensSentence(_ quote: QuoteSegment, _ paragraph: Paragraph, _ text: ScalarText) -> Bool {
        var index = quote.outer.start
        while index > paragraph.span.start, text.isWhitespace(at: index - 1) { index -= 1 }
        if index > paragraph.span.start + 1, Lexicon.closingMarks.contains(text.scalars[index - 1]) { index -= 1 }
        return index == paragraph.span.start || Lexicon.sentenceEnds.contains(text.scalars[index - 1])
    }
}
