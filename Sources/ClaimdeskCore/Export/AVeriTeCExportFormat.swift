/// AVeriTeC-style JSON: a list of claims with the dataset's keys in its order — `claim`,
/// `required_reannotation` (false), `label`, `justification` (the rationale), `claim_date` (the
/// document's publication date, DD-MM-YYYY as in the dataset), `speaker`, `original_claim_url`
/// (the document's url), `fact_checking_article` (null), `reporting_source` (the last source of the
/// chain: the one that reported the claim),
/// `location_ISO_code` (null), `claim_types` and `fact_checking_strategies` ([]), and
/// `questions`: one per evidence item, whose single answer is the evidence note (or reference),
/// `Abstractive`, with its `source_url` and, beyond the dataset, its `stance`. Claims with no
/// AVeriTeC label (unverified, not_checkable) are left out and counted; `claim` is a discontinuous
/// claim's fragments joined by ` … `.
/// See https://fever.ai/dataset/averitec.html
///
/// ```json
/// [{"claim":"Common prosperity means …","required_reannotation":false,"label":"Supported","justification":"…",
///   "claim_date":"30-09-2021","speaker":"Xi Jinping",…,"questions":[{"question":"What does http://… show?","answers":[…]}]}]
/// ```
public struct AVeriTeCExportFormat: ExportFormat {
    public let name = "averitec"
    public let fileExtension = "json"
    public let skipReason: String? = "no AVeriTeC label for their status (unverified, not_checkable)"

    public init() {}

    public func header(project: String) -> [UInt8] { Array("[\n".utf8) }

    public func append(_ record: ExportRecord, index: Int, to buffer: inout [UInt8]) -> Bool {
        guard let label = record.status.averitecLabel else { return false }
        var json = JSONWriter(capacity: 1024)
        json.beginObject()
        json.field("claim", record.joinedText)
        json.key("required_reannotation")
        json.bool(false)
        json.field("label", label)
        json.field("justification", record.rationale)
        json.field("claim_date", record.docPublished.map(dayFirst))
        json.field("speaker", record.speaker)
        json.field("original_claim_url", record.docURL)
        json.field("fact_checking_article", nil as String?)
        json.field("reporting_source", record.sources.last?.name)
        json.field("location_ISO_code", nil as String?)
        json.field("claim_types", strings: [])
        json.field("fact_checking_strategies", strings: [])
        json.key("questions")
        json.beginArray()
        for item in record.evidence { question(item, &json) }
        json.endArray()
        json.endObject()
        appendArrayItem(json.bytes, index: index, to: &buffer)
        return true
    }

    public func footer(records: Int) -> [UInt8] { Array("\n]\n".utf8) }

    private func question(_ item: EvidenceItem, _ json: inout JSONWriter) {
        json.beginObject()
        json.field("question", "What does \(item.ref) show?")
        json.key("answers")
        json.beginArray()
        json.beginObject()
        json.field("answer", item.note ?? item.ref)
        json.field("answer_type", "Abstractive")
        json.field("source_url", item.ref)
        json.field("source_medium", nil as String?)
        json.field("stance", item.stance.rawValue)
        json.endObject()
        json.endArray()
        json.endObject()
    }

    /// `2021-09-30` → `30-09-2021`.
    private func dayFirst(_ date: String) -> String {
        date.split(separator: "-").reversed().joined(separator: "-")
    }
}
