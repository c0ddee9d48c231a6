import Foundation

/// The Markdown report written to `docs/BENCHMARKS.md`: how to run, the machine, the sizes,
/// the timings with ratios, peak memory, the exact commands, and what differs between the two sides.
struct BenchReport {
    let options: BenchOptions
    let machine: Machine
    let date: Date
    /// The one-minute load average when the run started and when it ended.
    let load: (start: String, end: String)
    let corpus: Corpus
    let rows: [BenchRow]
    let memory: [MemoryRow]
    /// The search figures (nil with `--only bulk`, which does not run them: `--only search` does).
    let search: SearchFigures?
    let commands: [String]
    let sameJSONL: Bool
    /// The first lines of each reference script, keyed by its file name.
    let scripts: [(name: String, head: String)]
    let bulk: BulkBenchmark.Result
    let latency: [LatencyRow]
    let postgres: PostgresBenchmark.Result?

    func markdown() -> String {
        ([introduction, run, table, search?.markdown() ?? searchNotRun, bulkTable, latencyTable, postgresTables, memoryTable, commandList, differences].joined(separator: "\n\n")) + "\n"
    }

    private var introduction: String {
        """
        # Benchmarks

        `claimdesk-bench` (a release-mode executable; never run by `swift test` or CI) generates a
        deterministic synthetic project and times claimdesk's hot paths beside the `sqlite3` shell
        doing the same work: the writes into a twin project built from generated SQL scripts, the
        reads on the very same `project.sqlite`. Documents are news-like text of about 2–6 KB (reported
        speech, curly and French quotes, U+202F before `%`, emoji with skin tones, flags and ZWJ
        sequences, names with combining marks, one document in five with CRLF line ends); claims
        span 20–240 code points between word edges on character boundaries, statuses go round-robin
        over the eight statuses, most have a speaker (some named by alias), some sources, tags, a
        quote type and a rationale, half come from suggestions; every tenth document's first claim
        gets evidence. Everything comes from SplitMix64 with a fixed seed: the same options give the
        same bytes.

        ```sh
        swift build -c release --scratch-path .build-bench --product claimdesk
        swift build -c release --scratch-path .build-bench --product claimdesk-bench
        .build-bench/release/claimdesk-bench --docs 10000 --claims-per-doc 100 --report docs/BENCHMARKS.md
        .build-bench/release/claimdesk-bench --docs 100 --claims-per-doc 10     # a smoke run, seconds
        ```

        Options: `--out DIR` (work folder, default `/tmp/claimdesk-bench`), `--claimdesk PATH` (default:
        the binary beside the benchmark), `--sqlite3 PATH`, `--runs R` (runs of each read, median
        reported; default 3), `--seed S`, `--store URL` (also run import, export, claim creation and
        REPL latency on PostgreSQL: a `postgres://` URL of a server you started; its schemas
        `claimdesk_bench*` are dropped and made afresh). Peak memory comes from GNU time
        (`apt-get install time`).

        Besides the shell, the bulk paths are measured against claimdesk's own JSONL export of the same
        claims: `verify` (goal ≤ 2×), the other export formats (goal ≤ 1.5×) and `import-annotations`
        of that export into a project holding only the documents (goal ≤ 3×, and ≤ 1.5× the shell
        running the same INSERTs). REPL commands run in the benchmark's process on the full project.
        """
    }

    private var run: String {
        let date = ISO8601DateFormatter().string(from: self.date)
        let rows = corpus.rows.map { "\($0.count.grouped) \($0.table)" }.joined(separator: ", ")
        return """
            ## Last run

            Measured \(date) on \(machine.cores) × \(machine.cpu), \(machine.memory) RAM, \(machine.system);
            SQLite \(machine.sqlite); \(machine.swift). Load average \(load.start) at the start, \(load.end) at the end.

            `\(options.commandLine)`\(options.project.map { "\n\nOn `\($0)`, a project made before: nothing generated or written, so the table below has no write rows." } ?? "")

            - \(corpus.documents.grouped) documents, \(mebibytes(corpus.bytes)) MiB (smallest \(corpus.smallest.grouped) bytes,
              largest \(corpus.largest.grouped), \(corpus.crlfDocuments.grouped) with CRLF line ends).
            - Rows in the project: \(rows).
            - `project.sqlite`: \(mebibytes(corpus.databaseBytes)) MiB.
            """
    }

