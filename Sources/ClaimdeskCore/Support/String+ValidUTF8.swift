import Foundation

extension String {
    /// The text of `bytes` when they are valid UTF-8, else nil.
    ///
    /// What `String(validating:as:)` does, at the speed of `String(decoding:as:)`: the standard library's
    /// validating initializer is generic and not specialized for byte buffers (a third of a JSONL import's
    /// parsing went to it), while decoding validates with its fast path and repairs what is invalid; the
    /// bytes are valid exactly when nothing was repaired, that is when the result's UTF-8 equals them.
    ///
    /// ```swift
    /// [0x63, 0x61, 0x66, 0xC3, 0xA9].withUnsafeBufferPointer { String(validUTF8: $0) }   // "café"
    /// [0x63, 0xC3].withUnsafeBufferPointer { String(validUTF8: $0) }                     // nil
    /// ```
    init?(validUTF8 bytes: UnsafeBufferPointer<UInt8>) {
        var decoded = String(decoding: bytes, as: UTF8.self)
        let same = decoded.withUTF8 { utf8 in
            utf8.count == bytes.count && (bytes.isEmpty || memcmp(utf8.baseAddress!, bytes.baseAddress!, bytes.count) == 0)
        }
        guard same else { return nil }
        self = decoded
    }
}
