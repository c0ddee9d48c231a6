/// What happened to a claim's span when its document was revised.
///
/// Re-anchoring tries the exact text with its prefix and suffix context first
/// (like a W3C TextQuoteSelector), then the old position, then a fuzzy match.
public enum AnchorState: String, Codable, CaseIterable, Sendable {
    /// Same text at the same offsets.
    case anchored
    /// Same text, new offsets.
    case moved
    /// The text was edited; the new text is stored, the old one stays in history, and the claim needs review.
    case changed
    /// Not found in the new version; kept (never dropped) and flagged for review.
    case orphaned
}
