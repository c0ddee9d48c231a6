/// What the index holds for a claim: the folded words of its text, and of its rationale and evidence notes.
///
/// ```swift
/// let entry = ClaimSearchEntry(state)
/// entry.text.indexText    // "common prosperity means prosperity for all"
/// ```
struct ClaimSearchEntry: Equatable {
    let text: SearchTokens
    let notes: SearchTokens

    init(_ state: ClaimState) {
        text = SearchTokens(state.text)
        notes = SearchTokens(([state.rationale] + state.evidence.map(\.note)).compactMap { $0 }.joined(separator: "\n"))
    }
}
