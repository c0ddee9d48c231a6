extension DocumentText {
    /// Every occurrence of `needle`, as code point ranges, in order.
    ///
    /// The match is exact (code point for code point, no normalisation) and
    /// only ranges whose edges fall on character boundaries count: searching
    /// `"e"` does not match inside `"e\u{301}"`.
    public func occurrences(of needle: String, in searchRange: Range<Int>? = nil) -> [Range<Int>] {
        let pattern = Array(needle.unicodeScalars)
        guard !pattern.isEmpty else { return [] }
        let range = searchRange ?? 0..<count
        guard range.count >= pattern.count else { return [] }
        var found: [Range<Int>] = []
        let first = pattern[0]
        var start = range.lowerBound
        let lastStart = range.upperBound - pattern.count
        while start <= lastStart {
            if scalars[start] == first, matches(pattern, at: start) {
                let match = start..<(start + pattern.count)
                if isCharacterBoundary(match.lowerBound) && isCharacterBoundary(match.upperBound) {
                    found.append(match)
                }
            }
            start += 1
        }
        return found
    }

    private func matches(_ pattern: [Unicode.Scalar], at start: Int) -> Bool {
        for index in 1..<pattern.count where scalars[start + index] != pattern[index] {
            return false
        }
        return true
    }

    /// Up to `length` code points before `range`, for re-anchoring a span.
    public func prefix(before range: Range<Int>, length: Int = 32) -> String {
        slice(max(0, range.lowerBound - length)..<range.lowerBound)
    }

    /// Up to `length` code points after `range`, for re-anchoring a span.
    public func suffix(after range: Range<Int>, length: Int = 32) -> String {
        slice(range.upperBound..<min(count, range.upperBound + length))
    }
}
