import Foundation

/// One measured operation.
struct BenchRow {
    let name: String
    let claimdesk: Double
    /// The sqlite3 shell doing the same work, when there is a like-for-like command.
    let sqlite: Double?
}

/// The Markdown report: sizes, machine, the table of timings and ratios, peak memory.
struct BenchReport {
    let options: BenchOptions
    let rows: [BenchRow]
    let memory: [(String, Int)]
    let claims: Int

    func markdown() -> String {
        var lines = [
            "Measured \(ISO8601DateFormatter().string(from: Date())) on \(machine()), release build,",
            "\(options.documents) documents, \(claims) claims (`swift run -c release claimdesk-bench --docs \(options.documents) --claims-per-doc \(options.claimsPerDocument)`).",
            "",
            "| operation | claimdesk (s) | sqlite3 shell (s) | ratio |",
            "| --- | ---: | ---: | ---: |",
        ]
        for row in rows {
            let sqlite = row.sqlite.map { String(format: "%.2f", $0) } ?? "—"
            let ratio = row.sqlite.map { String(format: "%.1f×", row.claimdesk / max($0, 0.001)) } ?? "—"
            lines.append("| \(row.name) | \(String(format: "%.2f", row.claimdesk)) | \(sqlite) | \(ratio) |")
        }
        lines += ["", "Peak memory of `export` (max RSS) as the exported set grows:", "", "| exported | peak RSS (MiB) |", "| --- | ---: |"]
        lines += memory.map { "| \($0.0) | \(String(format: "%.1f", Double($0.1) / 1024)) |" }
        return lines.joined(separator: "\n") + "\n"
    }

    private func machine() -> String {
        let cpu = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8))?
            .split(separator: "\n").first { $0.hasPrefix("model name") }?
            .split(separator: ":").last?.trimmingCharacters(in: .whitespaces) ?? "unknown CPU"
        return "\(ProcessInfo.processInfo.activeProcessorCount) × \(cpu)"
    }
}
