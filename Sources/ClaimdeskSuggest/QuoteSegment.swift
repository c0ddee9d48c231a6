/// One quoted stretch of a paragraph: the marks and the words inside.
struct QuoteSegment {
    /// From the opening mark to the closing mark (or the paragraph's end when the quote runs on).
    let outer: Span
    /// The quoted words, without the marks and surrounding spaces.
    let inner: Span
    let paragraph: Span
    /// Whether the paragraph starts with this quote.
    var opensParagraph: Bool { outer.start == paragraph.start }

    /// The quotes of a paragraph: curly “…” pairs, and straight "…" pairs taken in order.
    static func find(in paragraph: Span, of text: ScalarText) -> [QuoteSegment] {
        var segments: [QuoteSegment] = []
        var open: (index: Int, mark: Unicode.Scalar)?
        for index in paragraph.start..<paragraph.end {
            let scalar = text.scalars[index]
            if let current = open, closes(current.mark, scalar) {
                segments.append(segment(current.index, index + 1, paragraph, text))
                open = nil
            } else if open == nil, scalar == "“" || scalar == "\"" {
                open = (index, scalar)
            }
        }
        if let current = open { segments.append(segment(current.index, paragraph.end, paragraph, text)) }
        return segments.filter { $0.inner.length > 0 }
    }

    private static func closes(_ mark: Unicode.Scalar, _ scalar: Unicode.Scalar) -> Bool {
        mark == "“" ? scalar == "”" : scalar == "\""
    }

    private static func segment(_ start: Int, _ end: Int, _ paragraph: Span, _ text: ScalarText) -> QuoteSegment {
        let closing = end < paragraph.end || ["”", "\""].contains(text.scalars[end - 1]) ? end - 1 : end
        return QuoteSegment(outer: Span(start, end), inner: text.trimmed(Span(start + 1, max(start + 1, closing))), paragraph: paragraph)
    }
}
