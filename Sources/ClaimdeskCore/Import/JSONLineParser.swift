import Foundation

/// Parses one JSON text (a JSONL line) into Swift values, the shapes `JSONSerialization` gives:
/// `[String: Any]`, `[Any]`, `String`, `Int` (integers that fit), `Double`, `Bool` and `NSNull`.
///
/// Written for bulk imports: it reads the line's UTF-8 in place, copies unescaped strings in one go and
/// never goes through Foundation's bridging, several times faster than `JSONSerialization` on a claim line.
/// Returns nil for anything that is not exactly one JSON value (RFC 8259), surrounding whitespace aside.
///
/// ```swift
/// let record = JSONLineParser.parse(#"{"start": 3, "text": "Hi\n"}"#) as? [String: Any]   // ["start": 3, "text": "Hi\n"]
/// ```
struct JSONLineParser {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0

    static func parse(_ line: String) -> Any? {
        var line = line
        return line.withUTF8 { utf8 in
            var parser = JSONLineParser(bytes: utf8)
            guard let value = parser.value(depth: 0) else { return nil }
            parser.skipWhitespace()
            return parser.position == utf8.count ? value : nil
        }
    }

    /// The members of a JSON object, typed (``JSONField``), in the slots `slot` gives their keys (from the key's UTF-8);
    /// members without a slot are checked and dropped, a repeated key keeps its last value (as `parse` does).
    /// Nil for anything that is not one JSON object, and for an object spelling a key with escapes or non-ASCII bytes.
    static func fields(_ line: String, count: Int, slot: (UnsafeBufferPointer<UInt8>) -> Int?) -> [JSONField?]? {
        var line = line
        return line.withUTF8 { utf8 in
            var parser = JSONLineParser(bytes: utf8)
            guard let fields = parser.fields(count: count, slot: slot) else { return nil }
            parser.skipWhitespace()
            return parser.position == utf8.count ? fields : nil
        }
    }

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    private mutating func value(depth: Int) -> Any? {
        skipWhitespace()
        guard position < bytes.count, depth < 512 else { return nil }
        switch bytes[position] {
        case UInt8(ascii: "{"): return object(depth: depth)
        case UInt8(ascii: "["): return array(depth: depth)
        case UInt8(ascii: "\""): return string()
        case UInt8(ascii: "t"): return literal("true", true)
        case UInt8(ascii: "f"): return literal("false", false)
        case UInt8(ascii: "n"): return literal("null", NSNull())
        default: return number()
        }
    }

