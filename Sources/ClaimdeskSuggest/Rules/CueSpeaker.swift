/// The speaker written right before a cue, past up to two words that may stand between (`also`, `has`, `repeatedly`):
/// `ABC moderator David Muir asked …` → `ABC moderator David Muir`; `Nabisco also announced …` → `Nabisco`.
///
/// ```swift
/// CueSpeaker.mention(before: cue, in: paragraph, text)   // the span of "Chelsea Clinton" in "Chelsea Clinton announced she …"
/// ```
/// It reads with `any-subject-cue-clause`'s pattern (one pattern compiled, not two) over at most 150 code points of the sentence.
enum CueSpeaker {
    static func mention(before cue: Span, in paragraph: Paragraph, _ text: ScalarText) -> Span? {
        let end = speakerEnd(before: cue, text)
        let window = Span(max(paragraph.sentenceStart(before: end, in: text), end - 150), end)
        return AnySubjectCueClauseRule.speakerMatch(endingAt: window, text)?["mention"].flatMap { isMedium($0, text) ? nil : $0 }
    }

    /// `Dottie Deans … in a statement credited him for “…”`, `… said in a statement, calling on Congress to …`: the words
    /// before the cue are the object of a preposition, where the words were said, not who said them.
    private static func isMedium(_ mention: Span, _ text: ScalarText) -> Bool {
        mediumPrepositions.contains(text.slice(text.wordBeforeArticle(mention.start)))
    }

    private static let mediumPrepositions: Set<String> = ["in", "on", "via", "through", "during"]

    /// Where the speaker of `cue` ends: before up to two words that may stand between them (`also`, `has`, an adverb in -ly).
    static func speakerEnd(before cue: Span, _ text: ScalarText) -> Int {
        var end = cue.start
        for _ in 0..<2 {
            let word = text.wordBefore(end)
            guard standsBeforeCue(text.slice(word)) else { break }
            end = word.start
        }
        return end
    }

    /// `also`, `has`, an adverb in -ly (`repeatedly`; a name in -ly is none: `Skelly called`, `Megyn Kelly said`).
    static func standsBeforeCue(_ word: String) -> Bool {
        Lexicon.wordsBeforeCue.contains(word) || (word.hasSuffix("ly") && word.first?.isLowercase == true)
    }

    /// The speaker of the cue that ends right before `offset`, past a comma: `he` in `…,” he said, adding that …`.
    static func mention(ofCueBefore offset: Int, in paragraph: Paragraph, _ text: ScalarText) -> Span? {
        var end = offset
        while end > paragraph.span.start, text.isWhitespace(at: end - 1) || text.scalars[end - 1] == "," { end -= 1 }
        let cue = text.wordBefore(end)
        guard cue.end == end, Lexicon.speechVerbWords.contains(text.slice(cue)) else { return nil }
        return mention(before: cue, in: paragraph, text)
    }

    /// Who speaks with `cue`: for a participle (`…, calling him “a total stiff.”`) the sentence's subject; otherwise the speaker
    /// right before the cue (`On Twitter, Jeb Bush called …`), else the sentence's subject (`Eleven organizations are asking …`),
    /// else the words right before the cue (`And Skelly called Braynard …`, `when Trump in his announcement speech called …`).
    static func speaker(of cue: Span, in paragraph: Paragraph, _ text: ScalarText) -> Span? {
        if text.slice(cue).hasSuffix("ing") { return paragraph.subject(before: cue.end, in: text) }
        return mention(before: cue, in: paragraph, text) ?? paragraph.subject(before: cue.end, in: text)
            ?? SubjectWords.mention(before: cue, from: paragraph.sentenceStart(before: cue.start, in: text), text)
    }
}
