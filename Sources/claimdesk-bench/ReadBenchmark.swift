import ClaimdeskCore
import Foundation

/// The read side: the real `claimdesk` binary and the sqlite3 shell on the same project database,
/// each run `--runs` times (median reported), with peak memory from GNU time.
struct ReadBenchmark {
    let options: BenchOptions
    let folder: WorkFolder
    private var database: String { WorkFolder.database(folder.project) }

    /// What the read side measured.
    struct Result {
        var rows: [BenchRow] = []
        var memory: [MemoryRow] = []
        var commands: [String] = []
        /// Whether claimdesk's JSONL and the shell's `json_object` lines are byte-identical.
        var sameJSONL = false
        /// The full JSONL export: the yardstick of the bulk paths.
        var export: Measurement?
    }

    func run(_ log: BenchLog) throws -> Result {
        var result = Result()
        try listing(into: &result, log)
        let shellJSONL = try export(into: &result, log)
        try exportMemory(into: &result, log)
        try report(into: &result, beside: shellJSONL, log)
        return result
    }

    private func claimdesk(_ arguments: [String]) -> BenchCommand {
        BenchCommand(executable: options.claimdesk, arguments: ["--project", folder.project, "--reviewer", "bench"] + arguments)
    }

    /// The shell running `sql`, saved as `scripts/NAME.sql` and fed on standard input.
    private func sqlite(_ name: String, _ sql: String, json: Bool = false, output: String = "/dev/null") throws -> BenchCommand {
        let script = "\(folder.scripts)/\(name).sql"
        try (sql + ";\n").write(toFile: script, atomically: true, encoding: .utf8)
        return BenchCommand(executable: options.sqlite3, arguments: (json ? ["-json"] : []) + [database], input: script, output: output)
    }

    /// Runs a command `--runs` times; the median seconds, the median CPU time and the largest peak memory.
    private func repeated(_ command: BenchCommand) throws -> Measurement {
        let runs = try (0..<options.runs).map { _ in try Measurement.run(command, scratch: folder.root) }
        let median = { (values: [Double]) in values.isEmpty ? nil : values.sorted()[values.count / 2] }
        return Measurement(seconds: median(runs.map(\.seconds)) ?? 0, peakKiB: runs.compactMap(\.peakKiB).max(),
                           cpuSeconds: median(runs.compactMap(\.cpuSeconds)))
    }

    private func listing(into result: inout Result, _ log: BenchLog) throws {
        let ours = claimdesk(["claims", "--status", "refuted"])
        let reference = try sqlite("listing", ReferenceQueries.listing(status: .refuted))
        let (mine, theirs) = (try repeated(ours), try repeated(reference))
        let count = Int(try SQLiteShell(executable: options.sqlite3).query(database, "SELECT count(*) FROM claims WHERE status = 'refuted' AND deleted = 0")) ?? 0
        log.say(String(format: "claims --status refuted: claimdesk %.2f s, sqlite3 %.2f s", mine.seconds, theirs.seconds))
        result.rows.append(BenchRow(operation: "`claims --status refuted` (\(count.grouped) rows)", mine, theirs))
        result.memory.append(MemoryRow(operation: "`claims --status refuted`", records: count, claimdeskKiB: mine.peakKiB ?? 0, sqliteKiB: theirs.peakKiB ?? 0))
        result.commands += [ours.shellLine, reference.shellLine]
    }

