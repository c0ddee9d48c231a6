/// Copies every row of a project into an empty project on any engine, ids kept, in one transaction.
///
/// Tables go parents first (documents before the claims that cite them, events in id order so
/// `reverts` points back), so foreign keys hold row by row; the destination's id counters are
/// moved past the copied ids afterwards.
enum ProjectCopier {
    /// Every table with the column that orders its rows.
    static let tables: [(name: String, order: String)] = [
        ("documents", "id"), ("speakers", "id"), ("speaker_aliases", "alias"), ("sources", "id"),
        ("claims", "id"), ("claim_sources", "claim_id, position"), ("evidence", "claim_id, position"),
        ("claim_tags", "claim_id, tag"), ("events", "id"), ("reviewer_state", "reviewer"),
        ("assignments", "doc_id, reviewer"), ("adjudicated_claims", "layer_claim_id"),
    ]

    /// Rows per table, in ``tables`` order.
    static func counts(_ db: any SQLDatabase) throws -> [Int] {
        try tables.map { try db.value("SELECT count(*) FROM \($0.name)") ?? 0 }
    }

    static func copy(from source: any SQLDatabase, to destination: any SQLDatabase, isCancelled: () -> Bool) throws {
        for table in tables {
            var insert: String?
            try source.forEachRow("SELECT * FROM \(table.name) ORDER BY \(table.order)", []) { row in
                if isCancelled() { throw ClaimdeskError.refused("interrupted (Ctrl-C); nothing was copied") }
                let statement = insert ?? Self.insert(into: table.name, columns: row.columns.names)
                insert = statement
                try destination.execute(statement, row.values)
            }
        }
        for table in tables where table.order == "id" {
            try destination.dialect.afterExplicitIDs(table: table.name).map { try destination.execute($0) }
        }
        try SearchIndex.rebuild(destination)
    }

    private static func insert(into table: String, columns: [String]) -> String {
        let names = columns.map { "\"\($0)\"" }.joined(separator: ", ")
        return "INSERT INTO \(table) (\(names)) VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))"
    }
}
