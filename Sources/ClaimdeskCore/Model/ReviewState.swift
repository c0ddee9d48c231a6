/// Where a claim stands in second review, separate from its verification status.
public enum ReviewState: String, CaseIterable, Codable, Sendable {
    case open, needs_review, approved, disputed
}
