import ClaimdeskCore
import Foundation

/// `--store URL`: the same work on PostgreSQL beside the SQLite figures, as ratios. In schemas of the
/// given database made afresh (`claimdesk_bench`, `claimdesk_bench_create`): the documents imported in
/// this process, `import-annotations` of the SQLite project's JSONL export and `export` of it again
/// (separate processes, checked byte-identical), `createClaims` on a sample of documents, and the REPL
/// commands' latency at full size.
struct PostgresBenchmark {
    let options: BenchOptions
    let folder: WorkFolder
    let url: String
    /// What SQLite measured: the JSONL export, the import, seconds per created claim, REPL latency.
    let sqlite: (export: Double, importSeconds: Double, perClaim: Double, latency: [LatencyRow])

    /// What this side measured.
    struct Result {
        var rows: [(operation: String, sqlite: Double, postgres: Double)] = []
        var latency: [LatencyRow] = []
        var sameExport = false
        var commands: [String] = []
    }

    func run(_ log: BenchLog) throws -> Result {
        var result = Result()
        let (project, sample) = (url + separator + "schema=claimdesk_bench", url + separator + "schema=claimdesk_bench_create")
        try dropSchemas()
        let documents = try documentPaths()
        let bench = Workbench(store: try ProjectStore.open(ProjectLocation(argument: project)), reviewer: "bench")
        let imported = try Measurement.time { for path in documents { _ = try bench.importDocument(path: path, metadata: DocumentMetadata()) } }
        log.say(String(format: "PostgreSQL: imported %d documents in %.1f s", documents.count, imported))
        let importing = BenchCommand(executable: options.claimdesk, arguments: ["--project", project, "--reviewer", "bench", "import-annotations", "\(folder.exports)/claims.jsonl"])
        let exportFile = "\(folder.exports)/postgres.jsonl"
        let exporting = BenchCommand(executable: options.claimdesk, arguments: ["--project", project, "--reviewer", "bench", "export", "--out", exportFile])
        let (importRun, exportRun) = (try Measurement.run(importing, scratch: folder.root), try Measurement.run(exporting, scratch: folder.root))
        result.sameExport = FileManager.default.contentsEqual(atPath: exportFile, andPath: "\(folder.exports)/claims.jsonl")
        log.say(String(format: "PostgreSQL: import-annotations %.2f s, export %.2f s (%@)", importRun.seconds, exportRun.seconds, result.sameExport ? "byte-identical" : "DIFFERS"))
        result.rows.append(("`import-annotations claims.jsonl` (\(importRun.peakKiB.map { "\($0 / 1024) MiB" } ?? "?") peak on PostgreSQL)", sqlite.importSeconds, importRun.seconds))
        result.rows.append(("`export --format jsonl` (\(exportRun.peakKiB.map { "\($0 / 1024) MiB" } ?? "?") peak on PostgreSQL)", sqlite.export, exportRun.seconds))
        result.rows.append(try createClaims(sample, documents, log))
        result.latency = try LatencyBenchmark(project: { try ProjectStore.open(ProjectLocation(argument: project)) }, documents: documents.count).run(log)
        result.commands = [importing.shellLine, exporting.shellLine]
        return result
    }

    private var separator: String { url.contains("?") ? "&" : "?" }

    /// `createClaims` on the first documents, per claim, beside SQLite's seconds per claim (scaled to the same count).
    private func createClaims(_ sample: String, _ documents: [String], _ log: BenchLog) throws -> (String, Double, Double) {
        let bench = Workbench(store: try ProjectStore.open(ProjectLocation(argument: sample)), reviewer: "bench")
        let count = min(100, documents.count)
        for path in documents.prefix(count) { _ = try bench.importDocument(path: path, metadata: DocumentMetadata()) }
        let generator = (documents: DocumentGenerator(seed: options.seed), claims: ClaimGenerator(seed: options.seed, claimsPerDocument: options.claimsPerDocument))
        var (seconds, created) = (0.0, 0)
        for index in 0..<count {
            let drafts = generator.claims.drafts(for: DocumentText(generator.documents.text(of: index)), index: index)
            seconds += try Measurement.time { created += try bench.createClaims(in: Int64(index + 1), drafts: drafts).count }
        }
        log.say(String(format: "PostgreSQL: created %d claims in %.2f s", created, seconds))
        return ("create \(created.grouped) claims (`createClaims`, one transaction per document)", sqlite.perClaim * Double(created), seconds)
    }

    private func documentPaths() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.documents).filter { $0.hasSuffix(".txt") }.sorted().map { folder.documents + "/" + $0 }
    }

    private func dropSchemas() throws {
        let result = try ToolOutput.run("/usr/bin/psql", ["-X", "-q", "-v", "ON_ERROR_STOP=1", url.components(separatedBy: "?")[0],
                                                        "-c", "DROP SCHEMA IF EXISTS claimdesk_bench CASCADE; DROP SCHEMA IF EXISTS claimdesk_bench_create CASCADE"])
        guard result.status == 0 else { throw BenchError.commandFailed("psql \(url) DROP SCHEMA …", status: result.status, stderr: result.text) }
    }
}
