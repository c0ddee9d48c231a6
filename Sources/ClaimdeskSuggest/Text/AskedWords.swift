/// The word sets the clause rules ask a sentence about (their triggers, and the cue lists `SentenceWords.mayReportSpeech`
/// reads), each given a bit, and for each word the bits of the sets that hold it: `SentenceWords` looks each of its words up
/// once, and whether it holds a word of one of these sets is then a bit test.
///
/// ```swift
/// let bit = AskedWords.bit(of: Lexicon.speechVerbWords)!     // one of the rules' trigger sets
/// AskedWords.sets(holding: "said") & bit != 0                // true
/// AskedWords.bit(of: ["put"])                                // nil: asked by no rule's triggers, looked up word by word
/// ```
enum AskedWords {
    /// At most 64 distinct sets, in the rules' order.
    private static let sets: [Set<String>] = {
        var sets: [Set<String>] = []
        for set in RuleBook.clauseRules.map(\.triggers) + [Lexicon.cueWordsOnTheirOwn, Lexicon.cuesNeedingThat] where !sets.contains(set) && sets.count < 64 {
            sets.append(set)
        }
        return sets
    }()

    private static let bitsByWord: [String: UInt64] = {
        var bits: [String: UInt64] = [:]
        for (index, set) in sets.enumerated() {
            for word in set { bits[word, default: 0] |= 1 << UInt64(index) }
        }
        return bits
    }()

    /// The bits of the sets that hold `word`.
    static func sets(holding word: String) -> UInt64 { bitsByWord[word] ?? 0 }

    /// The bit of a set equal to `candidates`, nil for a set no rule asks about.
    static func bit(of candidates: Set<String>) -> UInt64? {
        sets.firstIndex(of: candidates).map { 1 << UInt64($0) }
    }
}
