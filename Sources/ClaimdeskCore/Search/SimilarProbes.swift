/// What `similar` (and the `seen before` hint) asks the index, narrowest first, built around a claim's
/// rarest words so that each probe walks few postings however common the claim's other words are.
///
/// The claim is cut into four parts and the ``anchors`` rarest words of each are kept (rare, and spread
/// along the claim, so a quote trimmed at either end or with a word changed still holds some). For claims:
/// the rarest word of every part (the same words), all the kept words of either half (the quote trimmed),
/// then any phrase of three words around the rarest word of a part. For documents (long texts, where single words say little): all
/// of those phrases, all of either half's, any of them. A probe of claims expected to walk more than
/// ``budget`` postings reads only the newest claims, as far back as the budget goes (``windowStart(of:)``).
///
/// ```swift
/// let probes = try SimilarProbes(db, words: SearchTokens("the BBC reported 69,021").words)
/// probes.claims.first   // the AND bbc AND reported AND 69 (the rarest word of each quarter)
/// ```
struct SimilarProbes {
    /// How many of the rarest words of each part the probes are built on.
    static let anchors = 2
    /// Postings a probe of claims may read (``WordFrequencies/postings(of:)``); beyond it, the probe reads only the newest claims.
    static let budget = 60_000.0

    let words: [String]
    let frequencies: WordFrequencies
    /// Each quarter of the claim (fewer parts when it has fewer than four words) with its rarest words, rarest first.
    private let parts: [Part]
    private typealias Part = (words: ArraySlice<String>, rarest: [String])

    init(_ db: any SQLDatabase, words: [String]) throws {
        self.words = words
        let frequencies = try WordFrequencies(db, words: words)
        let count = min(4, words.count)
        parts = (0..<count).map { part in
            let slice = words[(part * words.count / count)..<((part + 1) * words.count / count)]
            return (slice, frequencies.rarest(slice, count: Self.anchors))
        }
        self.frequencies = frequencies
    }

    /// Probes of claims' text: all of the parts' rarest words, all of either half's two rarest words of each part (a half of two words
    /// or more), any phrase around a part's rarest word.
    var claims: [SearchQuery] {
        let allOf = { (words: [String]) in SearchQuery.all(WordFrequencies.distinct(words).map(Self.word)) }
        // A half of one word would ask for every claim holding that word: no narrower than any phrase, and far more.
        let halves = halves.map { WordFrequencies.distinct($0.flatMap(\.rarest)) }.filter { $0.count > 1 }
        return Self.unique([allOf(parts.compactMap(\.rarest.first)), SearchQuery.any(halves.compactMap(allOf)), SearchQuery.any(phrases(parts[...]))])
    }

    /// Probes of documents: all the phrases around the parts' rarest words, all of either half's, any of them.
    var documents: [SearchQuery] {
        Self.unique([SearchQuery.all(phrases(parts[...])), SearchQuery.any(halves.compactMap { SearchQuery.all(phrases($0)) }),
                     SearchQuery.any(phrases(parts[...]))])
    }

    /// The lowest claim id a claim probe reads (nil: all of them), so that it walks about ``budget`` postings at most.
    func windowStart(of probe: SearchQuery) -> Int64? {
        frequencies.windowStart(of: probe, budget: Self.budget)
    }

    /// The first two parts and the last two (the only part of a claim of one word).
    private var halves: [ArraySlice<Part>] {
        parts.count < 2 ? [parts[...]] : [parts[..<(parts.count / 2)], parts[(parts.count / 2)...]]
    }

    private static func word(_ word: String) -> SearchQuery {
        .term(SearchTerm(words: [word], prefix: false))
    }

    /// The phrase of (up to) three words of the claim around each part's rarest word, each phrase once.
    private func phrases(_ parts: ArraySlice<Part>) -> [SearchQuery] {
        let width = min(3, words.count)
        var phrases: [SearchQuery] = []
        for part in parts {
            guard let anchor = part.rarest.first, let position = part.words.firstIndex(of: anchor) else { continue }
            let start = min(max(position - 1, 0), words.count - width)
            if let phrase = SearchQuery.phrase(words[start..<(start + width)]), !phrases.contains(phrase) { phrases.append(phrase) }
        }
        return phrases
    }

    private static func unique(_ probes: [SearchQuery?]) -> [SearchQuery] {
        probes.compactMap { $0 }.reduce(into: []) { kept, probe in if !kept.contains(probe) { kept.append(probe) } }
    }
}
