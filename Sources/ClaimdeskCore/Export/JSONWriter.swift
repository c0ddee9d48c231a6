/// Appends compact JSON to a byte buffer, keys in the order written.
///
/// Strings are UTF-8 with `"`, `\` and control characters escaped (`\n`, `\r`,
/// `\t`, `\u00XX`); everything else, curly quotes and U+202F included, is
/// written as is, which Python's `json` and pandas read back unchanged.
///
/// ```swift
/// var json = JSONWriter()
/// json.beginObject(); json.key("text"); json.string("“Hi”\r\n"); json.endObject()
/// json.bytes   // {"text":"“Hi”\r\n"}  (with the line end escaped)
/// ```
public struct JSONWriter: Sendable {
    public private(set) var bytes: [UInt8] = []
    private var needsComma = false

    public init(capacity: Int = 4096) {
        bytes.reserveCapacity(capacity)
    }

    /// Goes on writing at the end of `buffer`, which it takes over (left empty); hand the bytes back with
    /// `buffer = json.bytes`, which copies nothing.
    ///
    /// ```swift
    /// var json = JSONWriter(continuing: &buffer)
    /// json.beginObject(); json.field("id", 7); json.endObject()
    /// buffer = json.bytes
    /// ```
    public init(continuing buffer: inout [UInt8]) {
        swap(&bytes, &buffer)
    }

    public mutating func beginObject() { separate(); bytes.append(UInt8(ascii: "{")); needsComma = false }
    public mutating func endObject() { bytes.append(UInt8(ascii: "}")); needsComma = true }
    public mutating func beginArray() { separate(); bytes.append(UInt8(ascii: "[")); needsComma = false }
    public mutating func endArray() { bytes.append(UInt8(ascii: "]")); needsComma = true }

    /// Writes an object key; the next value belongs to it.
    public mutating func key(_ name: String) {
        separate()
        appendQuoted(name)
        bytes.append(UInt8(ascii: ":"))
        needsComma = false
    }

    public mutating func string(_ value: String?) {
        separate()
        guard let value else { bytes.append(contentsOf: Self.null); needsComma = true; return }
        appendQuoted(value)
        needsComma = true
    }

    public mutating func int(_ value: Int?) {
        separate()
        if let value { bytes.append(contentsOf: String(value).utf8) } else { bytes.append(contentsOf: Self.null) }
        needsComma = true
    }

    public mutating func bool(_ value: Bool) {
        separate()
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
        needsComma = true
    }

    public mutating func null() {
        separate()
        bytes.append(contentsOf: Self.null)
        needsComma = true
    }

    /// `"key":value` for a string, or null.
    public mutating func field(_ name: String, _ value: String?) { key(name); string(value) }

    /// `"key":value` for a number, or null.
    public mutating func field(_ name: String, _ value: Int?) { key(name); int(value) }

    /// `"key":["a","b"]`.
    public mutating func field(_ name: String, strings: [String]) {
        key(name)
        beginArray()
        for value in strings { string(value) }
        endArray()
    }

    /// Writes already-encoded JSON (e.g. a stored snapshot) as a value, or null.
    public mutating func rawJSON(_ value: String?) {
        separate()
        if let value { bytes.append(contentsOf: value.utf8) } else { bytes.append(contentsOf: Self.null) }
        needsComma = true
    }

    /// Appends a raw byte (e.g. the newline that ends a JSONL record).
    public mutating func raw(_ byte: UInt8) {
        bytes.append(byte)
        needsComma = false
    }

    public mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        needsComma = false
    }

    private mutating func separate() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
    }

    private static let null = Array("null".utf8)
    private static let hex = Array("0123456789abcdef".utf8)

    /// Copies runs of bytes that need no escape in one go; escapes the rest.
    private mutating func appendQuoted(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { appendEscaping($0) }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func appendEscaping(_ utf8: UnsafeBufferPointer<UInt8>) {
        guard let base = UnsafeRawPointer(utf8.baseAddress) else { return }
        var start = 0
        var index = 0
        while index < utf8.count {
            // Eight bytes at a time while none needs an escape (most text), then byte by byte through the word that does.
            if index + 8 <= utf8.count, !Self.needsEscape(base.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
                index += 8
                continue
            }
            let end = min(index + 8, utf8.count)
            while index < end {
                let byte = utf8[index]
                if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0x7F {
                    if index > start { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index])) }
                    appendEscaped(byte)
                    start = index + 1
                }
                index += 1
            }
        }
        if utf8.count > start { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...])) }
    }

    /// Whether any of the eight bytes in `word` is a control byte, `"`, `\` or DEL (exact, by the usual
    /// "has a zero byte" bit trick: a byte equal to `c` is a zero byte of `word ^ c` repeated).
    private static func needsEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ value: UInt64) -> Bool { (value &- ones) & ~value & highs != 0 }
        let control = (word &- 0x20 &* ones) & ~word & highs != 0
        return control || hasZeroByte(word ^ (0x22 &* ones)) || hasZeroByte(word ^ (0x5C &* ones)) || hasZeroByte(word ^ (0x7F &* ones))
    }

    private mutating func appendEscaped(_ byte: UInt8) {
        bytes.append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
        case 0x0A: bytes.append(UInt8(ascii: "n"))
        case 0x0D: bytes.append(UInt8(ascii: "r"))
        case 0x09: bytes.append(UInt8(ascii: "t"))
        default:
            bytes.append(UInt8(ascii: "u"))
            bytes.append(UInt8(ascii: "0"))
            bytes.append(UInt8(ascii: "0"))
            bytes.append(Self.hex[Int(byte >> 4)])
            bytes.append(Self.hex[Int(byte & 0x0F)])
        }
    }
}
