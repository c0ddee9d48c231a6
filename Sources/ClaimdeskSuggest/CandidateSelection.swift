/// Where candidates overlap, one is kept: anything with a cue over a quote that only continues the previous speaker's
/// (`"We don't teach anything" against it in the meetings, he said.` is reported speech), then a direct quote over
/// reported speech, then the more confident.
///
/// Two candidates overlap when they share more than half of the shorter one (an interrupted quote by its fragments). Nested claims the reviewer
/// may want (a partial quote inside reported speech) are one suggestion; the reviewer can split it.
enum CandidateSelection {
    static func choose(_ candidates: [Candidate], in text: ScalarText) -> [Candidate] {
        let candidates = candidates.filter { !isPartialQuoteOfAClause($0, among: candidates, in: text) }
        let ranked = candidates.enumerated().sorted { lhs, rhs in
            (rank(lhs.element), lhs.offset) < (rank(rhs.element), rhs.offset)
        }.map(\.element)
        var kept: [Candidate] = []
        for candidate in ranked where !kept.contains(where: { overlaps($0, candidate) }) {
            kept.append(candidate)
        }
        return kept
    }

    /// A partial quote (opening in lower case) that a piece of reported speech holds and goes on after: the clause holds it
    /// (`The museum's renovation, Ms. Halloran said, “is a fine example of listening” to the tastes of visitors.`). A quotation
    /// ending the clause (`that “the aquifer is not a bank account.”`), or followed by its cue (`that “the public is …,” said
    /// Sylke Tempel`), stays a quote.
    private static func isPartialQuoteOfAClause(_ candidate: Candidate, among candidates: [Candidate], in text: ScalarText) -> Bool {
        guard candidate.quoteType == .direct, candidate.fragments == nil,
              text.scalars[candidate.span.start].isQuickLowercase, !isFollowedByItsCue(candidate.span, in: text) else { return false }
        return candidates.contains { clause in
            guard clause.quoteType == .indirect, let cue = clause.cue, !clause.continuesPrevious else { return false }
            return (clause.fragments ?? [clause.span]).contains { piece in
                piece.contains(candidate.span) && piece.end > candidate.span.end + 2 && !piece.contains(cue)
            }
        }
    }

    /// `“the public is not comfortable,” said …`: a comma closes the quotation and a verb of speech follows its mark.
    private static func isFollowedByItsCue(_ quote: Span, in text: ScalarText) -> Bool {
        quote.end < text.count && text.scalars[quote.end - 1] == "," && Lexicon.speechVerbWords.contains(text.slice(text.wordAfter(quote.end + 1)))
    }

    /// A quote that only continues the previous speaker's words ranks below anything with a cue of its own.
    private static func rank(_ candidate: Candidate) -> Int {
        (candidate.continuesPrevious ? 200 : 0) + (candidate.quoteType == .direct ? 0 : 100) - Int(candidate.confidence * 100)
    }

    /// Compared by their pieces: reported speech between the fragments of an interrupted quote (`“…,” he said, noting that
    /// Varga did not lose a single ward. “…”`) shares nothing with it.
    private static func overlaps(_ lhs: Candidate, _ rhs: Candidate) -> Bool {
        let left = lhs.fragments ?? [lhs.span], right = rhs.fragments ?? [rhs.span]
        let shared = left.reduce(0) { sum, piece in sum + right.reduce(0) { $0 + piece.overlap($1) } }
        return shared * 2 > min(left.reduce(0) { $0 + $1.length }, right.reduce(0) { $0 + $1.length })
    }
}
