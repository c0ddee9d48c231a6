/// One answer of `similar`: another claim, or a passage of another document that repeats the claim.
///
/// ```swift
/// for result in try bench.similar(to: 3) {
///     print(result.score, result.claim?.id ?? -1, result.docID, result.range)
/// }
/// ```
public struct SimilarResult: Sendable, Equatable {
    /// From 0 to 1 (``WordSimilarity``).
    public let score: Double
    public let docID: Int64
    /// The claim's span, or the passage's.
    public let range: Range<Int>
    /// The similar claim; nil for a passage no claim marks yet.
    public let claim: Claim?
    /// Who set the similar claim's status, and when (nil for a passage).
    public let checkedBy: StatusSetter?

    /// Whether the two say the same thing in (nearly) the same words.
    public var isNearIdentical: Bool { score >= WordSimilarity.nearIdentical }
}

/// Who gave a claim its current status, and when.
public struct StatusSetter: Sendable, Equatable {
    public let reviewer: String
    public let at: String
}
