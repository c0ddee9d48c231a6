import Foundation

/// Runs a tool to completion and keeps what it printed: the benchmark's untimed questions (check
/// queries to the sqlite3 shell, version strings for the report).
///
/// ```swift
/// let version = try ToolOutput.run("/usr/bin/sqlite3", ["--version"]).text   // "3.40.1 2022-12-28 …"
/// ```
struct ToolOutput {
    let status: Int32
    let text: String

    /// Runs `executable` with `arguments`; its standard error goes to `errors` (this process's by default).
    static func run(_ executable: String, _ arguments: [String], errors: FileHandle = .standardError) throws -> ToolOutput {
        let process = Process()
        let pipe = Pipe()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = pipe
        process.standardError = errors
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return ToolOutput(status: process.terminationStatus, text: String(decoding: output, as: UTF8.self))
    }
}
