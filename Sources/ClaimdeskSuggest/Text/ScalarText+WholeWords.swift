/// Words of ASCII letters found by reading the code points, with ICU's `\b` on either side: the same spans as the matches
/// of `\b(?:word|…)\b` in a span, without a regular expression tried at every code point.
///
/// ```swift
/// let text = ScalarText("He said her brother helped him.")
/// text.wholeWords(["he", "her", "him"], capitalised: true, in: text.whole)   // the spans of He, her, him
/// ```
extension ScalarText {
    /// The spans of `words` (lower-case ASCII letters) standing as whole words in `span`, in order; with `capitalised`, a
    /// word may also start with its capital (`He`, as `[Hh]e` in a pattern).
    func wholeWords(_ words: Set<String>, capitalised: Bool, in span: Span) -> [Span] {
        let longest = words.map(\.count).max() ?? 0
        let firstLetters = words.reduce(UInt32(0)) { $0 | Self.letterBit($1.unicodeScalars.first?.value ?? 0) }
        var found: [Span] = []
        ICUWordBoundary.forEachWholeASCIIWord(in: scalars, span, where: { word in
            word.length <= longest && firstLetters & Self.letterBit(scalars[word.start].value | 0x20) != 0
        }) { word in
            if words.contains(asciiWord(word, lowering: capitalised)) { found.append(word) }
        }
        return found
    }

    /// A bit for each lower-case ASCII letter (`a` is 1), none for anything else.
    private static func letterBit(_ value: UInt32) -> UInt32 { (0x61...0x7A).contains(value) ? 1 << (value - 0x61) : 0 }

    /// The ASCII word at `word`, its first letter lowered when `lowering` (`He` → `he`, `HE` → `hE`).
    private func asciiWord(_ word: Span, lowering: Bool) -> String {
        var bytes = scalars[word.start..<word.end].map { UInt8($0.value) }
        if lowering, (0x41...0x5A).contains(bytes[0]) { bytes[0] |= 0x20 }
        return String(decoding: bytes, as: UTF8.self)
    }
}
