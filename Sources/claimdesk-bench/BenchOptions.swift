import Foundation

/// The benchmark's sizes and paths, parsed by hand from the command line.
///
/// ```
/// claimdesk-bench [--docs N] [--claims-per-doc K] [--out DIR] [--report FILE]
///                 [--claimdesk PATH] [--sqlite3 PATH] [--runs R] [--seed S] [--store URL] [--only brat]
/// claimdesk-bench --only search --project DIR [--docs N] [--claims-per-doc K] [--seed S]
/// claimdesk-bench --only latency --project DIR      # the REPL table on a project made before (it gains 50 claims)
/// claimdesk-bench --only bulk --project DIR         # the read and bulk paths on a project made before
/// ```
struct BenchOptions {
    static let usage = """
        usage: claimdesk-bench [--docs N] [--claims-per-doc K] [--out DIR] [--report FILE]
                               [--claimdesk PATH] [--sqlite3 PATH] [--runs R] [--seed S] [--store URL] [--only brat]
               claimdesk-bench --only search --project DIR [--docs N] [--claims-per-doc K] [--seed S]
               claimdesk-bench --only latency --project DIR
               claimdesk-bench --only bulk --project DIR [--out DIR] [--report FILE] [--runs R]
          --docs N             documents to generate (default 10000)
          --claims-per-doc K   claims per document (default 100)
          --out DIR            work folder for the generated data (default /tmp/claimdesk-bench);
                               must be empty, missing, or a folder this benchmark made before
          --report FILE        also write the Markdown report there (e.g. docs/BENCHMARKS.md), between its
                               generated-section markers; the rest of the file is kept
          --claimdesk PATH     the claimdesk binary (default: beside this one, same build folder)
          --sqlite3 PATH       the sqlite3 shell (default /usr/bin/sqlite3)
          --runs R             runs of each read command; the median is reported (default 3)
          --seed S             the generator's seed (default 2026)
          --store URL          also run import, export, claim creation and REPL latency on PostgreSQL
                               (postgres://USER@HOST:PORT/DB; schemas claimdesk_bench* are dropped and made afresh)
          --only brat          only `import-annotations` of a generated brat folder (1,000 files, 25,000 attributions)
          --only search        only the search figures (search, search --claims, similar: p50 and p95 of wall and
                               CPU time per call) on the project named by --project, which an earlier run built
                               with the same --docs, --claims-per-doc and --seed (e.g. DIR/project of its --out);
                               it is searched, not changed, and its index is not rebuilt
          --only latency       only the REPL latency table, on the existing project --project DIR (a bench project
                               or a copy of one: the `claim` and `status` samples add 50 claims to it)
          --only bulk          everything but the generation and the writes, on the existing project --project DIR
                               (a bench project or a copy of one; the REPL samples add 50 claims to it): listing,
                               exports, report, verify, import-annotations of its export beside the shell, the brat
                               folder, REPL latency; for sizes that take too long to build twice (e.g. 1M claims)
          --project DIR        the existing project --only search, --only latency or --only bulk works on
        """

    var documents = 10_000
    var claimsPerDocument = 100
    var out = "/tmp/claimdesk-bench"
    var report: String?
    var claimdesk = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("claimdesk").path
    var sqlite3 = "/usr/bin/sqlite3"
    var runs = 3
    var seed: UInt64 = 2026
    /// `--store`: a PostgreSQL database to run the store-dependent figures on too.
    var store: String?
    /// `--only brat`, `--only search`, `--only latency` or `--only bulk`: run that part.
    var only: String?
    /// `--project`: the existing project `--only search`, `--only latency` or `--only bulk` measures.
    var project: String?
    /// The command line as given, for the report.
    var commandLine = ""

    /// Parses `arguments` (without the program name); throws the usage on anything unknown.
    init(arguments: [String]) throws(BenchError) {
        commandLine = (["claimdesk-bench"] + arguments).map(ShellWords.quote).joined(separator: " ")
        var remaining = arguments[...]
        while let flag = remaining.popFirst() {
            guard flag != "--help", let value = remaining.popFirst() else { throw .usage(flag == "--help" ? nil : "\(flag) needs a value") }
            try set(flag, value)
        }
        guard documents > 0, claimsPerDocument > 0, runs > 0 else { throw .usage("--docs, --claims-per-doc and --runs must be positive") }
        let onExisting = ["search", "latency", "bulk"].contains(only ?? "")
        guard onExisting == (project != nil) else { throw .usage("--only search, latency and bulk need --project DIR, and --project goes with them") }
        guard only != "bulk" || store == nil else { throw .usage("--store builds its PostgreSQL project from the generated documents: run it without --only bulk") }
    }

    private mutating func set(_ flag: String, _ value: String) throws(BenchError) {
        switch flag {
        case "--docs": documents = try number(value, flag)
        case "--claims-per-doc": claimsPerDocument = try number(value, flag)
        case "--runs": runs = try number(value, flag)
        case "--seed": seed = UInt64(try number(value, flag))
        case "--out": out = URL(fileURLWithPath: value).standardizedFileURL.path
        case "--report": report = value
        case "--only":
            guard ["brat", "search", "latency", "bulk"].contains(value) else { throw .usage("--only takes brat, search, latency or bulk, not '\(value)'") }
            only = value
        case "--project": project = URL(fileURLWithPath: value).standardizedFileURL.path
        case "--claimdesk": claimdesk = value
        case "--sqlite3": sqlite3 = value
        case "--store":
            guard value.hasPrefix("postgres://") || value.hasPrefix("postgresql://") else { throw .usage("--store takes a postgres:// URL, not '\(value)'") }
            store = value
        default: throw .usage("unknown option \(flag)")
        }
    }

    private func number(_ value: String, _ flag: String) throws(BenchError) -> Int {
        guard let number = Int(value.replacingOccurrences(of: "_", with: "")), number >= 0 else {
            throw .usage("\(flag) takes a whole number, not '\(value)'")
        }
        return number
    }
}
