/// Cohen's kappa of two raters over the same items: `(po − pe) / (1 − pe)`, where `po` is the share of
/// items they label alike and `pe` the agreement their label frequencies give by chance.
///
/// Undefined (nil) with no items, and when chance agreement is total (both raters use one and the same
/// label throughout), where the formula is 0/0.
///
/// ```swift
/// CohenKappa.of([("refuted", "refuted"), ("supported", "refuted")])   // 0.0: po = 0.5, pe = 0.5
/// CohenKappa.of([("refuted", "refuted")])                           // nil: one category
/// ```
public enum CohenKappa {
    public static func of(_ pairs: [(String, String)]) -> Double? {
        guard !pairs.isEmpty else { return nil }
        let n = Double(pairs.count)
        var countsA: [String: Double] = [:], countsB: [String: Double] = [:]
        var agreed = 0.0
        for (a, b) in pairs {
            countsA[a, default: 0] += 1
            countsB[b, default: 0] += 1
            if a == b { agreed += 1 }
        }
        let observed = agreed / n
        let chance = countsA.reduce(0.0) { $0 + ($1.value / n) * (countsB[$1.key, default: 0] / n) }
        guard chance < 1 else { return nil }
        return (observed - chance) / (1 - chance)
    }
}
