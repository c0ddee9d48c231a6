import Foundation

/// W3C Web Annotation Data Model: one `AnnotationCollection` (JSON-LD) whose single embedded
/// `AnnotationPage` holds an `Annotation` per claim.
///
/// The collection has `@context` http://www.w3.org/ns/anno.jsonld, an `id`
/// (`urn:claimdesk:project:NAME`), `label`, `total`, and `first`/`last` naming its one page
/// (`…:page:1`, `startIndex` 0, `partOf` the collection). Each annotation has `id`
/// (`urn:uuid:` + the claim id), `type: Annotation`, `motivation: assessing`, `creator` (who
/// marked the claim), `created` and `modified`, and a `target` whose `source` is the document
/// (`doc_url`, else `urn:sha256:` + its SHA-256) with two equivalent selectors: a
/// `TextQuoteSelector` (`exact`, `prefix`, `suffix`, the text verbatim) and a
/// `TextPositionSelector` (`start`, `end` in code points, as the model counts characters).
/// Bodies (`TextualBody`, `format: text/plain`, with a `purpose`): the speaker (`identifying`),
/// the status (`assessing`), the rationale (`commenting`), each tag (`tagging`), and quote type,
/// cue, speaker mention, each source, origin and review state (`describing`); each evidence item
/// is a `SpecificResource` (`linking`) when its reference is an IRI, else a `TextualBody`
/// (`describing`), with its stance and note as `value` and its own `creator` and `created`.
/// See https://www.w3.org/TR/annotation-model/
///
/// ```json
/// {"@context":"http://www.w3.org/ns/anno.jsonld","id":"urn:claimdesk:project:sample","type":"AnnotationCollection",…,
///  "first":{"id":"urn:claimdesk:project:sample:page:1","type":"AnnotationPage",…,"items":[
/// {"id":"urn:uuid:66f8…","type":"Annotation","motivation":"assessing",…,"target":{"source":"https://…","selector":[…]}}
/// ]},"total":8}
/// ```
public struct W3CExportFormat: ExportFormat {
    public let name = "w3c"
    public let fileExtension = "jsonld"

    public init() {}

    public func header(project: String) -> [UInt8] {
        let collection = "urn:claimdesk:project:" + W3CExportFormat.iriSegment(project)
        var json = JSONWriter()
        json.beginObject()
        json.field("@context", "http://www.w3.org/ns/anno.jsonld")
        json.field("id", collection)
        json.field("type", "AnnotationCollection")
        json.field("label", "claimdesk project \(project)")
        json.field("last", collection + ":page:1")
        json.key("first")
        json.beginObject()
        json.field("id", collection + ":page:1")
        json.field("type", "AnnotationPage")
        json.field("partOf", collection)
        json.field("startIndex", 0)
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

    public func footer(records: Int) -> [UInt8] { Array("\n]},\"total\":\(records)}\n".utf8) }

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

    /// Evidence: a linked resource when its reference is an IRI, else a description; with its stance, note, reviewer and time.
    private func evidence(_ item: EvidenceItem, _ json: inout JSONWriter) {
        let stanceAndNote = ([item.stance.rawValue] + [item.note].compactMap { $0 }).joined(separator: ": ")
        json.beginObject()
        if W3CExportFormat.isIRI(item.ref) {
            json.field("type", "SpecificResource")
            json.field("purpose", "linking")
            json.field("source", item.ref)
            json.field("value", stanceAndNote)
        } else {
            json.field("type", "TextualBody")
            json.field("purpose", "describing")
            json.field("format", "text/plain")
            json.field("value", "evidence: \(item.ref) (\(stanceAndNote))")
        }
        json.key("creator")
        person(item.reviewer, &json)
        json.field("created", item.at)
        json.endObject()
    }

    private func textualBody(_ value: String, purpose: String, _ json: inout JSONWriter) {
        json.beginObject()
        json.field("type", "TextualBody")
        json.field("purpose", purpose)
        json.field("format", "text/plain")
        json.field("value", value)
        json.endObject()
    }

    private func target(_ record: ExportRecord, _ json: inout JSONWriter) {
        json.key("target")
        json.beginObject()
        json.field("source", record.docURL.flatMap { W3CExportFormat.isIRI($0) ? $0 : nil } ?? "urn:sha256:\(record.docSHA256)")
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

    /// Whether a reference is an absolute IRI (a scheme, a colon, no white space), as a `source` must be.
    static func isIRI(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":"), !text.contains(where: \.isWhitespace) else { return false }
        let scheme = Array(text[..<colon].unicodeScalars)
        guard let first = scheme.first, first.isASCII, first.properties.isAlphabetic else { return false }
        return scheme.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "+-.".unicodeScalars.contains($0)) }
    }

    /// A project name as an IRI path segment (percent-encoded outside the unreserved characters).
    static func iriSegment(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")) ?? text
    }
}
