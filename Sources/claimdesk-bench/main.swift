import Foundation

// claimdesk-bench: builds a synthetic project and times claimdesk beside the sqlite3 shell.
// Usage: see BenchOptions.usage (`claimdesk-bench --help`).
do {
    let options = try BenchOptions(arguments: Array(CommandLine.arguments.dropFirst()))
    let report = try Benchmark(options: options).run().markdown()
    print(report)
    if let path = options.report { try ReportFile(path: path).write(report) }
} catch BenchError.usage(.none) {
    print(BenchOptions.usage)
} catch {
    FileHandle.standardError.write(Data("claimdesk-bench: \(error)\n".utf8))
    exit(error is BenchError ? 2 : 1)
}
