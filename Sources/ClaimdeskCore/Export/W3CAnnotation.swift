/// One claim as a W3C Web Annotation, the JSON-LD object that both `w3c` (inside a collection)
/// and `w3c-lines` (one per line, each with its own `@context`) write.
///
/// `id` `urn:uuid:CLAIM`, `type: Annotation`, `motivation: assessing`, `creator` (who marked the
/// claim), `created`, `modified`; a `target` whose `source` is the document (`doc_url`, else
/// `urn:sha256:` + its SHA-256) with a `TextQuoteSelector` (`exact`, `prefix`, `suffix`, verbatim)
/// and a `TextPositionSelector` (`start`, `end` in code points, as the model counts characters).
/// Bodies are `TextualBody` (`format: text/plain`) with a `purpose`: the speaker (`identifying`),
/// the status (`assessing`), the rationale (`commenting`), each tag (`tagging`), and quote type,
/// cue, speaker mention, each source, origin and review state (`describing`). An attribution other
/// than unverified is an assessing body of its own, `attribution: STATUS`, and its rationale a
/// commenting body `attribution: RATIONALE`; a primary source's description says `primary record`.
/// A discontinuous claim's target is a `List` whose items are one such target per fragment, in
/// order (`{"type":"List","items":[{"source":…,"selector":[…]},…]}`: all of them make the claim).
///
/// Each evidence item is a `describing` TextualBody `evidence: REF (STANCE: NOTE)` with its own
/// `creator` and `created`, preceded, when REF is an IRI, by a `SpecificResource` with `purpose:
/// linking` and `source` REF (as a URI, see ``W3CExportFormat/uri(_:)``). The model gives a
/// SpecificResource no `value` (a body with both `source` and `value` is two kinds of body at once,
/// which the W3C test suite's `3.2-bodyObjectsRecognized` assertion rejects), so the stance travels
/// in the text body, which names the same REF. See https://www.w3.org/TR/annotation-model/
///
/// ```json
/// {"id":"urn:uuid:66f8…","type":"Annotation","motivation":"assessing",…,"body":[…,
///  {"type":"SpecificResource","purpose":"linking","source":"https://stats.example/cpi",…},
///  {"type":"TextualBody","purpose":"describing","format":"text/plain","value":"evidence: https://stats.example/cpi (refutes: CPI table)",…}],
///  "target":{"source":"https://…","selector":[{"type":"TextQuoteSelector",…},{"type":"TextPositionSelector","start":16,"end":66}]}}
/// ```
enum W3CAnnotation {
    static let context = "http://www.w3.org/ns/anno.jsonld"

    /// The annotation of one claim as one JSON object; with `context`, it opens with its own `@context`.
    static func bytes(_ record: ExportRecord, context: Bool) -> [UInt8] {
        var json = JSONWriter(capacity: 2048)
        json.beginObject()
        if context { json.field("@context", W3CAnnotation.context) }
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
        return json.bytes
    }

    private static func person(_ name: String, _ json: inout JSONWriter) {
        json.beginObject()
        json.field("type", "Person")
        json.field("name", name)
        json.endObject()
    }

    private static func bodies(_ record: ExportRecord, _ json: inout JSONWriter) {
        json.key("body")
        json.beginArray()
        if let speaker = record.speaker { textualBody(speaker, purpose: "identifying", &json) }
        textualBody(record.status.rawValue, purpose: "assessing", &json)
        if let rationale = record.rationale { textualBody(rationale, purpose: "commenting", &json) }
        if record.attribution != .unverified { textualBody("attribution: \(record.attribution.rawValue)", purpose: "assessing", &json) }
        if let rationale = record.attributionRationale { textualBody("attribution: \(rationale)", purpose: "commenting", &json) }
        for tag in record.tags { textualBody(tag, purpose: "tagging", &json) }
        for description in descriptions(record) { textualBody(description, purpose: "describing", &json) }
        for item in record.evidence { evidence(item, &json) }
        json.endArray()
    }