    /// The full export beside the shell's JSONL (`json_object`) and its `-json` mode; checks the JSONL
    /// match. Returns the shell's JSONL measurement, the reference for the report.
    private func export(into result: inout Result, _ log: BenchLog) throws -> Measurement {
        let (ourFile, jsonlFile) = ("\(folder.exports)/claims.jsonl", "\(folder.exports)/reference.jsonl")
        let ours = claimdesk(["export", "--format", "jsonl", "--out", ourFile])
        let jsonl = try sqlite("export-jsonl", ReferenceQueries.jsonl(statuses: []), output: jsonlFile)
        let flat = try sqlite("export-json", ReferenceQueries.flat, json: true, output: "\(folder.exports)/reference.json")
        let (mine, lines, json) = (try repeated(ours), try repeated(jsonl), try repeated(flat))
        let records = try lineCount(ourFile)
        guard try lineCount(jsonlFile) == records else { throw BenchError.mismatch("\(ourFile) and \(jsonlFile) have different line counts") }
        result.sameJSONL = FileManager.default.contentsEqual(atPath: ourFile, andPath: jsonlFile)
        result.export = mine
        log.say(String(format: "export: claimdesk %.2f s, sqlite3 json_object %.2f s, sqlite3 -json %.2f s", mine.seconds, lines.seconds, json.seconds))
        result.rows.append(BenchRow(operation: "`export --format jsonl` (\(records.grouped) rows) vs shell JSONL by `json_object`", mine, lines))
        result.rows.append(BenchRow(operation: "`export --format jsonl` (\(records.grouped) rows) vs `sqlite3 -json` of a flat join", mine, json))
        result.memory.append(MemoryRow(operation: "`export`, 100% of the claims", records: records, claimdeskKiB: mine.peakKiB ?? 0, sqliteKiB: lines.peakKiB ?? 0))
        result.commands += [ours.shellLine, jsonl.shellLine, flat.shellLine]
        return lines
    }

    /// The reading room of the whole project (a page per document, every claim with its history
    /// and notes, the index) beside the shell's JSONL of the same claims (no events, no HTML).
    private func report(into result: inout Result, beside shell: Measurement, _ log: BenchLog) throws {
        let site = "\(folder.exports)/report"
        let ours = claimdesk(["report", "--out", site])
        let mine = try repeated(ours)
        let pages = try FileManager.default.contentsOfDirectory(atPath: site).count - 1
        let claims = Int(try SQLiteShell(executable: options.sqlite3).query(database, "SELECT count(*) FROM claims WHERE deleted = 0")) ?? 0
        log.say(String(format: "report: claimdesk %.2f s for \(pages) pages, peak \(mine.peakKiB ?? 0) KiB", mine.seconds))
        result.rows.append(BenchRow(operation: "`report` (\(pages.grouped) pages, \(claims.grouped) claims with history) vs shell JSONL by `json_object`",
                                    mine, shell))
        result.memory.append(MemoryRow(operation: "`report`, every claim with its history", records: claims,
                                       claimdeskKiB: mine.peakKiB ?? 0, sqliteKiB: shell.peakKiB ?? 0))
        result.commands.append(ours.shellLine)
    }

    /// Peak memory of exports of a quarter and half of the claims (two and four of the eight statuses).
    private func exportMemory(into result: inout Result, _ log: BenchLog) throws {
        for share in [2, 4] {
            let statuses = Array(VerificationStatus.allCases.prefix(share))
            let file = "\(folder.exports)/claims-\(share).jsonl"
            let ours = claimdesk(["export", "--format", "jsonl"] + statuses.flatMap { ["--status", $0.rawValue] } + ["--out", file])
            let theirs = try sqlite("export-jsonl-\(share)", ReferenceQueries.jsonl(statuses: statuses))
            let (mine, reference) = (try Measurement.run(ours, scratch: folder.root), try Measurement.run(theirs, scratch: folder.root))
            let records = try lineCount(file)
            log.say("export of \(share)/8 of the statuses: \(records) records, claimdesk \(mine.peakKiB ?? 0) KiB, sqlite3 \(reference.peakKiB ?? 0) KiB")
            result.memory.insert(MemoryRow(operation: "`export`, \(share * 100 / 8)% of the claims", records: records,
                                           claimdeskKiB: mine.peakKiB ?? 0, sqliteKiB: reference.peakKiB ?? 0), at: result.memory.count - 1)
            result.commands += [ours.shellLine, theirs.shellLine]
        }
    }

    /// Lines in a file, read in chunks.
    private func lineCount(_ path: String) throws -> Int {
        let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        var count = 0
        while let chunk = try handle.read(upToCount: 1 << 22), !chunk.isEmpty {
            count += chunk.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        }
        return count
    }
}
