import Foundation

/// Words in quotation marks with a cue beside them.
///
/// - after: `“Common prosperity means prosperity for all,” Xi said` · `“…,” he told VOA Mandarin`
/// - inverted: `“The target … is the wallet of wealthy domestic entrepreneurs,” said Lu Jun, founder of …`
/// - before: `Zhou said, “Our success depends on our country’s policies. …”`
/// - through a source: `… to target “illegal NGOs …,” according to the state-owned news outlet China Daily`
/// - run-on: a quote with no cue after another quote in the same or previous paragraph
///   (`“We can allow some to get rich first …”`) keeps that quote's speaker.
/// Scare quotes (“common prosperity”) and other short quotes with no cue beside them are not proposed.
struct DirectQuoteRule: Rule {
    let name = "direct-quote"
    private static let speakerAfter = Lexicon.regex(#"^\s*(?<mention>"# + Lexicon.speaker + #")\s+(?<cue>"# + Lexicon.cues + #")\b"#)
    private static let inverted = Lexicon.regex(#"^\s*(?<cue>"# + Lexicon.cues + #")\s+(?<mention>"# + Lexicon.name + #")(?<note>,\s+[^.“”]{3,160})?"#)
    private static let accordingTo = Lexicon.regex(#"^\s*,?\s*(?<cue>according to)\s+(?<mention>[^.,;“”]{2,120})"#)
    private static let speakerBefore = Lexicon.regex(#"(?<mention>"# + Lexicon.speaker + #")\s+(?<cue>"# + Lexicon.cues + #")(?:\s+[^,:“”.]{1,40})?\s*[,:]\s*$"#)

    func candidates(in paragraph: Span, of text: ScalarText) -> [Candidate] {
        var found: [Candidate] = []
        for quote in QuoteSegment.find(in: paragraph, of: text) {
            if var candidate = attributed(quote, text) {
                candidate.span = quote.inner
                found.append(candidate)
            } else if quote.opensParagraph || !found.isEmpty, wordCount(quote.inner, text) >= 6 {
                found.append(Candidate(span: quote.inner, quoteType: .direct, rule: "quote-continues", confidence: 0.6, continuesPrevious: true))
            }
        }
        return found
    }

    private func attributed(_ quote: QuoteSegment, _ text: ScalarText) -> Candidate? {
        let after = Span(quote.outer.end, min(quote.paragraph.end, quote.outer.end + 200))
        let before = Span(max(quote.paragraph.start, quote.outer.start - 120), quote.outer.start)
        for (regex, window, rule, confidence) in [(Self.inverted, after, "quote-cue-name", 0.9), (Self.speakerAfter, after, "quote-name-cue", 0.9),
                                                  (Self.accordingTo, after, "quote-according-to", 0.8), (Self.speakerBefore, before, "name-cue-quote", 0.85)] {
            guard let groups = text.matches(regex, in: window).first else { continue }
            // A cue before a short quote ("he declared …, “common prosperity” has become") is not its cue.
            if regex === Self.speakerBefore && wordCount(quote.inner, text) < 4 { continue }
            let note = groups.count > 3 ? groups[3].map { text.slice(Span($0.start + 1, $0.end)).trimmingCharacters(in: .whitespaces) } : nil
            return Candidate(span: quote.inner, quoteType: .direct, mention: mention(regex, groups), note: note,
                             cue: cue(regex, groups), rule: rule, confidence: confidence)
        }
        return nil
    }

    private func mention(_ regex: NSRegularExpression, _ groups: [Span?]) -> Span? {
        regex === Self.inverted || regex === Self.accordingTo ? groups[2] : groups[1]
    }

    private func cue(_ regex: NSRegularExpression, _ groups: [Span?]) -> Span? {
        regex === Self.inverted || regex === Self.accordingTo ? groups[1] : groups[2]
    }

    private func wordCount(_ span: Span, _ text: ScalarText) -> Int {
        text.slice(span).split(whereSeparator: \.isWhitespace).count
    }
}
