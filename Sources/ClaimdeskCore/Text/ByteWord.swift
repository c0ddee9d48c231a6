/// Eight UTF-8 bytes read as one little-endian word, tested all at once (SWAR): how the byte scanners
/// (``UTF8Validation``, `characterPrefix`, `oneLine`) pass over runs of plain ASCII.
///
/// ```swift
/// let word = ByteWord(bytes, at: 0)      // bytes of "ab\rcdefg…"
/// word.asciiPrefix                        // 8: no byte above 0x7F
/// word.contains(0x0D)                     // true
/// ```
struct ByteWord {
    let value: UInt64

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The eight bytes from `offset` on (there must be eight), the first in the lowest bits.
    init(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) {
        value = UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + offset).loadUnaligned(as: UInt64.self))
    }

    /// How many of the bytes, from the first, are ASCII before one that is not (8 when all are).
    var asciiPrefix: Int { (value & Self.highBits).trailingZeroBitCount / 8 }

    /// Whether one of the bytes is `byte`.
    func contains(_ byte: UInt8) -> Bool {
        let difference = value ^ (Self.ones &* UInt64(byte))
        return (difference &- Self.ones) & ~difference & Self.highBits != 0
    }

    /// Whether one of the bytes is below `limit` (at most 0x80).
    func containsByte(below limit: UInt8) -> Bool {
        (value &- Self.ones &* UInt64(limit)) & ~value & Self.highBits != 0
    }
}
