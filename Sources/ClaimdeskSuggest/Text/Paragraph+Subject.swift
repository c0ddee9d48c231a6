/// Who a sentence is about: the speaker it opens with, the subject of its verb.
extension Paragraph {
    /// A speaker followed by a lower-case word (its verb), after an opening phrase (`On Twitter,`) and any commas and spaces.
    private static let subject = Patterns.regex(#"^(?:[^,“”"]{1,40},)?[\s,]*(?<mention>"# + Patterns.speaker + #")(?:,[^,“”"]{3,120},)?\s+\p{Ll}"#)

    /// The subject of the sentence holding `offset`, after a quotation that opens the sentence:
    /// `Doyle disputed the figures, saying …` → `Doyle`; `“…,” he said, adding …` → `he`.
    func subject(before offset: Int, in text: ScalarText) -> Span? {
        var start = sentenceStart(before: offset, in: text)
        if let opening = quotes.first(where: { $0.outer.start == start && $0.outer.end < offset }) { start = opening.outer.end }
        return text.firstMatch(Self.subject, in: Span(start, offset))?["mention"]
    }
}
