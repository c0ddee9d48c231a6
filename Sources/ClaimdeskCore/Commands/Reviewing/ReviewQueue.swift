/// The claims `queue` steps through, and where it stands: the claims a filter takes, in document order,
/// fetched one at a time (an index seek each), so opening and stepping cost the same at any size.
///
/// ```swift
/// var queue = try ReviewQueue.open(ClaimFilter(statuses: [.unverified]), context.workbench)   // nil when none
/// // queue --attribution: ReviewQueue.open(ClaimFilter(attributions: [.unverified]), attribution: true, context.workbench)
/// queue?.current       // the claim shown now
/// try queue?.advance(context.workbench)
/// ```
public struct ReviewQueue: Sendable {
    public let filter: ClaimFilter
    /// How many claims the filter took when the queue opened.
    public let total: Int
    public private(set) var position = 0
    /// The claim shown now, nil once the queue is done.
    public private(set) var current: Int64?
    private var place: ClaimPlace?
    /// Whether the queue walks attributions (`queue --attribution`): answers then set the attribution status.
    public let attribution: Bool

    /// The queue at its first claim, or nil when the filter takes none.
    public static func open(_ filter: ClaimFilter, attribution: Bool = false, _ workbench: Workbench) throws(ClaimdeskError) -> ReviewQueue? {
        guard let first = try workbench.nextClaim(filter, after: nil) else { return nil }
        return ReviewQueue(filter: filter, total: try workbench.count(filter), current: first.id, place: first, attribution: attribution)
    }

    /// Moves to the next claim in order after the current one.
    public mutating func advance(_ workbench: Workbench) throws(ClaimdeskError) {
        guard let place else { return }
        let next = try workbench.nextClaim(filter, after: place)
        (self.place, current) = (next, next?.id)
        position += 1
    }
}
