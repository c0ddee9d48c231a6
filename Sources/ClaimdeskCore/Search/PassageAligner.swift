/// Finds where a document repeats a claim's words: runs of shared word triples, a word or two apart
/// at most, grown into passages and scored by ``WordSimilarity``.
///
/// ```swift
/// let aligner = PassageAligner(claim: SearchTokens("Our success depends on our country’s policies").words)
/// aligner.passages(in: SearchTokens(otherArticle))   // [(words 40..<47, score 1.0)]
/// ```
struct PassageAligner {
    let claim: [String]
    /// Where each run of ``width`` words starts in the claim.
    private let starts: [ArraySlice<String>: [Int]]
    private let width: Int
    /// The lowest score a passage needs.
    static let threshold = 0.5

    init(claim: [String]) {
        self.claim = claim
        width = min(3, claim.count)
        var starts: [ArraySlice<String>: [Int]] = [:]
        if width > 0 {
            for start in 0...(claim.count - width) { starts[claim[start..<(start + width)], default: []].append(start) }
        }
        self.starts = starts
    }

    /// The passages of a text that repeat the claim, as ranges of word positions, with their scores.
    func passages(in text: SearchTokens) -> [(words: Range<Int>, score: Double)] {
        guard width > 0, text.words.count >= width else { return [] }
        var passages: [(words: Range<Int>, score: Double)] = []
        var current: (words: Range<Int>, diagonal: Int)?
        for position in 0...(text.words.count - width) {
            guard let claimStart = starts[text.words[position..<(position + width)]]?.first else { continue }
            let diagonal = position - claimStart
            if let open = current, position <= open.words.upperBound + 2, abs(diagonal - open.diagonal) <= 3 {
                current = (open.words.lowerBound..<(position + width), diagonal)
            } else {
                close(current, text, into: &passages)
                current = (position..<(position + width), diagonal)
            }
        }
        close(current, text, into: &passages)
        return passages
    }

    private func close(_ run: (words: Range<Int>, diagonal: Int)?, _ text: SearchTokens, into passages: inout [(words: Range<Int>, score: Double)]) {
        guard let run else { return }
        let score = WordSimilarity.score(claim, Array(text.words[run.words]))
        if score >= Self.threshold { passages.append((run.words, score)) }
    }
}
