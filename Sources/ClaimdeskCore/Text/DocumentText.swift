import ClaimdeskText

/// A document's text indexed by Unicode code point, the unit of every claimdesk offset.
///
/// Offsets are Python `str` indices: `text[start:end]` in Python equals
/// ``slice(_:)`` here. Swift's `String.count` counts grapheme clusters
/// (`"\r\n"` is one) and is never used for offsets.
///
/// ```swift
/// let text = DocumentText("Zhou said, “Our success…”\r\n")
/// text.count                 // 27 code points
/// text.slice(11..<24)        // "Our success…"
/// ```
public struct DocumentText: Sendable {
    /// The text exactly as imported.
    public let string: String
    /// The code points of ``string``.
    public let scalars: [Unicode.Scalar]
    /// `isBoundary[i]` tells whether offset `i` (0...count) falls between two grapheme clusters.
    private let isBoundary: [Bool]
    /// `utf8Offsets[i]`: where code point `i` (0...count) starts in the UTF-8 of ``string``, so slices are copied, not rebuilt.
    private let utf8Offsets: [Int32]

    /// Indexes `string`; `characterBoundaries: false` skips the grapheme pass (the slowest part) for
    /// readers that only slice, such as exports, and then ``isCharacterBoundary(_:)`` must not be asked.
    public init(_ string: String, characterBoundaries: Bool = true) {
        var contiguous = string
        contiguous.makeContiguousUTF8()
        self.string = contiguous
        self.scalars = Array(contiguous.unicodeScalars)
        self.isBoundary = characterBoundaries ? GraphemeBoundaries.of(scalars) : []
        var offsets = [Int32](repeating: 0, count: scalars.count + 1)
        var position: Int32 = 0
        for (index, scalar) in scalars.enumerated() {
            offsets[index] = position
            position += Int32(UTF8.width(scalar))
        }
        offsets[scalars.count] = position
        self.utf8Offsets = offsets
    }

    /// The number of code points.
    public var count: Int { scalars.count }

    /// The text of a code point range.
    public func slice(_ range: Range<Int>) -> String {
        let (start, end) = (Int(utf8Offsets[range.lowerBound]), Int(utf8Offsets[range.upperBound]))
        var text = string
        return text.withUTF8 { String(decoding: UnsafeBufferPointer(rebasing: $0[start..<end]), as: UTF8.self) }
    }

    /// Whether an offset falls between two user-perceived characters.
    ///
    /// Offsets inside `"\r\n"`, before a combining mark or inside an emoji
    /// sequence split a character and are not valid span edges.
    public func isCharacterBoundary(_ offset: Int) -> Bool {
        precondition(!isBoundary.isEmpty || scalars.isEmpty, "DocumentText made without character boundaries")
        return offset >= 0 && offset <= count && isBoundary[offset]
    }

    /// The range of the character (grapheme cluster) that contains `offset`.
    public func character(containing offset: Int) -> Range<Int> {
        var lower = offset
        while lower > 0 && !isBoundary[lower] { lower -= 1 }
        var upper = offset + 1
        while upper < count && !isBoundary[upper] { upper += 1 }
        return lower..<min(upper, count)
    }
}
