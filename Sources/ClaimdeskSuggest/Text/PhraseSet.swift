/// Phrases to find as whole words (`ScalarText.endOfLast(of:in:)`), with the last word of each for a quick first test.
///
/// ```swift
/// let cues = PhraseSet(["said", "pointed out"])
/// cues.lastWords   // ["said", "out"]
/// ```
struct PhraseSet {
    let phrases: [[Unicode.Scalar]]
    let lastWords: Set<String>

    init(_ phrases: [String]) {
        self.phrases = phrases.map { Array($0.unicodeScalars) }
        lastWords = Set(phrases.map { String($0.split(separator: " ").last ?? "") })
    }
}
