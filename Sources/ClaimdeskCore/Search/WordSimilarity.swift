/// How alike two runs of folded words are, from 0 to 1: the mean of their Dice coefficient and their
/// containment (shared words over the shorter run's words), counting repeated words as often as they repeat.
///
/// Near-identical wording scores high on both; the same quote trimmed differently scores 1 on
/// containment, so it still ranks near the top.
///
/// ```swift
/// WordSimilarity.score(["our", "success", "depends"], ["our", "success"])   // (0.8 + 1) / 2 = 0.9
/// ```
enum WordSimilarity {
    /// The score from which two claims count as the same statement (the `seen before` hint).
    static let nearIdentical = 0.85

    static func score(_ first: [String], _ second: [String]) -> Double {
        guard !first.isEmpty, !second.isEmpty else { return 0 }
        var counts: [String: Int] = [:]
        for word in first { counts[word, default: 0] += 1 }
        var shared = 0
        for word in second where counts[word, default: 0] > 0 {
            counts[word]! -= 1
            shared += 1
        }
        let dice = Double(2 * shared) / Double(first.count + second.count)
        let containment = Double(shared) / Double(min(first.count, second.count))
        return (dice + containment) / 2
    }
}
