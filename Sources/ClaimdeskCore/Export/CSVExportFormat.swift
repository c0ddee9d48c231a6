/// RFC 4180 CSV: a header row, then one row per claim, every JSONL key as a column in the same order.
///
/// Fields with `,`, `"`, CR or LF are quoted, with `"` doubled; rows end with CRLF. Lists and
/// objects (`speaker_aliases`, `sources`, `rating`, `evidence`, `tags`) are compact JSON in their
/// cell, so nothing is lost and `json.loads` reads them back; null is an empty cell.
/// Opens in spreadsheets and with `pandas.read_csv(path, keep_default_na=False)`.
/// See https://www.rfc-editor.org/rfc/rfc4180
public struct CSVExportFormat: ExportFormat {
    public let name = "csv"
    public let fileExtension = "csv"

    public init() {}

    public func header(project: String) -> [UInt8] {
        Array((CSVExportFormat.columns.joined(separator: ",") + "\r\n").utf8)
    }

    public func append(_ record: ExportRecord, index: Int, to buffer: inout [UInt8]) -> Bool {
        var line: [UInt8] = []
        JSONLExportFormat().append(record, index: index, to: &line)
        let fields = JSONFields.topLevelValues(of: line)
        buffer.append(contentsOf: fields.map(CSVExportFormat.cell).joined(separator: [UInt8(ascii: ",")]))
        buffer.append(contentsOf: [0x0D, 0x0A])
        return true
    }

    /// The JSONL contract's keys, in order.
    static let columns = [
        "schema_version", "id", "doc_id", "doc_title", "doc_sha256", "doc_url", "start", "end", "text", "prefix", "suffix",
        "speaker", "speaker_aliases", "speaker_start", "speaker_end", "cue", "cue_start", "cue_end", "quote_type", "sources",
        "status", "label_fever", "label_averitec", "rating", "rationale", "evidence", "tags", "origin", "review_state",
        "created_by", "created_at", "updated_by", "updated_at", "history_count",
    ]

    /// One field: a JSON string becomes its text, null becomes empty, anything else stays JSON; quoted when needed.
    static func cell(_ value: JSONFields.Value) -> [UInt8] {
        let text: [UInt8]
        switch value {
        case .null: return []
        case .string(let string): text = Array(string.utf8)
        case .raw(let json): text = json
        }
        let special: Set<UInt8> = [UInt8(ascii: ","), UInt8(ascii: "\""), 0x0D, 0x0A]
        guard text.contains(where: special.contains) else { return text }
        return [UInt8(ascii: "\"")] + text.flatMap { $0 == UInt8(ascii: "\"") ? [$0, $0] : [$0] } + [UInt8(ascii: "\"")]
    }
}
