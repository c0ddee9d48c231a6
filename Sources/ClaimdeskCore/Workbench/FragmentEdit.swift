/// Adds a piece to a claim or cuts one out of it, keeping the rules of ``ClaimFragments``.
///
/// Adding joins the new piece with those it touches or overlaps; cutting removes those code points
/// (splitting a piece, dropping whole ones) and trims white space at the edges it leaves inside the
/// claim. A claim left with one piece becomes contiguous.
///
/// ```swift
/// var state = claim.state                                    // “X,” she said, “Y.” at 7..59
/// try FragmentEdit.apply(FragmentEdit.cutting(27..<36, from: [7..<59], in: text), to: &state, in: text)
/// state.fragments                                            // [7..<26, 37..<59]
/// ```
enum FragmentEdit {
    /// `pieces` with `added` joined in, in order.
    static func adding(_ added: Range<Int>, to pieces: [Range<Int>]) -> [Range<Int>] {
        var merged: [Range<Int>] = []
        for piece in (pieces + [added]).sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = merged.last, piece.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, piece.upperBound)
            } else {
                merged.append(piece)
            }
        }
        return merged
    }

    /// `pieces` without the code points of `cut`, the edges it leaves inside the claim trimmed of white space.
    static func cutting(_ cut: Range<Int>, from pieces: [Range<Int>], in text: DocumentText) throws(ClaimdeskError) -> [Range<Int>] {
        guard pieces.contains(where: { $0.overlaps(cut) }) else {
            throw .badInput("\(cut.lowerBound)..\(cut.upperBound) is not part of the claim (its pieces: \(notation(pieces))); cut inside a piece")
        }
        let outer = pieces.first!.lowerBound..<pieces.last!.upperBound
        var left: [Range<Int>] = []
        for piece in pieces {
            let before = piece.lowerBound..<max(piece.lowerBound, min(piece.upperBound, cut.lowerBound))
            let after = min(piece.upperBound, max(piece.lowerBound, cut.upperBound))..<piece.upperBound
            for part in [before, after] where !part.isEmpty {
                if let trimmed = trim(part, keeping: outer, in: text) { left.append(trimmed) }
            }
        }
        guard !left.isEmpty else { throw .badInput("that cuts the whole claim; `delete ID` deletes a claim") }
        return left
    }

    /// Sets a state's pieces: `fragments` (nil for one piece), `start`/`end` and `text` their covering span.
    static func apply(_ pieces: [Range<Int>], to state: inout ClaimState, in text: DocumentText) throws(ClaimdeskError) {
        let span = pieces.first!.lowerBound..<pieces.last!.upperBound
        state.fragments = try ClaimFragments.normalized(pieces, covering: span)
        (state.start, state.end, state.text) = (span.lowerBound, span.upperBound, text.slice(span))
    }

    /// `7..26+37..59`: pieces as the command language writes them.
    static func notation(_ pieces: [Range<Int>]) -> String {
        pieces.map { "\($0.lowerBound)..\($0.upperBound)" }.joined(separator: "+")
    }

    /// The part without white space at an edge that is not one of the claim's outer edges; nil when nothing is left.
    private static func trim(_ part: Range<Int>, keeping outer: Range<Int>, in text: DocumentText) -> Range<Int>? {
        var (lower, upper) = (part.lowerBound, part.upperBound)
        if lower != outer.lowerBound { while lower < upper, text.scalars[lower].properties.isWhitespace { lower += 1 } }
        if upper != outer.upperBound { while upper > lower, text.scalars[upper - 1].properties.isWhitespace { upper -= 1 } }
        return lower < upper ? lower..<upper : nil
    }
}