    private var table: String {
        var lines = ["| operation | claimdesk (s) | sqlite3 shell (s) | ratio | CPU: claimdesk / shell (s) | CPU ratio |", "| --- | ---: | ---: | ---: | ---: | ---: |"]
        for row in rows {
            let cpu = row.cpu.map { String(format: "%.2f / %.2f", $0.claimdesk, $0.sqlite) } ?? "in process"
            lines.append("| \(row.operation) | \(String(format: "%.2f", row.claimdesk)) | \(String(format: "%.2f", row.sqlite)) | \(String(format: "%.1f×", row.ratio)) | "
                + "\(cpu) | \(row.cpuRatio.map { String(format: "%.2f×", $0) } ?? "") |")
        }
        let claims = corpus.count("claims")
        if let creation = rows.first(where: { $0.operation.hasPrefix("create") }), creation.claimdesk > 0 {
            lines += ["", "claimdesk creates \(Int(Double(claims) / creation.claimdesk).grouped) claims per second "
                + "(\(String(format: "%.0f", creation.claimdesk * 1e6 / Double(max(claims, 1)))) µs each); the shell "
                + "\(Int(Double(claims) / max(creation.sqlite, 0.001)).grouped)."]
        }
        lines += ["", sameJSONL
            ? "claimdesk's JSONL and the shell's `json_object` lines are byte-identical."
            : "claimdesk's JSONL and the shell's `json_object` lines hold the same records but are not byte-identical (see below)."]
        return lines.joined(separator: "\n")
    }

    private var searchNotRun: String {
        "### Search\n\nNot measured in this run (`claimdesk-bench --only search --project DIR` measures it on a project made before)."
    }

    private var bulkTable: String {
        var lines = ["### Bulk paths against the JSONL export", "",
                     "Each a separate process, with its CPU time (user + system) and peak memory (max RSS). On a shared",
                     "machine the wall clock includes waiting for a core; the CPU ratio does not.", "",
                     "| operation | claimdesk wall / CPU (s) | against | wall / CPU (s) | ratio | CPU ratio | peak (MiB) |",
                     "| --- | ---: | --- | ---: | ---: | ---: | ---: |"]
        let seconds = { (wall: Double, cpu: Double?) in String(format: "%.2f", wall) + (cpu.map { String(format: " / %.2f", $0) } ?? "") }
        for row in bulk.rows {
            lines.append("| \(row.operation) | \(seconds(row.run.seconds, row.run.cpuSeconds)) | \(row.yardstick) | \(seconds(row.yardstickSeconds, row.yardstickCPU)) | "
                + "\(String(format: "%.2f×", row.ratio)) | \(row.cpuRatio.map { String(format: "%.2f×", $0) } ?? "") | \(String(format: "%.1f", Double(row.run.peakKiB ?? 0) / 1024)) |")
        }
        lines += ["", bulk.roundTrip
            ? "The imported project exports the very bytes it was imported from."
            : "The imported project's export DIFFERS from the file it was imported from."]
        return lines.joined(separator: "\n")
    }

    private var latencyTable: String {
        var lines = ["### REPL commands", "",
                     "In the benchmark's process through `CommandRegistry.run(words:)`, as the REPL runs them, on the full project;",
                     "\(latency.first.map { _ in "50" } ?? "no") samples each over documents and claims spread across it.", ""]
        lines += LatencyTable.lines(latency)
        return lines.joined(separator: "\n")
    }

