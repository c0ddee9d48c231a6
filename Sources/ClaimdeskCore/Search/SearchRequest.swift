/// What `search` asks for: the query, where to look, and how many hits to show.
///
/// ```swift
/// var request = SearchRequest(query: try SearchQuery.parse(tokens))
/// request.claims = true
/// request.statuses = [.refuted]
/// ```
public struct SearchRequest: Sendable {
    public var query: SearchQuery
    /// Search claims (text, rationale, evidence notes) instead of document texts.
    public var claims = false
    /// Only claims with one of these statuses (empty: any).
    public var statuses: [VerificationStatus] = []
    /// Only claims by this speaker (a name or an alias).
    public var speaker: String?
    /// Only these documents (empty: every current document; superseded versions only when named here).
    public var documents: [Int64] = []
    public var limit = 20

    public init(query: SearchQuery) {
        self.query = query
    }
}
