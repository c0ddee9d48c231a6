import Foundation

/// The manifest written beside every export: what it holds and how to check it.
///
/// ```json
/// {"schema_version":1,"format":"jsonl","project":"sample","file":"claims.jsonl","records":8,
///  "sha256":"…","filters":{"status":[],"speaker":null,"doc":null},"last_event_id":57,"generator":"claimdesk"}
/// ```
///
/// `skipped` appears when the format left claims out; a split export adds `split` (its name),
/// `split_seed` and `split_shares` (every split's share), so each split's manifest tells how to
/// rebuild all of them. An export of one reviewer's layer adds `layer`; one that holds adjudicated
/// documents adds `agreement`, the agreement figures of their layers (the `agreement --format json` object).
struct ExportManifest {
    let request: ExportRequest
    let project: String
    let file: String
    let records: Int
    let skipped: Int
    let sha256: String
    /// The newest event when exported: which state of the project this is.
    let lastEventID: Int64?
    /// The agreement figures (JSON) of the adjudicated documents the export holds, if any.
    var agreement: String? = nil

    func bytes() -> [UInt8] {
        var json = JSONWriter()
        json.beginObject()
        json.field("schema_version", ExportRecord.schemaVersion)
        json.field("format", request.format.name)
        json.field("project", project)
        json.field("file", (file as NSString).lastPathComponent)
        json.field("records", records)
        if skipped > 0 { json.field("skipped", skipped) }
        json.field("sha256", sha256)
        json.key("filters")
        json.beginObject()
        json.field("status", strings: request.filter.statuses.map(\.rawValue))
        json.field("speaker", request.filter.speaker)
        json.field("doc", request.filter.docID.map { Int($0) })
        json.field("review_state", strings: request.filter.reviewStates.map(\.rawValue))
        json.endObject()
        json.key("with_history")
        json.bool(request.withHistory)
        if case .reviewer(let name) = request.filter.layers { json.field("layer", name) }
        if let agreement { json.key("agreement"); json.rawJSON(agreement) }
        if let split = request.split {
            json.field("split", split.name)
            json.field("split_seed", split.plan.seed)
            json.key("split_shares")
            json.beginObject()
            for (name, share) in split.plan.shares { json.key(name); json.rawJSON(String(share)) }
            json.endObject()
        }
        json.field("last_event_id", lastEventID.map { Int($0) })
        json.field("generator", "claimdesk")
        json.endObject()
        json.raw(0x0A)
        return json.bytes
    }
}
