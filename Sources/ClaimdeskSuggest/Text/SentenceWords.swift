/// What a sentence holds, at a glance: its words in lower case, the words right after a comma, and its commas, so that a
/// rule can skip a sentence it cannot match before running its regular expression.
///
/// ```swift
/// let text = ScalarText("Taxes rose, said Mr. Lee.")
/// let words = SentenceWords(in: text.whole, of: text)
/// words.words          // ["taxes", "rose", "said", "mr", "lee"]
/// words.afterComma     // ["said"]
/// words.commas         // 1
/// ```
/// Only words of ASCII letters are kept (the cues are English). Each word is looked up once in `AskedWords` (the sets the
/// clause rules ask about), so that `holdsAny(of:)` is a bit test for those sets rather than a lookup of every word.
struct SentenceWords {
    private(set) var words: [String] = []
    private(set) var afterComma: Set<String> = []
    private(set) var commas = 0
    /// Which of `AskedWords.sets` the sentence holds a word of.
    private var askedSets: UInt64 = 0

    init(in span: Span, of text: ScalarText) {
        var word: [UInt8] = []
        var isASCII = true
        var commaBefore = false
        for index in span.start...span.end {
            let value = index < span.end ? text.scalars[index].value : 0
            if (0x61...0x7A).contains(value) || (0x41...0x5A).contains(value) {
                word.append(UInt8(value | 0x20))
            } else if value > 0x7F, text.scalars[index].properties.isAlphabetic {
                isASCII = false
            } else {
                if isASCII, !word.isEmpty { add(String(decoding: word, as: UTF8.self), afterComma: commaBefore) }
                if !word.isEmpty || !isASCII { commaBefore = false }
                if value == 0x2C {
                    commas += 1
                    commaBefore = true
                }
                word.removeAll(keepingCapacity: true)
                isASCII = true
            }
        }
    }

    private mutating func add(_ word: String, afterComma isAfterComma: Bool) {
        words.append(word)
        askedSets |= AskedWords.sets(holding: word)
        if isAfterComma { afterComma.insert(word) }
    }

    func holdsAny(of candidates: Set<String>) -> Bool {
        if let bit = AskedWords.bit(of: candidates) { return askedSets & bit != 0 }
        return words.contains(where: candidates.contains)
    }

    /// A cue that reports speech on its own (`said`), or one that needs `that` (`announced`, `believes`) with a `that`.
    var mayReportSpeech: Bool {
        holdsAny(of: Lexicon.cueWordsOnTheirOwn) || (words.contains("that") && holdsAny(of: Lexicon.cuesNeedingThat))
    }
}
