/// An aside between two dashes right before a cue: the speaker stands before it.
/// `Owen Pratt — a baker from Cedar Falls — says he …`, `Keller — after a long shrug — told me he’s …`,
/// `Irene Voss - Halden's sister - told the Tribune that …`, `Pete Moran -- who lost in 2010 -- said`.
///
/// ```swift
/// DashAside.start(endingAt: cue.start, from: sentenceStart, text)   // the offset of the first "—" in "Owen Pratt — a baker … — says"
/// ```
enum DashAside {
    /// Where the aside that ends right before `offset` (past white space) opens: the offset of its first dash, after
    /// `sentenceStart`; nil when no such aside stands there. A hyphen counts only with white space before it (`- `, `-- `).
    static func start(endingAt offset: Int, from sentenceStart: Int, _ text: ScalarText) -> Int? {
        var end = offset
        while end > sentenceStart, text.isWhitespace(at: end - 1) { end -= 1 }
        guard end > sentenceStart, let closing = dash(endingAt: end, from: sentenceStart, text) else { return nil }
        var index = closing.start
        while index > sentenceStart {
            index -= 1
            if let opening = dash(endingAt: index + 1, from: sentenceStart, text), text.slice(opening) == text.slice(closing) { return opening.start }
        }
        return nil
    }

    /// The dash (`—`, `–`, or `-`/`--` standing alone) that ends at `end`.
    private static func dash(endingAt end: Int, from sentenceStart: Int, _ text: ScalarText) -> Span? {
        let last = text.scalars[end - 1]
        if last == "—" || last == "–" { return Span(end - 1, end) }
        guard last == "-" else { return nil }
        let start = end - 1 > sentenceStart && text.scalars[end - 2] == "-" ? end - 2 : end - 1
        guard start > sentenceStart, text.isWhitespace(at: start - 1), end == text.count || text.isWhitespace(at: end) else { return nil }
        return Span(start, end)
    }
}
