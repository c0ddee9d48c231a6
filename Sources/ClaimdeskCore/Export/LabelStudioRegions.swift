/// The `result` list of one Label Studio task: each claim's regions, relations and per-region
/// results (see ``LabelStudioExportFormat`` for their shapes), offsets in UTF-16 code units.
///
/// ```swift
/// var regions = LabelStudioRegions(text: document.text)
/// regions.add(record, to: &json)   // {"id":"claim-3","type":"labels",…}, {"type":"relation",…}, {"id":"claim-3","type":"choices",…}
/// ```
struct LabelStudioRegions {
    let text: DocumentText
    private let offsets: UTF16Offsets
    /// Speaker and cue regions already written, shared by the claims that use them.
    private var written: Set<String> = []

    init(text: DocumentText) {
        self.text = text
        self.offsets = UTF16Offsets(text)
    }

    mutating func add(_ record: ExportRecord, to json: inout JSONWriter) {
        let claim = "claim-\(record.number.map(String.init) ?? record.id)"
        let pieces = record.fragments ?? [record.start..<record.end]
        let ids = pieces.indices.map { $0 == 0 ? claim : "\(claim).\($0 + 1)" }
        for (id, piece) in zip(ids, pieces) { region(id, "Claim", piece, &json) }
        for (from, to) in zip(ids, ids.dropFirst()) { relation(from, to, "continues", &json) }
        if let start = record.speakerStart, let end = record.speakerEnd { mention(of: claim, "Speaker", start..<end, &json) }
        if let start = record.cueStart, let end = record.cueEnd { mention(of: claim, "Cue", start..<end, &json) }
        perRegion(claim, pieces[0], "choices", "status", "choices", [record.status.rawValue], &json)
        if record.attribution != .unverified {
            perRegion(claim, pieces[0], "choices", "attribution", "choices", [record.attribution.rawValue], &json)
        }
        if let rationale = record.rationale { perRegion(claim, pieces[0], "textarea", "rationale", "text", [rationale], &json) }
        if let rationale = record.attributionRationale {
            perRegion(claim, pieces[0], "textarea", "attribution_rationale", "text", [rationale], &json)
        }
        let mentionText = record.speakerStart.flatMap { start in record.speakerEnd.map { text.slice(start..<$0) } }
        if let speaker = record.speaker, speaker != mentionText {
            perRegion(claim, pieces[0], "textarea", "speaker_name", "text", [speaker], &json)
        }
    }

    /// A `Speaker` or `Cue` region (once per span) and the relation from the claim to it.
    private mutating func mention(of claim: String, _ label: String, _ span: Range<Int>, _ json: inout JSONWriter) {
        let id = "\(label.lowercased())-\(offsets.utf16(span.lowerBound))-\(offsets.utf16(span.upperBound))"
        if written.insert(id).inserted { region(id, label, span, &json) }
        relation(claim, id, label.lowercased(), &json)
    }

    private func region(_ id: String, _ label: String, _ span: Range<Int>, _ json: inout JSONWriter) {
        json.beginObject()
        result(id, "labels", "label", &json)
        json.key("value")
        json.beginObject()
        location(span, &json)
        json.field("text", text.slice(span))
        json.field("labels", strings: [label])
        json.endObject()
        json.endObject()
    }

    /// A per-region `choices` or `textarea` result: the region's id and location, and its own values under `key`.
    private func perRegion(_ id: String, _ span: Range<Int>, _ type: String, _ name: String, _ key: String, _ values: [String], _ json: inout JSONWriter) {
        json.beginObject()
        result(id, type, name, &json)
        json.key("value")
        json.beginObject()
        location(span, &json)
        json.field(key, strings: values)
        json.endObject()
        json.endObject()
    }

    private func relation(_ from: String, _ to: String, _ label: String, _ json: inout JSONWriter) {
        json.beginObject()
        json.field("type", "relation")
        json.field("from_id", from)
        json.field("to_id", to)
        json.field("direction", "right")
        json.field("labels", strings: [label])
        json.endObject()
    }

    private func result(_ id: String, _ type: String, _ name: String, _ json: inout JSONWriter) {
        json.field("id", id)
        json.field("type", type)
        json.field("from_name", name)
        json.field("to_name", "text")
    }

    private func location(_ span: Range<Int>, _ json: inout JSONWriter) {
        json.field("start", offsets.utf16(span.lowerBound))
        json.field("end", offsets.utf16(span.upperBound))
    }
}
