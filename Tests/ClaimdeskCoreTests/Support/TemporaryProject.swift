import Foundation
@testable import ClaimdeskCore

/// A project in a fresh temporary workspace (and, on PostgreSQL, a schema of its own), removed when the test ends.
final class TemporaryProject {
    let workspace: String
    let location: ProjectLocation
    let store: ProjectStore
    let workbench: Workbench
    let output = CapturedOutput()
    private(set) lazy var context = CommandContext(workbench: workbench, output: output)

    init(reviewer: String = "ana", name: String = "test", on kind: StoreKind = .sqlite) throws {
        workspace = NSTemporaryDirectory() + "claimdesk-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: workspace, withIntermediateDirectories: true)
        location = try ProjectLocation(argument: try kind.projectArgument(name: name),
                                       environment: ["CLAIMDESK_HOME": workspace, "XDG_STATE_HOME": workspace + "/state"])
        store = try ProjectStore.open(location)
        workbench = Workbench(store: store, reviewer: reviewer, clock: SteppingClock(start: 1_633_046_400))
    }

    deinit {
        try? FileManager.default.removeItem(atPath: workspace)
    }

    /// Writes `text` to a file in the workspace and returns its path.
    func file(_ name: String, _ text: String) throws -> String {
        let path = workspace + "/" + name
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Imports `text` as a document and returns its id.
    func importText(_ text: String, name: String = "doc.txt") throws -> Int64 {
        try workbench.importDocument(path: try file(name, text), metadata: DocumentMetadata()).document.id
    }

    /// Another reviewer on the same project.
    func workbench(for reviewer: String) -> Workbench {
        Workbench(store: store, reviewer: reviewer, clock: SteppingClock(start: 1_633_100_000))
    }

    /// Runs command lines in one session, as the REPL would, and returns what they printed.
    func run(_ lines: String...) throws -> String {
        let before = output.lines.count
        for line in lines { try CommandRegistry.run(line: line, context) }
        return output.lines[before...].map { $0 + "\n" }.joined()
    }

    /// Counts that change whenever the project changes.
    func fingerprint() throws -> [Int] {
        try store.read { db in
            try ["documents", "claims", "events", "speakers", "sources", "evidence", "claim_tags", "claim_sources"].map {
                try db.value("SELECT count(*) FROM \($0)") ?? -1
            } + [try db.value("SELECT coalesce(sum(length(status) + start + \"end\" + deleted), 0) FROM claims") ?? 0]
        }
    }
}
