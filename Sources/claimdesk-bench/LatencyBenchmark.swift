import ClaimdeskCore
import Foundation

/// REPL commands at full size, run in this process through ``CommandRegistry`` as the REPL runs them:
/// each command `samples` times on documents and claims spread over the project; p50 and p95 in ms.
///
/// Opening the project (what every session and one-shot call does first) is timed too. The `claim`
/// samples mark each sampled document's first word no claim marks yet and `status` changes those new claims, so the
/// project gains `samples` claims.
struct LatencyBenchmark {
    let project: () throws -> ProjectStore
    let documents: Int
    var samples = 50

    func run(_ log: BenchLog) throws -> [LatencyRow] {
        var rows = [LatencyRow(command: "open the project", try times { _ in _ = try project() })]
        let bench = Workbench(store: try project(), reviewer: "latency")
        let context = CommandContext(workbench: bench, output: CapturedOutput())
        let docs = (0..<samples).map { Int64(1 + $0 * max(1, documents / samples) % documents) }
        let claimCount: Int64 = try bench.store.read { db in try db.value("SELECT max(id) FROM claims") } ?? 1
        let claimIDs = (0..<samples).map { 1 + Int64($0) * max(1, claimCount / Int64(samples)) % claimCount }
        var created: [Int64] = []
        rows.append(LatencyRow(command: "open ID", try times { try run(["open", String(docs[$0])], context) }))
        rows.append(LatencyRow(command: "show", try times { try run(["show", "--doc", String(docs[$0])], context) }))
        let claiming = try times({ index in
            try run(["open", String(docs[index])], context)
            let words = try freeWord(docs[index], bench)
            try run(["claim", "\(words.lowerBound)..\(words.upperBound)"], context)
            created.append(context.lastClaimID ?? 0)
        }, excluding: { try run(["open", String(docs[$0])], context) })
        rows.append(LatencyRow(command: "claim START..END", claiming))
        rows.append(LatencyRow(command: "status ID STATUS", try times { try run(["status", String(created[$0]), "refuted"], context) }))
        rows.append(LatencyRow(command: "history ID", try times { try run(["history", String(claimIDs[$0])], context) }))
        rows.append(LatencyRow(command: "queue, then n", try times { _ in
            try run(["queue"], context)
            try CommandRegistry.run(line: "n", context)
            try CommandRegistry.run(line: "q", context)
        }))
        for row in rows { log.say(String(format: "%@: p50 %.2f ms, p95 %.2f ms (CPU %.2f, %.2f)", row.command, row.p50 * 1000, row.p95 * 1000, row.cpu.p50 * 1000, row.cpu.p95 * 1000)) }
        return rows
    }

    /// The table on a project made before (`--only latency --project DIR`), sampled over its documents.
    ///
    /// ```
    /// claimdesk-bench --only latency --project /tmp/copy-of-1m/project
    /// ```
    static func existing(_ folder: String) throws -> LatencyTable {
        let documents: Int = try WorkFolder.openProject(folder).read { db in try db.value("SELECT count(*) FROM documents") } ?? 0
        guard documents > 0 else { throw BenchError.usage("\(folder) holds no documents; give a project the benchmark built") }
        let rows = try LatencyBenchmark(project: { try WorkFolder.openProject(folder) }, documents: documents).run(BenchLog())
        return LatencyTable(project: folder, documents: documents, rows: rows)
    }

    private func run(_ words: [String], _ context: CommandContext) throws {
        try CommandRegistry.run(words: words, context)
    }

    /// Wall-clock and CPU seconds of each of `samples` runs of `body`, less those of `excluding` (set-up timed alike and taken off).
    private func times(_ body: (Int) throws -> Void, excluding: ((Int) throws -> Void)? = nil) throws -> [(wall: Double, cpu: Double)] {
        try (0..<samples).map { index in
            let setUp = try excluding.map { step in try Measurement.timeAndCPU { try step(index) } } ?? (wall: 0, cpu: 0)
            let run = try Measurement.timeAndCPU { try body(index) }
            return (max(0, run.wall - setUp.wall), max(0, run.cpu - setUp.cpu))
        }
    }

    /// The code points of the document's first word that no claim marks yet (a project measured
    /// before holds the claims of the earlier runs).
    private func freeWord(_ docID: Int64, _ bench: Workbench) throws -> Range<Int> {
        let marked = Set(try bench.store.read { db in
            try db.rows("SELECT start, \"end\" FROM claims WHERE doc_id = ? AND deleted = 0", [docID]).map { row -> Range<Int> in row[0]..<row[1] }
        })
        var start = 0, offset = 0
        for scalar in try bench.text(of: docID).string.unicodeScalars {
            if scalar == " " || scalar == "," {
                if offset > start, !marked.contains(start..<offset) { return start..<offset }
                start = offset + 1
            }
            offset += 1
        }
        throw BenchError.mismatch("every word of document \(docID) is marked already; measure a fresh copy of the project")
    }
}

/// One REPL command's latency over its samples: wall clock, and this process's CPU time (which waiting for a core on a
/// loaded machine does not inflate).
struct LatencyRow {
    let command: String
    let wall: Latencies
    let cpu: Latencies

    var p50: Double { wall.p50 }
    var p95: Double { wall.p95 }

    init(command: String, _ samples: [(wall: Double, cpu: Double)]) {
        self.command = command
        wall = Latencies(samples.map(\.wall))
        cpu = Latencies(samples.map(\.cpu))
    }
}