    private mutating func object(depth: Int) -> [String: Any]? {
        position += 1
        var result: [String: Any] = [:]
        if depth == 0 { result.reserveCapacity(48) }   // a claim record's keys, without growing the table five times
        skipWhitespace()
        if consume(UInt8(ascii: "}")) { return result }
        repeat {
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\""), let key = string() else { return nil }
            skipWhitespace()
            guard consume(UInt8(ascii: ":")), let item = value(depth: depth + 1) else { return nil }
            result[key] = item
            skipWhitespace()
        } while consume(UInt8(ascii: ","))
        return consume(UInt8(ascii: "}")) ? result : nil
    }

    private mutating func fields(count: Int, slot: (UnsafeBufferPointer<UInt8>) -> Int?) -> [JSONField?]? {
        skipWhitespace()
        guard consume(UInt8(ascii: "{")) else { return nil }
        var fields = [JSONField?](repeating: nil, count: count)
        skipWhitespace()
        if consume(UInt8(ascii: "}")) { return fields }
        repeat {
            skipWhitespace()
            guard let key = plainKey() else { return nil }
            skipWhitespace()
            guard consume(UInt8(ascii: ":")) else { return nil }
            if let index = slot(key) {
                guard let field = field() else { return nil }
                fields[index] = field
            } else if !skip(depth: 1) {
                return nil
            }
            skipWhitespace()
        } while consume(UInt8(ascii: ","))
        return consume(UInt8(ascii: "}")) ? fields : nil
    }

    /// A key's bytes between its quotes when they are printable ASCII without escapes, else nil.
    private mutating func plainKey() -> UnsafeBufferPointer<UInt8>? {
        guard consume(UInt8(ascii: "\"")) else { return nil }
        let start = position
        while position < bytes.count, bytes[position] != UInt8(ascii: "\"") {
            guard bytes[position] >= 0x20, bytes[position] < 0x80, bytes[position] != UInt8(ascii: "\\") else { return nil }
            position += 1
        }
        guard consume(UInt8(ascii: "\"")) else { return nil }
        return UnsafeBufferPointer(rebasing: bytes[start..<(position - 1)])
    }

    /// A value checked as `value(depth:)` checks it, without building it (ASCII strings without escapes checked in place).
    private mutating func skip(depth: Int) -> Bool {
        skipWhitespace()
        guard position < bytes.count, depth < 512 else { return false }
        switch bytes[position] {
        case UInt8(ascii: "{"):
            return skipList(closing: UInt8(ascii: "}")) { parser in
                parser.skipWhitespace()
                guard parser.position < parser.bytes.count, parser.bytes[parser.position] == UInt8(ascii: "\""), parser.skipString() else { return false }
                parser.skipWhitespace()
                return parser.consume(UInt8(ascii: ":")) && parser.skip(depth: depth + 1)
            }
        case UInt8(ascii: "["): return skipList(closing: UInt8(ascii: "]")) { $0.skip(depth: depth + 1) }
        case UInt8(ascii: "\""): return skipString()
        case UInt8(ascii: "n"): return consume("null")
        default: return value(depth: depth) != nil
        }
    }

    /// Skips `[` or `{` at `position`, items separated by commas, and the closing byte.
    private mutating func skipList(closing: UInt8, _ item: (inout JSONLineParser) -> Bool) -> Bool {
        position += 1
        skipWhitespace()
        if consume(closing) { return true }
        repeat {
            guard item(&self) else { return false }
            skipWhitespace()
        } while consume(UInt8(ascii: ","))
        return consume(closing)
    }

    private mutating func skipString() -> Bool {
        let start = position
        position += 1
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                position += 1
                return true
            }
            if byte == UInt8(ascii: "\\") || byte >= 0x80 {
                position = start
                return string() != nil
            }
            if byte < 0x20 { return false }
            position += 1
        }
        return false
    }

    /// A member's value: strings, whole numbers, null and lists of strings or of objects without going through `Any`.
    private mutating func field() -> JSONField? {
        skipWhitespace()
        guard position < bytes.count else { return nil }
        switch bytes[position] {
        case UInt8(ascii: "\""): return string().map(JSONField.string)
        case UInt8(ascii: "n"): return consume("null") ? .null : nil
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            guard let (text, integral) = numberText() else { return nil }
            if integral, let integer = Int(text) { return .int(integer) }
            return Double(text).map { JSONField.other($0) }
        case UInt8(ascii: "["):
            let start = position
            position += 1
            skipWhitespace()
            if consume(UInt8(ascii: "]")) { return .emptyArray }
            if let strings = list(from: start, UInt8(ascii: "\""), { $0.string() }) { return .strings(strings) }
            if let objects = list(from: start, UInt8(ascii: "{"), { $0.object(depth: 2) }) { return .objects(objects) }
            position = start
            return value(depth: 1).map(JSONField.other)
        default: return value(depth: 1).map(JSONField.other)
        }
    }

    /// The list at `start` when each of its items begins with `first` and reads with `item`; else nil, `position` back at `start`.
    private mutating func list<Item>(from start: Int, _ first: UInt8, _ item: (inout JSONLineParser) -> Item?) -> [Item]? {
        position = start + 1
        var result: [Item] = []
        repeat {
            skipWhitespace()
            guard position < bytes.count, bytes[position] == first, let next = item(&self) else {
                position = start
                return nil
            }
            result.append(next)
            skipWhitespace()
        } while consume(UInt8(ascii: ","))
        guard consume(UInt8(ascii: "]")) else {
            position = start
            return nil
        }
        return result
    }

    private mutating func array(depth: Int) -> [Any]? {
        position += 1
        var result: [Any] = []
        skipWhitespace()
        if consume(UInt8(ascii: "]")) { return result }
        repeat {
            guard let item = value(depth: depth + 1) else { return nil }
            result.append(item)
            skipWhitespace()
        } while consume(UInt8(ascii: ","))
        return consume(UInt8(ascii: "]")) ? result : nil
    }

    /// A string at `position` (its opening quote): unescaped runs are copied whole.
    private mutating func string() -> String? {
        position += 1
        let start = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                defer { position += 1 }
                return Self.text(bytes[start..<position])
            }
            if byte == UInt8(ascii: "\\") { return escapedString(from: start) }
            if byte < 0x20 { return nil }
            position += 1
        }
        return nil
    }

    private mutating func escapedString(from start: Int) -> String? {
        var buffer = Array(bytes[start..<position])
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            switch byte {
            case UInt8(ascii: "\""): return Self.text(buffer[...])
            case UInt8(ascii: "\\"):
                guard position < bytes.count else { return nil }
                let escape = bytes[position]
                position += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): buffer.append(escape)
                case UInt8(ascii: "b"): buffer.append(0x08)
                case UInt8(ascii: "f"): buffer.append(0x0C)
                case UInt8(ascii: "n"): buffer.append(0x0A)
                case UInt8(ascii: "r"): buffer.append(0x0D)
                case UInt8(ascii: "t"): buffer.append(0x09)
                case UInt8(ascii: "u"):
                    guard let scalar = unicodeEscape() else { return nil }
                    buffer.append(contentsOf: String(scalar).utf8)
                default: return nil
                }
            case 0..<0x20: return nil
            default: buffer.append(byte)
            }
        }
        return nil
    }

    /// `XXXX` after `\u`, with a following `\uXXXX` low surrogate when this one is high.
    private mutating func unicodeEscape() -> Unicode.Scalar? {
        guard let high = hex4() else { return nil }
        guard (0xD800..<0xDC00).contains(high) else { return Unicode.Scalar(high) }
        guard consume(UInt8(ascii: "\\")), consume(UInt8(ascii: "u")), let low = hex4(), (0xDC00..<0xE000).contains(low) else { return nil }
        return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
    }

    private mutating func hex4() -> UInt32? {
        guard position + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let digit = Self.hexDigit(bytes[position]) else { return nil }
            value = value << 4 | digit
            position += 1
        }
        return value
    }

    private static func hexDigit(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    /// A number (`-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`): an `Int` when whole and in range, else a `Double`.
    private mutating func number() -> Any? {
        guard let (text, integral) = numberText() else { return nil }
        if integral, let integer = Int(text) { return integer }
        return Double(text)
    }

    /// A number's text, and whether it has neither fraction nor exponent.
    private mutating func numberText() -> (String, Bool)? {
        let start = position
        _ = consume(UInt8(ascii: "-"))
        let first = position
        guard digits() > 0, bytes[first] != UInt8(ascii: "0") || position == first + 1 else { return nil }
        var integral = true
        if consume(UInt8(ascii: ".")) {
            integral = false
            guard digits() > 0 else { return nil }
        }
        if consume(UInt8(ascii: "e")) || consume(UInt8(ascii: "E")) {
            integral = false
            _ = consume(UInt8(ascii: "+")) || consume(UInt8(ascii: "-"))
            guard digits() > 0 else { return nil }
        }
        return (String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self), integral)
    }

    /// Skips ASCII digits; returns how many.
    private mutating func digits() -> Int {
        let start = position
        while position < bytes.count, bytes[position] >= UInt8(ascii: "0"), bytes[position] <= UInt8(ascii: "9") { position += 1 }
        return position - start
    }

    private mutating func literal(_ word: StaticString, _ value: @autoclosure () -> Any) -> Any? {
        consume(word) ? value() : nil
    }

    /// Skips `word` when it comes next.
    private mutating func consume(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard position + count <= bytes.count,
              memcmp(bytes.baseAddress! + position, word.utf8Start, count) == 0 else { return false }
        position += count
        return true
    }

    private mutating func consume(_ byte: UInt8) -> Bool {
        guard position < bytes.count, bytes[position] == byte else { return false }
        position += 1
        return true
    }

    private mutating func skipWhitespace() {
        while position < bytes.count, bytes[position] == 0x20 || bytes[position] == 0x09 || bytes[position] == 0x0A || bytes[position] == 0x0D { position += 1 }
    }

    /// Bytes between a string's quotes as a string: the parser reads a `String`, whose UTF-8 is valid, and cuts it only
    /// at ASCII quotes (escapes decode to whole scalars), so they need no second check.
    private static func text(_ slice: Slice<UnsafeBufferPointer<UInt8>>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: slice), as: UTF8.self)
    }

    private static func text(_ slice: ArraySlice<UInt8>) -> String {
        String(decoding: slice, as: UTF8.self)
    }
}
