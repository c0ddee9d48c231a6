/// The JSONL contract: one claim per line, every key on every line, keys in contract order.
///
/// Loads with `pandas.read_json(path, lines=True)` and `datasets.load_dataset("json", data_files=path)`;
/// `doc_text[r["start"]:r["end"]] == r["text"]` holds for every row. See https://jsonlines.org.
public struct JSONLExportFormat: ExportFormat {
    public let name = "jsonl"
    public let fileExtension = "jsonl"

    public init() {}

    @discardableResult
    public func append(_ record: ExportRecord, index: Int, to buffer: inout [UInt8]) -> Bool {
        var json = JSONWriter(continuing: &buffer)
        json.beginObject()
        json.field("schema_version", ExportRecord.schemaVersion)
        json.field("id", record.id)
        json.field("doc_id", record.docID)
        json.field("doc_title", record.docTitle)
        json.field("doc_sha256", record.docSHA256)
        json.field("doc_url", record.docURL)
        json.field("start", record.start)
        json.field("end", record.end)
        json.field("text", record.text)
        json.field("prefix", record.prefix)
        json.field("suffix", record.suffix)
        json.field("speaker", record.speaker)
        json.field("speaker_aliases", strings: record.speakerAliases)
        json.field("speaker_start", record.speakerStart)
        json.field("speaker_end", record.speakerEnd)
        json.field("cue", record.cue)
        json.field("cue_start", record.cueStart)
        json.field("cue_end", record.cueEnd)
        json.field("quote_type", record.quoteType?.rawValue)
        Self.appendSources(record.sources, to: &json)
        json.field("status", record.status.rawValue)
        json.field("label_fever", record.status.feverLabel)
        json.field("label_averitec", record.status.averitecLabel)
        appendRating(record.status.rating, to: &json)
        json.field("rationale", record.rationale)
        Self.appendEvidence(record.evidence, to: &json)
        Self.appendTagsToHistory(record, to: &json)
        json.key("fragments")
        json.rawJSON(record.fragments.map(ClaimFragments.text))
        json.field("attribution_status", record.attribution.rawValue)
        json.field("attribution_rationale", record.attributionRationale)
        if let events = record.events { appendEvents(events, key: "events", to: &json) }
        if let events = record.entityEvents { appendEvents(events, key: "entity_events", to: &json) }
        json.endObject()
        json.raw(0x0A)
        buffer = json.bytes
        return true
    }

    /// `tags` through `history_count`, the contract fields the brat note also carries in this order.
    static func appendTagsToHistory(_ record: ExportRecord, to json: inout JSONWriter) {
        json.field("tags", strings: record.tags)
        json.field("origin", record.origin.rawValue)
        json.field("review_state", record.reviewState.rawValue)
        json.field("created_by", record.createdBy)
        json.field("created_at", record.createdAt)
        json.field("updated_by", record.updatedBy)
        json.field("updated_at", record.updatedAt)
        json.field("history_count", record.historyCount)
    }

    static func appendSources(_ sources: [ExportedSource], to json: inout JSONWriter) {
        json.key("sources")
        json.beginArray()
        for source in sources {
            json.beginObject()
            json.field("name", source.name)
            json.field("kind", source.kind)
            json.field("via", source.via)
            json.field("url", source.url)
            json.key("primary")
            json.bool(source.primary)
            json.endObject()
        }
        json.endArray()
    }

    private func appendRating(_ rating: VerificationStatus.Rating?, to json: inout JSONWriter) {
        json.key("rating")
        guard let rating else { json.null(); return }
        json.beginObject()
        json.field("value", rating.value)
        json.field("best", rating.best)
        json.field("worst", rating.worst)
        json.field("text", rating.text)
        json.endObject()
    }

    private func appendEvents(_ events: [ExportedEvent], key: String, to json: inout JSONWriter) {
        json.key(key)
        json.beginArray()
        for event in events {
            json.beginObject()
            json.field("id", Int(event.id))
            json.field("at", event.at)
            json.field("reviewer", event.reviewer)
            json.field("action", event.action)
            json.field("detail", event.detail)
            if let entity = event.entity { json.field("entity", entity.rawValue) }
            json.key("before")
            json.rawJSON(event.beforeJSON)
            json.key("after")
            json.rawJSON(event.afterJSON)
            json.field("reverts", event.reverts.map { Int($0) })
            json.endObject()
        }
        json.endArray()
    }

    static func appendEvidence(_ evidence: [EvidenceItem], to json: inout JSONWriter) {
        json.key("evidence")
        json.beginArray()
        for item in evidence {
            json.beginObject()
            json.field("ref", item.ref)
            json.field("stance", item.stance.rawValue)
            json.field("note", item.note)
            json.field("reviewer", item.reviewer)
            json.field("at", item.at)
            json.field("about", item.about.rawValue)
            json.endObject()
        }
        json.endArray()
    }
}
