/// What the index holds for a claim: the folded words of its text (a discontinuous claim's pieces only,
/// not the words in its gaps), and of its rationale and evidence notes.
///
/// ```swift
/// let entry = ClaimSearchEntry(state)
/// entry.text.indexText    // "common prosperity means prosperity for all"
/// ```
struct ClaimSearchEntry: Equatable {
    let text: SearchTokens
    let notes: SearchTokens

    init(_ state: ClaimState) {
        text = SearchTokens(ClaimFragments.joinedText(of: state))
        notes = SearchTokens(([state.rationale] + state.evidence.map(\.note)).compactMap { $0 }.joined(separator: "\n"))
    }
}