    private var postgresTables: String {
        guard let postgres else { return "### PostgreSQL\n\nNot measured in this run (`--store URL` runs the same work on PostgreSQL)." }
        var lines = ["### PostgreSQL beside SQLite", "",
                     "`--store \(options.store.map(redacted) ?? "")`, on loopback; the project in schema `claimdesk_bench`. Claim creation on the first",
                     "100 documents in schema `claimdesk_bench_create`, SQLite's figure scaled from its full run.", "",
                     "| operation | SQLite (s) | PostgreSQL (s) | ratio |", "| --- | ---: | ---: | ---: |"]
        for row in postgres.rows {
            lines.append("| \(row.operation) | \(String(format: "%.2f", row.sqlite)) | \(String(format: "%.2f", row.postgres)) | \(String(format: "%.1f×", row.postgres / max(row.sqlite, 0.0005))) |")
        }
        lines += ["", postgres.sameExport ? "The PostgreSQL project exports the very bytes the SQLite project exported." : "The PostgreSQL export DIFFERS from SQLite's.", "",
                  "| command | SQLite p50 (ms) | SQLite p95 (ms) | PostgreSQL p50 (ms) | PostgreSQL p95 (ms) |", "| --- | ---: | ---: | ---: | ---: |"]
        for (mine, theirs) in zip(latency, postgres.latency) {
            lines.append("| `\(mine.command)` | " + [mine.p50, mine.p95, theirs.p50, theirs.p95].map { String(format: "%.2f", $0 * 1000) }.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n")
    }

    /// A URL without its password.
    private func redacted(_ url: String) -> String {
        url.replacingOccurrences(of: #":[^:@/]+@"#, with: "@", options: .regularExpression)
    }

    private var memoryTable: String {
        var lines = ["### Peak memory (max RSS)", "",
                     "Export and report stream: their peak stays flat as the set grows.", "",
                     "| read | records | claimdesk (MiB) | sqlite3 shell (MiB) |", "| --- | ---: | ---: | ---: |"]
        for row in memory {
            lines.append("| \(row.operation) | \(row.records.grouped) | \(String(format: "%.1f", Double(row.claimdeskKiB) / 1024)) | \(String(format: "%.1f", Double(row.sqliteKiB) / 1024)) |")
        }
        return lines.joined(separator: "\n")
    }

    private var commandList: String {
        var text = """
            ### Commands

            claimdesk's import, claim creation and evidence run in the benchmark's process: `Workbench.importDocument(path:metadata:)`
            per file, `Workbench.createClaims(in:drafts:)` per document, `CommandRegistry.run(words: ["evidence", ID, REF,
            "--stance", "refutes", "--note", NOTE])` per claim. Everything else is a separate process, timed wall-clock
            under `/usr/bin/time -f %M`:

            ```sh
            \(commands.joined(separator: "\n"))
            ```
            """
        for script in scripts {
            text += "\n\n`\(script.name)`:\n\n```sql\n\(script.head)\n```"
        }
        return text
    }

    private var differences: String {
        """
        ### What differs between the two sides

        - **import**: claimdesk checks the extension, that the file is non-empty UTF-8 without binary
          control bytes, hashes it with its own SHA-256 (in Swift), and counts code points in Swift; the
          shell hashes with its built-in `sha3()` (SHA3-256: it has no SHA-256), checks nothing, and
          counts with `length()`. Both skip a known hash, record the `import` event and set the
          reviewer's current document, one `BEGIN IMMEDIATE` transaction per file, `synchronous = FULL`.
        - **create claims**: claimdesk validates every span against the document's grapheme boundaries
          (it builds a code-point index of the text per document), snapshots the claim in Swift-built
          JSON, resolves speakers and sources by name or alias, and inserts with cached prepared
          statements; the shell parses one script statement per row, slices the text with `substr`,
          and builds the snapshot with `json_object` (which writes `null` keys claimdesk leaves out).
          claimdesk gives all events of a call one batch; the script numbers each event's batch alone.
        - **evidence**: claimdesk reads the claim with its child rows, applies the change, refuses a
          no-op, rewrites the claim row and all its child rows, and records before and after; the
          shell appends the evidence row and derives `after` from the last event with `json_set`.
        - **claims --status**: claimdesk formats fixed-width columns (padding counts characters) and
          prints the count; the shell prints `|`-separated columns. Both write to `/dev/null`.
        - **export**: claimdesk writes a temporary file, hashes it (SHA-256), flushes it to disk,
          renames it into place and writes the manifest; the shell writes standard output to a file.
          The `-json` row is the shell's own JSON mode on a flat join (no child rows).
        - **report**: claimdesk reads every claim with its child rows and events, describes each
          event's change, and writes one HTML page per document (text with highlighted pieces, a
          note per claim with its history, the claims as embedded JSON) and the index into a staging
          folder renamed into place; the shell row is its JSONL export (no events, no HTML), the
          nearest work it can do, so the ratio says what the page-writing costs on top of reading.
        - **import-annotations**: claimdesk streams the JSONL a line at a time, parses each record,
          finds its document by SHA-256, checks the span against the document's grapheme boundaries
          and text, refuses a known claim id or an already marked span (two lookups), resolves the
          speaker by name or alias and the sources by name, inserts the claim, its child rows and an
          `import` event with its snapshot, all in one transaction; the shell runs literal INSERTs
          (speakers and sources looked up by name, the snapshot copied from the exported project's
          last event) in one transaction, checking nothing. Both end with the same rows.
        - **verify** has no shell counterpart: it replays every claim event in one pass (snapshots
          compared as JSON text) and compares the last with the stored claim, read a window of ids
          at a time; it is measured against the JSONL export of the same project.
        - Each process time includes starting the process and opening the database (a few ms).
        """
    }

    private func mebibytes(_ bytes: Int) -> String {
        String(format: "%.1f", Double(bytes) / 1_048_576)
    }
}
