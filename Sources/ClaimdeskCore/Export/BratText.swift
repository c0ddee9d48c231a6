/// A document's text as brat reads it: line ends as `\n`, offsets in code points of that text.
///
/// brat reads a `.txt` with universal newlines, so a CRLF counts as one character there
/// (https://github.com/nlplab/brat/issues/853). claimdesk therefore writes the `.txt` with each
/// `\r\n` (and lone `\r`) as `\n` and counts brat offsets in that text; a document without `\r`
/// is written as it is. The mapping to and from claimdesk's offsets is exact, because a claim
/// edge never falls between `\r` and `\n`.
///
/// ```swift
/// let brat = BratText(DocumentText("a\r\nb"))
/// brat.string               // "a\nb"
/// brat.offset(original: 3)  // 2 (the "b")
/// brat.original(offset: 2)  // 3
/// ```
struct BratText {
    let string: String
    let scalars: [Unicode.Scalar]
    /// Offsets (in the original text) of every `\r` followed by `\n`, ascending.
    private let pairs: [Int]
    /// ``string`` indexed for slicing.
    private let indexed: DocumentText

    /// A text without `\r` is used as it is; otherwise its UTF-8 is rebuilt once with the line ends as `\n`.
    init(_ text: DocumentText) {
        guard text.scalars.contains("\r") else {
            (string, scalars, pairs, indexed) = (text.string, text.scalars, [], text)
            return
        }
        var scalars: [Unicode.Scalar] = []
        var pairs: [Int] = []
        var bytes: [UInt8] = []
        scalars.reserveCapacity(text.count)
        bytes.reserveCapacity(text.string.utf8.count)
        for (index, scalar) in text.scalars.enumerated() {
            if scalar == "\r" && index + 1 < text.count && text.scalars[index + 1] == "\n" {
                pairs.append(index)
            } else {
                let kept: Unicode.Scalar = scalar == "\r" ? "\n" : scalar
                scalars.append(kept)
                bytes.append(contentsOf: UTF8.encode(kept)!)
            }
        }
        self.string = String(decoding: bytes, as: UTF8.self)
        self.scalars = scalars
        self.pairs = pairs
        self.indexed = DocumentText(string, characterBoundaries: false)
    }

    var count: Int { scalars.count }

    /// The brat offset of an offset in the original text.
    func offset(original: Int) -> Int {
        original - Self.countBelow(pairs.count) { pairs[$0] < original }
    }

    /// The original offset of a brat offset.
    func original(offset: Int) -> Int {
        // The k-th pair's `\n` sits at pairs[k] - k in the brat text.
        offset + Self.countBelow(pairs.count) { pairs[$0] - $0 < offset }
    }

    func slice(_ range: Range<Int>) -> String {
        indexed.slice(range)
    }

    /// Characters that end a line for brat's `.ann` reader (Python's `str.splitlines`): a span's
    /// text may not contain them, so spans are cut into fragments there.
    static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// The parts of a brat span between line breaks, without the line breaks.
    func fragments(of span: Range<Int>) -> [Range<Int>] {
        var fragments: [Range<Int>] = []
        var start = span.lowerBound
        for index in span where Self.isLineBreak(scalars[index]) {
            if index > start { fragments.append(start..<index) }
            start = index + 1
        }
        if span.upperBound > start { fragments.append(start..<span.upperBound) }
        return fragments
    }

    /// The number of leading indices in 0..<count for which `isBelow` holds (it holds for a prefix).
    private static func countBelow(_ count: Int, _ isBelow: (Int) -> Bool) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if isBelow(middle) { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
