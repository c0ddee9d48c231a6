/// What the index holds for a claim: the folded words of its text (a discontinuous claim's pieces only,
/// not the words in its gaps), and of its rationale and evidence notes.
///
/// The texts are kept as they are and cut into words when asked: SQLite stores only the joined words
/// (``SearchTokens/indexText(_:)``), PostgreSQL each word with its position (``text``, ``notes``).
///
/// ```swift
/// let entry = ClaimSearchEntry(state)
/// entry.textIndex    // "common prosperity means prosperity for all"
/// ```
struct ClaimSearchEntry {
    /// The claim's text (its pieces, for a discontinuous claim).
    let claimText: String
    /// Its rationale and evidence notes, a line each.
    let notesText: String

    init(_ state: ClaimState) {
        claimText = ClaimFragments.joinedText(of: state)
        notesText = state.rationale == nil && state.evidence.isEmpty
            ? "" : ([state.rationale] + state.evidence.map(\.note)).compactMap { $0 }.joined(separator: "\n")
    }

    var text: SearchTokens { SearchTokens(claimText) }
    var notes: SearchTokens { SearchTokens(notesText) }

    /// ``SearchTokens/indexText`` of the text and of the notes.
    var textIndex: String { SearchTokens.indexText(claimText) }
    var notesIndex: String { SearchTokens.indexText(notesText) }
}
