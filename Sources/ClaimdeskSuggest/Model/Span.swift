/// A half-open range `[start, end)` of Unicode code points: Python `str` indices into the text as given.
public struct Span: Sendable, Hashable {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }

    /// How many code points this span shares with `other`.
    public func overlap(_ other: Span) -> Int { max(0, min(end, other.end) - max(start, other.start)) }

    public func contains(_ other: Span) -> Bool { start <= other.start && other.end <= end }
}
