extension DocumentText {
    /// Moves a span's end by whole words (runs of non-space), never across a line end:
    /// positive `words` outward, negative inward.
    ///
    /// ```swift
    /// let text = DocumentText("Xi said common prosperity is for all.")
    /// text.movingEnd(of: 8..<14, by: 1)     // 8..<25  "common prosperity"
    /// text.movingEnd(of: 8..<25, by: -1)    // 8..<14  "common"
    /// ```
    public func movingEnd(of span: Range<Int>, by words: Int) -> Range<Int> {
        var end = span.upperBound
        for _ in 0..<abs(words) {
            end = words > 0 ? skip(from: end, forward: true, spaceFirst: true)
                            : skip(from: skip(from: end, forward: false, spaceFirst: true), forward: false, spaceFirst: true, wordOnly: false)
        }
        return span.lowerBound..<max(span.lowerBound, end)
    }

    /// Moves a span's start by whole words, never across a line end: positive outward, negative inward.
    ///
    /// ```swift
    /// text.movingStart(of: 8..<14, by: 1)    // 3..<14  "said common"
    /// text.movingStart(of: 3..<14, by: -1)   // 8..<14  "common"
    /// ```
    public func movingStart(of span: Range<Int>, by words: Int) -> Range<Int> {
        var start = span.lowerBound
        for _ in 0..<abs(words) {
            start = words > 0 ? skip(from: start, forward: false, spaceFirst: true)
                              : skip(from: skip(from: start, forward: true, spaceFirst: false), forward: true, spaceFirst: true, wordOnly: false)
        }
        return min(start, span.upperBound)..<span.upperBound
    }

    /// Skips white space (not line ends) then one word, or only the white space when `wordOnly` is false.
    private func skip(from offset: Int, forward: Bool, spaceFirst: Bool, wordOnly: Bool = true) -> Int {
        var index = offset
        let step = forward ? 1 : -1
        func scalar(_ at: Int) -> Unicode.Scalar? {
            let position = forward ? at : at - 1
            return position >= 0 && position < count ? scalars[position] : nil
        }
        func isSpace(_ s: Unicode.Scalar) -> Bool { s.properties.isWhitespace && s != "\n" && s != "\r" }
        if spaceFirst { while let s = scalar(index), isSpace(s) { index += step } }
        guard wordOnly else { return index }
        while let s = scalar(index), !s.properties.isWhitespace { index += step }
        return index
    }
}
