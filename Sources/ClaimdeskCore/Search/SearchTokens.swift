import Foundation

/// A text cut into search words, folded the way every search compares them, with their code-point offsets.
///
/// A word is a run of letters and digits; everything else (spaces, punctuation, straight and curly
/// quotes, apostrophes, `…`) separates words. Words fold case and diacritics: `Zhōu`, `ZHOU` and `zhou`
/// are the same word, and `country’s` is `country s` whichever apostrophe it was typed with.
/// The folded words are what both engines index, so SQLite and PostgreSQL find exactly the same.
///
/// ```swift
/// let words = SearchTokens("Zhōu said, “Our success…”")
/// words.words          // ["zhou", "said", "our", "success"]
/// words.ranges[0]      // 0..<4 (code points)
/// ```
public struct SearchTokens: Sendable, Equatable {
    /// The folded words, in order.
    public private(set) var words: [String] = []
    /// Where each word stands in the original text, in code points.
    public private(set) var ranges: [Range<Int>] = []
    /// The folded words joined by single spaces: the text both engines index (built as the words are found).
    public private(set) var indexText = ""

    /// The words of `text`, or only its first `limit` words (what a check of an index row's start needs).
    public init(_ text: String, limit: Int? = nil) {
        var words: [String] = []
        var ranges: [Range<Int>] = []
        indexText = Self.fold(text) { word, range in
            words.append(String(decoding: word, as: UTF8.self))
            ranges.append(range)
            return words.count != limit
        }
        (self.words, self.ranges) = (words, ranges)
    }

    /// Only ``indexText`` of `text`, without making a string and a range of each word: what the SQLite index stores.
    ///
    /// ```swift
    /// SearchTokens.indexText("Zhōu said, “Our success…”")   // "zhou said our success"
    /// ```
    public static func indexText(_ text: String) -> String {
        fold(text) { _, _ in true }
    }

    public var isEmpty: Bool { words.isEmpty }

    /// The index text of `text`: its folded words, each passed to `word` with its code-point range as it ends
    /// (the scan stops when `word` returns false), joined by single spaces.
    private static func fold(_ text: String, _ word: (ArraySlice<UInt8>, Range<Int>) -> Bool) -> String {
        var index: [UInt8] = []  // the index text's UTF-8: the words found so far, each followed by a space, then the current word
        index.reserveCapacity(text.utf8.count + 1)
        var wordStart = 0  // where the current word begins in `index`
        var start = 0
        var end = 0
        var offset = 0
        /// Ends the current word, if any: hands it over and starts the next one after a space; false: stop.
        func flush() -> Bool {
            guard index.count > wordStart else { return true }
            let more = word(index[wordStart...], start..<end)
            index.append(0x20)
            wordStart = index.count
            return more
        }
        for scalar in text.unicodeScalars {
            defer { offset += 1 }
            if isMark(scalar) {
                if end == offset { end = offset + 1 }
                continue
            }
            guard fold(scalar, into: &index) else {
                if !flush() { break }
                continue
            }
            if end != offset { start = offset }
            end = offset + 1
        }
        _ = flush()
        return String(decoding: index.dropLast(), as: UTF8.self)
    }

    /// Appends the folded form of a word character (as UTF-8); false for a separator.
    @inline(__always)
    private static func fold(_ scalar: Unicode.Scalar, into word: inout [UInt8]) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            switch value {
            case 0x30...0x39, 0x61...0x7A: word.append(UInt8(value)); return true
            case 0x41...0x5A: word.append(UInt8(value + 0x20)); return true
            default: return false
            }
        }
        if (0x2000...0x206F).contains(value) { return false }  // General Punctuation: spaces, dashes, curly quotes, …
        if value < latinTableEnd {
            guard let folded = latinTable[Int(value)] else { return false }
            word.append(contentsOf: folded)
            return true
        }
        guard isWordCharacter(scalar) else { return false }
        for folded in folded(scalar) { word.append(contentsOf: UTF8.encode(folded)!) }
        return true
    }

    /// Where the precomputed table of Latin letters and punctuation ends (Latin-1, Latin Extended A and B, IPA, spacing modifiers).
    private static let latinTableEnd: UInt32 = 0x300

    /// The folded form (UTF-8) of every scalar below ``latinTableEnd``, nil for separators: the common non-ASCII
    /// letters of news text (é, ü, ø, ł, ñ…) fold without a Unicode lookup each time.
    private static let latinTable: [[UInt8]?] = (0..<latinTableEnd).map { value in
        guard let scalar = Unicode.Scalar(value), isWordCharacter(scalar) else { return nil }
        return folded(scalar).flatMap { Array(UTF8.encode($0)!) }
    }

    private static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.properties.isAlphabetic { return true }
        switch scalar.properties.generalCategory {
        case .decimalNumber, .letterNumber, .otherNumber: return true
        default: return false
        }
    }

    /// Lower case, canonically decomposed, combining marks dropped.
    private static func folded(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        scalar.properties.lowercaseMapping.decomposedStringWithCanonicalMapping.unicodeScalars.filter { !isMark($0) }
    }

    @inline(__always)
    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.value >= 0x300 else { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }
}
