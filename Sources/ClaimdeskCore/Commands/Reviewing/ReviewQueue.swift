/// The claims `queue` steps through, and where it stands: the claims a filter takes, in document order,
/// fetched one at a time (an index seek each), so opening and stepping cost the same at any size; the
/// queue counts its claims up to ``countLimit`` (`queue 1/10000+` beyond: an exact count of a million-claim
/// project's 125,000 unverified claims took 8 ms of every `queue`).
///
/// ```swift
/// var queue = try ReviewQueue.open(ClaimFilter(statuses: [.unverified]), context.workbench)   // nil when none
/// // queue --attribution: ReviewQueue.open(ClaimFilter(attributions: [.unverified]), attribution: true, context.workbench)
/// queue?.current       // the claim shown now
/// try queue?.advance(context.workbench)
/// ```
public struct ReviewQueue: Sendable {
    public let filter: ClaimFilter
    /// How many claims the filter took when the queue opened, up to ``countLimit``.
    public let total: Int
    /// Whether the filter took more than ``countLimit`` claims (not counted further).
    public let more: Bool
    /// How far a queue counts its claims.
    public static let countLimit = 10_000
    public private(set) var position = 0
    /// The claim shown now, nil once the queue is done.
    public private(set) var current: Int64?
    private var place: ClaimPlace?
    /// Whether the queue walks attributions (`queue --attribution`): answers then set the attribution status.
    public let attribution: Bool

    /// The queue at its first claim, or nil when the filter takes none; its claims counted up to `countLimit`.
    public static func open(_ filter: ClaimFilter, attribution: Bool = false, _ workbench: Workbench,
                            countLimit: Int = ReviewQueue.countLimit) throws(ClaimdeskError) -> ReviewQueue? {
        guard let first = try workbench.nextClaim(filter, after: nil) else { return nil }
        let counted = try workbench.count(filter, upTo: countLimit + 1)
        return ReviewQueue(filter: filter, total: min(counted, countLimit), more: counted > countLimit, current: first.id, place: first, attribution: attribution)
    }

    /// The total as shown: `125`, or a lower bound such as `10000+` when the queue holds more than it counted.
    public var totalText: String {
        more ? "\(max(total, position + 1))+" : String(total)
    }

    /// Moves to the next claim in order after the current one.
    public mutating func advance(_ workbench: Workbench) throws(ClaimdeskError) {
        guard let place else { return }
        let next = try workbench.nextClaim(filter, after: place)
        (self.place, current) = (next, next?.id)
        position += 1
    }
}
