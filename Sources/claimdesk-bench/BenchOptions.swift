import Foundation

/// The benchmark's size and folders, from `--docs N --claims-per-doc K --work DIR --report FILE`.
struct BenchOptions {
    var documents = 10_000
    var claimsPerDocument = 100
    var work = NSTemporaryDirectory() + "claimdesk-bench"
    var report: String?
    /// The claimdesk binary: beside this one (same build folder).
    var binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("claimdesk").path

    init(arguments: [String]) {
        var index = 0
        while index + 1 < arguments.count {
            let value = arguments[index + 1]
            switch arguments[index] {
            case "--docs": documents = Int(value) ?? documents
            case "--claims-per-doc": claimsPerDocument = Int(value) ?? claimsPerDocument
            case "--work": work = value
            case "--report": report = value
            case "--binary": binary = value
            default: break
            }
            index += 2
        }
    }
}