    /// What has no body of its own: quote type, cue and speaker mention spans, sources, origin, review state.
    private static func descriptions(_ record: ExportRecord) -> [String] {
        var lines: [String] = []
        if let quoteType = record.quoteType { lines.append("quote type: \(quoteType.rawValue)") }
        if let cue = record.cue, let start = record.cueStart, let end = record.cueEnd { lines.append("cue: \(cue) (\(start)..\(end))") }
        if let start = record.speakerStart, let end = record.speakerEnd { lines.append("speaker mention: \(start)..\(end)") }
        for source in record.sources {
            let details = [source.kind, source.via.map { "via \($0)" }, source.url, source.primary ? "primary record" : nil].compactMap { $0 }
            lines.append("source: \(source.name)" + (details.isEmpty ? "" : " (\(details.joined(separator: "; ")))"))
        }
        lines.append("origin: \(record.origin.rawValue); review: \(record.reviewState.rawValue)")
        return lines
    }

    /// Evidence: a linking SpecificResource when its reference is an IRI, then always a text body
    /// with the reference, stance and note; both with the evidence's reviewer and time.
    private static func evidence(_ item: EvidenceItem, _ json: inout JSONWriter) {
        if let source = W3CExportFormat.uri(item.ref) {
            json.beginObject()
            json.field("type", "SpecificResource")
            json.field("purpose", "linking")
            json.field("source", source)
            provenance(item, &json)
            json.endObject()
        }
        let stance = item.about == .attribution ? "\(item.stance.rawValue) the attribution" : item.stance.rawValue
        let stanceAndNote = ([stance] + [item.note].compactMap { $0 }).joined(separator: ": ")
        json.beginObject()
        json.field("type", "TextualBody")
        json.field("purpose", "describing")
        json.field("format", "text/plain")
        json.field("value", "evidence: \(item.ref) (\(stanceAndNote))")
        provenance(item, &json)
        json.endObject()
    }

    private static func provenance(_ item: EvidenceItem, _ json: inout JSONWriter) {
        json.key("creator")
        person(item.reviewer, &json)
        json.field("created", item.at)
    }

    private static func textualBody(_ value: String, purpose: String, _ json: inout JSONWriter) {
        json.beginObject()
        json.field("type", "TextualBody")
        json.field("purpose", purpose)
        json.field("format", "text/plain")
        json.field("value", value)
        json.endObject()
    }

    /// The document with the claim's selectors; a claim with gaps is a `List` (the model's ordered
    /// set of resources, all required) of one such target per piece.
    private static func target(_ record: ExportRecord, _ json: inout JSONWriter) {
        json.key("target")
        let pieces = record.quotedPieces
        guard pieces.count > 1 else { return pieceTarget(record, pieces[0], &json) }
        json.beginObject()
        json.field("type", "List")
        json.key("items")
        json.beginArray()
        for piece in pieces { pieceTarget(record, piece, &json) }
        json.endArray()
        json.endObject()
    }

    /// The document with a TextQuoteSelector and a TextPositionSelector for one piece: two ways to find the same text.
    private static func pieceTarget(_ record: ExportRecord, _ piece: ExportRecord.QuotedPiece, _ json: inout JSONWriter) {
        json.beginObject()
        json.field("source", record.docURL.flatMap(W3CExportFormat.uri) ?? "urn:sha256:\(record.docSHA256)")
        json.key("selector")
        json.beginArray()
        json.beginObject()
        json.field("type", "TextQuoteSelector")
        json.field("exact", piece.exact)
        json.field("prefix", piece.prefix)
        json.field("suffix", piece.suffix)
        json.endObject()
        json.beginObject()
        json.field("type", "TextPositionSelector")
        json.field("start", piece.range.lowerBound)
        json.field("end", piece.range.upperBound)
        json.endObject()
        json.endArray()
        json.endObject()
    }
}
