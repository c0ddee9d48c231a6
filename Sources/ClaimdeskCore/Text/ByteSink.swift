/// Where UTF-8 bytes are appended: an array, or a listing's reused ``ByteLine``. The writers of quoted and one-line
/// text (``ClaimText/appendQuote(_:limit:to:)``, `appendOneLine`) are generic over it.
///
/// ```swift
/// func greet(_ sink: inout some ByteSink) { sink.append(byte: UInt8(ascii: "h")); sink.append(byte: UInt8(ascii: "i")) }
/// ```
protocol ByteSink {
    mutating func append(bytes: UnsafeBufferPointer<UInt8>)
    mutating func append(byte: UInt8)
}

extension Array: ByteSink where Element == UInt8 {
    mutating func append(bytes: UnsafeBufferPointer<UInt8>) { append(contentsOf: bytes) }
    mutating func append(byte: UInt8) { append(byte) }
}
