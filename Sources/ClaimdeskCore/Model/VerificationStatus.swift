/// A claim's verification status and its crosswalk to FEVER, AVeriTeC and ClaimReview.
///
/// ```swift
/// let status = try VerificationStatus.parse("refuted")
/// status.feverLabel       // "REFUTES"
/// status.rating?.text     // "False"
/// ```
public enum VerificationStatus: String, CaseIterable, Codable, Sendable {
    case unverified, supported, mostly_supported, mixed, misleading, refuted, not_enough_evidence, not_checkable

    /// Parses a status name, with a "did you mean" hint on a typo.
    public static func parse(_ text: String) throws(ClaimdeskError) -> VerificationStatus {
        try parse(named: text, kind: "status")
    }

    /// FEVER's label (`SUPPORTS`, `REFUTES`, `NOT ENOUGH INFO`), or nil when the claim has no verdict.
    public var feverLabel: String? {
        switch self {
        case .supported, .mostly_supported: return "SUPPORTS"
        case .refuted, .misleading: return "REFUTES"
        case .mixed, .not_enough_evidence: return "NOT ENOUGH INFO"
        case .unverified, .not_checkable: return nil
        }
    }

    /// AVeriTeC's label, or nil when the claim has no verdict.
    public var averitecLabel: String? {
        switch self {
        case .supported, .mostly_supported: return "Supported"
        case .refuted: return "Refuted"
        case .not_enough_evidence: return "Not Enough Evidence"
        case .mixed, .misleading: return "Conflicting Evidence/Cherrypicking"
        case .unverified, .not_checkable: return nil
        }
    }

    /// A ClaimReview rating on a 1 (worst) to 5 (best) scale, or nil when there is no numeric verdict.
    public var rating: Rating? {
        switch self {
        case .supported: return Rating(value: 5, text: "True")
        case .mostly_supported: return Rating(value: 4, text: "Mostly true")
        case .mixed: return Rating(value: 3, text: "Half true")
        case .misleading: return Rating(value: 2, text: "Misleading")
        case .refuted: return Rating(value: 1, text: "False")
        case .unverified, .not_enough_evidence, .not_checkable: return nil
        }
    }

    /// A schema.org ClaimReview `reviewRating`.
    public struct Rating: Equatable, Sendable {
        public let value: Int
        public let best = 5
        public let worst = 1
        public let text: String
    }
}
