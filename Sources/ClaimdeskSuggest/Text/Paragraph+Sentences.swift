/// The sentences of a paragraph, where the reported-speech rules look for their cue.
extension Paragraph {
    /// Spans that end at `.`, `!`, `?` or `…` (and any closing mark) before white space, outside quotations; abbreviations
    /// (`Dr.`) and initials (`U.S.`, `D.`) end none. `He spoke. Dr. Kim said “Go. Now.” Then he left.` has three.
    func sentences(in text: ScalarText) -> [Span] {
        var sentences: [Span] = []
        var start = span.start
        var quoteIndex = 0
        var index = span.start + 1
        while index < span.end {
            while quoteIndex < quotes.count, quotes[quoteIndex].outer.end <= index { quoteIndex += 1 }
            let insideQuote = quoteIndex < quotes.count && quotes[quoteIndex].outer.start < index
            if !insideQuote, text.isWhitespace(at: index), !text.isWhitespace(at: index - 1), endsSentence(before: index, text) {
                sentences.append(Span(start, index))
                start = index
            }
            index += 1
        }
        sentences.append(Span(start, span.end))
        return sentences.map(text.trimmed).filter { $0.length > 0 }
    }

    /// This paragraph seen through one of its sentences: the rules read only that span, with the quotations inside it.
    func window(_ sentence: Span) -> Paragraph {
        Paragraph(span: sentence, quotes: quotes.filter { sentence.contains($0.outer) }, isHeading: false)
    }
}
