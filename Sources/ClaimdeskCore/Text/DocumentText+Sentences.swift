extension DocumentText {
    /// The span widened to take in the sentence before and the sentence after it (within its paragraph lines).
    ///
    /// A sentence ends at `.`, `!`, `?` or `…` (with closing quotes) followed by white space, or at a line end.
    public func withNeighbouringSentences(_ span: Range<Int>) -> Range<Int> {
        var start = span.lowerBound
        for _ in 0..<2 { start = previousSentenceStart(before: start) }
        var end = span.upperBound
        for _ in 0..<2 { end = nextSentenceEnd(after: end) }
        return start..<end
    }

    private func previousSentenceStart(before offset: Int) -> Int {
        var index = offset
        while index > 0, scalars[index - 1].properties.isWhitespace { index -= 1 }
        while index > 0, !endsSentence(at: index - 1) { index -= 1 }
        while index < offset, scalars[index].properties.isWhitespace { index += 1 }
        return index
    }

    private func nextSentenceEnd(after offset: Int) -> Int {
        var index = offset
        while index < count, scalars[index].properties.isWhitespace, scalars[index] != "\n" { index += 1 }
        while index < count, !endsSentence(at: index) { index += 1 }
        return min(count, index + 1)
    }

    /// Whether the scalar at `index` ends a sentence.
    private func endsSentence(at index: Int) -> Bool {
        let scalar = scalars[index]
        if scalar == "\n" || scalar == "\r" { return true }
        let closers: Set<Unicode.Scalar> = [".", "!", "?", "…", "”", "’", "\"", "'"]
        guard closers.contains(scalar), [".", "!", "?", "…"].contains(where: { scalars[max(0, index - 1)...index].contains($0) }) else { return false }
        return index + 1 >= count || scalars[index + 1].properties.isWhitespace
    }
}
