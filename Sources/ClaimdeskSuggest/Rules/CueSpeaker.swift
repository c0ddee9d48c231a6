/// The speaker written right before a cue, past the words that may stand between (`also`, `has`, `on Tuesday`):
/// `ABC moderator David Muir asked …` → `ABC moderator David Muir`; `Nabisco announced …` → `Nabisco`.
///
/// ```swift
/// CueSpeaker.mention(before: cue, in: paragraph, text)   // the span of "Chelsea Clinton" in "Chelsea Clinton announced she …"
/// ```
/// Read backwards from the cue over at most 150 code points of its sentence, so that a sentence with many names costs little.
enum CueSpeaker {
    private static let pattern = Patterns.regex(#"(?<mention>"# + Patterns.speaker + #")(?:,\s+\d+,)?,?\s+"# + Patterns.beforeCue + "$")

    private static let speakerAndCue = Patterns.regex(#"(?<mention>"# + Patterns.speaker + #")\s+"# + Patterns.beforeCue + Patterns.cue + #",?\s*$"#)

    static func mention(before cue: Span, in paragraph: Paragraph, _ text: ScalarText) -> Span? {
        text.firstMatch(pattern, in: window(before: cue.start, paragraph, text))?["mention"]
    }

    /// The speaker of the cue that ends right before `offset`: `he` in `…,” he said, adding that …`.
    static func mention(ofCueBefore offset: Int, in paragraph: Paragraph, _ text: ScalarText) -> Span? {
        text.firstMatch(speakerAndCue, in: window(before: offset, paragraph, text))?["mention"]
    }

    private static func window(before offset: Int, _ paragraph: Paragraph, _ text: ScalarText) -> Span {
        Span(max(paragraph.sentenceStart(before: offset, in: text), offset - 150), offset)
    }
}
