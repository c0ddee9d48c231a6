import Foundation

/// Untimed questions to the sqlite3 shell: counts that check both sides did the same work.
struct SQLiteShell {
    let executable: String

    /// The shell's output for `sql` on `database`, trimmed.
    func query(_ database: String, _ sql: String) throws -> String {
        let result = try ToolOutput.run(executable, [database, sql])
        guard result.status == 0 else {
            throw BenchError.commandFailed("\(executable) \(database) \"\(sql)\"", status: result.status, stderr: "")
        }
        return result.text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Runs `sql` on both databases and throws when the answers differ; returns the answer.
    @discardableResult
    func same(_ sql: String, _ first: String, _ second: String) throws -> String {
        let (a, b) = (try query(first, sql), try query(second, sql))
        guard a == b else { throw BenchError.mismatch("\(sql): \(a) in \(first), \(b) in \(second)") }
        return a
    }
}
