/// The label each whitespace-delimited token of a text gets from one layer: claim, speaker, cue or none.
///
/// A token takes a label when any of its code points lies in a span of that kind (a claim with gaps:
/// in one of its fragments, not in a gap); claim wins over
/// speaker, speaker over cue. Tokens are split as Python's `str.split()` splits (Unicode white space,
/// U+202F included, and the separators U+001C–U+001F).
///
/// ```swift
/// let tokens = TokenLabels.tokens(of: Array("Zhou said “we win”".unicodeScalars))   // 4 tokens
/// TokenLabels.labels(tokens, claims: [LayerClaim(span: 11..<17, speakerSpan: 0..<4, cueSpan: 5..<9)])
/// // [speaker, cue, claim, claim]
/// ```
public enum TokenLabels {
    public enum Label: Int, CaseIterable, Sendable { case none, cue, speaker, claim }

    /// The code point ranges of the tokens.
    public static func tokens(of scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var tokens: [Range<Int>] = []
        var start = -1
        for offset in scalars.indices {
            if isSeparator(scalars[offset]) {
                if start >= 0 { tokens.append(start..<offset); start = -1 }
            } else if start < 0 {
                start = offset
            }
        }
        if start >= 0 { tokens.append(start..<scalars.count) }
        return tokens
    }

    /// One label per token for a layer's claims.
    public static func labels(_ tokens: [Range<Int>], claims: [LayerClaim]) -> [Label] {
        guard let end = tokens.last?.upperBound else { return [] }
        var marks = [UInt8](repeating: 0, count: end)
        func mark(_ span: Range<Int>?, _ label: Label) {
            guard let span else { return }
            for offset in span.clamped(to: 0..<end) where marks[offset] < label.rawValue { marks[offset] = UInt8(label.rawValue) }
        }
        for claim in claims {
            for piece in claim.fragments ?? [claim.span] { mark(piece, .claim) }
            mark(claim.speakerSpan, .speaker)
            mark(claim.cueSpan, .cue)
        }
        return tokens.map { token in
            var strongest: UInt8 = 0
            for offset in token where marks[offset] > strongest { strongest = marks[offset] }
            return Label(rawValue: Int(strongest)) ?? .none
        }
    }

    /// White space as `str.split()` sees it; ASCII without a Unicode property lookup.
    private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value == 0x20 || (0x09...0x0D).contains(value) || (0x1C...0x1F).contains(value) }
        return scalar.properties.isWhitespace
    }
}
