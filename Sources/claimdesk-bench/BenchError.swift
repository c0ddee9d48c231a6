/// Why the benchmark stopped.
enum BenchError: Error, CustomStringConvertible {
    /// Bad arguments (nil for `--help`): the usage is printed.
    case usage(String?)
    /// A timed command exited non-zero.
    case commandFailed(String, status: Int32, stderr: String)
    /// The two sides did not do the same work (e.g. different row counts).
    case mismatch(String)
    /// The work folder holds files this benchmark did not make.
    case foreignFolder(String)

    var description: String {
        switch self {
        case .usage(let problem): return (problem.map { $0 + "\n" } ?? "") + BenchOptions.usage
        case .commandFailed(let command, let status, let stderr): return "exit \(status): \(command)\n\(stderr)"
        case .mismatch(let what): return "the two sides differ: \(what)"
        case .foreignFolder(let path): return "\(path) is not empty and was not made by claimdesk-bench; give another --out"
        }
    }
}
