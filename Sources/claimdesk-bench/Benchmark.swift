import Foundation

/// Runs the write side, then the read side, and assembles the report.
struct Benchmark {
    let options: BenchOptions

    func run() throws -> BenchReport {
        let log = BenchLog()
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/time") else {
            throw BenchError.usage("/usr/bin/time (GNU time) is missing; install it: apt-get install -y time")
        }
        guard FileManager.default.isExecutableFile(atPath: options.claimdesk) else {
            throw BenchError.usage("no claimdesk binary at \(options.claimdesk); build it (swift build -c release --product claimdesk) or give --claimdesk")
        }
        let loadAtStart = Machine.load()
        let folder = try WorkFolder.prepare(options.out, project: options.project)
        let written = try options.project == nil ? WriteBenchmark(options: options, folder: folder).run(log) : existing(folder)
        let read = try ReadBenchmark(options: options, folder: folder).run(log)
        let bulk = try BulkBenchmark(options: options, folder: folder, export: read.export!).run(log)
        let latency = try LatencyBenchmark(project: { try WorkFolder.openProject(folder.project) }, documents: written.corpus.documents).run(log)
        let postgres = try options.store.map { url in
            try PostgresBenchmark(options: options, folder: folder, url: url, sqlite: (
                read.export!.seconds, bulk.rows.first { $0.operation.hasPrefix("`import-annotations") }?.run.seconds ?? 0,
                written.rows.first { $0.operation.hasPrefix("create") }.map { $0.claimdesk / Double(max(1, written.corpus.count("claims"))) } ?? 0,
                latency)).run(log)
        }
        return BenchReport(options: options, machine: Machine.describe(sqlite3: options.sqlite3), date: Date(), load: (loadAtStart, Machine.load()), corpus: written.corpus,
                           rows: written.rows + read.rows, memory: read.memory, search: written.search, commands: written.commands + read.commands + bulk.commands + (postgres?.commands ?? []),
                           sameJSONL: read.sameJSONL, scripts: try scriptHeads(folder), bulk: bulk, latency: latency, postgres: postgres)
    }

    /// `--only bulk`: nothing written, the project made before measured as it is.
    private func existing(_ folder: WorkFolder) throws -> (rows: [BenchRow], corpus: Corpus, commands: [String], search: SearchFigures?) {
        ([], try Corpus.measure(project: folder.project, shell: SQLiteShell(executable: options.sqlite3)), [], nil)
    }

    /// What the shell ran: the start of each write script (one document's worth; none with `--only bulk`), each read query whole.
    private func scriptHeads(_ folder: WorkFolder) throws -> [(name: String, head: String)] {
        let scripts = [("import.sql", 15), ("claims.sql", 20), ("evidence.sql", 13), ("listing.sql", 40), ("export-jsonl.sql", 40), ("export-json.sql", 40), ("import-claims.sql", 12)]
        return try scripts.filter { FileManager.default.fileExists(atPath: "\(folder.scripts)/\($0.0)") }.map { name, count in
            let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: "\(folder.scripts)/\(name)"))
            defer { try? handle.close() }
            let lines = String(decoding: try handle.read(upToCount: 1 << 16) ?? Data(), as: UTF8.self).split(separator: "\n")
            return ("scripts/" + name + (lines.count > count ? " (the start)" : ""), lines.prefix(count).joined(separator: "\n"))
        }
    }
}
