import Foundation

// claimdesk-bench: builds a synthetic project and times claimdesk beside the sqlite3 shell.
// Usage: see BenchOptions.usage (`claimdesk-bench --help`).
do {
    let options = try BenchOptions(arguments: Array(CommandLine.arguments.dropFirst()))
    if options.only == "brat" {
        let row = try BratCorpusBenchmark(options: options, root: try WorkFolder.prepare(options.out).root).run(BenchLog())
        print(String(format: "%@: %.2f s, peak %.1f MiB (goal %.0f s)", row.operation, row.run.seconds, Double(row.run.peakKiB ?? 0) / 1024, row.yardstickSeconds))
        exit(0)
    }
    if options.only == "search", let project = options.project {
        print(try SearchBenchmark(options: options, documents: DocumentGenerator(seed: options.seed)).run(existing: project).markdown())
        exit(0)
    }
    if options.only == "latency", let project = options.project {
        print(try LatencyBenchmark.existing(project).markdown)
        exit(0)
    }
    let report = try Benchmark(options: options).run().markdown()
    print(report)
    if let path = options.report { try ReportFile(path: path).write(report) }
} catch BenchError.usage(.none) {
    print(BenchOptions.usage)
} catch {
    FileHandle.standardError.write(Data("claimdesk-bench: \(error)\n".utf8))
    exit(error is BenchError ? 2 : 1)
}
