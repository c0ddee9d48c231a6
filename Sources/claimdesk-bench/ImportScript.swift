/// The SQL that makes the sqlite3 shell write what `import-annotations claims.jsonl` writes: every exported
/// claim with its sources, evidence and tags, one `import` event each carrying the claim's snapshot, a
/// `create` event for each speaker and source, and the document-level events, in one transaction.
///
/// The shell itself writes the script from the exported project (`generator`, untimed), as literal
/// INSERTs with speakers and sources looked up by name (claim texts as hex blobs cast to text, so the line ends
/// inside them survive the shell's line reading); the import then runs it on a project that
/// holds the same documents and nothing else.
enum ImportScript {
    /// A query whose output, one statement per line, is the import script.
    static let generator = """
        SELECT 'PRAGMA synchronous = FULL;' || char(10) || 'PRAGMA foreign_keys = ON;' || char(10) || 'BEGIN IMMEDIATE;';
        SELECT 'INSERT INTO speakers (name, kind) VALUES (' || quote(name) || ', ' || quote(kind) || ');' FROM speakers ORDER BY id;
        SELECT 'INSERT INTO speaker_aliases (alias, speaker_id) VALUES (' || quote(a.alias) || ', (SELECT id FROM speakers WHERE name = ' || quote(s.name) || '));'
          FROM speaker_aliases a JOIN speakers s ON s.id = a.speaker_id ORDER BY a.alias;
        SELECT 'INSERT INTO sources (name, kind, url) VALUES (' || quote(name) || ', ' || quote(kind) || ', ' || quote(url) || ');' FROM sources ORDER BY id;
        SELECT 'INSERT INTO events (entity_kind, entity_id, reviewer, at, action, after, batch) SELECT ''speaker'', s.id, ''bench'', strftime(''%Y-%m-%dT%H:%M:%fZ'', ''now''), ''create'', '
            || 'json_object(''aliases'', (SELECT json_group_array(alias) FROM speaker_aliases a WHERE a.speaker_id = s.id), ''kind'', s.kind, ''name'', s.name, ''note'', s.note), 1 FROM speakers s ORDER BY s.id;';
        SELECT 'INSERT INTO events (entity_kind, entity_id, reviewer, at, action, after, batch) SELECT ''source'', s.id, ''bench'', strftime(''%Y-%m-%dT%H:%M:%fZ'', ''now''), ''create'', '
            || 'json_object(''kind'', s.kind, ''name'', s.name, ''url'', s.url), 1 FROM sources s ORDER BY s.id;';
        SELECT 'INSERT INTO claims (uid, doc_id, start, "end", text, speaker_id, speaker_start, speaker_end, cue, cue_start, cue_end, quote_type, status, rationale, review_state, anchor, deleted, origin, created_by, created_at, updated_by, updated_at, prior_events) VALUES ('
            || quote(c.uid) || ', ' || c.doc_id || ', ' || c.start || ', ' || c."end" || ', CAST(' || quote(CAST(c.text AS BLOB)) || ' AS TEXT), '
            || CASE WHEN s.name IS NULL THEN 'NULL' ELSE '(SELECT id FROM speakers WHERE name = ' || quote(s.name) || ')' END || ', '
            || quote(c.speaker_start) || ', ' || quote(c.speaker_end) || ', ' || CASE WHEN c.cue IS NULL THEN 'NULL' ELSE 'CAST(' || quote(CAST(c.cue AS BLOB)) || ' AS TEXT)' END || ', ' || quote(c.cue_start) || ', ' || quote(c.cue_end) || ', '
            || quote(c.quote_type) || ', ' || quote(c.status) || ', ' || quote(c.rationale) || ', ' || quote(c.review_state) || ', ' || quote(c.anchor) || ', 0, '
            || quote(c.origin) || ', ' || quote(c.created_by) || ', ' || quote(c.created_at) || ', ' || quote(c.updated_by) || ', ' || quote(c.updated_at) || ', '
            || (c.prior_events + (SELECT count(*) FROM events e WHERE e.claim_id = c.id AND e.action <> 'import')) || ');'
            || coalesce((SELECT group_concat(char(10) || 'INSERT INTO claim_sources (claim_id, position, source_id, via) VALUES ((SELECT max(id) FROM claims), '
                  || cs.position || ', (SELECT id FROM sources WHERE name = ' || quote(so.name) || '), ' || quote(cs.via) || ');', '')
                FROM claim_sources cs JOIN sources so ON so.id = cs.source_id WHERE cs.claim_id = c.id), '')
            || coalesce((SELECT group_concat(char(10) || 'INSERT INTO evidence (claim_id, position, ref, stance, note, reviewer, at) VALUES ((SELECT max(id) FROM claims), '
                  || ev.position || ', ' || quote(ev.ref) || ', ' || quote(ev.stance) || ', ' || quote(ev.note) || ', ' || quote(ev.reviewer) || ', ' || quote(ev.at) || ');', '')
                FROM evidence ev WHERE ev.claim_id = c.id), '')
            || coalesce((SELECT group_concat(char(10) || 'INSERT INTO claim_tags (claim_id, tag) VALUES ((SELECT max(id) FROM claims), ' || quote(t.tag) || ');', '')
                FROM claim_tags t WHERE t.claim_id = c.id), '')
            || char(10) || 'INSERT INTO events (claim_id, doc_id, reviewer, at, action, detail, after, batch) VALUES ((SELECT max(id) FROM claims), ' || c.doc_id
            || ', ''bench'', strftime(''%Y-%m-%dT%H:%M:%fZ'', ''now''), ''import'', ' || quote('imported from claims.jsonl:' || row_number() OVER (ORDER BY c.doc_id, c.start, c.id))
            || ', ' || quote((SELECT after FROM events e WHERE e.claim_id = c.id ORDER BY e.id DESC LIMIT 1)) || ', 1);'
          FROM claims c LEFT JOIN speakers s ON s.id = c.speaker_id WHERE c.deleted = 0 ORDER BY c.doc_id, c.start, c.id;
        SELECT 'INSERT INTO events (doc_id, reviewer, at, action, detail, batch) VALUES (' || id || ', ''bench'', strftime(''%Y-%m-%dT%H:%M:%fZ'', ''now''), ''import-annotations'', '
            || quote((SELECT count(*) FROM claims WHERE deleted = 0) || ' claims from claims.jsonl') || ', 1);' FROM documents ORDER BY id;
        SELECT 'COMMIT;';
        """

    /// Copies the documents (and nothing else) of the exported project into a fresh one: `sqlite3 TARGET` runs it.
    static func documents(from database: String) -> String {
        "ATTACH \(SQL.literal(database)) AS source; INSERT INTO documents SELECT * FROM source.documents;"
    }

    /// What both imports must agree on.
    static let check = """
        SELECT count(*), sum(length(text)), sum(start), count(speaker_id), (SELECT count(*) FROM claim_sources), (SELECT count(*) FROM claim_tags),
               (SELECT count(*) FROM evidence), (SELECT count(*) FROM events), (SELECT count(*) FROM speaker_aliases) FROM claims
        """
}
