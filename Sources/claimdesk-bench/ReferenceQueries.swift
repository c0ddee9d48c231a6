import ClaimdeskCore

/// The queries the sqlite3 shell runs beside claimdesk's `claims` and `export` on the same database.
enum ReferenceQueries {
    /// `claims --status S`: the listing's query (`Workbench.forEachClaim`): its columns, join, conditions and order.
    static func listing(status: VerificationStatus) -> String {
        """
        SELECT c.id, c.doc_id, c.start, c."end", c.text, c.status, c.review_state, s.name AS speaker, c.attribution_status, c.layer
        FROM claims c LEFT JOIN speakers s ON s.id = c.speaker_id
        WHERE c.deleted = 0 AND c.layer IS NULL AND c.status IN ('\(status.rawValue)') ORDER BY c.doc_id, c.start, c.id
        """
    }

    /// The JSONL contract built by `json_object`, one line per claim, every key in contract order:
    /// the same joins, prefix and suffix by `substr`, child rows as JSON arrays, the label crosswalks.
    static func jsonl(statuses: [VerificationStatus]) -> String {
        """
        SELECT json_object('schema_version', \(ExportRecord.schemaVersion), 'id', c.uid, 'doc_id', d.uid, 'doc_title', d.title, 'doc_sha256', d.sha256, 'doc_url', d.url,
          'start', c.start, 'end', c."end", 'text', c.text,
          'prefix', substr(d.text, max(1, c.start - 31), min(32, c.start)), 'suffix', substr(d.text, c."end" + 1, 32),
          'speaker', s.name,
          'speaker_aliases', (SELECT json_group_array(alias) FROM (SELECT alias FROM speaker_aliases WHERE speaker_id = c.speaker_id ORDER BY alias)),
          'speaker_start', c.speaker_start, 'speaker_end', c.speaker_end, 'cue', c.cue, 'cue_start', c.cue_start, 'cue_end', c.cue_end,
          'quote_type', c.quote_type,
          'sources', (SELECT json_group_array(json_object('name', name, 'kind', kind, 'via', via, 'url', url, 'primary', json(CASE WHEN primary_record THEN 'true' ELSE 'false' END))) FROM
                       (SELECT so.name, so.kind, cs.via, so.url, cs.primary_record FROM claim_sources cs JOIN sources so ON so.id = cs.source_id
                        WHERE cs.claim_id = c.id ORDER BY cs.position)),
          'status', c.status, 'label_fever', \(labels(\.feverLabel)), 'label_averitec', \(labels(\.averitecLabel)), 'rating', \(ratings()),
          'rationale', c.rationale,
          'evidence', (SELECT json_group_array(json_object('ref', ref, 'stance', stance, 'note', note, 'reviewer', reviewer, 'at', at, 'about', about)) FROM
                        (SELECT * FROM evidence WHERE claim_id = c.id ORDER BY position)),
          'tags', (SELECT json_group_array(tag) FROM (SELECT tag FROM claim_tags WHERE claim_id = c.id ORDER BY tag)),
          'origin', c.origin, 'review_state', c.review_state, 'created_by', c.created_by, 'created_at', c.created_at,
          'updated_by', c.updated_by, 'updated_at', c.updated_at,
          'history_count', c.prior_events + (SELECT count(*) FROM events e WHERE e.claim_id = c.id AND e.action <> 'import'),
          'fragments', json(c.fragments), 'attribution_status', c.attribution_status, 'attribution_rationale', c.attribution_rationale)
        FROM claims c JOIN documents d ON d.id = c.doc_id LEFT JOIN speakers s ON s.id = c.speaker_id
        WHERE \(condition(statuses)) ORDER BY c.doc_id, c.start, c.id
        """
    }

    /// A flat query for `sqlite3 -json`: the claim's columns with the joined document and speaker,
    /// prefix and suffix; no child rows (the shell's JSON mode quotes nested JSON as strings).
    static let flat = """
        SELECT c.uid AS id, d.uid AS doc_id, d.title AS doc_title, d.sha256 AS doc_sha256, d.url AS doc_url, c.start, c."end", c.text,
          substr(d.text, max(1, c.start - 31), min(32, c.start)) AS prefix, substr(d.text, c."end" + 1, 32) AS suffix,
          s.name AS speaker, c.quote_type, c.status, c.rationale, c.origin, c.review_state,
          c.created_by, c.created_at, c.updated_by, c.updated_at
        FROM claims c JOIN documents d ON d.id = c.doc_id LEFT JOIN speakers s ON s.id = c.speaker_id
        WHERE c.deleted = 0 ORDER BY c.doc_id, c.start, c.id
        """

    private static func condition(_ statuses: [VerificationStatus]) -> String {
        let live = "c.deleted = 0"
        guard !statuses.isEmpty else { return live }
        return live + " AND c.status IN (" + statuses.map { "'\($0.rawValue)'" }.joined(separator: ", ") + ")"
    }

    /// `CASE c.status WHEN … THEN 'label' … END` for one of the status crosswalks.
    private static func labels(_ label: (VerificationStatus) -> String?) -> String {
        let cases = VerificationStatus.allCases.compactMap { status in label(status).map { "WHEN '\(status.rawValue)' THEN \(SQL.literal($0))" } }
        return "CASE c.status " + cases.joined(separator: " ") + " END"
    }

    /// The ClaimReview rating object per status, or null.
    private static func ratings() -> String {
        let cases = VerificationStatus.allCases.compactMap { status in
            status.rating.map { "WHEN '\(status.rawValue)' THEN json_object('value', \($0.value), 'best', \($0.best), 'worst', \($0.worst), 'text', \(SQL.literal($0.text)))" }
        }
        return "CASE c.status " + cases.joined(separator: " ") + " END"
    }
}
