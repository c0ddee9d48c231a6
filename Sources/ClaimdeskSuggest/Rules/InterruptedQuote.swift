/// A quote interrupted by its attribution is one claim in pieces:
/// `“Go after their command and control,” he said. “‘Counteroffensive’ is the key word here.”` and
/// `“People think water comes from the tap,” she said, “but it comes from the sky.”` each give one candidate whose span
/// runs from the first quoted word to the last and whose fragments are the quoted pieces, without `he said` between them.
///
/// The second piece joins the first when the first's cue stands between them (nothing else is quoted there, and at most
/// 120 code points) and the second has no attribution of its own: it only continues the speaker, it shares the cue
/// (`…,” she said, “…”`), or it has no cue and its speaker is the first's mention (`…,” he said. “…”`, found by
/// `quote-after-subject`).
enum InterruptedQuote {
    static let longestAttribution = 120

    /// The quote candidates of a paragraph, in order, with each interrupted quote joined into one.
    static func joined(_ candidates: [Candidate], in paragraph: Paragraph) -> [Candidate] {
        var result: [Candidate] = []
        for candidate in candidates {
            if let previous = result.last, continues(previous, with: candidate, in: paragraph) {
                result[result.count - 1] = join(previous, candidate)
            } else {
                result.append(candidate)
            }
        }
        return result
    }

    private static func continues(_ first: Candidate, with second: Candidate, in paragraph: Paragraph) -> Bool {
        guard let cue = first.cue, cue.start >= first.span.end, cue.end <= second.span.start,
              second.continuesPrevious || second.cue == cue || (second.cue == nil && second.mention == first.mention),
              second.span.start - first.span.end <= longestAttribution else { return false }
        let between = Span(first.span.end, second.span.start)
        return !paragraph.quotes.contains { between.contains($0.inner) }
    }

    private static func join(_ first: Candidate, _ second: Candidate) -> Candidate {
        var joined = first
        joined.fragments = (first.fragments ?? [first.span]) + [second.span]
        joined.span = Span(first.span.start, second.span.end)
        return joined
    }
}
