/// The keys of a claim record that ``ClaimRecord`` reads (the JSONL contract's names), in the order an export writes them.
///
/// Cases are numbered, so ``ClaimLineFields`` keeps a line's values in an array indexed by them.
///
/// ```swift
/// ClaimKey.docSHA256.name   // "doc_sha256"
/// ```
enum ClaimKey: Int, CaseIterable {
    case schemaVersion, id, docSHA256, start, end, text, speaker, speakerAliases, speakerStart, speakerEnd
    case cue, cueStart, cueEnd, quoteType, sources, status, rationale, evidence, tags, origin, reviewState
    case createdBy, createdAt, updatedBy, updatedAt, historyCount, fragments, attributionStatus, attributionRationale
    case events, entityEvents

    /// The key as records spell it.
    var name: String { Self.names[rawValue] }

    private static let names: [String] = {
        let names = ["schema_version", "id", "doc_sha256", "start", "end", "text", "speaker", "speaker_aliases", "speaker_start", "speaker_end",
                     "cue", "cue_start", "cue_end", "quote_type", "sources", "status", "rationale", "evidence", "tags", "origin", "review_state",
                     "created_by", "created_at", "updated_by", "updated_at", "history_count", "fragments", "attribution_status", "attribution_rationale",
                     "events", "entity_events"]
        precondition(names.count == allCases.count, "one name per key")
        return names
    }()
}
