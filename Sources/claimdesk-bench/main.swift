import Foundation

// claimdesk-bench: builds a synthetic project and times claimdesk beside the sqlite3 shell.
// Usage: swift run -c release claimdesk-bench [--docs N] [--claims-per-doc K] [--work DIR] [--report FILE]
let options = BenchOptions(arguments: Array(CommandLine.arguments.dropFirst()))
do {
    try Benchmark(options: options).run()
} catch {
    FileHandle.standardError.write(Data("claimdesk-bench: \(error)\n".utf8))
    exit(1)
}
