/// ICU's `\b` (as `NSRegularExpression` reads it) told from the code points, for finding whole words without a regular
/// expression: a word character is `[\p{Alphabetic}\p{M}\p{Nd}\p{Pc}\u200C\u200D]`, and combining marks and format
/// characters (a soft hyphen) are looked through, never broken before.
///
/// ```swift
/// let scalars = Array("he said".unicodeScalars)
/// ICUWordBoundary.before(3, in: scalars, from: 0)   // true: a space before `said`
/// ICUWordBoundary.after(7, in: scalars, upTo: 7)    // true: the end
/// ```
enum ICUWordBoundary {
    /// `\b` before the word character at `index`: the first code point before it that is no combining mark or format
    /// character is no word character, or there is none from `start` on.
    static func before(_ index: Int, in scalars: [Unicode.Scalar], from start: Int) -> Bool {
        var previous = index - 1
        while previous >= start, scalars[previous].isCombiningOrFormat { previous -= 1 }
        return previous < start || !scalars[previous].isQuickWordCharacter
    }

    /// `\b` after a word character, before `index`: `end`, or a code point that is no word character and no combining mark or
    /// format character.
    static func after(_ index: Int, in scalars: [Unicode.Scalar], upTo end: Int) -> Bool {
        index >= end || !(scalars[index].isQuickWordCharacter || scalars[index].isCombiningOrFormat)
    }

    /// The runs of ASCII letters in `span` with `\b` before and after them (relative to `span`): the spans of the matches of
    /// `\b[A-Za-z]+\b`.
    static func wholeASCIIWords(in scalars: [Unicode.Scalar], _ span: Span) -> [Span] {
        var words: [Span] = []
        forEachWholeASCIIWord(in: scalars, span, where: { _ in true }) { words.append($0) }
        return words
    }

    /// Calls `body` with each run of ASCII letters in `span` that `isCandidate` accepts (a caller's cheap test, tried first)
    /// and that has `\b` before and after it, relative to `span`.
    ///
    /// ```swift
    /// ICUWordBoundary.forEachWholeASCIIWord(in: scalars, sentence, where: { $0.length <= 4 }) { found.append($0) }
    /// ```
    static func forEachWholeASCIIWord(in scalars: [Unicode.Scalar], _ span: Span, where isCandidate: (Span) -> Bool, _ body: (Span) -> Void) {
        var start = span.start
        while start < span.end {
            var end = start
            while end < span.end, scalars[end].value < 0x80, scalars[end].isQuickAlphabetic { end += 1 }
            let word = Span(start, end)
            if end > start, isCandidate(word), before(start, in: scalars, from: span.start), after(end, in: scalars, upTo: span.end) { body(word) }
            start = end + 1
        }
    }
}

private extension Unicode.Scalar {
    /// What ICU's `\b` looks through: `Grapheme_Extend` and format characters (`Cf`, a soft hyphen); none in ASCII.
    var isCombiningOrFormat: Bool {
        value >= 0x80 && (properties.isGraphemeExtend || properties.generalCategory == .format)
    }
}
