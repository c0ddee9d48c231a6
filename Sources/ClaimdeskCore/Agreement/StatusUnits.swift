/// Krippendorff's alpha on status, fed units of status names (one per linked claim).
///
/// ```swift
/// var units = StatusUnits()
/// units.add([["refuted", "refuted"], ["supported", "refuted"]])
/// units.alpha   // 1 − 3·2 / (3·1 + 1·3) = 0.0
/// ```
struct StatusUnits {
    private var units: [[String]] = []

    mutating func add(_ more: [[String]]) { units += more }

    var alpha: Double? {
        var index: [String: Int] = [:]
        for unit in units { for status in unit where index[status] == nil { index[status] = index.count } }
        var alpha = KrippendorffAlpha(categories: max(index.count, 1))
        for unit in units { alpha.add(unit.map { index[$0]! }) }
        return alpha.value
    }
}
