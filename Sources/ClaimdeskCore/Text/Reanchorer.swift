/// Finds where a span of an old document version lies in a new version.
///
/// Like a W3C TextQuoteSelector: the exact text with its prefix and suffix
/// context first (the occurrence whose context matches best, then the one
/// nearest the old position), then the old position's surroundings (the text
/// between the old prefix and suffix, when it was edited), else not found.
///
/// ```swift
/// let finder = Reanchorer(old: DocumentText("A. Xi said so."), new: DocumentText("New. A. Xi said so."))
/// finder.locate(3..<13)   // (.moved, 8..<18)
/// ```
public struct Reanchorer {
    public let old: DocumentText
    public let new: DocumentText
    /// Context compared on each side, in code points.
    public var contextLength = 32

    public init(old: DocumentText, new: DocumentText) {
        self.old = old
        self.new = new
    }

    public func locate(_ span: Range<Int>) -> (state: AnchorState, span: Range<Int>?) {
        let exact = old.slice(span)
        if let found = bestExactMatch(of: exact, for: span) {
            return (found == span ? .anchored : .moved, found)
        }
        if let edited = betweenContexts(of: span) {
            return (.changed, edited)
        }
        return (.orphaned, nil)
    }

    private func bestExactMatch(of text: String, for span: Range<Int>) -> Range<Int>? {
        let prefix = Array(old.scalars[max(0, span.lowerBound - contextLength)..<span.lowerBound])
        let suffix = Array(old.scalars[span.upperBound..<min(old.count, span.upperBound + contextLength)])
        return new.occurrences(of: text).max { a, b in
            let (scoreA, scoreB) = (contextScore(a, prefix, suffix), contextScore(b, prefix, suffix))
            return scoreA != scoreB ? scoreA < scoreB : abs(a.lowerBound - span.lowerBound) > abs(b.lowerBound - span.lowerBound)
        }
    }

    /// How many code points of the old context match around a candidate.
    private func contextScore(_ candidate: Range<Int>, _ prefix: [Unicode.Scalar], _ suffix: [Unicode.Scalar]) -> Int {
        var before = 0
        while before < prefix.count, candidate.lowerBound - before - 1 >= 0,
              new.scalars[candidate.lowerBound - before - 1] == prefix[prefix.count - before - 1] { before += 1 }
        var after = 0
        while after < suffix.count, candidate.upperBound + after < new.count,
              new.scalars[candidate.upperBound + after] == suffix[after] { after += 1 }
        return before + after
    }

    /// The new text between the old prefix and suffix, when both survive once and enclose a similar amount of text.
    private func betweenContexts(of span: Range<Int>) -> Range<Int>? {
        let length = min(contextLength, 16)
        guard span.lowerBound >= length, span.upperBound + length <= old.count else { return nil }
        let prefix = old.slice((span.lowerBound - length)..<span.lowerBound)
        let suffix = old.slice(span.upperBound..<(span.upperBound + length))
        let starts = new.occurrences(of: prefix)
        let ends = new.occurrences(of: suffix)
        guard starts.count == 1, ends.count == 1 else { return nil }
        let candidate = starts[0].upperBound..<ends[0].lowerBound
        guard !candidate.isEmpty, candidate.count <= span.count * 2 + 40, candidate.count * 2 + 40 >= span.count else { return nil }
        return trimmed(candidate)
    }

    /// The range without leading and trailing white space.
    private func trimmed(_ range: Range<Int>) -> Range<Int>? {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, new.scalars[lower].properties.isWhitespace { lower += 1 }
        while upper > lower, new.scalars[upper - 1].properties.isWhitespace { upper -= 1 }
        guard lower < upper, new.isCharacterBoundary(lower), new.isCharacterBoundary(upper) else { return nil }
        return lower..<upper
    }
}
