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

    /// `Marta Quill … in a statement thanked him for “…”`, `… said in a statement, asking the county board to …`: the words
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

    /// Who speaks with `cue`: for a participle (`…, calling him “a total stiff.”`) the sentence's subject; after an aside
    /// between commas (`The mayor, who toured the harbour, called …`) the speaker before the aside;
    /// otherwise the speaker right before the cue (`On Twitter, Jeb Bush called …`), else the sentence's subject
    /// (`Eleven organizations are asking …`), else the words right before the cue (`And Skelly called Braynard …`,
    /// `when the mayor in her opening speech called …`), else the subject a cue after `and` shares (`… Reyes thanked the crew
    /// and called …`).
    static func speaker(of cue: Span, in paragraph: Paragraph, _ text: ScalarText) -> Span? {
        if text.slice(cue).hasSuffix("ing") { return paragraph.subject(before: cue.end, in: text) }
        if let speaker = speakerBeforeAside(endingAt: cue, paragraph, text) { return speaker }
        return mention(before: cue, in: paragraph, text) ?? paragraph.subject(before: cue.end, in: text)
            ?? SubjectWords.mention(before: cue, from: paragraph.sentenceStart(before: cue.start, in: text), text)
            ?? sharedSubject(of: cue, in: paragraph, text)
    }

    /// `Ortiz faulted Bell on housing and called him …`: a cue right after `and` or `but` shares its subject with the verb before
    /// the conjunction, the nearest one in -ed in the sentence (`faulted`); the speaker is the one named right before that verb.
    private static func sharedSubject(of cue: Span, in paragraph: Paragraph, _ text: ScalarText) -> Span? {
        let conjunction = text.wordBefore(speakerEnd(before: cue, text))
        guard ["and", "but"].contains(text.slice(conjunction)) else { return nil }
        let start = paragraph.sentenceStart(before: conjunction.start, in: text)
        var index = conjunction.start
        while index > start {
            let word = text.wordBefore(index)
            guard word.length > 0 else { index = word.end - 1; continue }
            if text.scalars[word.start].isQuickLowercase, text.slice(word).hasSuffix("ed") { return mention(before: word, in: paragraph, text) }
            index = word.start
        }
        return nil
    }

    /// `The mayor, a former banker, calls …`, `The mayor, who toured the harbour, called …`: when a comma stands right before
    /// the cue (past `also`, `has` …), the words before it close an aside, and the speaker is the one named right before the
    /// aside's opening comma, when it opens its clause (`…, while the mayor, a former banker, called …`); not the object of a
    /// preposition (`A call to the mayor, as I made, would have …`), and not before an aside that attributes the sentence
    /// (`The board, the mayor said, called …`: the mayor's claim).
    private static func speakerBeforeAside(endingAt cue: Span, _ paragraph: Paragraph, _ text: ScalarText) -> Span? {
        let end = text.trimmed(Span(paragraph.span.start, speakerEnd(before: cue, text))).end
        let sentenceStart = paragraph.sentenceStart(before: end, in: text)
        guard end > paragraph.span.start, text.scalars[end - 1] == ",",
              let opening = (sentenceStart..<end - 1).last(where: { text.scalars[$0] == "," }), text.isWhitespace(at: opening + 1),
              !SentenceWords(in: Span(opening, end), of: text).holdsAny(of: Lexicon.speechVerbWords),
              let speaker = mention(before: Span(opening + 2, opening + 2), in: paragraph, text) else { return nil }
        let before = text.trimmed(Span(sentenceStart, speaker.start))
        let opensClause = before.length == 0 || text.scalars[before.end - 1] == ","
            || SubjectWords.clauseOpeners.contains(text.slice(text.wordBefore(speaker.start)))
        return opensClause ? speaker : nil
    }
}
