/// Pairs the claims of two layers: exactly (same start and end) or loosely (the intersection is at
/// least half of each span), one to one, largest intersection first.
///
/// ```swift
/// SpanMatcher.loosePairs([0..<10], [2..<10, 0..<4])   // [(0, 0)]: 8 of 10 and 8 of 8 overlap; 0..<4 is under half of 0..<10
/// SpanMatcher.exactMatches([0..<10, 20..<30], [20..<30])  // 1
/// ```
public enum SpanMatcher {
    /// How many spans of `a` have a span of `b` with the same start and end (each used once).
    public static func exactMatches(_ a: [Range<Int>], _ b: [Range<Int>]) -> Int {
        var remaining: [Range<Int>: Int] = [:]
        for span in b { remaining[span, default: 0] += 1 }
        var matched = 0
        for span in a where remaining[span, default: 0] > 0 {
            remaining[span]! -= 1
            matched += 1
        }
        return matched
    }

    /// Index pairs `(i, j)` of loosely matching spans, one to one, taken by largest intersection first
    /// (ties: earlier `i`, then earlier `j`), in the order taken.
    public static func loosePairs(_ a: [Range<Int>], _ b: [Range<Int>]) -> [(Int, Int)] {
        var candidates: [(overlap: Int, i: Int, j: Int)] = []
        let order = b.indices.sorted { b[$0].lowerBound < b[$1].lowerBound }
        let longestB = b.map(\.count).max() ?? 0
        for (i, span) in a.enumerated() {
            // b sorted by start: only spans starting before span's end and not too far before its start can overlap.
            var low = 0, high = order.count
            while low < high {
                let mid = (low + high) / 2
                if b[order[mid]].lowerBound < span.lowerBound - longestB { low = mid + 1 } else { high = mid }
            }
            var k = low
            while k < order.count, b[order[k]].lowerBound < span.upperBound {
                let j = order[k]
                let overlap = intersection(span, b[j])
                if 2 * overlap >= span.count && 2 * overlap >= b[j].count && overlap > 0 {
                    candidates.append((overlap, i, j))
                }
                k += 1
            }
        }
        candidates.sort { ($0.overlap, -$0.i, -$0.j) > ($1.overlap, -$1.i, -$1.j) }
        var usedA = Set<Int>(), usedB = Set<Int>()
        var pairs: [(Int, Int)] = []
        for candidate in candidates where !usedA.contains(candidate.i) && !usedB.contains(candidate.j) {
            usedA.insert(candidate.i)
            usedB.insert(candidate.j)
            pairs.append((candidate.i, candidate.j))
        }
        return pairs
    }

    static func intersection(_ a: Range<Int>, _ b: Range<Int>) -> Int {
        max(0, min(a.upperBound, b.upperBound) - max(a.lowerBound, b.lowerBound))
    }
}
