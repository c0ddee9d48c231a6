import Foundation

/// Where a claim stands in second review, separate from its verification status.
public enum ReviewState: String, CaseIterable, Codable, Sendable {
    case open, needs_review, approved, disputed

    public static func parse(_ text: String) throws(ClaimdeskError) -> ReviewState {
        guard let state = ReviewState(rawValue: text.lowercased().replacingOccurrences(of: "-", with: "_")) else {
            throw .badInput("unknown review state '\(text)'; use open, needs_review, approved or disputed")
        }
        return state
    }
}
