import Foundation

/// What the benchmark built: the documents on disk and the rows in the project.
struct Corpus {
    var documents = 0
    var bytes = 0
    var smallest = Int.max
    var largest = 0
    var crlfDocuments = 0
    /// Row counts in the claimdesk project: claims, speakers, sources, claim_sources, claim_tags, evidence, events.
    var rows: [(table: String, count: Int)] = []
    var databaseBytes = 0

    /// Counts the files and the project's rows (both projects hold the same, checked as they were built).
    static func measure(folder: WorkFolder, paths: [String], shell: SQLiteShell) throws -> Corpus {
        var corpus = Corpus()
        for path in paths {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            corpus.documents += 1
            corpus.bytes += data.count
            corpus.smallest = min(corpus.smallest, data.count)
            corpus.largest = max(corpus.largest, data.count)
            if data.range(of: Data("\r\n".utf8)) != nil { corpus.crlfDocuments += 1 }
        }
        let database = WorkFolder.database(folder.project)
        for table in ["claims", "speakers", "speaker_aliases", "sources", "claim_sources", "claim_tags", "evidence", "events"] {
            corpus.rows.append((table, Int(try shell.query(database, "SELECT count(*) FROM \(table)")) ?? 0))
        }
        corpus.databaseBytes = (try FileManager.default.attributesOfItem(atPath: database)[.size] as? NSNumber)?.intValue ?? 0
        return corpus
    }

    /// The number of rows in `table`.
    func count(_ table: String) -> Int {
        rows.first { $0.table == table }?.count ?? 0
    }
}
