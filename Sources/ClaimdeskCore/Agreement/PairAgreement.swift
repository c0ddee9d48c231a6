/// The figures for one pair of reviewers over the documents both are assigned to.
///
/// `matched` counts loose matches; F1 is `2·matched / (claims_a + claims_b)` (nil when both layers are
/// empty); kappa and speaker agreement are over the loosely matched pairs (nil when there are none).
/// Speakers agree when both name the same speaker entity or both name none.
public struct PairAgreement: Sendable, Equatable {
    public let a: String
    public let b: String
    public var claimsA = 0
    public var claimsB = 0
    public var exactMatched = 0
    public var matched = 0
    public var sameSpeaker = 0
    /// Statuses of the loosely matched pairs, A's first.
    public var statusPairs: [StatusPair] = []

    public struct StatusPair: Sendable, Equatable {
        public let a: String
        public let b: String
    }

    public init(a: String, b: String) {
        self.a = a
        self.b = b
    }

    public var exactF1: Double? { f1(exactMatched) }
    public var looseF1: Double? { f1(matched) }
    public var statusKappa: Double? { CohenKappa.of(statusPairs.map { ($0.a, $0.b) }) }
    public var speakerAgreement: Double? { matched == 0 ? nil : Double(sameSpeaker) / Double(matched) }

    private func f1(_ hits: Int) -> Double? {
        claimsA + claimsB == 0 ? nil : 2 * Double(hits) / Double(claimsA + claimsB)
    }

    /// Adds one document's two layers; returns the loose pairs (indices into `layerA`, `layerB`).
    @discardableResult
    mutating func add(_ layerA: [LayerClaim], _ layerB: [LayerClaim]) -> [(Int, Int)] {
        let spansA = layerA.map(\.span), spansB = layerB.map(\.span)
        claimsA += layerA.count
        claimsB += layerB.count
        exactMatched += SpanMatcher.exactMatches(spansA, spansB)
        let pairs = SpanMatcher.loosePairs(spansA, spansB)
        matched += pairs.count
        for (i, j) in pairs {
            statusPairs.append(StatusPair(a: layerA[i].status, b: layerB[j].status))
            if layerA[i].speaker?.lowercased() == layerB[j].speaker?.lowercased() { sameSpeaker += 1 }
        }
        return pairs
    }
}
