extension DocumentText {
    /// Occurrences of `needle` when quotes, spaces, dashes and ellipses are compared loosely.
    ///
    /// Reviewers type straight quotes and plain spaces; articles have “curly” quotes,
    /// U+202F and `…`. This search finds what they meant so an error can say what to type.
    ///
    /// ```swift
    /// DocumentText("he said, “Our success…”").looseOccurrences(of: #""Our success...""#)   // [9..<23]
    /// ```
    public func looseOccurrences(of needle: String) -> [Range<Int>] {
        let (folded, origins) = Self.fold(scalars)
        let pattern = Self.fold(Array(needle.unicodeScalars)).folded
        guard !pattern.isEmpty, folded.count >= pattern.count else { return [] }
        var found: [Range<Int>] = []
        for start in 0...(folded.count - pattern.count) where folded[start..<(start + pattern.count)].elementsEqual(pattern) {
            let end = start + pattern.count
            let upper = end < origins.count ? origins[end] : count
            found.append(origins[start]..<upper)
        }
        return found.filter { isCharacterBoundary($0.lowerBound) && isCharacterBoundary($0.upperBound) }
    }

    /// Folds scalars to a loose form, with each folded scalar's original offset.
    private static func fold(_ scalars: [Unicode.Scalar]) -> (folded: [Unicode.Scalar], origins: [Int]) {
        var folded: [Unicode.Scalar] = []
        var origins: [Int] = []
        for (offset, scalar) in scalars.enumerated() {
            for replacement in fold(scalar) {
                folded.append(replacement)
                origins.append(offset)
            }
        }
        return (folded, origins)
    }

    private static func fold(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        switch scalar {
        case "\u{201C}", "\u{201D}", "\u{201E}", "\u{00AB}", "\u{00BB}": return ["\""]
        case "\u{2018}", "\u{2019}", "\u{201A}": return ["'"]
        case "\u{2026}": return [".", ".", "."]
        case "\u{2013}", "\u{2014}", "\u{2212}": return ["-"]
        case _ where scalar.properties.isWhitespace: return [" "]
        default: return [scalar]
        }
    }
}
