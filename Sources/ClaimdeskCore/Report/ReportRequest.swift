/// What `report` was asked for, and where it writes.
///
/// ```swift
/// ReportRequest(docIDs: [1], statuses: [.refuted], out: "/tmp/room").destination(for: location)   // "/tmp/room"
/// ReportRequest().destination(for: location)                                                     // "exports/sample/report"
/// ```
public struct ReportRequest: Sendable {
    /// Only these documents (all when empty).
    public var docIDs: [Int64]
    /// Only claims with any of these statuses (all when empty).
    public var statuses: [VerificationStatus]
    /// The report's folder, or nil for `exports/PROJECT/report`.
    public var out: String?

    public init(docIDs: [Int64] = [], statuses: [VerificationStatus] = [], out: String? = nil) {
        self.docIDs = docIDs
        self.statuses = statuses
        self.out = out
    }

    func destination(for location: ProjectLocation) -> String {
        guard let out, !out.isEmpty else { return location.exportFolder + "/report" }
        var trimmed = Substring(out)
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        return String(trimmed)
    }

    /// The claims the report takes.
    var filter: ClaimFilter {
        var filter = ClaimFilter(statuses: VerificationStatus.allCases.filter(statuses.contains))
        if !docIDs.isEmpty { filter.docIDs = docIDs }
        return filter
    }
}
