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

    /// Runs `claimdesk ARGS` in `workspace` with `stdin` fed from a file (never a TTY).
    static func run(_ arguments: [String], in workspace: String, stdin: String = "", environment: [String: String] = [:]) throws -> ClaimdeskRun {
        var env = ProcessInfo.processInfo.environment
        env["CLAIMDESK_HOME"] = nil
        env["CLAIMDESK_REVIEWER"] = "ana"
        env.merge(environment) { $1 }
        let result = try Subprocess.run([binary] + arguments, in: workspace, stdin: stdin, environment: env)
        return ClaimdeskRun(status: result.status, stdout: result.stdout, stderr: result.stderr)
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
