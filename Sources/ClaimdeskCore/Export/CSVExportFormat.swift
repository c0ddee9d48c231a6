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
        for (position, field) in JSONFields.contract(record).enumerated() {
            if position > 0 { buffer.append(UInt8(ascii: ",")) }
            buffer.append(contentsOf: CSVExportFormat.cell(field))
        }
        buffer.append(contentsOf: [0x0D, 0x0A])
        return true
    }

    /// One field: a string's text, null as nothing, anything else as its JSON; quoted when needed.
    static func cell(_ field: JSONFields.Field) -> [UInt8] {
        if field.isNull { return [] }
        let text = field.stringBytes ?? field.json
        guard text.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0D || $0 == 0x0A }) else { return text }
        var quoted: [UInt8] = [UInt8(ascii: "\"")]
        for byte in text {
            quoted.append(byte)
            if byte == UInt8(ascii: "\"") { quoted.append(byte) }
        }
        quoted.append(UInt8(ascii: "\""))
        return quoted
    }
}
