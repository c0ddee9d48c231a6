/// The disagreements `adjudicate` steps through, and where it stands.
public struct AdjudicationWalk: Sendable {
    public let docID: Int64
    public var items: [AdjudicationItem]
    public var position = 0

    public var current: AdjudicationItem? { position < items.count ? items[position] : nil }
}
