/// What an evidence item bears on: the claim's content (is it true?) or its attribution (was it said?).
///
/// ```swift
/// try EvidenceAbout.parse("attribution")   // .attribution
/// ```
public enum EvidenceAbout: String, CaseIterable, Codable, Sendable, HasCodingDefault {
    case content, attribution

    public static let codingDefault = EvidenceAbout.content

    public static func parse(_ text: String) throws(ClaimdeskError) -> EvidenceAbout {
        guard let about = EvidenceAbout(rawValue: text.lowercased()) else {
            throw .badInput("unknown evidence subject '\(text)'; use --about content or --about attribution")
        }
        return about
    }
}
