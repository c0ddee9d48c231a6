import GRDB

/// The SQLite project schema, as numbered migrations recorded in `PRAGMA user_version`.
///
/// A project file is recognised by its `PRAGMA application_id`; each migration
/// runs in the same transaction as the bump of `user_version`, so a project is
/// never left between two versions. See <https://www.sqlite.org/pragma.html#pragma_user_version>.
enum SQLiteSchema {
    /// `PRAGMA application_id` of every claimdesk project ("CDSK").
    static let applicationID: Int32 = 0x4344_534B

    /// The newest schema version this build knows.
    static var currentVersion: Int { migrations.count }

    /// Migration `i` takes the schema from version `i` to `i + 1`.
    static let migrations: [String] = [version1, version2, version3, version4, layerTables, searchIndex, claimFragments,
                                          SharedMigrations.liveClaimsByStatus, SharedMigrations.liveClaimsByAttribution]

    /// Version 7: discontinuous claims. `fragments` holds a claim's pieces as JSON (`[[10,20],[31,40]]`, see
    /// ``ClaimFragments``); NULL for a claim that is one span, which every claim before this version is.
    static let claimFragments = """
        ALTER TABLE claims ADD COLUMN fragments TEXT;
        """

    /// Version 6: the full-text index (FTS5) of documents and claims, filled by ``SearchIndex/rebuild(_:)``
    /// in the migration's transaction (the words are folded in Swift, the same on both engines).
    static let searchIndex = """
        CREATE VIRTUAL TABLE search_documents USING fts5(body, tokenize = 'ascii', content = '');
        CREATE VIRTUAL TABLE search_claims USING fts5(body, notes, tokenize = 'ascii');
        CREATE INDEX documents_by_previous ON documents(previous_id);
        """

    /// Version 2: claims imported without their events remember how many events they had
    /// (`history_count` counts them, and not the local `import` event that stands for them).
    static let version2 = """
        ALTER TABLE claims ADD COLUMN prior_events INTEGER NOT NULL DEFAULT 0;
        """

    /// Version 3: speakers (with their aliases) and sources have events of their own, on the entity
    /// rather than on a claim: `entity_kind` and `entity_id` name the row, `before` and `after` hold
    /// its ``EntityState``. Each speaker and source already stored gets one `baseline` event (reviewer
    /// `claimdesk`, the time of the migration) recording its state then, so `verify` can replay them.
    static let version3 = """
        ALTER TABLE events ADD COLUMN entity_kind TEXT CHECK (entity_kind IN ('speaker', 'source'));
        ALTER TABLE events ADD COLUMN entity_id INTEGER;
        CREATE INDEX events_by_entity ON events(entity_kind, entity_id, id);
        CREATE TEMP TABLE baseline AS SELECT coalesce(max(id), 0) + 1 AS batch, strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS at FROM events;
        INSERT INTO events (entity_kind, entity_id, reviewer, at, action, detail, after, batch)
        SELECT 'speaker', s.id, 'claimdesk', b.at, 'baseline', 'state when entity events began (schema version 3)',
            json_object('name', s.name, 'kind', s.kind, 'note', s.note,
                        'aliases', (SELECT json_group_array(alias) FROM speaker_aliases a WHERE a.speaker_id = s.id)),
            b.batch
        FROM speakers s, baseline b ORDER BY s.id;
        INSERT INTO events (entity_kind, entity_id, reviewer, at, action, detail, after, batch)
        SELECT 'source', s.id, 'claimdesk', b.at, 'baseline', 'state when entity events began (schema version 3)',
            json_object('name', s.name, 'kind', s.kind, 'url', s.url), b.batch
        FROM sources s, baseline b ORDER BY s.id;
        DROP TABLE baseline;
        """

    /// Version 4: the attribution's own verdict and rationale, evidence that bears on the content or on
    /// the attribution, and sources marked as the primary record of the words.
    static let version4 = """
        ALTER TABLE claims ADD COLUMN attribution_status TEXT NOT NULL DEFAULT 'unverified'
            CHECK (attribution_status IN ('unverified', 'confirmed', 'paraphrased', 'misquoted', 'misattributed', 'out_of_context', 'unverifiable'));
        ALTER TABLE claims ADD COLUMN attribution_rationale TEXT;
        ALTER TABLE evidence ADD COLUMN about TEXT NOT NULL DEFAULT 'content' CHECK (about IN ('content', 'attribution'));
        ALTER TABLE claim_sources ADD COLUMN primary_record INTEGER NOT NULL DEFAULT 0;
        """

    /// Version 5: layers for double annotation. A claim in a reviewer's layer names them in `layer`
    /// (NULL: the main layer); `assignments` lists who annotates which document, blind or not, who
    /// finished, and when the document was adjudicated; `adjudicated_claims` maps each layer claim to the
    /// main claim adjudication made of it (NULL: dropped).
    static let layerTables = """
        ALTER TABLE claims ADD COLUMN layer TEXT;
        CREATE INDEX claims_by_layer ON claims(layer, doc_id) WHERE layer IS NOT NULL;
        CREATE TABLE assignments (
            doc_id INTEGER NOT NULL REFERENCES documents(id),
            reviewer TEXT NOT NULL,
            blind INTEGER NOT NULL DEFAULT 0,
            assigned_by TEXT NOT NULL,
            assigned_at TEXT NOT NULL,
            done_at TEXT,
            adjudicated_by TEXT,
            adjudicated_at TEXT,
            PRIMARY KEY (doc_id, reviewer)
        ) WITHOUT ROWID;
        CREATE TABLE adjudicated_claims (
            layer_claim_id INTEGER NOT NULL PRIMARY KEY REFERENCES claims(id),
            main_claim_id INTEGER REFERENCES claims(id)
        ) WITHOUT ROWID;
        """

