/// Phrases to find as whole words (`ScalarText.endOfLast(of:in:)`, `ScalarText.startsOfAll(of:in:)`), with the last word
/// of each packed into a number (up to 12 letters) for a quick test without building a string.
///
/// ```swift
/// let cues = PhraseSet(["said", "pointed out"])
/// cues.mayEnd(with: Array("out".unicodeScalars)[...])   // true
/// ```
/// Phrases are lower-case ASCII words, one space between words.
struct PhraseSet {
    let phrases: [[Unicode.Scalar]]
    private let lastWordKeys: Set<UInt64>
    private let longLastWords: Set<String>

    init(_ phrases: [String]) {
        self.phrases = phrases.map { Array($0.unicodeScalars) }
        let lastWords = phrases.map { Array(($0.split(separator: " ").last ?? "").unicodeScalars) }
        lastWordKeys = Set(lastWords.compactMap { Self.key($0[...]) })
        longLastWords = Set(lastWords.filter { Self.key($0[...]) == nil }.map { String(String.UnicodeScalarView($0)) })
    }

    /// Whether a phrase ends with this word.
    func mayEnd(with word: ArraySlice<Unicode.Scalar>) -> Bool {
        if let key = Self.key(word) { return lastWordKeys.contains(key) }
        return word.count > 12 && !longLastWords.isEmpty && longLastWords.contains(String(String.UnicodeScalarView(word)))
    }

    /// The word as five bits a letter, `a` to `z`; nil for a longer word or one with other characters.
    private static func key(_ word: ArraySlice<Unicode.Scalar>) -> UInt64? {
        guard (1...12).contains(word.count) else { return nil }
        var key: UInt64 = 0
        for scalar in word {
            guard (0x61...0x7A).contains(scalar.value) else { return nil }
            key = key << 5 | UInt64(scalar.value - 0x60)
        }
        return key
    }
}
