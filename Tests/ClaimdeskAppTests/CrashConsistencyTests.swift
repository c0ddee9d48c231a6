import Foundation
import GRDB
import Testing

/// A session killed at any moment leaves the project consistent with every acknowledged change stored.
@Suite struct CrashConsistencyTests {
    @Test(arguments: [3, 17, 40])
    func killedSessionKeepsEveryAcknowledgedChange(killAfter: Int) throws {
        let workspace = try Workspace()
        try workspace.copyFromRepository("docs/sample")
        let setup = try workspace.claimdesk("--project", "p", "import", "docs/sample/voa-common-prosperity.txt")
        #expect(setup.status == 0)
        let lines = (0..<400).map { index in "claim \(index * 13)..\(index * 13 + 7)\nstatus last refuted --note \"n\(index)\"" }
        let acknowledged = try runAndKill(in: workspace, input: lines.joined(separator: "\n") + "\n", afterLines: killAfter)
        #expect(try workspace.integrityCheck(project: "p") == "ok")
        let stored = try DatabaseQueue(path: workspace.path + "/projects/p/project.sqlite").read { db in
            try Int.fetchSet(db, sql: "SELECT id FROM claims WHERE status = 'refuted' OR status = 'unverified'")
        }
        let claimed = acknowledged.compactMap { line -> Int? in
            guard line.hasPrefix("claim "), let number = line.split(separator: " ")[1].split(separator: ":").first else { return nil }
            return Int(number)
        }
        #expect(!claimed.isEmpty)
        #expect(Set(claimed).isSubset(of: stored))
    }

    /// Feeds `input` to `claimdesk --project p`, kills it with SIGKILL once `afterLines` lines were printed.
    private func runAndKill(in workspace: Workspace, input: String, afterLines: Int) throws -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: ClaimdeskRun.binary)
        process.arguments = ["--project", "p", "--reviewer", "ana"]
        process.currentDirectoryURL = URL(fileURLWithPath: workspace.path)
        let (stdin, stdout) = (Pipe(), Pipe())
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        try process.run()
        let writer = Thread { stdin.fileHandleForWriting.write(Data(input.utf8)); try? stdin.fileHandleForWriting.close() }
        writer.start()
        var received = Data()
        while received.filter({ $0 == 0x0A }).count < afterLines {
            let chunk = stdout.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            received.append(chunk)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let text = String(decoding: received, as: UTF8.self)
        return text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }
}
