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
        try corpus.countRows(in: WorkFolder.database(folder.project), shell: shell)
        return corpus
    }

    /// Counts the documents and rows of a project made before, from its database alone (`--only bulk`).
    static func measure(project: String, shell: SQLiteShell) throws -> Corpus {
        var corpus = Corpus()
        let database = WorkFolder.database(project)
        let figures = try shell.query(database, """
            SELECT count(*), sum(length(CAST(text AS BLOB))), min(length(CAST(text AS BLOB))), max(length(CAST(text AS BLOB))),
                   sum(instr(text, char(13, 10)) > 0) FROM documents
            """).split(separator: "|").map { Int($0) ?? 0 }
        guard figures.count == 5, figures[0] > 0 else { throw BenchError.usage("\(project) holds no documents; give a project the benchmark built") }
        (corpus.documents, corpus.bytes, corpus.smallest, corpus.largest, corpus.crlfDocuments) = (figures[0], figures[1], figures[2], figures[3], figures[4])
        try corpus.countRows(in: database, shell: shell)
        return corpus
    }

    /// The project's row counts and file size.
    private mutating func countRows(in database: String, shell: SQLiteShell) throws {
        for table in ["claims", "speakers", "speaker_aliases", "sources", "claim_sources", "claim_tags", "evidence", "events"] {
            rows.append((table, Int(try shell.query(database, "SELECT count(*) FROM \(table)")) ?? 0))
        }
        databaseBytes = (try FileManager.default.attributesOfItem(atPath: database)[.size] as? NSNumber)?.intValue ?? 0
    }

    /// The number of rows in `table`.
    func count(_ table: String) -> Int {
        rows.first { $0.table == table }?.count ?? 0
    }
}
