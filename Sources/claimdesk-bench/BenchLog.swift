import Foundation

/// Progress on standard error, with the time since the benchmark started.
final class BenchLog {
    private let start = DispatchTime.now().uptimeNanoseconds

    func say(_ message: String) {
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        FileHandle.standardError.write(Data((String(format: "[%7.1f s] ", elapsed) + message + "\n").utf8))
    }
}
