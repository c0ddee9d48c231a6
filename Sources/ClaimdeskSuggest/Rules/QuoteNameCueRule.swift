/// A quotation, then the speaker and the cue: `“Common prosperity means prosperity for all, not just a few people,” Xi said`,
/// `“…,” he told VOA Mandarin via phone`, `“…,” China Daily said`, `“The dam is safe,” the Regional Water Authority said`,
/// `“…,” lead author Sarah Cho said`, `“…,” Sarandon, 69, told MSNBC`, `“…,” Rep. Jim McDermott (D-Wash.) said`, `“…,” James B. Comey Jr., the director of the F.B.I., said`,
/// `“…,” James Pethokoukis of the American Enterprise Institute wrote`. Not after a partial quote that ends the writer's sentence (`is “ongoing.” He said …`).
/// A partial quote that ends the writer's clause before the attribution takes the clause with it, as news annotation marks
/// it: `The bill's failure was “heartbreaking,” she said.` → `The bill's failure was “heartbreaking,”` (`writersClause`).
struct QuoteNameCueRule: QuoteRule {
    let name = "quote-name-cue"
    private static let pattern = Patterns.regex(#"^\s*,?\s*"# + Patterns.role + #"(?<mention>"# + Patterns.speaker + ")"
        + #"(?:\s*\([^()]{1,30}\)|(?<=\b[JS]r)\.|\s+(?:of|from)\s+(?:the\s+)?"# + Patterns.name + ")?"
        + #"(?<note>,\s(?:[^“”".]|\.(?=[\p{Lu},\s\-])){2,160}?,)?\s+"# + Patterns.beforeCue + #"(?<cue>"# + Patterns.cue + ")")

    func attribute(_ quote: QuoteSegment, in paragraph: Paragraph, of text: ScalarText) -> Candidate? {
        guard !endsWritersSentence(quote, paragraph, text) else { return nil }
        let after = Span(quote.outer.end, min(paragraph.span.end, quote.outer.end + 240))
        guard let match = text.firstMatch(Self.pattern, in: after) else { return nil }
        let note = Apposition.note(match["note"], in: text) ?? match["role"].map { text.slice(text.trimmed($0)) }
        let clause = Self.writersClause(before: quote, paragraph, text)
        return Candidate(span: clause.map { Span($0.start, Self.closingEnd(of: quote, text)) } ?? quote.inner, quoteType: clause == nil ? .direct : .indirect,
                         mention: match["mention"], note: note, cue: match["cue"], rule: name, confidence: 0.9)
    }

    /// The writer's words that open the quotation's sentence, when they are the start of one clause the quotation ends:
    /// three words or more, no quotation and no cue among them (`Clinton, though, would have to "go more to center,"`), and
    /// the quotation opens in lower case (a piece of a sentence), right after a word, and ends with a comma.
    private static func writersClause(before quote: QuoteSegment, _ paragraph: Paragraph, _ text: ScalarText) -> Span? {
        let start = paragraph.sentenceStart(before: quote.outer.start + 1, in: text)
        let words = text.trimmed(Span(start, quote.outer.start))
        guard text.scalars[quote.inner.end - 1] == ",", text.scalars[quote.inner.start].isQuickLowercase, words.length > 0, text.wordCount(in: words, upTo: 3) >= 3,
              !Self.endsSentenceOrLine(words, text),
              !paragraph.quotes.contains(where: { $0.outer.end > start && $0.outer.start < quote.outer.start }),
              !ReportedClause.holdsCue(words, text) else { return nil }
        return startOfLastClause(in: words, text)
    }

    /// After the closing mark, both apostrophes of a closing `''`.
    private static func closingEnd(of quote: QuoteSegment, _ text: ScalarText) -> Int {
        let end = quote.outer.end
        return end < text.count && text.slice(Span(end - 1, end + 1)) == "''" ? end + 1 : end
    }

    /// The clause the quotation ends, not the writer's clause before it or a phrase that opens the sentence:
    /// `…, and the foreign policy group is less likely to be “overrun …,”` from `the`; `Emerging from two hours with Mr. Obama,
    /// the prime minister ''looked ashen,''` from `the`.
    private static func startOfLastClause(in words: Span, _ text: ScalarText) -> Span {
        if let joint = text.allMatches(clauseJoint, in: words).last?.whole, text.wordCount(in: Span(joint.end, words.end), upTo: 3) >= 3 {
            return Span(joint.end, words.end)
        }
        guard let opening = text.firstMatch(openingPhrase, in: words)?.whole,
              text.wordCount(in: Span(opening.end, words.end), upTo: 3) >= 3 else { return words }
        return Span(opening.end, words.end)
    }

    private static let clauseJoint = Patterns.regex(#"(?:,\s+(?:and|but)|;)\s+"#)
    private static let openingPhrase = Patterns.regex(#"^(?:\p{Lu}\p{Ll}+ing|While|When|Although|Though|After|Before|Because|If|As|Since)\b[^,]{0,120},\s+"#)

    /// `… to treat me. ''That wasn't …`, a line break (`…\u{A0}\n“We do not …`), a comma or a dash before the quotation: it
    /// opens its own sentence or stands beside the writer's.
    private static func endsSentenceOrLine(_ words: Span, _ text: ScalarText) -> Bool {
        let last = text.scalars[words.end - 1]
        return Lexicon.sentenceEnds.contains(last) || Lexicon.closingMarks.contains(last) || ":',-–—".unicodeScalars.contains(last)
            || text.scalars[words.start..<words.end].contains { $0 == "\n" || $0 == "\r" }
    }

    /// `… the probe is “ongoing.” He said the FBI has not …`: a partial quote that ends the writer's sentence with a full
    /// stop is not attributed by the next sentence.
    private func endsWritersSentence(_ quote: QuoteSegment, _ paragraph: Paragraph, _ text: ScalarText) -> Bool {
        text.scalars[quote.inner.end - 1] == "." && paragraph.sentenceStart(before: quote.outer.start + 1, in: text) != quote.outer.start
    }
}
