/// How an evidence item bears on a claim.
public enum EvidenceStance: String, CaseIterable, Codable, Sendable {
    case supports, refutes, context

    public static func parse(_ text: String) throws(ClaimdeskError) -> EvidenceStance {
        guard let stance = EvidenceStance(rawValue: text.lowercased()) else {
            throw .badInput("unknown stance '\(text)'; use supports, refutes or context")
        }
        return stance
    }
}
