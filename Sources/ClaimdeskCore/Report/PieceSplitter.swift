/// Cuts overlapping spans of a text into flat, non-overlapping pieces, each knowing every claim,
/// speaker mention and cue it lies in.
///
/// A page draws each piece as one element: overlapping and nested claims need no nested markup,
/// and the pieces of a claim, in text order, hold exactly its text. A claim is a list of
/// fragments (one for a contiguous claim), so the gaps of a discontinuous claim stay unmarked.
///
/// ```swift
/// var splitter = PieceSplitter()
/// splitter.addClaim(1, fragments: [0..<10])
/// splitter.addClaim(2, fragments: [5..<8])
/// splitter.pieces   // [0..<5 {1}, 5..<8 {1, 2}, 8..<10 {1}]
/// ```
struct PieceSplitter {
    /// One stretch of text covered by the same claims, mentions and cues; ids in ascending order.
    struct Piece: Equatable {
        var range: Range<Int>
        var claims: [Int64] = []
        /// Claims whose speaker is named in this piece.
        var mentions: [Int64] = []
        /// Claims whose cue (`said`) is this piece.
        var cues: [Int64] = []
    }

    private enum Role { case claim, mention, cue }
    private struct Edge {
        let offset: Int
        let opens: Bool
        let owner: Int64
        let role: Role
    }

    private var edges: [Edge] = []

    mutating func addClaim(_ number: Int64, fragments: [Range<Int>]) {
        for fragment in fragments { add(number, fragment, .claim) }
    }

    mutating func addMention(of number: Int64, _ range: Range<Int>) { add(number, range, .mention) }

    mutating func addCue(of number: Int64, _ range: Range<Int>) { add(number, range, .cue) }

    private mutating func add(_ owner: Int64, _ range: Range<Int>, _ role: Role) {
        guard !range.isEmpty else { return }
        edges.append(Edge(offset: range.lowerBound, opens: true, owner: owner, role: role))
        edges.append(Edge(offset: range.upperBound, opens: false, owner: owner, role: role))
    }

    /// The pieces in text order; text covered by nothing is left out.
    var pieces: [Piece] {
        let sorted = edges.sorted { $0.offset < $1.offset }
        var open = Piece(range: 0..<0)
        var result: [Piece] = []
        var index = 0
        while index < sorted.count {
            let offset = sorted[index].offset
            while index < sorted.count && sorted[index].offset == offset {
                Self.apply(sorted[index], to: &open)
                index += 1
            }
            guard index < sorted.count, !(open.claims.isEmpty && open.mentions.isEmpty && open.cues.isEmpty) else { continue }
            var piece = open
            piece.range = offset..<sorted[index].offset
            piece.claims.sort()
            piece.mentions.sort()
            piece.cues.sort()
            result.append(piece)
        }
        return result
    }

    private static func apply(_ edge: Edge, to piece: inout Piece) {
        switch edge.role {
        case .claim: update(&piece.claims, edge)
        case .mention: update(&piece.mentions, edge)
        case .cue: update(&piece.cues, edge)
        }
    }

    private static func update(_ owners: inout [Int64], _ edge: Edge) {
        if edge.opens {
            owners.append(edge.owner)
        } else if let at = owners.firstIndex(of: edge.owner) {
            owners.remove(at: at)
        }
    }
}
