import Foundation

/// A sentence that opens with its source: `According to the explanation from China’s National
/// Development and Reform Commission, the first distribution of wealth comes through market competition.`
struct AccordingToRule: Rule {
    let name = "according-to"
    private static let pattern = Lexicon.regex(
        #"(?:^|(?<=[.!?]\s))(?<cue>According to)\s+(?<mention>[^,“”]{3,140}),\s+(?<claim>[^“”]+?)(?=[.!?](?:\s|$))"#)

    func candidates(in paragraph: Span, of text: ScalarText) -> [Candidate] {
        text.matches(Self.pattern, in: paragraph).compactMap { groups in
            guard let mention = groups[2], let claim = groups[3] else { return nil }
            return Candidate(span: text.trimmed(claim), quoteType: .indirect, mention: mention, cue: groups[1],
                             rule: "according-to-clause", confidence: 0.75)
        }
    }
}
