import Foundation

/// A share of respondents speaks through the poll that asked them: `In a September Daily Ledger-WKRT poll, 75 percent
/// of members said …`, `According to a Harbour Gazette-KVRX survey, 44 percent of tenants said …`, `A KVRX/Ledger poll
/// shows 68% of county voters say …`. The poll is the speaker, as news annotation names it (PolNeAR's Source).
///
/// ```swift
/// PollSource.mention(for: mention, in: paragraph, text)   // "a September Daily Ledger-WKRT poll"
/// ```
enum PollSource {
    /// The sentence's opening up to the share: `In a … poll, `, `According to a … survey released Sunday, `, `A … poll shows that `.
    private static let opening = Patterns.regex(#"^(?:(?:In|According\s+to)\s+(?<poll>(?:an?|the)\s+[^,“”"]{0,80}?\b(?:poll|survey|Poll|Survey))\b[^,“”"]{0,40},\s+"#
        + #"|(?<subject>(?:An?|The)\s+[^,“”"]{0,80}?\b(?:poll|survey|Poll|Survey))\b[^,“”"]{0,40}?\s+(?:shows|showed|found|finds)\s+(?:that\s+)?)$"#)

    /// The poll a share of people (`75 percent of members`, `68% of county voters`) answered in, when the sentence opens
    /// with it; nil otherwise.
    static func mention(for mention: Span, in paragraph: Paragraph, _ text: ScalarText) -> Span? {
        guard isShare(text.slice(mention)) else { return nil }
        let opening = Span(paragraph.sentenceStart(before: mention.start, in: text), mention.start)
        guard let match = text.firstMatch(Self.opening, in: opening) else { return nil }
        return match["poll"] ?? match["subject"]
    }

    private static func isShare(_ said: String) -> Bool {
        said.contains("percent") || said.contains("%")
    }
}
