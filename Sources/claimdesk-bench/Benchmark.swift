import ClaimdeskCore
import Foundation

/// Builds the synthetic project and measures each hot path beside the sqlite3 shell doing the same work.
struct Benchmark {
    let options: BenchOptions
    private var project: String { options.work + "/project" }
    private var reference: String { options.work + "/reference" }

    func run() throws {
        try? FileManager.default.removeItem(atPath: options.work)
        let files = try CorpusGenerator.write(count: options.documents, into: options.work + "/docs")
        var rows: [BenchRow] = []
        let bench = try workbench(at: project)
        rows.append(BenchRow(name: "import \(options.documents) documents", claimdesk: try Measured.seconds { try importAll(files, bench) },
                             sqlite: try referenceImport(files)))
        let claimCount = options.documents * options.claimsPerDocument
        let creation = try Measured.seconds { try createClaims(bench) }
        rows.append(BenchRow(name: "create \(claimCount) claims (one transaction per document)", claimdesk: creation, sqlite: nil))
        try copyClaimsToReference()
        rows.append(try listing())
        let (export, memory) = try exports()
        rows.append(export)
        let report = BenchReport(options: options, rows: rows, memory: memory, claims: claimCount).markdown()
        print(report)
        if let path = options.report { try report.write(toFile: path, atomically: true, encoding: .utf8) }
    }

    private func workbench(at folder: String) throws -> Workbench {
        let location = ProjectLocation(name: (folder as NSString).lastPathComponent, folder: folder, workspace: options.work)
        return Workbench(store: try ProjectStore.open(location), reviewer: "bench")
    }

    private func importAll(_ files: [String], _ bench: Workbench) throws {
        for file in files { _ = try bench.importDocument(path: file, metadata: DocumentMetadata()) }
    }

    private func createClaims(_ bench: Workbench) throws {
        for document in try bench.documents() {
            let drafts = CorpusGenerator.drafts(for: try bench.text(of: document.id), count: options.claimsPerDocument, seed: Int(document.id))
            _ = try bench.createClaims(in: document.id, drafts: drafts)
        }
    }

    /// The sqlite3 shell inserting the same files, one transaction each, hashing them (SHA3: the shell has no SHA-256).
    private func referenceImport(_ files: [String]) throws -> Double {
        _ = try workbench(at: reference)
        let script = files.enumerated().map { index, file in
            """
            BEGIN IMMEDIATE;
            INSERT INTO documents (uid, title, path, sha256, text, length, imported_by, imported_at)
              SELECT lower(hex(randomblob(16))), 'doc-\(index)', '\(file)', lower(hex(sha3(f, 256))), f, length(f), 'bench', strftime('%Y-%m-%dT%H:%M:%fZ')
              FROM (SELECT CAST(readfile('\(file)') AS TEXT) AS f);
            INSERT INTO events (doc_id, reviewer, at, action, batch) VALUES (last_insert_rowid(), 'bench', strftime('%Y-%m-%dT%H:%M:%fZ'), 'import', 0);
            COMMIT;
            """
        }.joined(separator: "\n")
        let path = options.work + "/import.sql"
        try ("PRAGMA synchronous = FULL;\n" + script).write(toFile: path, atomically: true, encoding: .utf8)
        return try Measured.command("sqlite3 \(reference)/project.sqlite < \(path)").seconds
    }

    /// The reference database gets the same claims (copied, untimed) for the read benchmarks.
    private func copyClaimsToReference() throws {
        try FileManager.default.removeItem(atPath: reference)
        try FileManager.default.createDirectory(atPath: reference, withIntermediateDirectories: true)
        _ = try Measured.command("sqlite3 \(project)/project.sqlite \"VACUUM INTO '\(reference)/project.sqlite'\"")
    }

    private func listing() throws -> BenchRow {
        let claimdesk = try Measured.command("\(options.binary) --project \(project) --reviewer bench claims --status refuted").seconds
        let sqlite = try Measured.command("""
            sqlite3 \(reference)/project.sqlite "SELECT c.id, c.doc_id, c.start, c.\\"end\\", c.status, c.review_state, s.name, c.text \
            FROM claims c LEFT JOIN speakers s ON s.id = c.speaker_id WHERE c.deleted = 0 AND c.status = 'refuted' ORDER BY c.doc_id, c.start, c.id"
            """).seconds
        return BenchRow(name: "claims --status refuted (1/8 of the claims)", claimdesk: claimdesk, sqlite: sqlite)
    }

    /// The full export beside `sqlite3 -json`, and peak memory at a quarter, half and all of the claims.
    private func exports() throws -> (BenchRow, [(String, Int)]) {
        let statuses = VerificationStatus.allCases.map(\.rawValue)
        var memory: [(String, Int)] = []
        var full = 0.0
        for share in [2, 4, 8] {
            let filter = statuses.prefix(share).map { "--status \($0)" }.joined(separator: " ")
            let run = try Measured.command("\(options.binary) --project \(project) --reviewer bench export \(filter) --out \(options.work)/export-\(share).jsonl")
            memory.append(("\(share * 100 / 8)% of the claims", run.peakKiB))
            full = run.seconds
        }
        let sqlite = try Measured.command("""
            sqlite3 -json \(reference)/project.sqlite "SELECT c.uid AS id, d.uid AS doc_id, d.title AS doc_title, d.sha256 AS doc_sha256, d.url AS doc_url, \
            c.start, c.\\"end\\", c.text, substr(d.text, max(1, c.start - 31), min(32, c.start)) AS prefix, substr(d.text, c.\\"end\\" + 1, 32) AS suffix, \
            s.name AS speaker, c.status, c.rationale, (SELECT json_group_array(tag) FROM claim_tags t WHERE t.claim_id = c.id) AS tags, \
            c.origin, c.review_state, c.created_by, c.created_at, c.updated_by, c.updated_at, \
            (SELECT count(*) FROM events e WHERE e.claim_id = c.id) AS history_count \
            FROM claims c JOIN documents d ON d.id = c.doc_id LEFT JOIN speakers s ON s.id = c.speaker_id \
            WHERE c.deleted = 0 ORDER BY c.doc_id, c.start, c.id"
            """).seconds
        return (BenchRow(name: "export --format jsonl (all claims)", claimdesk: full, sqlite: sqlite), memory)
    }
}
