import Foundation

/// Reported speech: a speaker, a cue, and what was said, up to the end of the sentence.
///
/// - `Daniel Zhang, CEO at e-commerce giant Alibaba group, said his company’s donation … for all.`
/// - `Wang Hsin-Hsien, a political science professor …, told VOA Mandarin that businesses are … system.`
/// - `Xi stressed that those who are already rich need to guide …` · `analysts say this new wave …`
/// - `when he declared China had eliminated poverty, “common prosperity” has become …` (stops at the quote)
/// - `The national weather service warned that rivers could peak on Tuesday night, and …` (stops at ", and")
/// Not after a closing quote (`…,” he told VOA Mandarin via phone` attributes that quote), nor `said of …`.
struct ReportedSpeechRule: Rule {
    let name = "reported-speech"
    private static let pattern = Lexicon.regex(
        #"(?<mention>"# + Lexicon.speaker + #")(?<note>,\s[^“”]{3,220}?,)?\s+(?<cue>"# + Lexicon.cues + #")"#
        + #"(?:(?<=told|tells|asked)\s+[A-Z][\w\-’]*(?:\s+[A-Z][\w\-’]*)*)?(?:\s+that)?\s+(?!of\b|that\b)(?<claim>[^“”\s][^“”]*?)(?=[.!?](?:\s|$)|,\s*“|,\s+(?:and|but|while)\s|\s*$)"#)

    func candidates(in paragraph: Span, of text: ScalarText) -> [Candidate] {
        text.matches(Self.pattern, in: paragraph).compactMap { groups in
            guard let mention = groups[1], let claim = groups[4], !followsClosingQuote(mention, text),
                  claim.length >= 12 else { return nil }
            let note = groups[2].map { text.slice(Span($0.start + 1, $0.end - 1)).trimmingCharacters(in: .whitespaces) }
            return Candidate(span: text.trimmed(claim), quoteType: .indirect, mention: mention, note: note, cue: groups[3],
                             rule: "name-cue-clause", confidence: note == nil ? 0.75 : 0.8)
        }
    }

    /// Whether only spaces and commas on the same line stand between a closing quote and the mention.
    private func followsClosingQuote(_ mention: Span, _ text: ScalarText) -> Bool {
        var index = mention.start - 1
        while index >= 0, text.scalars[index] == " " || text.scalars[index] == "," || text.scalars[index] == "\u{202F}" { index -= 1 }
        return index >= 0 && (text.scalars[index] == "”" || text.scalars[index] == "\"")
    }
}
