extension StringProtocol {
    /// The text with each line break (`\r\n`, `\n`, `\r`, U+2028, …) as one space, for output that
    /// must stay on one line; everything else, offsets' code points included, is kept.
    ///
    /// ```swift
    /// "Our success\r\ndepends".oneLine   // "Our success depends"
    /// ```
    public var oneLine: String {
        if let result = utf8.withContiguousStorageIfAvailable({ OneLine.replacingBreaks(in: $0) }) {
            return result ?? String(self)
        }
        return String(map { $0.isNewline ? " " : $0 })
    }
}

extension ByteSink {
    /// Appends UTF-8 bytes as ``StringProtocol/oneLine`` would give them: each line break as one space.
    ///
    /// ```swift
    /// line.appendOneLine(bytes)   // "a\r\nb" appends "a b"
    /// ```
    mutating func appendOneLine(_ utf8: UnsafeBufferPointer<UInt8>) {
        OneLine.append(utf8, to: &self)
    }
}

/// Line breaks replaced in UTF-8 bytes, as `Character.isNewline` finds them: a character is a newline when its
/// first scalar is U+000A…U+000D, U+0085, U+2028 or U+2029, and each of these is a character of its own but
/// for CR LF, which is one.
private enum OneLine {
    /// The bytes with every line break as a space, or nil when they hold none (most texts).
    static func replacingBreaks(in utf8: UnsafeBufferPointer<UInt8>) -> String? {
        guard let first = utf8.indices.first(where: { breakLength(utf8, at: $0) > 0 }) else { return nil }
        var bytes = Array(utf8[..<first])
        bytes.reserveCapacity(utf8.count)
        append(UnsafeBufferPointer(rebasing: utf8[first...]), to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the bytes with every line break as a space, a run between breaks at a time.
    static func append(_ utf8: UnsafeBufferPointer<UInt8>, to bytes: inout some ByteSink) {
        var (run, index) = (0, 0)
        while index < utf8.count {
            if index + 8 <= utf8.count, !mayHoldBreak(ByteWord(utf8, at: index)) {
                index += 8
                continue
            }
            let byte = utf8[index]
            let length = byte > 0x0D && byte != 0xC2 && byte != 0xE2 ? 0 : breakLength(utf8, at: index)
            guard length > 0 else {
                index += 1
                continue
            }
            bytes.append(bytes: UnsafeBufferPointer(rebasing: utf8[run..<index]))
            bytes.append(byte: UInt8(ascii: " "))
            index += length
            run = index
        }
        bytes.append(bytes: UnsafeBufferPointer(rebasing: utf8[run...]))
    }

    /// Whether a line break may start in these eight bytes: one of them is a control up to CR or the lead byte
    /// of NEL, U+2028 or U+2029.
    private static func mayHoldBreak(_ word: ByteWord) -> Bool {
        word.containsByte(below: 0x0E) || word.contains(0xC2) || word.contains(0xE2)
    }

    /// How many bytes the line break at `index` takes (CR LF: 2, NEL: 2, U+2028/U+2029: 3), or 0 for none.
    private static func breakLength(_ utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        func byte(_ offset: Int) -> UInt8? { index + offset < utf8.count ? utf8[index + offset] : nil }
        switch utf8[index] {
        case 0x0D: return byte(1) == 0x0A ? 2 : 1
        case 0x0A...0x0C: return 1
        case 0xC2: return byte(1) == 0x85 ? 2 : 0
        case 0xE2: return byte(1) == 0x80 && (byte(2) == 0xA8 || byte(2) == 0xA9) ? 3 : 0
        default: return 0
        }
    }
}
