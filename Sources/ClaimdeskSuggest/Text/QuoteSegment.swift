/// One top-level quotation in a paragraph: the marks and the words inside.
///
/// Curly double quotes “…”, straight double quotes "…" (paired in order) and curly single quotes ‘…’
/// open quotations; a curly quote closed by a straight mark (`“…,"`) or the other way round is one quotation, and so is one closed
/// by an opening mark printed the wrong way round right after a word (`“expedited review“ of`). A closing mark printed where
/// a quotation opens, outside any quotation, after a space or at the paragraph's start and before a word or an ellipsis
/// (`”Fear. I am truly afraid …”`, `” … what I learned …,” he said.`), opens one. Quotes inside a quotation (“… ‘water apartheid’ …”) are nested and belong to it.
/// A `’` closes a single quote only where it cannot be an apostrophe: not before a letter or digit
/// (`don’t`), not as a plural possessive (`the workers’ union`). A double quote left open runs to the
/// end of the paragraph, as a quotation that continues into the next paragraph does.
struct QuoteSegment {
    /// From the opening mark to the closing mark, or to the paragraph's end when the quote runs on.
    let outer: Span
    /// The quoted words: without the marks and the white space inside them, with the punctuation inside.
    let inner: Span
    /// Whether the paragraph starts with this quote.
    let opensParagraph: Bool

    static func find(in paragraph: Span, of text: ScalarText) -> [QuoteSegment] {
        var segments: [QuoteSegment] = []
        var open: [(index: Int, mark: Unicode.Scalar)] = []
        for index in paragraph.start..<paragraph.end {
            let scalar = text.scalars[index]
            if let top = open.last, closes(top.mark, at: index, text, paragraph) {
                open.removeLast()
                if open.isEmpty { segments.append(segment(top.index, index + 1, paragraph, text)) }
            } else if opens(scalar, at: index, text, paragraph, inside: open.last?.mark) {
                open.append((index, scalar))
            }
        }
        if let first = open.first, first.mark != "‘" { segments.append(segment(first.index, paragraph.end, paragraph, text)) }
        return segments.filter { $0.inner.length > 0 }
    }

    private static func opens(_ scalar: Unicode.Scalar, at index: Int, _ text: ScalarText, _ paragraph: Span, inside mark: Unicode.Scalar?) -> Bool {
        switch scalar {
        case "“": return true
        case "\"": return mark == nil
        case "”": return mark == nil && isAfterSpace(index, text, paragraph) && opensWords(after: index, text, paragraph)
        case "‘":
            let afterSpaceOrOpening = isAfterSpace(index, text, paragraph) || "“\"([—–-".unicodeScalars.contains(text.scalars[index - 1])
            return afterSpaceOrOpening && index + 1 < paragraph.end && !text.isWhitespace(at: index + 1)
        default: return false
        }
    }

    private static func closes(_ mark: Unicode.Scalar, at index: Int, _ text: ScalarText, _ paragraph: Span) -> Bool {
        let scalar = text.scalars[index]
        switch mark {
        case "“", "”": return scalar == "”" || (scalar == "\"" || scalar == "“" && isAfterAWord(index, text, paragraph)) && !isFollowedByAlphanumeric(index, text, paragraph)
        case "\"": return scalar == "\"" || scalar == "”"
        default: return scalar == "’" && closesSingleQuote(at: index, text, paragraph)
        }
    }

    /// Whether a letter, digit or punctuation comes right before `index`: an opening curly mark there, inside a quotation, is
    /// one printed the wrong way round that closes it (`an “urgent audit“ of Ashford’s harbour`).
    private static func isAfterAWord(_ index: Int, _ text: ScalarText, _ paragraph: Span) -> Bool {
        index > paragraph.start && !text.isWhitespace(at: index - 1) && !Lexicon.openingMarks.contains(text.scalars[index - 1])
            && !"([—–-".unicodeScalars.contains(text.scalars[index - 1])
    }

    /// Whether `index` starts the paragraph or follows white space.
    private static func isAfterSpace(_ index: Int, _ text: ScalarText, _ paragraph: Span) -> Bool {
        index == paragraph.start || text.isWhitespace(at: index - 1)
    }

    /// Whether a word comes right after `index`, or an ellipsis and then a word, with a space allowed on either side of it.
    private static func opensWords(after index: Int, _ text: ScalarText, _ paragraph: Span) -> Bool {
        var last = index
        if last + 1 < paragraph.end, text.scalars[last + 1] == " " { last += 1 }
        guard last + 1 < paragraph.end, text.scalars[last + 1] == "…" else { return isFollowedByAlphanumeric(index, text, paragraph) }
        last += 1
        if last + 1 < paragraph.end, text.scalars[last + 1] == " " { last += 1 }
        return isFollowedByAlphanumeric(last, text, paragraph)
    }

    /// Whether a letter or digit comes right after `index`: a straight quote mark there opens rather than closes.
    private static func isFollowedByAlphanumeric(_ index: Int, _ text: ScalarText, _ paragraph: Span) -> Bool {
        index + 1 < paragraph.end && (text.scalars[index + 1].isQuickAlphabetic || text.scalars[index + 1].properties.numericType != nil)
    }

    private static func closesSingleQuote(at index: Int, _ text: ScalarText, _ paragraph: Span) -> Bool {
        guard index + 1 < paragraph.end else { return true }
        let next = text.scalars[index + 1]
        if next.isQuickAlphabetic || next.properties.numericType != nil { return false }
        let pluralPossessive = text.scalars[index - 1] == "s" && text.isWhitespace(at: index + 1)
            && index + 2 < paragraph.end && text.scalars[index + 2].isQuickLowercase
        return !pluralPossessive
    }

    private static func segment(_ start: Int, _ end: Int, _ paragraph: Span, _ text: ScalarText) -> QuoteSegment {
        let closed = (Lexicon.closingMarks.contains(text.scalars[end - 1]) || text.scalars[end - 1] == "“") && end - 1 > start
        let inner = text.trimmed(Span(start + 1, closed ? end - 1 : end))
        return QuoteSegment(outer: Span(start, end), inner: inner, opensParagraph: start == paragraph.start)
    }
}
