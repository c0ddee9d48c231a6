/// A paragraph (a run of non-blank lines), its quotes, and whether it is a heading.
struct Paragraph {
    /// Without the white space around it.
    let span: Span
    /// Its top-level quotations, in order.
    let quotes: [QuoteSegment]
    /// A short line with no closing punctuation: a title or section heading such as `‘Common prosperity’ initiative`.
    let isHeading: Bool

    /// The paragraphs of a text: lines separated by blank lines (`\n\n` or `\r\n\r\n`).
    static func split(_ text: ScalarText) -> [Paragraph] {
        var paragraphs: [Paragraph] = []
        var start: Int?
        var lineStart = 0
        for index in 0...text.count where index == text.count || text.scalars[index] == "\n" {
            let line = text.trimmed(Span(lineStart, index))
            if line.length == 0, let begin = start {
                paragraphs.append(make(Span(begin, lineStart), text))
                start = nil
            } else if line.length > 0, start == nil {
                start = line.start
            }
            lineStart = index + 1
        }
        if let begin = start { paragraphs.append(make(Span(begin, text.count), text)) }
        return paragraphs
    }

    private static func make(_ span: Span, _ text: ScalarText) -> Paragraph {
        let span = text.trimmed(span)
        let quotes = QuoteSegment.find(in: span, of: text)
        return Paragraph(span: span, quotes: quotes, isHeading: looksLikeHeading(span, text) && !isSignedQuotation(span, quotes, text))
    }

    /// A quoted sentence that opens the paragraph and is signed after its closing mark with a dash, as round-ups of readers'
    /// words print them: `“The roads will be jammed every weekend.” ― Mia Brown` is short and ends in no full stop, yet no heading.
    private static func isSignedQuotation(_ span: Span, _ quotes: [QuoteSegment], _ text: ScalarText) -> Bool {
        guard let first = quotes.first, first.outer.start == span.start, first.inner.end > first.inner.start,
              Lexicon.sentenceEnds.contains(text.scalars[first.inner.end - 1]) else { return false }
        var index = first.outer.end
        while index < span.end, text.isWhitespace(at: index) { index += 1 }
        return index < span.end && Self.signingDashes.contains(text.scalars[index])
    }

    private static let signingDashes: Set<Unicode.Scalar> = ["-", "–", "—", "―"]

    private static func looksLikeHeading(_ span: Span, _ text: ScalarText) -> Bool {
        var last = span.end - 1
        while last > span.start, Lexicon.closingMarks.contains(text.scalars[last]) { last -= 1 }
        guard text.wordCount(in: span, upTo: 13) <= 12 else { return false }
        return (!Lexicon.sentenceEnds.contains(text.scalars[last]) && text.scalars[last] != ":") || isSectionTitle(span, text)
    }

    /// A short line in capitals that ends in a full stop, as newsletters and some archives print section titles:
    /// `WHAT’S BREWING.`, `FULL TEXT.` (never a speaker nor a claim); not a transcript's turn (`WALLACE: NO.`).
    private static func isSectionTitle(_ span: Span, _ text: ScalarText) -> Bool {
        let scalars = (span.start..<span.end).map { text.scalars[$0] }
        let letters = scalars.filter(\.properties.isAlphabetic)
        return scalars.last == "." && !scalars.contains(":") && letters.count >= 4 && letters.allSatisfy(\.properties.isUppercase)
    }

    /// Where the sentence holding `offset` starts: after the last `.`, `!` or `?` (and any closing mark)
    /// followed by a space and a capital letter or an opening mark; abbreviations such as `Dr.` and initials such as `U.S.` do not end sentences.
    func sentenceStart(before offset: Int, in text: ScalarText) -> Int {
        var index = offset - 1
        while index > span.start {
            if text.isWhitespace(at: index), endsSentence(before: index, text), startsSentence(at: index + 1, text) { return index + 1 }
            index -= 1
        }
        return span.start
    }

    func endsSentence(before space: Int, _ text: ScalarText) -> Bool {
        var index = space - 1
        while index > span.start, Lexicon.closingMarks.contains(text.scalars[index]) { index -= 1 }
        guard Lexicon.sentenceEnds.contains(text.scalars[index]) else { return false }
        var wordStart = index
        while wordStart > span.start, text.scalars[wordStart - 1].isQuickAlphabetic { wordStart -= 1 }
        let word = text.slice(Span(wordStart, index))
        let isInitial = word.count == 1 && word.first!.isUppercase
        return text.scalars[index] != "." || !(Lexicon.abbreviations.contains(word) || isInitial)
            || (isInitial && wordStart > span.start && text.scalars[wordStart - 1] == "." && opensSentence(after: space, text))
    }

    /// `… in the U.S. He says …`: an initialism's full stop ends the sentence when a word that opens sentences follows.
    private func opensSentence(after space: Int, _ text: ScalarText) -> Bool {
        var end = space + 1
        while end < span.end, text.scalars[end].isQuickAlphabetic { end += 1 }
        return Lexicon.sentenceOpeners.contains(text.slice(Span(space + 1, end)))
    }

    func startsSentence(at index: Int, _ text: ScalarText) -> Bool {
        index < span.end && (text.scalars[index].isQuickUppercase || Lexicon.openingMarks.contains(text.scalars[index]))
    }

    /// Whether a cue or a mention lies inside one of the paragraph's quotations, marks included: the quoted speaker's
    /// words, not the writer's (`“He said he was asked,” Lee said.`: `said` and `asked` inside are no cues).
    func isQuoted(_ span: Span) -> Bool {
        quotes.contains { $0.outer.contains(span) }
    }
}
