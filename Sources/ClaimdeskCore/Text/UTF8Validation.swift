/// Whether bytes are well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF),
/// checked without making a `String`; a run of ASCII is passed over eight bytes at a time (``ByteWord``).
///
/// ```swift
/// UTF8Validation.isValid(Array("«Oui»".utf8).withUnsafeBufferPointer { $0 })              // true
/// UTF8Validation.firstInvalidByte(in: [0x61, 0xC3].withUnsafeBufferPointer { $0 })       // 1
/// ```
enum UTF8Validation {
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        firstInvalidByte(in: bytes) == nil
    }

    /// The offset of the first byte that breaks UTF-8, or nil when all is valid.
    static func firstInvalidByte(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        while index < bytes.count {
            if index + 8 <= bytes.count, case let ascii = ByteWord(bytes, at: index).asciiPrefix, ascii > 0 {
                index += ascii
                continue
            }
            if bytes[index] < 0x80 {
                index += 1
                continue
            }
            guard let length = sequenceLength(bytes, at: index) else { return index }
            index += length
        }
        return nil
    }

    /// The length of the well-formed sequence starting at `index`, or nil (Unicode table 3-7).
    private static func sequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let lead = bytes[index]
        let (length, second): (Int, ClosedRange<UInt8>) = switch lead {
        case 0x00...0x7F: (1, 0x80...0xBF)
        case 0xC2...0xDF: (2, 0x80...0xBF)
        case 0xE0: (3, 0xA0...0xBF)
        case 0xED: (3, 0x80...0x9F)
        case 0xE1...0xEF: (3, 0x80...0xBF)
        case 0xF0: (4, 0x90...0xBF)
        case 0xF1...0xF3: (4, 0x80...0xBF)
        case 0xF4: (4, 0x80...0x8F)
        default: (0, 0x80...0xBF)
        }
        guard length > 0, index + length <= bytes.count else { return nil }
        guard length > 1 else { return 1 }
        guard second.contains(bytes[index + 1]) else { return nil }
        for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 { return nil }
        return length
    }
}
