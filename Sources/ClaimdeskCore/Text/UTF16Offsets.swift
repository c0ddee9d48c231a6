/// Offsets in UTF-16 code units (what JavaScript's `String` indices and Label Studio count) beside
/// claimdesk's code-point offsets, for one text: a code point outside the Basic Multilingual Plane
/// (an emoji, most of them) is two UTF-16 units and one code point.
///
/// In Python, `len(text[:start].encode("utf-16-le")) // 2` is ``utf16(_:)`` of `start`.
///
/// ```swift
/// let offsets = UTF16Offsets(DocumentText("👍 yes"))
/// offsets.utf16(2)         // 3: the emoji is two units
/// offsets.codePoint(3)     // 2
/// offsets.codePoint(1)     // nil: inside the emoji's surrogate pair
/// ```
struct UTF16Offsets {
    /// `units[i]`: where code point `i` (0...count) starts, in UTF-16 units.
    private let units: [Int]

    init(_ text: DocumentText) {
        var units = [Int](repeating: 0, count: text.count + 1)
        for (index, scalar) in text.scalars.enumerated() { units[index + 1] = units[index] + UTF16.width(scalar) }
        self.units = units
    }

    /// The UTF-16 offset of a code-point offset (0...count).
    func utf16(_ codePoint: Int) -> Int { units[codePoint] }

    /// The code-point offset of a UTF-16 offset, or nil when it is out of range or splits a surrogate pair.
    func codePoint(_ utf16: Int) -> Int? {
        guard utf16 >= 0, utf16 <= units.last! else { return nil }
        var (low, high) = (0, units.count - 1)
        while low < high {
            let middle = (low + high) / 2
            if units[middle] < utf16 { low = middle + 1 } else { high = middle }
        }
        return units[low] == utf16 ? low : nil
    }

    /// A UTF-16 range as code points, or nil when either end is out of range or splits a surrogate pair.
    func codePoints(_ range: Range<Int>) -> Range<Int>? {
        guard let start = codePoint(range.lowerBound), let end = codePoint(range.upperBound) else { return nil }
        return start..<end
    }
}
