/// The claims `queue` steps through, and where it stands.
public struct ReviewQueue: Sendable {
    public var claimIDs: [Int64]
    public var position = 0
    /// Whether the queue walks attributions (`queue --attribution`): answers then set the attribution status.
    public var attribution = false

    public var current: Int64? { position < claimIDs.count ? claimIDs[position] : nil }
}