    /// Brings a database up to ``currentVersion``.
    static func migrate(_ db: Database, from version: Int) throws {
        for index in version..<migrations.count {
            try db.execute(sql: migrations[index])
            try db.execute(sql: "PRAGMA user_version = \(index + 1)")
        }
        if migrations[version...].contains(searchIndex) { try SearchIndex.rebuild(SQLiteDatabase(db)) }
        try db.execute(sql: "PRAGMA application_id = \(applicationID)")
    }

    private static let statuses = VerificationStatus.allCases.map { "'\($0.rawValue)'" }.joined(separator: ",")
    private static let anchors = AnchorState.allCases.map { "'\($0.rawValue)'" }.joined(separator: ",")
    private static let reviewStates = ReviewState.allCases.map { "'\($0.rawValue)'" }.joined(separator: ",")

    private static let version1 = """
        CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            path TEXT,
            url TEXT,
            outlet TEXT,
            published TEXT,
            language TEXT,
            sha256 TEXT NOT NULL UNIQUE,
            previous_id INTEGER REFERENCES documents(id),
            version INTEGER NOT NULL DEFAULT 1,
            text TEXT NOT NULL,
            length INTEGER NOT NULL,
            imported_by TEXT NOT NULL,
            imported_at TEXT NOT NULL
        );
        CREATE TABLE speakers (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            kind TEXT,
            note TEXT
        );
        CREATE TABLE speaker_aliases (
            alias TEXT NOT NULL PRIMARY KEY COLLATE NOCASE,
            speaker_id INTEGER NOT NULL REFERENCES speakers(id)
        ) WITHOUT ROWID;
        CREATE TABLE sources (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            kind TEXT,
            url TEXT
        );
        CREATE TABLE claims (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            doc_id INTEGER NOT NULL REFERENCES documents(id),
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            speaker_id INTEGER REFERENCES speakers(id),
            speaker_start INTEGER,
            speaker_end INTEGER,
            cue TEXT,
            cue_start INTEGER,
            cue_end INTEGER,
            quote_type TEXT CHECK (quote_type IN ('direct', 'indirect')),
            status TEXT NOT NULL DEFAULT 'unverified' CHECK (status IN (\(statuses))),
            rationale TEXT,
            review_state TEXT NOT NULL DEFAULT 'open' CHECK (review_state IN (\(reviewStates))),
            anchor TEXT CHECK (anchor IN (\(anchors))),
            origin TEXT NOT NULL DEFAULT 'manual' CHECK (origin IN ('manual', 'suggested')),
            deleted INTEGER NOT NULL DEFAULT 0,
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_by TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            CHECK (start >= 0 AND "end" > start)
        );
        CREATE INDEX claims_by_position ON claims(doc_id, start, id);
        CREATE INDEX claims_by_status ON claims(status);
        CREATE TABLE claim_sources (
            claim_id INTEGER NOT NULL REFERENCES claims(id),
            position INTEGER NOT NULL,
            source_id INTEGER NOT NULL REFERENCES sources(id),
            via TEXT,
            PRIMARY KEY (claim_id, position)
        ) WITHOUT ROWID;
        CREATE TABLE evidence (
            claim_id INTEGER NOT NULL REFERENCES claims(id),
            position INTEGER NOT NULL,
            ref TEXT NOT NULL,
            stance TEXT NOT NULL CHECK (stance IN ('supports', 'refutes', 'context')),
            note TEXT,
            reviewer TEXT NOT NULL,
            at TEXT NOT NULL,
            PRIMARY KEY (claim_id, position)
        ) WITHOUT ROWID;
        CREATE TABLE claim_tags (
            claim_id INTEGER NOT NULL REFERENCES claims(id),
            tag TEXT NOT NULL,
            PRIMARY KEY (claim_id, tag)
        ) WITHOUT ROWID;
        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            claim_id INTEGER REFERENCES claims(id),
            doc_id INTEGER REFERENCES documents(id),
            reviewer TEXT NOT NULL,
            at TEXT NOT NULL,
            action TEXT NOT NULL,
            detail TEXT,
            before TEXT,
            after TEXT,
            reverts INTEGER REFERENCES events(id),
            batch INTEGER NOT NULL
        );
        CREATE INDEX events_by_batch ON events(batch);
        CREATE INDEX events_by_claim ON events(claim_id, id);
        CREATE INDEX events_by_reviewer ON events(reviewer, id);
        CREATE TRIGGER events_refuse_update BEFORE UPDATE ON events
            BEGIN SELECT RAISE(ABORT, 'events are append-only: an event cannot be updated'); END;
        CREATE TRIGGER events_refuse_delete BEFORE DELETE ON events
            BEGIN SELECT RAISE(ABORT, 'events are append-only: an event cannot be deleted'); END;
        CREATE TABLE reviewer_state (
            reviewer TEXT NOT NULL PRIMARY KEY,
            current_doc_id INTEGER REFERENCES documents(id)
        ) WITHOUT ROWID;
        """
}
