import ClaimdeskCore

/// SQL scripts that make the sqlite3 shell do the writes claimdesk does, row for row, in the same transactions.
///
/// Each script starts with `PRAGMA synchronous = FULL` (claimdesk's setting) and runs on a fresh
/// claimdesk project, so the schema, its indexes, checks and triggers, and WAL mode are the same.
enum ReferenceScripts {
    static let header = "PRAGMA synchronous = FULL;\nPRAGMA foreign_keys = ON;"

    /// One transaction per file: read it with `readfile()`, hash it with `sha3()` (the shell has no
    /// SHA-256), count its code points, skip it when the hash is known, record the import event and
    /// make it the reviewer's current document.
    static func importDocument(path: String, title: String) -> String {
        """
        BEGIN IMMEDIATE;
        WITH b AS MATERIALIZED (SELECT readfile(\(SQL.literal(path))) AS bytes),
             f AS MATERIALIZED (SELECT CAST(bytes AS TEXT) AS t, lower(hex(sha3(bytes, 256))) AS h, length(bytes) AS n FROM b)
        INSERT INTO documents (uid, title, path, sha256, text, length, imported_by, imported_at)
          SELECT substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-' || substr(h, 13, 4) || '-' || substr(h, 17, 4) || '-' || substr(h, 21, 12),
                 \(SQL.literal(title)), \(SQL.literal(path)), h, t, length(t), 'bench', \(SQL.now)
          FROM f WHERE NOT EXISTS (SELECT 1 FROM documents WHERE sha256 = f.h);
        INSERT INTO events (doc_id, reviewer, at, action, detail, batch)
          SELECT id, 'bench', imported_at, 'import', 'imported ' || path || ' (' || length(CAST(text AS BLOB)) || ' bytes, sha256 ' || substr(sha256, 1, 12) || ')', \(SQL.nextEventID)
          FROM documents WHERE id = last_insert_rowid();
        INSERT INTO reviewer_state (reviewer, current_doc_id) VALUES ('bench', (SELECT max(id) FROM documents))
          ON CONFLICT (reviewer) DO UPDATE SET current_doc_id = excluded.current_doc_id;
        COMMIT;
        """
    }

    /// One document's claims in one transaction, as `Workbench.createClaims` writes them.
    static func createClaims(_ drafts: [ClaimDraft], docID: Int64) -> String {
        (["BEGIN IMMEDIATE;"] + drafts.map { createClaim($0, docID: docID) } + ["COMMIT;"]).joined(separator: "\n")
    }

    /// Refuses a duplicate span, resolves or creates the speaker and sources, slices the text from the
    /// stored document (`substr` counts code points), inserts the claim, its children and its event.
    private static func createClaim(_ draft: ClaimDraft, docID: Int64) -> String {
        let start = draft.range.lowerBound, end = draft.range.upperBound
        var lines = draft.speaker.map { speakerStatements($0, kind: draft.speakerKind) } ?? []
        lines.append("""
            INSERT INTO claims (uid, doc_id, start, "end", text, speaker_id, quote_type, status, rationale, origin, created_by, created_at, updated_by, updated_at)
              SELECT lower(hex(randomblob(16))), d.id, \(start), \(end), substr(d.text, \(start + 1), \(end - start)), \(draft.speaker.map(SQL.speakerID) ?? "NULL"),
                     \(SQL.literal(draft.quoteType?.rawValue)), '\(draft.status.rawValue)', \(SQL.literal(draft.rationale)), '\(draft.origin.rawValue)', 'bench', \(SQL.now), 'bench', \(SQL.now)
              FROM documents d WHERE d.id = \(docID) AND NOT EXISTS (SELECT 1 FROM claims WHERE doc_id = \(docID) AND start = \(start) AND "end" = \(end) AND deleted = 0);
            """)
        lines += draft.sources.enumerated().flatMap { sourceStatements($1, position: $0) }
        lines += draft.tags.map { "INSERT INTO claim_tags (claim_id, tag) VALUES (\(SQL.lastClaimID), \(SQL.literal($0)));" }
        lines.append(createEvent(draft))
        return lines.joined(separator: "\n")
    }

    /// Creates the speaker unless the name is known or an alias; records its kind when it has none yet;
    /// records the speaker's event when it is new or its kind changed, as claimdesk's entity journal does.
    private static func speakerStatements(_ name: String, kind: String?) -> [String] {
        var lines = ["""
            INSERT INTO speakers (name) SELECT \(SQL.literal(name)) WHERE NOT EXISTS (SELECT 1 FROM speaker_aliases WHERE alias = \(SQL.literal(name))) ON CONFLICT DO NOTHING;
            """]
        if let kind {
            lines.append("UPDATE speakers SET kind = \(SQL.literal(kind)) WHERE id = \(SQL.speakerID(name)) AND kind IS NULL;")
            lines.append(entityEvent("speaker", id: SQL.speakerID(name), action: "annotate", when: "changes() > 0 AND EXISTS"))
        }
        lines.append(entityEvent("speaker", id: SQL.speakerID(name), action: "create", when: "NOT EXISTS"))
        return lines
    }

