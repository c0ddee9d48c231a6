import Foundation

/// Decodes one claim record with the JSONL contract's keys (a line of a claimdesk export, or the
/// fields a brat import gathers from its lines and notes) into an ``ImportedClaim``.
///
/// Missing keys take their defaults (no speaker, `unverified`, `manual`, `open`, no timestamps);
/// present keys must have the contract's types and values, else the error names the origin.
/// Schema 1 and 2 records both read: schema 2's `fragments` (null, or the pieces of a discontinuous
/// claim, checked against `start`/`end` by ``ClaimFragments``), its `attribution_status`, `attribution_rationale`, evidence `about` and source `primary` default
/// to unverified, none, `content` and false when absent.
///
/// ```swift
/// let claim = try ClaimRecord.decode(["start": 0, "end": 5, "text": "Hello"], origin: "doc.ann (T1)")
/// ```
enum ClaimRecord {
    static func decode(_ record: some ClaimFields, origin: String) throws(ClaimdeskError) -> ImportedClaim {
        guard let start = record.int(.start), let end = record.int(.end), let text = record.string(.text) else {
            throw .badInput("\(origin) lacks start, end or text; is it a claimdesk export?")
        }
        try checkVersion(record, origin)
        guard 0 <= start, start <= end else {
            throw .badInput("\(origin): the span \(start)..\(end) ends before it starts; start and end are code-point offsets, start first")
        }
        var claim = ImportedClaim(origin: origin, uid: record.string(.id), docSHA256: record.string(.docSHA256),
                                  state: try state(record, start: start, end: end, text: text, origin: origin))
        claim.speakerAliases = record.strings(.speakerAliases) ?? []
        for source in sources(record) { if let name = source["name"] as? String { claim.sourceDetails[name] = (source["kind"] as? String, source["url"] as? String) } }
        claim.claimOrigin = try value(record, .origin, origin, ClaimOrigin.init(rawValue:)) ?? .manual
        (claim.createdBy, claim.createdAt) = (record.string(.createdBy), record.string(.createdAt))
        (claim.updatedBy, claim.updatedAt) = (record.string(.updatedBy), record.string(.updatedAt))
        claim.events = record.objects(.events) ?? []
        claim.entityEvents = record.objects(.entityEvents) ?? []
        claim.historyCount = record.int(.historyCount)
        return claim
    }

    private static func state(_ record: some ClaimFields, start: Int, end: Int, text: String, origin: String) throws(ClaimdeskError) -> ClaimState {
        var state = ClaimState(doc: 0, start: start, end: end, text: text)
        let fragments = try ClaimFragments.decode(record.value(.fragments), origin: origin)
        state.fragments = try ClaimFragments.normalized(fragments, covering: start..<end, origin: origin)
        state.speaker = record.string(.speaker)
        (state.speakerStart, state.speakerEnd) = (record.int(.speakerStart), record.int(.speakerEnd))
        (state.cue, state.cueStart, state.cueEnd) = (record.string(.cue), record.int(.cueStart), record.int(.cueEnd))
        state.quoteType = try value(record, .quoteType, origin, QuoteType.init(rawValue:))
        state.status = try exported(record.string(.status) ?? "unverified", VerificationStatus.parse)
        state.rationale = record.string(.rationale)
        state.attribution = try value(record, .attributionStatus, origin, AttributionStatus.init(rawValue:)) ?? .unverified
        state.attributionRationale = record.string(.attributionRationale)
        state.tags = record.strings(.tags) ?? []
        state.reviewState = try value(record, .reviewState, origin, ReviewState.init(rawValue:)) ?? .open
        state.sources = sources(record).compactMap { source in
            (source["name"] as? String).map { SourceLink(name: $0, via: source["via"] as? String, primary: source["primary"] as? Bool ?? false) }
        }
        state.evidence = try (record.objects(.evidence) ?? []).map { item throws(ClaimdeskError) in try evidence(item, origin) }
        return state
    }

    private static func sources(_ record: some ClaimFields) -> [[String: Any]] {
        record.objects(.sources) ?? []
    }

    private static func evidence(_ item: [String: Any], _ origin: String) throws(ClaimdeskError) -> EvidenceItem {
        guard let ref = item["ref"] as? String, let reviewer = item["reviewer"] as? String, let at = item["at"] as? String else {
            throw .badInput("\(origin): an evidence item lacks ref, reviewer or at")
        }
        return EvidenceItem(ref: ref, stance: try exported(item["stance"] as? String ?? "context", EvidenceStance.parse), note: item["note"] as? String,
                            reviewer: reviewer, at: at, about: try value(item["about"] as? String, "about", origin, EvidenceAbout.init(rawValue:)) ?? .content)
    }

    /// Schema versions 1 and 2 read; a newer one is refused with what to do.
    private static func checkVersion(_ record: some ClaimFields, _ origin: String) throws(ClaimdeskError) {
        if let version = record.int(.schemaVersion), !(1...ExportRecord.schemaVersion).contains(version) {
            throw .badInput("\(origin): schema_version \(version) is newer than this claimdesk reads (1 to \(ExportRecord.schemaVersion)); update claimdesk")
        }
    }

    /// `text` as exported (a raw value), else as `parse` reads it: its spelling fixes cost more than the rest of the line.
    private static func exported<T: RawRepresentable<String>>(_ text: String, _ parse: (String) throws(ClaimdeskError) -> T) throws(ClaimdeskError) -> T {
        if let value = T(rawValue: text) { return value }
        return try parse(text)
    }

    /// An enumerated value, nil when absent or null, an error when it is not one of the known values.
    private static func value<T>(_ record: some ClaimFields, _ key: ClaimKey, _ origin: String, _ parse: (String) -> T?) throws(ClaimdeskError) -> T? {
        try value(record.string(key), key.name, origin, parse)
    }

    private static func value<T>(_ text: String?, _ key: String, _ origin: String, _ parse: (String) -> T?) throws(ClaimdeskError) -> T? {
        guard let text else { return nil }
        guard let parsed = parse(text) else { throw .badInput("\(origin): \(key) '\(text)' is not a value claimdesk knows; see docs/schema/claim.schema.json") }
        return parsed
    }
}
