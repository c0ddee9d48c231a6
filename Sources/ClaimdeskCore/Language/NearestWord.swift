/// Finds the word a user most likely meant, for "did you mean …?" hints.
///
/// ```swift
/// NearestWord.find("stauts", among: ["status", "speaker", "source"])   // "status"
/// ```
public enum NearestWord {
    /// The closest candidate within an edit distance of about a third of the word, or nil.
    public static func find(_ word: String, among candidates: [String]) -> String? {
        let limit = max(2, word.count / 3)
        let scored = candidates.map { ($0, distance(word.lowercased(), $0.lowercased())) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= limit else {
            return candidates.first { $0.hasPrefix(word) && !word.isEmpty }
        }
        return best.0
    }

    /// Levenshtein distance between two strings, by character.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + [Int](repeating: 0, count: b.count)
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            previous = current
        }
        return previous[b.count]
    }
}