    /// An entity event for a speaker or source, with its state as JSON, when `when` holds of its earlier events.
    private static func entityEvent(_ kind: String, id: String, action: String, when condition: String) -> String {
        let state = kind == "speaker"
            ? "json_object('aliases', (SELECT json_group_array(alias) FROM speaker_aliases WHERE speaker_id = t.id), 'kind', t.kind, 'name', t.name, 'note', t.note)"
            : "json_object('kind', t.kind, 'name', t.name, 'url', t.url)"
        return """
            INSERT INTO events (entity_kind, entity_id, reviewer, at, action, after, batch)
              SELECT '\(kind)', t.id, 'bench', \(SQL.now), '\(action)', \(state), \(SQL.nextEventID) FROM \(kind)s t
              WHERE t.id = \(id) AND \(condition) (SELECT 1 FROM events e WHERE e.entity_kind = '\(kind)' AND e.entity_id = t.id);
            """
    }

    private static func sourceStatements(_ link: SourceLink, position: Int) -> [String] {
        ["INSERT INTO sources (name) VALUES (\(SQL.literal(link.name))) ON CONFLICT DO NOTHING;",
         entityEvent("source", id: "(SELECT id FROM sources WHERE name = \(SQL.literal(link.name)))", action: "create", when: "NOT EXISTS"),
         """
         INSERT INTO claim_sources (claim_id, position, source_id, via)
           VALUES (\(SQL.lastClaimID), \(position), (SELECT id FROM sources WHERE name = \(SQL.literal(link.name))), \(SQL.literal(link.via)));
         """]
    }

    /// The `create` event with the claim's snapshot built by `json_object` from the stored row.
    private static func createEvent(_ draft: ClaimDraft) -> String {
        let sources = "json_array(" + draft.sources.map { "json_object('name', \(SQL.literal($0.name)), 'via', \(SQL.literal($0.via)))" }.joined(separator: ", ") + ")"
        let tags = "json_array(" + draft.tags.map(SQL.literal).joined(separator: ", ") + ")"
        return """
            INSERT INTO events (claim_id, doc_id, reviewer, at, action, detail, after, batch)
              SELECT c.id, c.doc_id, 'bench', c.created_at, 'create', \(SQL.literal(draft.detail)),
                     json_object('deleted', json('false'), 'doc', c.doc_id, 'end', c."end", 'evidence', json('[]'), 'quote_type', c.quote_type,
                                 'rationale', c.rationale, 'review_state', c.review_state, 'sources', \(sources), 'speaker', s.name,
                                 'start', c.start, 'status', c.status, 'tags', \(tags), 'text', c.text), \(SQL.nextEventID)
              FROM claims c LEFT JOIN speakers s ON s.id = c.speaker_id WHERE c.id = \(SQL.lastClaimID);
            """
    }

    /// One change in one transaction, as the `evidence` command makes it: the evidence row, the claim's
    /// updated_by/at, and an event whose `before` is the claim's last snapshot and `after` adds the item.
    static func addEvidence(claimID: Int64, ref: String, note: String) -> String {
        """
        BEGIN IMMEDIATE;
        UPDATE claims SET updated_by = 'bench', updated_at = \(SQL.now) WHERE id = \(claimID) AND deleted = 0;
        INSERT INTO evidence (claim_id, position, ref, stance, note, reviewer, at)
          SELECT id, (SELECT count(*) FROM evidence WHERE claim_id = \(claimID)), \(SQL.literal(ref)), 'refutes', \(SQL.literal(note)), 'bench', updated_at
          FROM claims WHERE id = \(claimID);
        INSERT INTO events (claim_id, doc_id, reviewer, at, action, before, after, batch)
          SELECT c.id, c.doc_id, 'bench', c.updated_at, 'evidence', e.after,
                 json_set(e.after, '$.evidence[#]', json_object('at', c.updated_at, 'note', \(SQL.literal(note)), 'ref', \(SQL.literal(ref)), 'reviewer', 'bench', 'stance', 'refutes')),
                 \(SQL.nextEventID)
          FROM claims c JOIN events e ON e.id = (SELECT max(id) FROM events WHERE claim_id = \(claimID)) WHERE c.id = \(claimID);
        COMMIT;
        """
    }
}
