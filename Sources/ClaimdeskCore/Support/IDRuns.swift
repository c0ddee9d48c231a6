/// Numbers in the order they were added, kept as runs of consecutive numbers: the claims a bulk import adds get
/// consecutive row ids, so a million of them take one run instead of eight bytes each.
///
/// ```swift
/// var ids = IDRuns()
/// for id in [7, 8, 9, 12] as [Int64] { ids.append(id) }
/// ids.count            // 4
/// ids.runs             // [7...9, 12...12]
/// Array(ids)           // [7, 8, 9, 12]
/// ```
public struct IDRuns: Sequence, Sendable {
    public private(set) var runs: [ClosedRange<Int64>] = []
    public private(set) var count = 0

    public init() {}

    public init<Numbers: Sequence<Int64>>(_ ids: Numbers) {
        for id in ids { append(id) }
    }

    public mutating func append(_ id: Int64) {
        if let last = runs.last, id == last.upperBound + 1 {
            runs[runs.count - 1] = last.lowerBound...id
        } else {
            runs.append(id...id)
        }
        count += 1
    }

    /// The smallest number, without walking every one.
    public var smallest: Int64? { runs.map(\.lowerBound).min() }

    public func makeIterator() -> FlattenSequence<[ClosedRange<Int64>]>.Iterator {
        runs.joined().makeIterator()
    }
}
