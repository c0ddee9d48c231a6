/// W3C Web Annotation Data Model: one `AnnotationCollection` (JSON-LD) whose first page holds an
/// `Annotation` per claim.
///
/// Each annotation's target is the document (`doc_url`, else `urn:sha256:…` of its bytes) with a
/// `TextQuoteSelector` (exact, prefix, suffix) and a `TextPositionSelector` (start, end in code
/// points, as the model counts characters). Bodies: the speaker (`identifying`), the status
/// (`assessing`), the rationale (`commenting`), each tag (`tagging`), quote type, cue, speaker
/// mention, sources, origin and review state (`describing`), and each evidence item as a linked
/// `SpecificResource` (`linking`); `creator`, `created`, `modified` and `motivation: assessing`. See https://www.w3.org/TR/annotation-model/
public struct W3CExportFormat: ExportFormat {
    public let name = "w3c"
    public let fileExtension = "jsonld"

    public init() {}

    public func header(project: String) -> [UInt8] {
        var json = JSONWriter()
        json.beginObject()
        json.field("@context", "http://www.w3.org/ns/anno.jsonld")
        json.field("id", "urn:claimdesk:project:\(project)")
        json.field("type", "AnnotationCollection")
        json.field("label", "claimdesk project \(project)")
        json.key("first")
        json.beginObject()
        json.field("type", "AnnotationPage")
        json.key("items")
        return json.bytes + Array("[\n".utf8)
    }

    public func append(_ record: ExportRecord, index: Int, to buffer: inout [UInt8]) -> Bool {
        var json = JSONWriter(capacity: 2048)
        json.beginObject()
        json.field("id", "urn:uuid:\(record.id)")
        json.field("type", "Annotation")
        json.field("motivation", "assessing")
        json.key("creator")
        person(record.createdBy, &json)
        json.field("created", record.createdAt)
        json.field("modified", record.updatedAt)
        bodies(record, &json)
        target(record, &json)
        json.endObject()
        appendArrayItem(json.bytes, index: index, to: &buffer)
        return true
    }

    public func footer() -> [UInt8] { Array("\n]}}\n".utf8) }

    private func person(_ name: String, _ json: inout JSONWriter) {
        json.beginObject()
        json.field("type", "Person")
        json.field("name", name)
        json.endObject()
    }

    private func bodies(_ record: ExportRecord, _ json: inout JSONWriter) {
        json.key("body")
        json.beginArray()
        if let speaker = record.speaker { textualBody(speaker, purpose: "identifying", &json) }
        textualBody(record.status.rawValue, purpose: "assessing", &json)
        if let rationale = record.rationale { textualBody(rationale, purpose: "commenting", &json) }
        for tag in record.tags { textualBody(tag, purpose: "tagging", &json) }
        for description in descriptions(record) { textualBody(description, purpose: "describing", &json) }
        for item in record.evidence { evidence(item, &json) }
        json.endArray()
    }

    /// What has no body of its own: quote type, cue and speaker mention spans, sources, origin, review state.
    private func descriptions(_ record: ExportRecord) -> [String] {
        var lines: [String] = []
        if let quoteType = record.quoteType { lines.append("quote type: \(quoteType.rawValue)") }
        if let cue = record.cue, let start = record.cueStart, let end = record.cueEnd { lines.append("cue: \(cue) (\(start)..\(end))") }
        if let start = record.speakerStart, let end = record.speakerEnd { lines.append("speaker mention: \(start)..\(end)") }
        for source in record.sources {
            let details = [source.kind, source.via.map { "via \($0)" }, source.url].compactMap { $0 }
            lines.append("source: \(source.name)" + (details.isEmpty ? "" : " (\(details.joined(separator: "; ")))"))
        }
        lines.append("origin: \(record.origin.rawValue); review: \(record.reviewState.rawValue)")
        return lines
    }

    /// Evidence as a linked resource, with its stance, note, reviewer and time.
    private func evidence(_ item: EvidenceItem, _ json: inout JSONWriter) {
        json.beginObject()
        json.field("type", "SpecificResource")
        json.field("purpose", "linking")
        json.field("source", item.ref)
        json.field("value", ([item.stance.rawValue] + [item.note].compactMap { $0 }).joined(separator: ": "))
        json.key("creator")
        person(item.reviewer, &json)
        json.field("created", item.at)
        json.endObject()
    }

    private func textualBody(_ value: String, purpose: String, _ json: inout JSONWriter) {
        json.beginObject()
        json.field("type", "TextualBody")
        json.field("purpose", purpose)
        json.field("value", value)
        json.endObject()
    }

    private func target(_ record: ExportRecord, _ json: inout JSONWriter) {
        json.key("target")
        json.beginObject()
        json.field("source", record.docURL ?? "urn:sha256:\(record.docSHA256)")
        json.key("selector")
        json.beginArray()
        json.beginObject()
        json.field("type", "TextQuoteSelector")
        json.field("exact", record.text)
        json.field("prefix", record.prefix)
        json.field("suffix", record.suffix)
        json.endObject()
        json.beginObject()
        json.field("type", "TextPositionSelector")
        json.field("start", record.start)
        json.field("end", record.end)
        json.endObject()
        json.endArray()
        json.endObject()
    }
}
