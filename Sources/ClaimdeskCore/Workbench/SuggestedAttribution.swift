import ClaimdeskSuggest

/// The attribution note a suggested claim starts with when its speaker is not named beside it:
/// resolved through a pronoun, carried over from an earlier quote, or named in full only in an
/// earlier paragraph. It tells the reviewer where to look before confirming the attribution.
///
/// ```swift
/// SuggestedAttribution.note(suggestion, in: text, paragraphs: text.paragraphs())
/// // "speaker resolved through the pronoun «he» (1240..1242) to Xi Jinping; check whom it refers to"
/// ```
enum SuggestedAttribution {
    /// Words that name a speaker only by reference to an earlier mention.
    static let pronouns: Set<String> = ["he", "she", "they", "it", "we", "him", "her", "them"]

    static func note(_ suggestion: Suggestion, in text: DocumentText, paragraphs: [Range<Int>]) -> String? {
        guard let speaker = suggestion.speaker else { return nil }
        guard let mention = speaker.mention else {
            return "speaker carried over from an earlier quote to \(speaker.name), named in an earlier paragraph; check that the quote runs on"
        }
        let range = mention.start..<mention.end
        let said = text.slice(range)
        if pronouns.contains(said.lowercased()) {
            return "speaker resolved through the pronoun «\(said)» (\(range.lowerBound)..\(range.upperBound)) to \(speaker.name); check whom it refers to"
        }
        guard said != speaker.name, let paragraph = paragraphs.first(where: { $0.contains(range.lowerBound) }),
              !text.slice(paragraph).contains(speaker.name) else { return nil }
        return "speaker resolved through «\(said)» (\(range.lowerBound)..\(range.upperBound)) to \(speaker.name), named in an earlier paragraph"
    }
}
