import Foundation

/// Runs the built `claimdesk` binary the way a user or a script does.
struct ClaimdeskRun {
    let status: Int32
    let stdout: String
    let stderr: String

    /// The binary built beside the test bundle.
    static var binary: String {
        let buildFolder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [buildFolder.appendingPathComponent("claimdesk").path,
                          Repository.root.appendingPathComponent(".build/debug/claimdesk").path]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates[1]
    }

    /// Runs `claimdesk ARGS` in `workspace` with `stdin` piped in (never a TTY).
    static func run(_ arguments: [String], in workspace: String, stdin: String = "", environment: [String: String] = [:]) throws -> ClaimdeskRun {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: workspace)
        var env = ProcessInfo.processInfo.environment
        env["CLAIMDESK_HOME"] = nil
        env["CLAIMDESK_REVIEWER"] = "ana"
        env.merge(environment) { $1 }
        process.environment = env
        let (input, output, error) = (Pipe(), Pipe(), Pipe())
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        try process.run()
        input.fileHandleForWriting.write(Data(stdin.utf8))
        try input.fileHandleForWriting.close()
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return ClaimdeskRun(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                            stderr: String(decoding: errData, as: UTF8.self))
    }
}

/// Paths in the repository.
enum Repository {
    static var root: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }

    static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }
}
