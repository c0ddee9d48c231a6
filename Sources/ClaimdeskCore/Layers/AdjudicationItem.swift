/// One thing adjudication decides: the layer claims that match loosely across reviewers (one per
/// reviewer at most), or a claim only one reviewer marked.
public struct AdjudicationItem: Sendable, Equatable {
    /// The layer claims, in reviewer order.
    public let claims: [Claim]
    /// The reviewers assigned to the document, in order.
    public let reviewers: [String]

    /// Why the layers disagree: `only ana`, `span`, `speaker`, `status`; empty when they agree.
    public var disagreements: [String] {
        let present = Set(claims.compactMap(\.layer))
        var reasons: [String] = []
        if present.count < reviewers.count {
            reasons.append("only " + reviewers.filter(present.contains).joined(separator: ", "))
        }
        let states = claims.map(\.state)
        if Set(states.map { [$0.start, $0.end] }).count > 1 { reasons.append("span") }
        if Set(states.map { $0.speaker?.lowercased() ?? "" }).count > 1 { reasons.append("speaker") }
        if Set(states.map(\.status)).count > 1 { reasons.append("status") }
        return reasons
    }
}
