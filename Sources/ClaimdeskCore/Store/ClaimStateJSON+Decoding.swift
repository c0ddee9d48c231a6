import Foundation

/// Reading a snapshot back without `JSONDecoder`: history, log, undo and the reading room decode
/// every event's `before` and `after`, a million of them for a large project's report.
///
/// It reads exactly what `JSONDecoder` reads into a ``ClaimState`` (the same required keys, defaults,
/// enumerations and nulls) and gives up, returning nil, on anything else, so that a caller falling back
/// to `JSONDecoder` gets the same state, or the same error, as before:
///
/// ```swift
/// let state = ClaimStateJSON.decode(event.afterJSON) ?? (try JSONDecoder().decode(ClaimState.self, from: data))
/// ```
extension ClaimStateJSON {
    static func decode(_ json: String) -> ClaimState? {
        guard let object = JSONLineParser.parse(json) as? [String: Any] else { return nil }
        return SnapshotFields(object).state
    }
}

/// The fields of one parsed snapshot, read the way the synthesised `Decodable` of ``ClaimState`` reads them.
private struct SnapshotFields {
    let object: [String: Any]

    init(_ object: [String: Any]) {
        self.object = object
    }

    var state: ClaimState? {
        guard let doc = required("doc", Int.self), let start = required("start", Int.self), let end = required("end", Int.self),
              let text = required("text", String.self), let deleted = required("deleted", Bool.self),
              let status = required("status", VerificationStatus.init(rawValue:)),
              let reviewState = required("review_state", ReviewState.init(rawValue:)),
              let tags = object["tags"] as? [String],
              let sourceObjects = object["sources"] as? [Any], let evidenceObjects = object["evidence"] as? [Any] else { return nil }
        var state = ClaimState(doc: Int64(doc), start: start, end: end, text: text)
        (state.deleted, state.status, state.reviewState, state.tags) = (deleted, status, reviewState, tags)
        guard let sources = Self.all(sourceObjects, Self.source), let evidence = Self.all(evidenceObjects, Self.evidence),
              let fragments = optional("fragments", Self.fragments), let speaker = optional("speaker", String.self),
              let speakerStart = optional("speaker_start", Int.self), let speakerEnd = optional("speaker_end", Int.self),
              let cue = optional("cue", String.self), let cueStart = optional("cue_start", Int.self), let cueEnd = optional("cue_end", Int.self),
              let quoteType = optional("quote_type", QuoteType.init(rawValue:)), let rationale = optional("rationale", String.self),
              let attribution = optional("attribution_status", AttributionStatus.init(rawValue:)),
              let attributionRationale = optional("attribution_rationale", String.self),
              let anchor = optional("anchor", AnchorState.init(rawValue:)) else { return nil }
        (state.sources, state.evidence, state.fragments) = (sources, evidence, fragments)
        (state.speaker, state.speakerStart, state.speakerEnd) = (speaker, speakerStart, speakerEnd)
        (state.cue, state.cueStart, state.cueEnd, state.quoteType) = (cue, cueStart, cueEnd, quoteType)
        (state.rationale, state.attribution) = (rationale, attribution ?? .unverified)
        (state.attributionRationale, state.anchor) = (attributionRationale, anchor)
        return state
    }

    /// A key that must be there with a value of this type.
    private func required<T>(_ key: String, _ type: T.Type) -> T? {
        object[key] as? T
    }

    /// A key that must be there with one of an enumeration's raw values.
    private func required<T>(_ key: String, _ parse: (String) -> T?) -> T? {
        (object[key] as? String).flatMap(parse)
    }

    /// `.some(nil)` for a missing or null key, `.some(value)` for a value of the type, nil (give up) for anything else.
    private func optional<T>(_ key: String, _ type: T.Type) -> T?? {
        optional(key) { $0 as? T }
    }

    private func optional<T>(_ key: String, _ parse: (String) -> T?) -> T?? {
        optional(key) { ($0 as? String).flatMap(parse) }
    }

    private func optional<T>(_ key: String, _ read: (Any) -> T?) -> T?? {
        guard let value = object[key], !(value is NSNull) else { return .some(nil) }
        return read(value).map { .some($0) }
    }

    private static func all<T>(_ values: [Any], _ read: ([String: Any]) -> T?) -> [T]? {
        var items: [T] = []
        for value in values {
            guard let object = value as? [String: Any], let item = read(object) else { return nil }
            items.append(item)
        }
        return items
    }

    private static func source(_ object: [String: Any]) -> SourceLink? {
        let fields = SnapshotFields(object)
        guard let name = fields.required("name", String.self), let via = fields.optional("via", String.self),
              let primary = fields.optional("primary", Bool.self) else { return nil }
        return SourceLink(name: name, via: via, primary: primary ?? false)
    }

    private static func evidence(_ object: [String: Any]) -> EvidenceItem? {
        let fields = SnapshotFields(object)
        guard let ref = fields.required("ref", String.self), let stance = fields.required("stance", EvidenceStance.init(rawValue:)),
              let reviewer = fields.required("reviewer", String.self), let at = fields.required("at", String.self),
              let note = fields.optional("note", String.self), let about = fields.optional("about", EvidenceAbout.init(rawValue:)) else { return nil }
        return EvidenceItem(ref: ref, stance: stance, note: note, reviewer: reviewer, at: at, about: about ?? .content)
    }

    /// `[[start, end], …]` as the JSONL contract reads them (anything else is left to `JSONDecoder`).
    private static func fragments(_ value: Any) -> [Range<Int>]? {
        try? ClaimFragments.decode(value, origin: "snapshot")
    }
}
