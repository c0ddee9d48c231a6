/// RFC 4180 CSV: a header row, then one row per claim, every JSONL key as a column in the same order.
///
/// Rows end with CRLF; a field holding `,`, `"`, CR or LF is quoted, with `"` doubled (so line
/// ends inside a claim's text stay exact). Strings are their text; numbers are digits; null is an
/// empty cell. Lists and objects (`speaker_aliases`, `sources`, `rating`, `evidence`, `tags`) are
/// compact JSON in their cell — unambiguous whatever the names contain, and `json.loads` reads
/// them back. Opens in spreadsheets, with Python's `csv` module, and with
/// `pandas.read_csv(path, keep_default_na=False, dtype=str)`.
///
/// ```
/// schema_version,id,doc_id,…,text,…,sources,…
/// 2,2f39e4ae-…,f58fc03a-…,…,"Common prosperity means prosperity for all, not just a few …",…,"[{""name"":""Xinhua"",…}]",…
/// ```
/// See https://www.rfc-editor.org/rfc/rfc4180
public struct CSVExportFormat: ExportFormat {
    public let name = "csv"
    public let fileExtension = "csv"

    public init() {}

    public func header(project: String) -> [UInt8] {
        Array((JSONFields.contractKeys.joined(separator: ",") + "\r\n").utf8)
    }

    public func append(_ record: ExportRecord, index: Int, to buffer: inout [UInt8]) -> Bool {
        JSONFields.forEachContractValue(of: record) { position, json in
            if position > 0 { buffer.append(UInt8(ascii: ",")) }
            CSVExportFormat.appendCell(json, to: &buffer)
        }
        buffer.append(contentsOf: [0x0D, 0x0A])
        return true
    }

    /// One field from its JSON: a string's text, null (the only four-letter value starting with `n`)
    /// as nothing, anything else as its JSON; quoted when it holds `,`, `"`, CR or LF.
    static func appendCell(_ json: Slice<UnsafeBufferPointer<UInt8>>, to buffer: inout [UInt8]) {
        let start = buffer.count
        if json.first == UInt8(ascii: "\"") {
            JSONFields.unescape(json.dropFirst().dropLast(), into: &buffer)
        } else if json.count != 4 || json.first != UInt8(ascii: "n") {
            buffer.append(contentsOf: json)
        }
        guard buffer[start...].contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0D || $0 == 0x0A }) else { return }
        guard buffer[start...].contains(UInt8(ascii: "\"")) else {
            buffer.insert(UInt8(ascii: "\""), at: start)
            buffer.append(UInt8(ascii: "\""))
            return
        }
        let text = Array(buffer[start...])
        buffer.removeSubrange(start...)
        buffer.append(UInt8(ascii: "\""))
        for byte in text {
            buffer.append(byte)
            if byte == UInt8(ascii: "\"") { buffer.append(byte) }
        }
        buffer.append(UInt8(ascii: "\""))
    }
}
