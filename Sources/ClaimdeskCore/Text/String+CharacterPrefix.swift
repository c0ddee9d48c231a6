import ClaimdeskText

extension String {
    /// Where the first `limit` characters (extended grapheme clusters) end, and how many there were (fewer
    /// when the string is shorter): what `prefix(limit)` and `count` give, without Swift's grapheme breaking
    /// for the characters that cannot join a neighbour.
    ///
    /// Between two scalars below U+0300 (other than CR LF), in General Punctuation's quotes, dashes and spaces
    /// or among the currency symbols there is always a boundary (UAX #29: neither extends, joins, prepends nor
    /// pairs), and combining diacritical marks join the character before them; only around other scalars (emoji,
    /// ZWJ, Hangul, flags…) is the character found by `index(after:)`.
    ///
    /// ```swift
    /// "“Oui,” dit-elle".characterPrefix(3)   // (end: index after "“Ou", count: 3)
    /// "e\u{301}t\u{E9}".characterPrefix(9)   // (end: endIndex, count: 3)
    /// ```
    func characterPrefix(_ limit: Int) -> (end: String.Index, count: Int) {
        var text = self
        let (offset, count) = text.withUTF8 { Self.characterPrefix(limit, of: $0, in: self) }
        return (utf8.index(startIndex, offsetBy: offset), count)
    }

    /// The same over valid UTF-8 bytes: how many bytes the first `limit` characters take, and how many there were
    /// (a `String` of them is made only if a character there might join its neighbour).
    ///
    /// ```swift
    /// String.characterPrefix(2, ofUTF8: bytes)   // bytes of "«a»": (offset: 3, count: 2)
    /// ```
    static func characterPrefix(_ limit: Int, ofUTF8 utf8: UnsafeBufferPointer<UInt8>) -> (offset: Int, count: Int) {
        characterPrefix(limit, of: utf8, in: nil)
    }

    /// `text` holds the same characters as `utf8`; when nil it is made from them the first time it is needed.
    private static func characterPrefix(_ limit: Int, of utf8: UnsafeBufferPointer<UInt8>, in text: String?) -> (offset: Int, count: Int) {
        var text = text
        var (offset, count) = (0, 0)
        while offset < utf8.count && count < limit {
            let byte = utf8[offset]
            if byte < 0x80, case let run = asciiCharacters(utf8, from: offset, limit: limit - count), run > 1 {
                (offset, count) = (offset + run, count + run)
                continue
            }
            if byte < 0x80 && byte != 0x0D && (offset + 1 == utf8.count || utf8[offset + 1] < 0x80) {
                offset += 1
            } else if let end = characterEnd(utf8, from: offset) {
                offset = end
            } else {
                if text == nil { text = String(decoding: utf8, as: UTF8.self) }
                let text = text!
                let start = text.utf8.index(text.startIndex, offsetBy: offset)
                offset = text.utf8.distance(from: text.startIndex, to: text.index(after: start))
            }
            count += 1
        }
        return (offset, count)
    }

    /// How many bytes from `offset` on are characters of one ASCII byte each, as far as the word of eight bytes there
    /// tells (0 when fewer than nine bytes remain or the word holds a CR): its leading ASCII bytes but the last, which
    /// a combining mark after it could join, or all eight when the byte after the word is ASCII too; at most `limit`.
    @inline(__always)
    private static func asciiCharacters(_ utf8: UnsafeBufferPointer<UInt8>, from offset: Int, limit: Int) -> Int {
        guard offset + 8 < utf8.count else { return 0 }
        let word = ByteWord(utf8, at: offset)
        guard !word.contains(0x0D) else { return 0 }
        let ascii = word.asciiPrefix
        return Swift.min(ascii == 8 && utf8[offset + 8] < 0x80 ? 8 : ascii - 1, limit)
    }

    /// Where the character starting at `offset` ends when its scalars and the one after it tell (see
    /// ``Scalar/boundary(before:)``; the caller takes an ASCII byte before another, a character but for CR LF), or nil.
    private static func characterEnd(_ utf8: UnsafeBufferPointer<UInt8>, from offset: Int) -> Int? {
        var last = Scalar(utf8, at: offset)
        var end = offset + last.length
        while end < utf8.count {
            let following = Scalar(utf8, at: end)
            guard let boundary = last.boundary(before: following) else { return nil }
            if boundary { return end }
            (last, end) = (following, end + following.length)
        }
        return end
    }

    /// One scalar decoded from valid UTF-8: its value and its length in bytes.
    private struct Scalar {
        let value: UInt32
        let length: Int

        init(_ utf8: UnsafeBufferPointer<UInt8>, at offset: Int) {
            let lead = UInt32(utf8[offset])
            func continuation(_ index: Int) -> UInt32 { UInt32(utf8[offset + index]) & 0x3F }
            switch lead {
            case ..<0x80: (value, length) = (lead, 1)
            case ..<0xE0: (value, length) = ((lead & 0x1F) << 6 | continuation(1), 2)
            case ..<0xF0: (value, length) = ((lead & 0x0F) << 12 | continuation(1) << 6 | continuation(2), 3)
            default: (value, length) = ((lead & 0x07) << 18 | continuation(1) << 12 | continuation(2) << 6 | continuation(3), 4)
            }
        }

        /// Whether a character ends between this scalar (the last of a character so far) and `next`, when the two tell:
        /// always between two loners but CR LF; never before a combining diacritical mark (U+0300–U+036F, Extend: UAX #29
        /// GB9) after a loner that is not a control or after another mark; always after such a mark before a loner. Nil
        /// for the rest (emoji, ZWJ, Hangul, flags, controls before a mark…), which Swift's grapheme breaking decides.
        func boundary(before next: Scalar) -> Bool? {
            if next.isCombiningMark { return (isLoner && !isControl) || isCombiningMark ? false : nil }
            guard isLoner || isCombiningMark, next.isLoner else { return nil }
            return !(value == 0x0D && next.value == 0x0A)
        }

        /// One of ``GraphemeLoners``.
        private var isLoner: Bool { GraphemeLoners.contains(value) }

        private var isCombiningMark: Bool { (0x300...0x36F).contains(value) }

        /// C0 and C1 controls and the soft hyphen: a mark after one starts a character of its own (GB4).
        private var isControl: Bool { value < 0x20 || (0x7F...0x9F).contains(value) || value == 0xAD }
    }
}
