/// Where the grapheme clusters (user-perceived characters) of a text's scalars begin and end, by offset (0...count):
/// what a span's edges are checked against in the store (``DocumentText``) and what the suggester snaps to.
///
/// ```swift
/// GraphemeBoundaries.of(Array("e\u{301}\r\n".unicodeScalars))   // [true, false, true, false, true]
/// ```
///
/// Between two ASCII scalars there is always a boundary but inside `\r\n`, and no rule looks back across one, so the
/// text is cut there into stretches: ASCII-only ones need nothing more, the others go through `String`'s clusters.
/// News text is mostly ASCII: this is what lets a bulk import index each document in a fraction of the time.
public enum GraphemeBoundaries {
    public static func of(_ scalars: [Unicode.Scalar]) -> [Bool] {
        var boundaries = [Bool](repeating: false, count: scalars.count + 1)
        boundaries[0] = true
        guard !scalars.isEmpty else { return boundaries }
        var start = 0                       // the last boundary found between two ASCII scalars, or 0
        var plain = scalars[0].isASCII      // whether scalars[start..<offset] are all ASCII
        for offset in 1...scalars.count {
            let end = offset == scalars.count
            guard end || isPlainBoundary(scalars[offset - 1], scalars[offset]) else {
                plain = plain && scalars[offset].isASCII
                continue
            }
            if !plain { markClusters(scalars[start..<offset], in: &boundaries) }
            boundaries[offset] = true
            if !end { (start, plain) = (offset, true) }
        }
        return boundaries
    }

    /// Whether two ASCII scalars stand on either side of the offset (other than `\r\n`): a boundary whatever comes around.
    private static func isPlainBoundary(_ before: Unicode.Scalar, _ after: Unicode.Scalar) -> Bool {
        before.isASCII && after.isASCII && !(before == "\r" && after == "\n")
    }

    /// Marks the cluster boundaries inside a stretch that starts at a boundary: between every two of its scalars but inside
    /// `\r\n` when each stands alone (``GraphemeLoners``), else where `String` ends each cluster.
    private static func markClusters(_ stretch: ArraySlice<Unicode.Scalar>, in boundaries: inout [Bool]) {
        if stretch.allSatisfy({ GraphemeLoners.contains($0.value) }) {
            for offset in (stretch.startIndex + 1)..<stretch.endIndex where !(stretch[offset - 1] == "\r" && stretch[offset] == "\n") {
                boundaries[offset] = true
            }
            return
        }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: stretch)
        var offset = stretch.startIndex
        for character in String(text) {
            offset += character.unicodeScalars.count
            boundaries[offset] = true
        }
    }
}
