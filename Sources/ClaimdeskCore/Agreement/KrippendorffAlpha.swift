/// Krippendorff's alpha for nominal data, from a coincidence matrix that units are added to one by one.
///
/// A unit is the values the raters gave one item; a rater who gave none is simply absent (missing
/// values). Units with fewer than two values are not pairable and count for nothing.
/// `alpha = 1 − (n − 1) · Σ_{c≠k} o_ck / Σ_{c≠k} n_c·n_k`; nil when fewer than two pairable values
/// or only one category occurs (no disagreement is expected by chance: 0/0).
///
/// ```swift
/// var alpha = KrippendorffAlpha(categories: 2)
/// alpha.add([0, 0]); alpha.add([1, 1]); alpha.add([0, 1]); alpha.add([1])  // the last: missing value
/// alpha.value   // 1 − 5·2 / (3·3 + 3·3) = 0.4444…
/// ```
public struct KrippendorffAlpha: Sendable {
    /// `coincidences[c * categories + k]`: o_ck.
    private var coincidences: [Double]
    public let categories: Int

    public init(categories: Int) {
        self.categories = categories
        self.coincidences = [Double](repeating: 0, count: categories * categories)
    }

    /// Adds one unit: the category index each rater who coded it gave.
    public mutating func add(_ values: [Int]) {
        guard values.count >= 2 else { return }
        var counts = [Int](repeating: 0, count: categories)
        for value in values { counts[value] += 1 }
        add(counts: counts, pairable: values.count)
    }

    /// Adds one unit of two values (the common case, without allocating).
    public mutating func add(_ a: Int, _ b: Int) {
        coincidences[a * categories + b] += 1
        coincidences[b * categories + a] += 1
    }

    /// Adds `times` identical units of the given values.
    public mutating func add(_ values: [Int], times: Int) {
        guard values.count >= 2, times > 0 else { return }
        var counts = [Int](repeating: 0, count: categories)
        for value in values { counts[value] += 1 }
        add(counts: counts, pairable: values.count, weight: Double(times))
    }

    private mutating func add(counts: [Int], pairable m: Int, weight: Double = 1) {
        let share = weight / Double(m - 1)
        for c in 0..<categories where counts[c] > 0 {
            for k in 0..<categories where counts[k] > 0 {
                let pairs = c == k ? counts[c] * (counts[c] - 1) : counts[c] * counts[k]
                coincidences[c * categories + k] += Double(pairs) * share
            }
        }
    }

    public var value: Double? {
        var marginals = [Double](repeating: 0, count: categories)
        var disagreement = 0.0
        for c in 0..<categories {
            for k in 0..<categories {
                marginals[c] += coincidences[c * categories + k]
                if c != k { disagreement += coincidences[c * categories + k] }
            }
        }
        let n = marginals.reduce(0, +)
        let sameCategory = marginals.reduce(0) { $0 + $1 * $1 }
        let expected = n * n - sameCategory
        guard n >= 2, expected > 0 else { return nil }
        return 1 - (n - 1) * disagreement / expected
    }
}
