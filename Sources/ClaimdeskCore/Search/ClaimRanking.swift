import Foundation

/// Orders claims matching a query best first: bm25 over each claim's text, computed by claimdesk on the
/// claims given (the newest matches), so both engines rank claims alike.
///
/// SQLite's own bm25 first counts every claim holding each query term (its inverse document frequency):
/// at a million claims that walk cost more than the rest of `search --claims` together for a common word.
/// Here the frequencies are those of the claims given. A claim that matched by its notes only scores 0.
///
/// ```swift
/// let best = ClaimRanking(query: query).best(rows, limit: 20)   // rows of `id, text`, newest first
/// ```
struct ClaimRanking {
    let query: SearchQuery
    /// bm25's usual constants: how fast repeated terms stop counting, and how much length weighs.
    private static let saturation = 1.2, lengthWeight = 0.75

    /// The `limit` best rows (each with `id` and `text`), best first; equal scores keep the rows' order.
    func best(_ rows: [SQLRow], limit: Int) -> [SQLRow] {
        let terms = query.terms
        let counted = rows.map { row in
            let words = SearchTokens(row["text"])
            return (length: Double(words.words.count), hits: terms.map { Double($0.occurrences(in: words).count) })
        }
        guard !counted.isEmpty else { return [] }
        let averageLength = max(1, counted.map(\.length).reduce(0, +) / Double(counted.count))
        let weights = terms.indices.map { term in
            let holding = Double(counted.filter { $0.hits[term] > 0 }.count), all = Double(counted.count)
            return log((all - holding + 0.5) / (holding + 0.5) + 1)
        }
        let scores = counted.map { claim in
            zip(weights, claim.hits).reduce(0.0) { score, term in
                let (weight, hits) = term
                let norm = Self.saturation * (1 - Self.lengthWeight + Self.lengthWeight * claim.length / averageLength)
                return score + weight * hits * (Self.saturation + 1) / (hits + norm)
            }
        }
        return rows.indices.sorted { (scores[$0], -$0) > (scores[$1], -$1) }.prefix(limit).map { rows[$0] }
    }
}
