/// The top-level fields of one JSONL contract record, each as written by ``JSONLExportFormat``, so
/// other formats (CSV cells) reuse the contract's exact encoding instead of a second
/// copy of it.
///
/// ```swift
/// let fields = JSONFields.contract(record)
/// fields[8].key                        // "text"
/// fields[8].stringBytes                // the text's UTF-8 bytes, unescaped
/// fields[19].json                      // [{"name":"VOA News",…}] as written
/// ```
enum JSONFields {
    struct Field {
        let key: String
        /// The value as JSON, exactly as the contract writes it.
        let json: [UInt8]

        var isNull: Bool { json == Array("null".utf8) }

        /// A string value's UTF-8 bytes, unescaped; nil for any other value.
        var stringBytes: [UInt8]? {
            json.first == UInt8(ascii: "\"") ? JSONFields.unescape(json[1..<(json.count - 1)]) : nil
        }
    }

    /// The contract's keys, in order (schema version 2, without `events`).
    static let contractKeys = [
        "schema_version", "id", "doc_id", "doc_title", "doc_sha256", "doc_url", "start", "end", "text", "prefix", "suffix",
        "speaker", "speaker_aliases", "speaker_start", "speaker_end", "cue", "cue_start", "cue_end", "quote_type", "sources",
        "status", "label_fever", "label_averitec", "rating", "rationale", "evidence", "tags", "origin", "review_state",
        "created_by", "created_at", "updated_by", "updated_at", "history_count",
        "fragments", "attribution_status", "attribution_rationale",
    ]

    /// The contract fields of a record (its `events`, if any, left out).
    static func contract(_ record: ExportRecord) -> [Field] {
        var plain = record
        plain.events = nil
        var line: [UInt8] = []
        JSONLExportFormat().append(plain, index: 0, to: &line)
        return zip(contractKeys, topLevelValues(of: line)).map { Field(key: $0, json: $1) }
    }

    /// The values of a compact JSON object's top-level members, in order.
    static func topLevelValues(of object: [UInt8]) -> [[UInt8]] {
        object.withUnsafeBufferPointer { bytes in
            var values: [[UInt8]] = []
            var depth = 0
            var valueStart: Int?
            var index = 0
            while index < bytes.count {
                switch bytes[index] {
                case UInt8(ascii: "\""): index = closingQuote(bytes, after: index)
                case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    if depth == 1, let start = valueStart { values.append(Array(bytes[start..<index])); valueStart = nil }
                    depth -= 1
                case UInt8(ascii: ":") where depth == 1: valueStart = index + 1
                case UInt8(ascii: ",") where depth == 1:
                    if let start = valueStart { values.append(Array(bytes[start..<index])) }
                    valueStart = nil
                default: break
                }
                index += 1
            }
            return values
        }
    }

    /// Where the string that opens at `start` closes (an escape skips the byte after its backslash).
    private static func closingQuote(_ bytes: UnsafeBufferPointer<UInt8>, after start: Int) -> Int {
        var index = start + 1
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\\"): index += 2
            case UInt8(ascii: "\""): return index
            default: index += 1
            }
        }
        return bytes.count
    }

    /// The UTF-8 bytes of a JSON string's contents (between its quotes), escapes resolved.
    static func unescape(_ contents: ArraySlice<UInt8>) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(contents.count)
        var index = contents.startIndex
        while index < contents.endIndex {
            let byte = contents[index]
            guard byte == UInt8(ascii: "\\"), index + 1 < contents.endIndex else {
                bytes.append(byte)
                index += 1
                continue
            }
            let escape = contents[index + 1]
            if escape == UInt8(ascii: "u"), index + 6 <= contents.endIndex {
                let code = UInt32(String(decoding: contents[(index + 2)..<(index + 6)], as: UTF8.self), radix: 16) ?? 0xFFFD
                bytes.append(contentsOf: String(Unicode.Scalar(code) ?? "\u{FFFD}").utf8)
                index += 6
            } else {
                bytes.append(simpleEscapes[escape] ?? escape)
                index += 2
            }
        }
        return bytes
    }

    /// `\n`, `\r`, `\t`, `\b`, `\f`; `\"`, `\\` and `\/` stand for themselves.
    private static let simpleEscapes: [UInt8: UInt8] = [
        UInt8(ascii: "n"): 0x0A, UInt8(ascii: "r"): 0x0D, UInt8(ascii: "t"): 0x09, UInt8(ascii: "b"): 0x08, UInt8(ascii: "f"): 0x0C,
    ]
}
