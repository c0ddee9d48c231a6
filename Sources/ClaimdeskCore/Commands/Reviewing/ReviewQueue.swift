/// The claims `queue` steps through, and where it stands.
public struct ReviewQueue: Sendable {
    public var claimIDs: [Int64]
    public var position = 0

    public var current: Int64? { position < claimIDs.count ? claimIDs[position] : nil }
}
