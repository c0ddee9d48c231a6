import Foundation

/// The REPL latency table of a project made before (`--only latency`), as Markdown; its rows as the report writes them.
///
/// ```swift
/// print(LatencyTable(project: "/tmp/p1m/project", documents: 10_000, rows: rows).markdown)
/// ```
struct LatencyTable {
    let project: String
    let documents: Int
    let rows: [LatencyRow]

    var markdown: String {
        (["`\(project)` (\(documents.grouped) documents); in this process through `CommandRegistry.run(words:)`, 50 samples each.", ""]
            + Self.lines(rows)).joined(separator: "\n")
    }

    /// The table's header and one line per command, p50 and p95 of wall and CPU time in ms.
    static func lines(_ rows: [LatencyRow]) -> [String] {
        ["| command | p50 wall (ms) | p95 wall (ms) | p50 CPU (ms) | p95 CPU (ms) |", "| --- | ---: | ---: | ---: | ---: |"]
            + rows.map { row in
                "| `\(row.command)` | " + [row.wall.p50, row.wall.p95, row.cpu.p50, row.cpu.p95].map { String(format: "%.2f", $0 * 1000) }.joined(separator: " | ") + " |"
            }
    }
}
