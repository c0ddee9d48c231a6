import Foundation

/// Wall-clock seconds and, for a process, its CPU time and peak resident memory.
///
/// On a shared machine the wall clock counts waiting for a core; the CPU time (user + system) does
/// not, so the report gives a ratio of each.
struct Measurement {
    let seconds: Double
    /// Max RSS in KiB, as GNU time reports it (nil for in-process work).
    let peakKiB: Int?
    /// User + system seconds, as GNU time reports them (nil for in-process work).
    var cpuSeconds: Double? = nil

    /// Seconds `body` takes.
    static func time(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    /// Wall-clock and CPU seconds (this process's, user and system) `body` takes; the calls run one at a time on this thread.
    static func timeAndCPU(_ body: () throws -> Void) rethrows -> (wall: Double, cpu: Double) {
        let cpuStart = processCPUSeconds()
        let wall = try time(body)
        return (wall, processCPUSeconds() - cpuStart)
    }

    private static func processCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// Runs `command` under `/usr/bin/time` (GNU time, Debian package `time`) for its max RSS and CPU time.
    static func run(_ command: BenchCommand, scratch: String) throws -> Measurement {
        let rssFile = scratch + "/time-rss.txt", errorFile = scratch + "/stderr.txt"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/time")
        process.arguments = ["-f", "%M %U %S", "-o", rssFile, command.executable] + command.arguments
        process.standardInput = try command.input.map { try FileHandle(forReadingFrom: URL(fileURLWithPath: $0)) } ?? FileHandle.nullDevice
        process.standardOutput = try handle(writingTo: command.output)
        process.standardError = try handle(writingTo: errorFile)
        let seconds = try time {
            try process.run()
            process.waitUntilExit()
        }
        guard process.terminationStatus == 0 else {
            let stderr = (try? String(contentsOfFile: errorFile, encoding: .utf8)) ?? ""
            throw BenchError.commandFailed(command.shellLine, status: process.terminationStatus, stderr: String(stderr.suffix(2000)))
        }
        let report = try String(contentsOfFile: rssFile, encoding: .utf8).split(separator: "\n").last?.split(separator: " ") ?? []
        let cpu = report.dropFirst().compactMap { Double($0) }
        return Measurement(seconds: seconds, peakKiB: report.first.flatMap { Int($0) }, cpuSeconds: cpu.count == 2 ? cpu.reduce(0, +) : nil)
    }

    /// A file truncated and opened for writing.
    private static func handle(writingTo path: String) throws -> FileHandle {
        if path != "/dev/null" { _ = FileManager.default.createFile(atPath: path, contents: nil) }
        return try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    }
}
