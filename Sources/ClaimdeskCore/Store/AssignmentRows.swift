/// Who annotates which document in double annotation (`assignments`), and the SQL that decides which
/// layers a reviewer sees. All of claimdesk's layer SQL is here.
enum AssignmentRows {
    /// One row of `assignments`.
    static func all(_ db: any SQLDatabase, docID: Int64? = nil) throws -> [Assignment] {
        try db.rows("""
            SELECT a.doc_id, a.reviewer, a.blind, a.done_at, a.adjudicated_by, a.adjudicated_at,
                (SELECT count(*) FROM claims c WHERE c.doc_id = a.doc_id AND c.layer = a.reviewer AND c.deleted = 0) AS claims
            FROM assignments a WHERE coalesce(?, a.doc_id) = a.doc_id ORDER BY a.doc_id, a.reviewer
            """, [docID]).map { row in
                Assignment(docID: row["doc_id"], reviewer: row["reviewer"], blind: (row["blind"] as Int) != 0,
                           doneAt: row["done_at"], adjudicatedBy: row["adjudicated_by"], adjudicatedAt: row["adjudicated_at"],
                           claims: row["claims"])
            }
    }

    static func add(_ db: any SQLDatabase, docID: Int64, reviewer: String, blind: Bool, by: String, at: String) throws {
        try db.execute("""
            INSERT INTO assignments (doc_id, reviewer, blind, assigned_by, assigned_at) VALUES (?, ?, ?, ?, ?)
            """, [docID, reviewer, blind ? 1 : 0, by, at])
    }

    static func markDone(_ db: any SQLDatabase, docID: Int64, reviewer: String, at: String) throws {
        try db.execute("UPDATE assignments SET done_at = ? WHERE doc_id = ? AND reviewer = ?", [at, docID, reviewer])
    }

    static func markAdjudicated(_ db: any SQLDatabase, docID: Int64, by: String, at: String) throws {
        try db.execute("UPDATE assignments SET adjudicated_by = ?, adjudicated_at = ? WHERE doc_id = ?", [by, at, docID])
    }

    /// The layer a reviewer's new claims in a document go to: theirs while the document is assigned to
    /// them and not adjudicated, else the main layer (nil). Refuses others while the document is in annotation.
    static func writingLayer(_ db: any SQLDatabase, docID: Int64, reviewer: String) throws -> String? {
        let open = try all(db, docID: docID).filter { $0.adjudicatedAt == nil }
        guard !open.isEmpty else { return nil }
        if open.contains(where: { $0.reviewer == reviewer }) { return reviewer }
        throw ClaimdeskError.refused("document \(docID) is in double annotation (\(open.map(\.reviewer).joined(separator: ", "))); "
            + "its claims go into the assigned reviewers' layers until `adjudicate \(docID)`")
    }

    /// Records what adjudication made of a layer claim: the main claim, or nil when it was dropped
    /// (replacing what an earlier, undone, settlement recorded).
    static func recordAdjudicated(_ db: any SQLDatabase, layerClaim: Int64, mainClaim: Int64?) throws {
        try db.execute("""
            INSERT INTO adjudicated_claims (layer_claim_id, main_claim_id) VALUES (?, ?)
            ON CONFLICT (layer_claim_id) DO UPDATE SET main_claim_id = excluded.main_claim_id
            """, [layerClaim, mainClaim])
    }

    /// Layer claims adjudication has already settled in a document: dropped, or taken into a main claim
    /// that is still there (`undo` of the take deletes the main claim and so unsettles them; `redo` settles them again).
    static func settled(_ db: any SQLDatabase, docID: Int64) throws -> Set<Int64> {
        Set(try db.values("""
            SELECT j.layer_claim_id FROM adjudicated_claims j JOIN claims c ON c.id = j.layer_claim_id
            WHERE c.doc_id = ? AND (j.main_claim_id IS NULL
                OR EXISTS (SELECT 1 FROM claims m WHERE m.id = j.main_claim_id AND m.deleted = 0))
            """, [docID]))
    }

    /// The layer claims a main claim was adjudicated from, as `reviewer#number`.
    static func origins(_ db: any SQLDatabase, mainClaim: Int64) throws -> [String] {
        try db.rows("""
            SELECT c.layer, c.id FROM adjudicated_claims j JOIN claims c ON c.id = j.layer_claim_id
            WHERE j.main_claim_id = ? ORDER BY c.layer, c.id
            """, [mainClaim]).map { "\($0[0] as String)#\($0[1] as Int64)" }
    }

    /// Whether the project has any assignment (projects without keep their queries as they were).
    static func any(_ db: any SQLDatabase) throws -> Bool {
        try db.value("SELECT count(*) FROM (SELECT 1 FROM assignments LIMIT 1) AS one") ?? 0 > 0
    }

    /// ``visibleCondition`` with its arguments: the claims `reviewer` sees.
    static func visible(to reviewer: String) -> (condition: String, arguments: [(any SQLBindable)?]) {
        (visibleCondition, [reviewer, reviewer, reviewer])
    }

    /// A condition over `claims c`: the claim is one `reviewer` sees. The main layer, except of documents
    /// they annotate blind; reviewers' layers of documents not yet adjudicated, except others' layers of
    /// documents they annotate blind.
    private static let visibleCondition = """
        (CASE WHEN c.layer IS NULL
            THEN NOT EXISTS (SELECT 1 FROM assignments a WHERE a.doc_id = c.doc_id AND a.reviewer = ? AND a.blind = 1 AND a.adjudicated_at IS NULL)
            ELSE EXISTS (SELECT 1 FROM assignments a WHERE a.doc_id = c.doc_id AND a.reviewer = c.layer AND a.adjudicated_at IS NULL)
                AND (c.layer = ? OR NOT EXISTS (SELECT 1 FROM assignments a WHERE a.doc_id = c.doc_id AND a.reviewer = ? AND a.blind = 1))
        END)
        """
}

/// A reviewer assigned to a document: blind or not, finished or not, and the document's adjudication.
public struct Assignment: Sendable, Equatable {
    public let docID: Int64
    public let reviewer: String
    public let blind: Bool
    public let doneAt: String?
    public let adjudicatedBy: String?
    public let adjudicatedAt: String?
    /// Live claims in the reviewer's layer.
    public let claims: Int
}
