extension DocumentText {
    /// The paragraphs of the text as code point ranges, in order.
    ///
    /// A paragraph is a run of non-blank lines; blank lines (only spaces or
    /// tabs) separate paragraphs. Line ends may be `\n`, `\r\n` or `\r`, and are
    /// not part of a paragraph's range unless they are inside it.
    ///
    /// ```swift
    /// DocumentText("One.\r\n\r\nTwo\nlines.").paragraphs()   // [0..<4, 8..<18]
    /// ```
    public func paragraphs() -> [Range<Int>] {
        var paragraphs: [Range<Int>] = []
        var current: Range<Int>?
        for line in lines() {
            if isBlank(line) {
                if let paragraph = current { paragraphs.append(paragraph) }
                current = nil
            } else {
                current = (current?.lowerBound ?? line.lowerBound)..<line.upperBound
            }
        }
        if let paragraph = current { paragraphs.append(paragraph) }
        return paragraphs
    }

    /// The lines of the text without their line ends.
    public func lines() -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var start = 0
        var index = 0
        while index < count {
            let scalar = scalars[index]
            if scalar == "\n" || scalar == "\r" {
                lines.append(start..<index)
                let isCRLF = scalar == "\r" && index + 1 < count && scalars[index + 1] == "\n"
                index += isCRLF ? 2 : 1
                start = index
            } else {
                index += 1
            }
        }
        if start < count { lines.append(start..<count) }
        return lines
    }

    private func isBlank(_ line: Range<Int>) -> Bool {
        scalars[line].allSatisfy { $0.properties.isWhitespace }
    }
}
