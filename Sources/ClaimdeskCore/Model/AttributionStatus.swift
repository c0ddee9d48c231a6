/// Whether a claim's speaker really said its words, in this context: the attribution's verdict,
/// kept apart from the content's ``VerificationStatus``.
///
/// ```swift
/// let attribution = try AttributionStatus.parse("misattributed")
/// attribution.failed          // true: `show` marks the claim ⟦3†:…:3†⟧
/// attribution.ratingName      // "Misattributed" (a ClaimReview alternateName)
/// ```
public enum AttributionStatus: String, CaseIterable, Codable, Sendable, HasCodingDefault {
    case unverified, confirmed, paraphrased, misquoted, misattributed, out_of_context, unverifiable

    public static let codingDefault = AttributionStatus.unverified

    /// Parses an attribution status name, with a "did you mean" hint on a typo.
    public static func parse(_ text: String) throws(ClaimdeskError) -> AttributionStatus {
        try parse(named: text, kind: "attribution status")
    }

    /// The speaker did not say these words (misquoted) or did not say them at all (misattributed).
    public var failed: Bool { self == .misquoted || self == .misattributed }

    /// The ClaimReview `alternateName` of a failed attribution, nil otherwise.
    public var ratingName: String? {
        switch self {
        case .misquoted: return "Misquoted"
        case .misattributed: return "Misattributed"
        default: return nil
        }
    }
}
