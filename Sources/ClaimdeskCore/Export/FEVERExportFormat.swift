/// FEVER-style JSONL: `id`, `verifiable`, `label` (`SUPPORTS`, `REFUTES`, `NOT ENOUGH INFO`),
/// `claim`, and `evidence` as evidence sets `[[annotation_id, evidence_id, ref, null]]` (FEVER's
/// Wikipedia page and sentence become the evidence reference and null). Claims with no FEVER label
/// (unverified, not_checkable) are left out and counted. `id` is the claim's UUID (FEVER's are
/// numbers); `claim` is a discontinuous claim's fragments joined by ` … `. See https://fever.ai/dataset/fever.html
///
/// ```json
/// {"id":"2f39e4ae-…","verifiable":"VERIFIABLE","label":"SUPPORTS","claim":"Common prosperity means …","evidence":[[[null,0,"http://www.xinhuanet.com/…",null]]]}
/// ```
public struct FEVERExportFormat: ExportFormat {
    public let name = "fever"
    public let fileExtension = "jsonl"
    public let skipReason: String? = "no FEVER label for their status (unverified, not_checkable)"

    public init() {}

    public func append(_ record: ExportRecord, index: Int, to buffer: inout [UInt8]) -> Bool {
        guard let label = record.status.feverLabel else { return false }
        var json = JSONWriter(capacity: 1024)
        json.beginObject()
        json.field("id", record.id)
        json.field("verifiable", label == "NOT ENOUGH INFO" ? "NOT VERIFIABLE" : "VERIFIABLE")
        json.field("label", label)
        json.field("claim", record.joinedText)
        json.key("evidence")
        json.beginArray()
        for (position, item) in record.evidence.enumerated() {
            json.beginArray()
            json.beginArray()
            json.null()
            json.int(position)
            json.string(item.ref)
            json.null()
            json.endArray()
            json.endArray()
        }
        json.endArray()
        json.endObject()
        json.raw(0x0A)
        buffer.append(contentsOf: json.bytes)
        return true
    }
}
