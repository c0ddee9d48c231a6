import Foundation

/// Runs and times work: a closure, or a command through `/usr/bin/time` for its peak memory.
enum Measured {
    /// Seconds `body` takes.
    static func seconds(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    /// Seconds and peak resident memory (KiB) of a shell command, whose output goes to /dev/null.
    static func command(_ shell: String) throws -> (seconds: Double, peakKiB: Int) {
        let memoryFile = NSTemporaryDirectory() + "claimdesk-bench-rss-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: memoryFile) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/time")
        process.arguments = ["-f", "%M", "-o", memoryFile, "/bin/sh", "-c", shell + " > /dev/null"]
        let elapsed = try seconds {
            try process.run()
            process.waitUntilExit()
        }
        guard process.terminationStatus == 0 else { throw BenchError.commandFailed(shell) }
        let peak = Int((try String(contentsOfFile: memoryFile, encoding: .utf8)).trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
        return (elapsed, peak)
    }
}

enum BenchError: Error, CustomStringConvertible {
    case commandFailed(String)
    var description: String {
        switch self {
        case .commandFailed(let shell): return "command failed: \(shell)"
        }
    }
}
