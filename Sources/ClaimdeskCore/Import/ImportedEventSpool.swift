import Foundation

/// The exported events of one import, parked in a temporary table of the import's transaction while the
/// file streams in, then handed back oldest first a batch at a time: memory stays flat however many
/// events the file holds. Each exported event is kept once (a speaker's events come with each of its claims).
///
/// ```swift
/// let spool = try ImportedEventSpool(db)
/// try spool.add(ImportedHistory.Entry(subject: .claim(id: 7, docID: 1), origin: "claims.jsonl:1", event: event))
/// try spool.forEach { entry in … }            // by the exported ids, oldest first
/// try spool.drop()
/// ```
struct ImportedEventSpool {
    private static let table = "claimdesk_import_events"
    /// How many events are read back at a time.
    private static let batch = 512
    let db: any SQLDatabase

    /// Creates the (empty) temporary table; it goes with the transaction if the import fails.
    init(_ db: any SQLDatabase) throws {
        self.db = db
        try db.execute("""
            CREATE TEMPORARY TABLE \(Self.table) (original_id BIGINT PRIMARY KEY, claim_id BIGINT, doc_id BIGINT, entity TEXT,
                origin TEXT NOT NULL, event TEXT NOT NULL, new_id BIGINT)
            """)
    }

    /// Keeps an event unless one with its exported id is kept already.
    func add(_ entry: ImportedHistory.Entry) throws {
        let (claimID, docID, entity): (Int64?, Int64?, String?) = switch entry.subject {
        case .claim(let id, let docID): (id, docID, nil)
        case .entity(let kind): (nil, nil, kind.rawValue)
        }
        let json = String(decoding: try JSONSerialization.data(withJSONObject: entry.event), as: UTF8.self)
        try db.execute("""
            INSERT INTO \(Self.table) (original_id, claim_id, doc_id, entity, origin, event) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (original_id) DO NOTHING
            """, [entry.originalID, claimID, docID, entity, entry.origin, json])
    }

    /// Calls `body` with each kept event, by exported id, oldest first.
    func forEach(_ body: (ImportedHistory.Entry) throws -> Void) throws {
        var after = Int64.min
        while true {
            let rows = try db.rows("""
                SELECT original_id, claim_id, doc_id, entity, origin, event FROM \(Self.table) WHERE original_id > ? ORDER BY original_id LIMIT ?
                """, [after, Self.batch])
            for row in rows { try body(try entry(row)) }
            guard rows.count == Self.batch, let last = rows.last else { return }
            after = last["original_id"]
        }
    }

    /// The smallest exported id kept, nil when none.
    func oldestID() throws -> Int64? {
        try db.value("SELECT min(original_id) FROM \(Self.table)")
    }

    /// Events will keep their exported ids: each one's id here is its own until ``setNewID(_:for:)`` says otherwise.
    func keepExportedIDs() throws {
        try db.execute("UPDATE \(Self.table) SET new_id = original_id")
    }

    /// Records the id an exported event got here (what a later `reverts` points at); nil: it was not replayed.
    func setNewID(_ newID: Int64?, for originalID: Int) throws {
        try db.execute("UPDATE \(Self.table) SET new_id = ? WHERE original_id = ?", [newID, originalID])
    }

    /// The id the exported event `originalID` got here, if it was replayed.
    func newID(for originalID: Int) throws -> Int64? {
        try db.value("SELECT new_id FROM \(Self.table) WHERE original_id = ?", [originalID])
    }

    func drop() throws {
        try db.execute("DROP TABLE \(Self.table)")
    }

    private func entry(_ row: SQLRow) throws -> ImportedHistory.Entry {
        let origin: String = row["origin"]
        let text: String = row["event"]
        guard let event = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else {
            throw ClaimdeskError.badInput("\(origin): an event is not a JSON object")
        }
        let subject: ImportedHistory.Entry.Subject
        if let claimID: Int64 = row["claim_id"], let docID: Int64 = row["doc_id"] {
            subject = .claim(id: claimID, docID: docID)
        } else if let kind = (row["entity"] as String?).flatMap(EntityKind.init(rawValue:)) {
            subject = .entity(kind)
        } else {
            throw ClaimdeskError.badInput("\(origin): an event names neither a claim nor a speaker or source")
        }
        return ImportedHistory.Entry(subject: subject, origin: origin, event: event)
    }
}
