/// Where candidates overlap, one is kept: anything with a cue over a quote that only continues the previous speaker's
/// (`"We don't teach anything" against it in the meetings, he said.` is reported speech), then a direct quote over
/// reported speech, then the more confident.
///
/// Two candidates overlap when they share more than half of the shorter one (an interrupted quote by its fragments). Nested claims the reviewer
/// may want (a partial quote inside reported speech) are one suggestion; the reviewer can split it.
enum CandidateSelection {
    static func choose(_ candidates: [Candidate]) -> [Candidate] {
        let ranked = candidates.enumerated().sorted { lhs, rhs in
            (rank(lhs.element), lhs.offset) < (rank(rhs.element), rhs.offset)
        }.map(\.element)
        var kept: [Candidate] = []
        for candidate in ranked where !kept.contains(where: { overlaps($0, candidate) }) {
            kept.append(candidate)
        }
        return kept
    }

    /// A quote that only continues the previous speaker's words ranks below anything with a cue of its own.
    private static func rank(_ candidate: Candidate) -> Int {
        (candidate.continuesPrevious ? 200 : 0) + (candidate.quoteType == .direct ? 0 : 100) - Int(candidate.confidence * 100)
    }

    /// Compared by their pieces: reported speech between the fragments of an interrupted quote (`“…,” he said, noting that
    /// Manafort did not lose a single delegate. “…”`) shares nothing with it.
    private static func overlaps(_ lhs: Candidate, _ rhs: Candidate) -> Bool {
        let left = lhs.fragments ?? [lhs.span], right = rhs.fragments ?? [rhs.span]
        let shared = left.reduce(0) { sum, piece in sum + right.reduce(0) { $0 + piece.overlap($1) } }
        return shared * 2 > min(left.reduce(0) { $0 + $1.length }, right.reduce(0) { $0 + $1.length })
    }
}
