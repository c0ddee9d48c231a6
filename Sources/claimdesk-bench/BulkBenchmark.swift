import ClaimdeskCore
import Foundation

/// claimdesk's bulk paths against its own JSONL export of the same project (the issue's yardstick), each a
/// separate process with its peak memory: `verify`, the other export formats, and `import-annotations` of
/// the exported file into a project holding only the documents, beside the sqlite3 shell running the same
/// INSERTs (checked to write the same rows, and the import checked to export the same bytes again).
struct BulkBenchmark {
    let options: BenchOptions
    let folder: WorkFolder
    /// The JSONL export's time and peak memory, measured by ``ReadBenchmark``.
    let export: Measurement
    private var shell: SQLiteShell { SQLiteShell(executable: options.sqlite3) }
    private var exportFile: String { "\(folder.exports)/claims.jsonl" }

    /// What this side measured.
    struct Result {
        var rows: [BulkRow] = []
        var commands: [String] = []
        /// Whether the imported project exports the very bytes it was imported from.
        var roundTrip = false
    }

    func run(_ log: BenchLog) throws -> Result {
        var result = Result()
        try verify(into: &result, log)
        try formats(into: &result, log)
        try importAnnotations(into: &result, log)
        result.rows.append(try BratCorpusBenchmark(options: options, root: folder.root).run(log))
        return result
    }

    private func claimdesk(_ project: String, _ arguments: [String]) -> BenchCommand {
        BenchCommand(executable: options.claimdesk, arguments: ["--project", project, "--reviewer", "bench"] + arguments)
    }

    private func verify(into result: inout Result, _ log: BenchLog) throws {
        let command = claimdesk(folder.project, ["verify"])
        let run = try Measurement.run(command, scratch: folder.root)
        let events = try shell.query(WorkFolder.database(folder.project), "SELECT count(*) FROM events WHERE claim_id IS NOT NULL")
        log.say(String(format: "verify: %.2f s, %d KiB (export %.2f s)", run.seconds, run.peakKiB ?? 0, export.seconds))
        result.rows.append(BulkRow(operation: "`verify` (\(Int(events)?.grouped ?? events) claim events)", run: run, yardstick: "JSONL export", against: export))
        result.commands.append(command.shellLine)
    }

    /// Every other format beside the JSONL export of the same claims.
    private func formats(into result: inout Result, _ log: BenchLog) throws {
        for format in ["csv", "w3c", "claimreview", "fever", "averitec", "brat"] {
            let command = claimdesk(folder.project, ["export", "--format", format, "--out", "\(folder.exports)/claims-\(format)" + (format == "brat" ? "" : ".out")])
            let run = try Measurement.run(command, scratch: folder.root)
            log.say(String(format: "export --format %@: %.2f s, %d KiB", format, run.seconds, run.peakKiB ?? 0))
            result.rows.append(BulkRow(operation: "`export --format \(format)`", run: run, yardstick: "JSONL export", against: export))
            result.commands.append(command.shellLine)
        }
    }

    /// `import-annotations` of the JSONL export into a project with the same documents, beside the shell's INSERTs.
    private func importAnnotations(into result: inout Result, _ log: BenchLog) throws {
        let (target, reference) = (folder.root + "/imported", folder.root + "/imported-reference")
        for project in [target, reference] {
            _ = try WorkFolder.openProject(project)
            _ = try shell.query(WorkFolder.database(project), ImportScript.documents(from: WorkFolder.database(folder.project)))
        }
        let script = "\(folder.scripts)/import-claims.sql"
        let generated = try Measurement.run(BenchCommand(executable: options.sqlite3, arguments: [WorkFolder.database(folder.project)],
                                                         input: try write("import-claims-generator", ImportScript.generator), output: script), scratch: folder.root)
        log.say(String(format: "wrote the shell's import script in %.1f s", generated.seconds))
        let ours = claimdesk(target, ["import-annotations", exportFile])
        let theirs = BenchCommand(executable: options.sqlite3, arguments: [WorkFolder.database(reference)], input: script)
        let (mine, shellRun) = (try Measurement.run(ours, scratch: folder.root), try Measurement.run(theirs, scratch: folder.root))
        try shell.same(ImportScript.check, WorkFolder.database(target), WorkFolder.database(reference))
        let again = "\(folder.exports)/reimported.jsonl"
        _ = try Measurement.run(claimdesk(target, ["export", "--out", again]), scratch: folder.root)
        result.roundTrip = FileManager.default.contentsEqual(atPath: again, andPath: exportFile)
        log.say(String(format: "import-annotations: claimdesk %.2f s (%d KiB), sqlite3 %.2f s; round trip %@", mine.seconds, mine.peakKiB ?? 0,
                       shellRun.seconds, result.roundTrip ? "byte-identical" : "DIFFERS"))
        result.rows.append(BulkRow(operation: "`import-annotations claims.jsonl`", run: mine, yardstick: "JSONL export", against: export))
        result.rows.append(BulkRow(operation: "`import-annotations claims.jsonl`", run: mine, yardstick: "sqlite3 running the same INSERTs", against: shellRun))
        result.commands += [ours.shellLine, theirs.shellLine]
    }

    private func write(_ name: String, _ sql: String) throws -> String {
        let path = "\(folder.scripts)/\(name).sql"
        try (sql + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }
}

/// One bulk operation beside what it is measured against.
struct BulkRow {
    let operation: String
    let run: Measurement
    let yardstick: String
    let yardstickSeconds: Double
    /// The yardstick's CPU time, when it is a process that was measured.
    var yardstickCPU: Double? = nil

    var ratio: Double { run.seconds / max(yardstickSeconds, 0.0005) }

    /// CPU time over the yardstick's, when both were measured and long enough to compare
    /// (GNU time counts hundredths of a second).
    var cpuRatio: Double? {
        guard let mine = run.cpuSeconds, let theirs = yardstickCPU, theirs >= 0.05 else { return nil }
        return mine / theirs
    }

    /// A row measured against another process's run.
    init(operation: String, run: Measurement, yardstick: String, against other: Measurement) {
        self.init(operation: operation, run: run, yardstick: yardstick, yardstickSeconds: other.seconds, yardstickCPU: other.cpuSeconds)
    }

    init(operation: String, run: Measurement, yardstick: String, yardstickSeconds: Double, yardstickCPU: Double? = nil) {
        self.operation = operation
        self.run = run
        self.yardstick = yardstick
        self.yardstickSeconds = yardstickSeconds
        self.yardstickCPU = yardstickCPU
    }
}
