/// One place a search found: a span of a document, and the claim it belongs to when claims were searched.
///
/// ```swift
/// let hit = try bench.search(request)[0]
/// hit.docID, hit.range     // 1, 852..<859 (code points)
/// ```
public struct SearchHit: Sendable, Equatable {
    public let docID: Int64
    public let range: Range<Int>
    /// The claim found (claim searches only).
    public let claim: Claim?
    /// Where in the claim the words were: nil for its text, else its rationale or evidence notes.
    public let note: String?
}
