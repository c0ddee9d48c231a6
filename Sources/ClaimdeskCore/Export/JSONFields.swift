/// The top-level fields of one JSONL contract record, each as written by ``JSONLExportFormat``, so
/// other formats (CSV cells) reuse the contract's exact encoding instead of a second
/// copy of it.
///
/// ```swift
/// JSONFields.forEachContractValue(of: record) { position, json in
///     // position 8 is "text": json is its quoted, escaped string as the contract writes it;
///     // JSONFields.unescape(json.dropFirst().dropLast(), into: &bytes) gives its UTF-8 text
/// }
/// ```
enum JSONFields {
    /// The contract's keys, in order (schema version 2, without `events`).
    static let contractKeys = [
        "schema_version", "id", "doc_id", "doc_title", "doc_sha256", "doc_url", "start", "end", "text", "prefix", "suffix",
        "speaker", "speaker_aliases", "speaker_start", "speaker_end", "cue", "cue_start", "cue_end", "quote_type", "sources",
        "status", "label_fever", "label_averitec", "rating", "rationale", "evidence", "tags", "origin", "review_state",
        "created_by", "created_at", "updated_by", "updated_at", "history_count",
        "fragments", "attribution_status", "attribution_rationale",
    ]

    /// Calls `body` with each contract value of a record (its `events`, if any, left out) in order:
    /// its position among ``contractKeys`` and its JSON exactly as the contract writes it.
    static func forEachContractValue(of record: ExportRecord, _ body: (Int, Slice<UnsafeBufferPointer<UInt8>>) -> Void) {
        var plain = record
        plain.events = nil
        var line: [UInt8] = []
        line.reserveCapacity(2048)
        JSONLExportFormat().append(plain, index: 0, to: &line)
        line.withUnsafeBufferPointer { forEachTopLevelValue(of: $0, body) }
    }

    /// Calls `body` with each top-level member's value of a compact JSON object, in order.
    static func forEachTopLevelValue(of bytes: UnsafeBufferPointer<UInt8>, _ body: (Int, Slice<UnsafeBufferPointer<UInt8>>) -> Void) {
        var depth = 0, position = 0
        var valueStart: Int?
        var index = 0
        func emit(_ end: Int) {
            guard let start = valueStart else { return }
            body(position, bytes[start..<end])
            position += 1
            valueStart = nil
        }
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\""): index = closingQuote(bytes, after: index)
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if depth == 1 { emit(index) }
                depth -= 1
            case UInt8(ascii: ":") where depth == 1: valueStart = index + 1
            case UInt8(ascii: ",") where depth == 1: emit(index)
            default: break
            }
            index += 1
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

    /// Appends the UTF-8 bytes of a JSON string's contents (between its quotes), escapes resolved.
    static func unescape(_ contents: Slice<UnsafeBufferPointer<UInt8>>, into bytes: inout [UInt8]) {
        var index = contents.startIndex
        while index < contents.endIndex {
            let run = contents[index...].firstIndex(of: UInt8(ascii: "\\")) ?? contents.endIndex
            bytes.append(contentsOf: contents[index..<run])
            index = run
            guard index + 1 < contents.endIndex else {
                if index < contents.endIndex { bytes.append(contents[index]) }
                return
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
    }

    /// `\n`, `\r`, `\t`, `\b`, `\f`; `\"`, `\\` and `\/` stand for themselves.
    private static let simpleEscapes: [UInt8: UInt8] = [
        UInt8(ascii: "n"): 0x0A, UInt8(ascii: "r"): 0x0D, UInt8(ascii: "t"): 0x09, UInt8(ascii: "b"): 0x08, UInt8(ascii: "f"): 0x0C,
    ]
}
