/// Whether a claim is quoted word for word or reported.
public enum QuoteType: String, CaseIterable, Codable, Sendable {
    case direct, indirect

    public static func parse(_ text: String) throws(ClaimdeskError) -> QuoteType {
        guard let type = QuoteType(rawValue: text.lowercased()) else {
            throw .badInput("unknown quote type '\(text)'; use direct or indirect")
        }
        return type
    }
}
