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
        value.withUTF8 { utf8 in
            var start = 0
            for (index, byte) in utf8.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0x7F {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
                appendEscaped(byte)
                start = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func appendEscaped(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
        case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
        case 0x0A: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
        case 0x0D: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
        case 0x09: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
        default:
            bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                      Self.hex[Int(byte >> 4)], Self.hex[Int(byte & 0x0F)]])
        }
    }
}
