/// The PostgreSQL project schema: the SQLite schema's tables, columns and checks, version for version.
///
/// Text columns use the "C" collation, so text sorts by code point as on SQLite whatever the
/// server's locale; names of speakers, aliases and sources are unique without ASCII case through
/// `claimdesk_fold` (SQLite's NOCASE). Events refuse UPDATE, DELETE and TRUNCATE by trigger.
/// The version is the `user_version` row of `claimdesk_meta`.
enum PostgresSchema {
    /// The first half of every advisory lock key claimdesk takes ("CDSK").
    static let applicationKey: Int32 = 0x4344_534B

    static var currentVersion: Int { migrations.count }

    /// Migration `i` takes the schema from version `i` to `i + 1` (the same steps as ``SQLiteSchema``).
    static let migrations: [String] = [version1, version2, version3, version4, layerTables, searchIndex, claimFragments,
                                          SharedMigrations.liveClaimsByStatus, SharedMigrations.liveClaimsByAttribution]

    /// Version 7: discontinuous claims. `fragments` holds a claim's pieces as JSON (`[[10,20],[31,40]]`, see
    /// ``ClaimFragments``); NULL for a claim that is one span, which every claim before this version is.
    static let claimFragments = """
        ALTER TABLE claims ADD COLUMN fragments TEXT COLLATE "C";
        """

    /// Version 6: the full-text index (tsvector columns with GIN indexes) of documents and claims, filled by
    /// ``SearchIndex/rebuild(_:)`` in the migration's transaction (words folded in Swift, as on SQLite).
    static let searchIndex = """
        CREATE TABLE search_documents (doc_id BIGINT PRIMARY KEY REFERENCES documents(id), terms tsvector NOT NULL);
        CREATE INDEX search_documents_terms ON search_documents USING gin (terms);
        CREATE TABLE search_claims (claim_id BIGINT PRIMARY KEY REFERENCES claims(id), body tsvector NOT NULL, whole tsvector NOT NULL);
        CREATE INDEX search_claims_body ON search_claims USING gin (body);
        CREATE INDEX search_claims_whole ON search_claims USING gin (whole);
        CREATE INDEX documents_by_previous ON documents(previous_id);
        """

    /// The project's schema version, or nil when the schema holds no claimdesk project.
    static func version(_ db: PostgresDatabase) throws -> Int? {
        let hasMeta: Bool = try db.value("SELECT to_regclass('claimdesk_meta') IS NOT NULL") ?? false
        guard hasMeta else { return nil }
        let application: String? = try db.value("SELECT value FROM claimdesk_meta WHERE key = 'application_id'")
        guard application == String(applicationKey) else { return nil }
        return try db.value("SELECT value FROM claimdesk_meta WHERE key = 'user_version'").flatMap { (text: String) in Int(text) }
    }

    static func migrate(_ db: PostgresDatabase, from version: Int) throws {
        for index in version..<migrations.count {
            try db.runScript(migrations[index])
            try db.execute("UPDATE claimdesk_meta SET value = ? WHERE key = 'user_version'", [String(index + 1)])
        }
        if migrations[version...].contains(searchIndex) { try SearchIndex.rebuild(db) }
    }

    private static let text = "TEXT COLLATE \"C\""
    private static let statuses = VerificationStatus.allCases.map { "'\($0.rawValue)'" }.joined(separator: ",")
    private static let anchors = AnchorState.allCases.map { "'\($0.rawValue)'" }.joined(separator: ",")
    private static let reviewStates = ReviewState.allCases.map { "'\($0.rawValue)'" }.joined(separator: ",")

    static let version2 = """
        ALTER TABLE claims ADD COLUMN prior_events BIGINT NOT NULL DEFAULT 0;
        """

