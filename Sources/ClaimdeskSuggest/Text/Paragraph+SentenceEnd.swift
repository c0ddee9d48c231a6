extension Paragraph {
    /// Where the sentence holding `offset` ends: at the white space after its closing punctuation (`sentenceStart`'s rule,
    /// read forwards), before the next opening quotation mark, or at the paragraph's end.
    ///
    /// ```swift
    /// // “…,” said Tom Rath, a GOP leader who had endorsed Kasich. “There are …”
    /// paragraph.sentenceEnd(after: endOfRath, in: text)   // the space after "Kasich."
    /// ```
    func sentenceEnd(after offset: Int, in text: ScalarText) -> Int {
        var index = max(offset, span.start)
        while index < span.end {
            if Lexicon.openingMarks.contains(text.scalars[index]), text.scalars[index] != "\"" || index > offset { return index }
            if text.isWhitespace(at: index), index > span.start, endsSentence(before: index, text), startsSentence(at: index + 1, text) {
                return index
            }
            index += 1
        }
        return span.end
    }
}
