/// Encodes a ``ClaimState`` snapshot as compact JSON with sorted keys, nil fields left out.
///
/// The same shape `JSONEncoder` with `.sortedKeys` gives (and `JSONDecoder` reads), written
/// directly: events are appended for every change, so this is on the hot path of bulk marking.
enum ClaimStateJSON {
    static func encode(_ state: ClaimState) -> String {
        var json = JSONWriter(capacity: 512)
        json.beginObject()
        if let anchor = state.anchor { json.field("anchor", anchor.rawValue) }
        if let rationale = state.attributionRationale { json.field("attribution_rationale", rationale) }
        if state.attribution != .unverified { json.field("attribution_status", state.attribution.rawValue) }
        if let cue = state.cue { json.field("cue", cue) }
        optional(&json, "cue_end", state.cueEnd)
        optional(&json, "cue_start", state.cueStart)
        json.key("deleted")
        json.bool(state.deleted)
        json.field("doc", Int(state.doc))
        json.field("end", state.end)
        json.key("evidence")
        json.beginArray()
        for item in state.evidence { evidence(item, &json) }
        json.endArray()
        if let fragments = state.fragments { json.key("fragments"); json.rawJSON(ClaimFragments.text(fragments)) }
        if let quoteType = state.quoteType { json.field("quote_type", quoteType.rawValue) }
        if let rationale = state.rationale { json.field("rationale", rationale) }
        json.field("review_state", state.reviewState.rawValue)
        json.key("sources")
        json.beginArray()
        for link in state.sources { source(link, &json) }
        json.endArray()
        if let speaker = state.speaker { json.field("speaker", speaker) }
        optional(&json, "speaker_end", state.speakerEnd)
        optional(&json, "speaker_start", state.speakerStart)
        json.field("start", state.start)
        json.field("status", state.status.rawValue)
        json.field("tags", strings: state.tags)
        json.field("text", state.text)
        json.endObject()
        return String(decoding: json.bytes, as: UTF8.self)
    }

    private static func optional(_ json: inout JSONWriter, _ key: String, _ value: Int?) {
        if let value { json.field(key, value) }
    }

    private static func evidence(_ item: EvidenceItem, _ json: inout JSONWriter) {
        json.beginObject()
        if item.about != .content { json.field("about", item.about.rawValue) }
        json.field("at", item.at)
        if let note = item.note { json.field("note", note) }
        json.field("ref", item.ref)
        json.field("reviewer", item.reviewer)
        json.field("stance", item.stance.rawValue)
        json.endObject()
    }

    private static func source(_ link: SourceLink, _ json: inout JSONWriter) {
        json.beginObject()
        json.field("name", link.name)
        if link.primary { json.key("primary"); json.bool(true) }
        if let via = link.via { json.field("via", via) }
        json.endObject()
    }
}
