import Foundation

/// Reads claimdesk's own JSONL export (the contract, with `events` when exported with history).
///
/// ```swift
/// let claims = try JSONLAnnotationReader.read(path: "exports/sample/claims.jsonl")
/// ```
enum JSONLAnnotationReader {
    static func read(path: String) throws(ClaimdeskError) -> [ImportedClaim] {
        let text = try AnnotationFile.text(path)
        var claims: [ImportedClaim] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: true).enumerated() {
            let origin = "\((path as NSString).lastPathComponent):\(index + 1)"
            guard let data = line.data(using: .utf8), let record = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
                throw .badInput("\(origin) is not a JSON object; import-annotations --format jsonl reads claimdesk JSONL exports")
            }
            claims.append(try claim(from: record, origin: origin))
        }
        return claims
    }

    private static func claim(from record: [String: Any], origin: String) throws(ClaimdeskError) -> ImportedClaim {
        guard let uid = record["id"] as? String, let sha = record["doc_sha256"] as? String,
              let start = record["start"] as? Int, let end = record["end"] as? Int, let text = record["text"] as? String else {
            throw .badInput("\(origin) lacks id, doc_sha256, start, end or text; is it a claimdesk JSONL export?")
        }
        var state = ClaimState(doc: 0, start: start, end: end, text: text)
        state.speaker = record["speaker"] as? String
        state.speakerStart = record["speaker_start"] as? Int
        state.speakerEnd = record["speaker_end"] as? Int
        state.cue = record["cue"] as? String
        state.cueStart = record["cue_start"] as? Int
        state.cueEnd = record["cue_end"] as? Int
        state.quoteType = (record["quote_type"] as? String).flatMap(QuoteType.init(rawValue:))
        state.status = try (record["status"] as? String).map(VerificationStatus.parse) ?? .unverified
        state.rationale = record["rationale"] as? String
        state.tags = (record["tags"] as? [String]) ?? []
        state.reviewState = (record["review_state"] as? String).flatMap(ReviewState.init(rawValue:)) ?? .open
        let sources = (record["sources"] as? [[String: Any]]) ?? []
        state.sources = sources.compactMap { source in (source["name"] as? String).map { SourceLink(name: $0, via: source["via"] as? String) } }
        state.evidence = try ((record["evidence"] as? [[String: Any]]) ?? []).map { item throws(ClaimdeskError) in
            guard let ref = item["ref"] as? String, let reviewer = item["reviewer"] as? String, let at = item["at"] as? String else {
                throw .badInput("\(origin): an evidence item lacks ref, reviewer or at")
            }
            return EvidenceItem(ref: ref, stance: try EvidenceStance.parse(item["stance"] as? String ?? "context"), note: item["note"] as? String, reviewer: reviewer, at: at)
        }
        var claim = ImportedClaim(origin: origin, uid: uid, docSHA256: sha, state: state)
        claim.speakerAliases = (record["speaker_aliases"] as? [String]) ?? []
        for source in sources { if let name = source["name"] as? String { claim.sourceDetails[name] = (source["kind"] as? String, source["url"] as? String) } }
        claim.claimOrigin = (record["origin"] as? String).flatMap(ClaimOrigin.init(rawValue:)) ?? .manual
        (claim.createdBy, claim.createdAt) = (record["created_by"] as? String, record["created_at"] as? String)
        (claim.updatedBy, claim.updatedAt) = (record["updated_by"] as? String, record["updated_at"] as? String)
        claim.events = (record["events"] as? [[String: Any]]) ?? []
        claim.historyCount = record["history_count"] as? Int
        return claim
    }
}

/// Reading annotation files with clear errors.
enum AnnotationFile {
    static func text(_ path: String) throws(ClaimdeskError) -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .badInput("cannot read \(path); check the path")
        }
        guard let text = String(data: data, encoding: .utf8) else { throw .badInput("\(path) is not UTF-8 text") }
        return text
    }
}
