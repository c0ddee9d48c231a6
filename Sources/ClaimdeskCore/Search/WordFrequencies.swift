/// How many claims hold each of a few words, estimated from a bounded walk of each word's postings:
/// what `similar` picks its rarest words with, and what bounds how far back a probe reads.
///
/// Each word's newest ``sample`` postings are read (newest first, which costs no ranking): a word held
/// by fewer claims is counted exactly; a commoner one is estimated from how far back its sample
/// reached (a word whose newest 500 claims span the newest tenth of the ids is held by about 5,000).
///
/// ```swift
/// let frequencies = try WordFrequencies(db, words: ["the", "bbc", "69"])
/// frequencies.rarest(["the", "bbc", "69"], count: 2)   // ["69", "bbc"]
/// frequencies.postings(of: .term(SearchTerm(words: ["the", "bbc"], prefix: false)))   // twice the claims holding "bbc"
/// ```
struct WordFrequencies {
    /// Postings read per word at most.
    static let sample = 500
    /// Distinct words of a claim estimated at most (evenly spread along it); the others count as held by every claim.
    static let wordsEstimated = 16

    /// The newest claim's id (every claim id is at most this).
    let newestID: Int64
    /// Estimated number of claims holding each word.
    private(set) var claims: [String: Double] = [:]

    init(_ db: any SQLDatabase, words: [String]) throws {
        newestID = try db.value("SELECT max(id) FROM claims") ?? 0
        let distinct = Self.distinct(words)
        let step = max(1, (distinct.count + Self.wordsEstimated - 1) / Self.wordsEstimated)
        for word in stride(from: 0, to: distinct.count, by: step).map({ distinct[$0] }) {
            claims[word] = try estimate(db, word)
        }
    }

    /// The `count` rarest of `words` (at their first occurrence), rarest first; ties keep the words' order.
    func rarest(_ words: some Sequence<String>, count: Int) -> [String] {
        Array(Self.distinct(words).enumerated().sorted { (held($0.element), $0.offset) < (held($1.element), $1.offset) }.prefix(count).map(\.element))
    }

    /// About how many postings the index reads to answer `query`: a phrase or an AND steps through the claims
    /// holding its rarest word, reading a posting of each of its words at each step; an OR reads all its branches.
    func postings(of query: SearchQuery) -> Double {
        if case .or(let left, let right) = query { return postings(of: left) + postings(of: right) }
        return steps(query) * Double(query.terms.reduce(0) { $0 + $1.words.count })
    }

    /// The claims holding the rarest word a match must hold (for an OR, those of every branch).
    private func steps(_ query: SearchQuery) -> Double {
        switch query {
        case .term(let term): term.words.map(held).min() ?? 0
        case .and(let left, let right): min(steps(left), steps(right))
        case .or(let left, let right): steps(left) + steps(right)
        case .not(let kept, _): steps(kept)
        }
    }

    /// The lowest claim id a probe may read so that it walks at most `budget` postings (nil: no bound needed).
    ///
    /// Claims are assumed spread evenly over the ids, so a probe expected to walk twice the budget reads the newest half.
    func windowStart(of query: SearchQuery, budget: Double) -> Int64? {
        let walked = postings(of: query)
        guard walked > budget, newestID > 0 else { return nil }
        return newestID - Int64(Double(newestID) * budget / walked)
    }

    /// Each word once, in the order of its first occurrence.
    static func distinct(_ words: some Sequence<String>) -> [String] {
        var seen: Set<String> = []
        return words.filter { seen.insert($0).inserted }
    }

    private func held(_ word: String) -> Double {
        claims[word] ?? Double(newestID)
    }

    private func estimate(_ db: any SQLDatabase, _ word: String) throws -> Double {
        let match = db.dialect.search.newest(.term(SearchTerm(words: [word], prefix: false)), in: .claimText)
        guard let row = try db.row("""
            SELECT count(*) AS held, min(k) AS oldest FROM (SELECT \(match.key) AS k FROM \(match.from)
            WHERE \(match.condition) ORDER BY \(match.order) LIMIT ?) sample
            """, match.arguments + [Self.sample]) else { return 0 }
        let count: Int = row["held"]
        guard count >= Self.sample, let oldest: Int64 = row["oldest"] else { return Double(count) }
        return Double(count) * Double(newestID) / Double(max(1, newestID - oldest + 1))
    }
}
