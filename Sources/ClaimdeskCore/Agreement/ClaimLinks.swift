/// Links claims of several layers of one document that match loosely, and gives the linked groups:
/// the units Krippendorff's alpha on status is computed over. A union–find over (layer, claim) pairs.
///
/// ```swift
/// var links = ClaimLinks(sizes: [2, 1])
/// links.join((0, 1), (1, 0))
/// links.units()   // [[(layer 0, claim 1), (layer 1, claim 0)]]
/// ```
struct ClaimLinks {
    struct Member: Equatable { let layer: Int; let claim: Int }
    private var parent: [Int]
    private let offsets: [Int]

    init(sizes: [Int]) {
        var offsets: [Int] = []
        var total = 0
        for size in sizes { offsets.append(total); total += size }
        self.offsets = offsets
        self.parent = Array(0..<total)
    }

    mutating func join(_ a: (Int, Int), _ b: (Int, Int)) {
        let rootA = root(offsets[a.0] + a.1), rootB = root(offsets[b.0] + b.1)
        if rootA != rootB { parent[max(rootA, rootB)] = min(rootA, rootB) }
    }

    /// Groups of two or more linked claims (or every group, singles too), in order of their first member.
    mutating func units(includingSingles: Bool = false) -> [[Member]] {
        var groups: [Int: [Member]] = [:]
        var order: [Int] = []
        for (layer, offset) in offsets.enumerated() {
            let end = layer + 1 < offsets.count ? offsets[layer + 1] : parent.count
            for index in offset..<end {
                let top = root(index)
                if groups[top] == nil { order.append(top) }
                groups[top, default: []].append(Member(layer: layer, claim: index - offset))
            }
        }
        return order.compactMap { groups[$0]!.count >= 2 || includingSingles ? groups[$0] : nil }
    }

    private mutating func root(_ index: Int) -> Int {
        var node = index
        while parent[node] != node {
            parent[node] = parent[parent[node]]
            node = parent[node]
        }
        return node
    }
}
