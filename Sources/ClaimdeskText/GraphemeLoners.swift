/// The scalars that never join a neighbour in a grapheme cluster (UAX #29): ASCII, Latin-1 and Latin Extended (below
/// the combining marks at U+0300), the dashes, quotes, ellipsis, narrow no-break space and primes of General
/// Punctuation (not its ZWJ, line and paragraph separators, bidi controls or invisibles, nor the pictographs `‼` `⁉`),
/// and the currency symbols (€). None extends, joins, prepends or pairs: between two of them there is always a boundary
/// but inside `\r\n`, and only a combining mark after one (Extend, GB9) can join it. What news text mixes in, so the
/// shortcuts past Swift's grapheme breaking (``GraphemeBoundaries``, the core's `characterPrefix`) rest on this one list.
///
/// ```swift
/// GraphemeLoners.contains(UInt32(0x201C))   // true: “
/// GraphemeLoners.contains(UInt32(0x200D))   // false: ZWJ
/// ```
public enum GraphemeLoners {
    public static func contains(_ value: UInt32) -> Bool {
        switch value {
        case 0..<0x300, 0x2010...0x2027, 0x202F...0x203B, 0x203D...0x2048, 0x204A...0x205E, 0x20A0...0x20C0: true
        default: false
        }
    }
}