    /// Version 3: entity events (see ``SQLiteSchema/version3``), with one `baseline` event per stored speaker and source.
    static let version3 = """
        ALTER TABLE events ADD COLUMN entity_kind \(text) CHECK (entity_kind IN ('speaker', 'source'));
        ALTER TABLE events ADD COLUMN entity_id BIGINT;
        CREATE INDEX events_by_entity ON events(entity_kind, entity_id, id);
        WITH baseline AS (
            SELECT coalesce(max(id), 0) + 1 AS batch, to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at FROM events
        ), entities AS (
            SELECT 1 AS kind_order, 'speaker' AS kind, s.id,
                json_build_object('name', s.name, 'kind', s.kind, 'note', s.note, 'aliases',
                    coalesce((SELECT json_agg(a.alias ORDER BY a.alias) FROM speaker_aliases a WHERE a.speaker_id = s.id), '[]'::json))::text AS state
            FROM speakers s
            UNION ALL
            SELECT 2, 'source', s.id, json_build_object('name', s.name, 'kind', s.kind, 'url', s.url)::text FROM sources s
        )
        INSERT INTO events (entity_kind, entity_id, reviewer, at, action, detail, after, batch)
        SELECT e.kind, e.id, 'claimdesk', b.at, 'baseline', 'state when entity events began (schema version 3)', e.state, b.batch
        FROM entities e, baseline b ORDER BY e.kind_order, e.id;
        """

    /// Version 4 (as ``SQLiteSchema/version4``): attribution verdict and rationale, evidence `about`, primary sources.
    static let version4 = """
        ALTER TABLE claims ADD COLUMN attribution_status TEXT COLLATE "C" NOT NULL DEFAULT 'unverified'
            CHECK (attribution_status IN ('unverified', 'confirmed', 'paraphrased', 'misquoted', 'misattributed', 'out_of_context', 'unverifiable'));
        ALTER TABLE claims ADD COLUMN attribution_rationale TEXT COLLATE "C";
        ALTER TABLE evidence ADD COLUMN about TEXT COLLATE "C" NOT NULL DEFAULT 'content' CHECK (about IN ('content', 'attribution'));
        ALTER TABLE claim_sources ADD COLUMN primary_record BIGINT NOT NULL DEFAULT 0;
        """

    /// Version 5: layers for double annotation (see ``SQLiteSchema/layerTables``).
    static let layerTables = """
        ALTER TABLE claims ADD COLUMN layer TEXT COLLATE "C";
        CREATE INDEX claims_by_layer ON claims(layer, doc_id) WHERE layer IS NOT NULL;
        CREATE TABLE assignments (
            doc_id BIGINT NOT NULL REFERENCES documents(id),
            reviewer TEXT COLLATE "C" NOT NULL,
            blind BIGINT NOT NULL DEFAULT 0,
            assigned_by TEXT COLLATE "C" NOT NULL,
            assigned_at TEXT COLLATE "C" NOT NULL,
            done_at TEXT COLLATE "C",
            adjudicated_by TEXT COLLATE "C",
            adjudicated_at TEXT COLLATE "C",
            PRIMARY KEY (doc_id, reviewer)
        );
        CREATE TABLE adjudicated_claims (
            layer_claim_id BIGINT NOT NULL PRIMARY KEY REFERENCES claims(id),
            main_claim_id BIGINT REFERENCES claims(id)
        );
        """

