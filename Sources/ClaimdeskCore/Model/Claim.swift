/// A stored claim: its identity and provenance around its current ``ClaimState``.
public struct Claim: Sendable, Equatable {
    /// The project-local number reviewers type (`status 12 refuted`).
    public let id: Int64
    /// The stable id exported as `id`, unique across projects (a UUID).
    public let uid: String
    public let docID: Int64
    /// The reviewer whose layer holds the claim (double annotation), nil for the document's main layer.
    public var layer: String?
    public let origin: ClaimOrigin
    public let createdBy: String
    public let createdAt: String
    public let updatedBy: String
    public let updatedAt: String
    public let state: ClaimState
}

/// Whether a claim was marked by hand or accepted from a suggestion.
public enum ClaimOrigin: String, Codable, Sendable {
    case manual, suggested
}