    private static let version1 = """
        CREATE TABLE claimdesk_meta (key \(text) PRIMARY KEY, value \(text) NOT NULL);
        INSERT INTO claimdesk_meta VALUES ('application_id', '\(applicationKey)'), ('user_version', '0');
        CREATE FUNCTION claimdesk_fold(name text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
            AS $$ SELECT translate(name, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz') $$;
        CREATE TABLE documents (
            id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            uid \(text) NOT NULL UNIQUE,
            title \(text) NOT NULL,
            path \(text),
            url \(text),
            outlet \(text),
            published \(text),
            language \(text),
            sha256 \(text) NOT NULL UNIQUE,
            previous_id BIGINT REFERENCES documents(id),
            version BIGINT NOT NULL DEFAULT 1,
            text \(text) NOT NULL,
            length BIGINT NOT NULL,
            imported_by \(text) NOT NULL,
            imported_at \(text) NOT NULL
        );
        CREATE TABLE speakers (
            id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            name \(text) NOT NULL,
            kind \(text),
            note \(text)
        );
        CREATE UNIQUE INDEX speakers_by_name ON speakers (claimdesk_fold(name));
        CREATE TABLE speaker_aliases (
            alias \(text) NOT NULL PRIMARY KEY,
            speaker_id BIGINT NOT NULL REFERENCES speakers(id)
        );
        CREATE UNIQUE INDEX speaker_aliases_by_alias ON speaker_aliases (claimdesk_fold(alias));
        CREATE TABLE sources (
            id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            name \(text) NOT NULL,
            kind \(text),
            url \(text)
        );
        CREATE UNIQUE INDEX sources_by_name ON sources (claimdesk_fold(name));
        CREATE TABLE claims (
            id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            uid \(text) NOT NULL UNIQUE,
            doc_id BIGINT NOT NULL REFERENCES documents(id),
            start BIGINT NOT NULL,
            "end" BIGINT NOT NULL,
            text \(text) NOT NULL,
            speaker_id BIGINT REFERENCES speakers(id),
            speaker_start BIGINT,
            speaker_end BIGINT,
            cue \(text),
            cue_start BIGINT,
            cue_end BIGINT,
            quote_type \(text) CHECK (quote_type IN ('direct', 'indirect')),
            status \(text) NOT NULL DEFAULT 'unverified' CHECK (status IN (\(statuses))),
            rationale \(text),
            review_state \(text) NOT NULL DEFAULT 'open' CHECK (review_state IN (\(reviewStates))),
            anchor \(text) CHECK (anchor IN (\(anchors))),
            origin \(text) NOT NULL DEFAULT 'manual' CHECK (origin IN ('manual', 'suggested')),
            deleted BIGINT NOT NULL DEFAULT 0,
            created_by \(text) NOT NULL,
            created_at \(text) NOT NULL,
            updated_by \(text) NOT NULL,
            updated_at \(text) NOT NULL,
            CHECK (start >= 0 AND "end" > start)
        );
        CREATE INDEX claims_by_position ON claims(doc_id, start, id);
        CREATE INDEX claims_by_status ON claims(status);
        CREATE INDEX claims_by_speaker ON claims(speaker_id);
        CREATE TABLE claim_sources (
            claim_id BIGINT NOT NULL REFERENCES claims(id),
            position BIGINT NOT NULL,
            source_id BIGINT NOT NULL REFERENCES sources(id),
            via \(text),
            PRIMARY KEY (claim_id, position)
        );
        CREATE TABLE evidence (
            claim_id BIGINT NOT NULL REFERENCES claims(id),
            position BIGINT NOT NULL,
            ref \(text) NOT NULL,
            stance \(text) NOT NULL CHECK (stance IN ('supports', 'refutes', 'context')),
            note \(text),
            reviewer \(text) NOT NULL,
            at \(text) NOT NULL,
            PRIMARY KEY (claim_id, position)
        );
        CREATE TABLE claim_tags (
            claim_id BIGINT NOT NULL REFERENCES claims(id),
            tag \(text) NOT NULL,
            PRIMARY KEY (claim_id, tag)
        );
        CREATE TABLE events (
            id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            claim_id BIGINT REFERENCES claims(id),
            doc_id BIGINT REFERENCES documents(id),
            reviewer \(text) NOT NULL,
            at \(text) NOT NULL,
            action \(text) NOT NULL,
            detail \(text),
            before \(text),
            after \(text),
            reverts BIGINT REFERENCES events(id),
            batch BIGINT NOT NULL
        );
        CREATE INDEX events_by_batch ON events(batch);
        CREATE INDEX events_by_claim ON events(claim_id, id);
        CREATE INDEX events_by_reviewer ON events(reviewer, id);
        CREATE INDEX events_by_reverts ON events(reverts);
        CREATE FUNCTION claimdesk_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'events are append-only: an event cannot be %', CASE TG_OP WHEN 'UPDATE' THEN 'updated' ELSE 'deleted' END;
            END $$;
        CREATE TRIGGER events_refuse_update BEFORE UPDATE ON events FOR EACH ROW EXECUTE FUNCTION claimdesk_events_append_only();
        CREATE TRIGGER events_refuse_delete BEFORE DELETE ON events FOR EACH ROW EXECUTE FUNCTION claimdesk_events_append_only();
        CREATE TRIGGER events_refuse_truncate BEFORE TRUNCATE ON events FOR EACH STATEMENT EXECUTE FUNCTION claimdesk_events_append_only();
        CREATE TABLE reviewer_state (
            reviewer \(text) NOT NULL PRIMARY KEY,
            current_doc_id BIGINT REFERENCES documents(id)
        );
        """
}
